# Refusals of the storage layer: what the rows in the database do not allow.

## Pathways and their versions

pathway-version-still-open = version { $number } is still open ({ $state ->
    [draft] draft
    [in_review] in review
   *[other] { $state }
}); publish or discard it before starting another draft
pathway-no-published-version = the pathway has no published version to start from
pathway-nothing-to-publish = nothing to publish: the current version is published already and no draft is open
pathway-archived-already = the pathway is archived already
pathway-no-draft-to-discard = there is no open draft to discard
pathway-discard-only-version = this draft is the pathway's only version; delete the pathway instead
pathway-delete-published = a pathway that has been published is kept for its history; archive it instead
pathway-delete-referenced = feedback or a meeting's action item refers to this pathway; a coordinator can archive it instead
pathway-no-open-draft = no draft is open, and published versions are frozen; start a new draft to { $action ->
    [edit] edit
    [submit] submit
    [return] return
   *[other] { $action }
} the pathway
pathway-version-wrong-state = version { $number } is { $state ->
    [draft] draft
    [in_review] in review
   *[other] { $state }
}, not { $wanted ->
    [draft] draft
    [in_review] in review
   *[other] { $wanted }
}; cannot { $action ->
    [edit] edit
    [submit] submit
    [return] return
   *[other] { $action }
} it
pathway-step-no-such-service = step { $step }: no such service
pathway-step-service-of-another-organisation = step { $step }: the service "{ $service }" belongs to another organisation than the step's
pathway-step-no-such-organisation = step { $step }: no such organisation
pathway-step-organisation-not-in-network = step { $step }: { $organisation } is not a member of this pathway's region; add it to the network first or choose another organisation
review-pathway-not-published = only a published pathway is reviewed; this one is { $status ->
    [draft] draft
    [in_review] in review
    [archived] archived
   *[other] { $status }
}

## Regional variants of national pathways

variant-must-start-from-published = a regional variant must start from a published version of its base pathway
variant-base-not-national = a regional variant starts from a national pathway; this one belongs to a region
variant-of-regional-pathway = only national pathways have regional variants; this pathway belongs to a region
variant-base-unpublished = the national pathway has no published version to adapt; it must be published first
variant-exists-already = the region already has a variant of this national pathway; take the national changes into it instead
pathway-not-a-variant = this pathway is not a regional variant of a national pathway
variant-archived = the variant is archived; start a draft to revive it first
variant-base-nothing-to-take = the national pathway has no published version to take
variant-version-in-review = version { $number } is in review; publish it or return it to draft before taking the national changes
variant-no-version = the variant has no version to take the changes into
variant-holds-base-version-already = the variant already holds national version { $number }

## Feedback

feedback-status-already = the feedback is { $status ->
    [new] new
    [in_progress] in progress
    [done] done
   *[other] { $status }
} already

## Regions

region-slug-taken = a region with the address name "{ $slug }" exists already; choose another slug
region-status-already = the region is { $status ->
    [onboarding] onboarding
    [active] active
    [archived] archived
   *[other] { $status }
} already
region-archived-no-joining = the region is archived; nobody can join it

## Invitations, accounts and requests to join

invitation-already-in-network = { $email } is in this region's network already
invitation-pending-already = { $email } has a pending invitation already; resend it instead
invitation-resend-not-pending = the invitation is { $status ->
    [accepted] accepted
    [revoked] revoked
   *[other] { $status }
}; only pending or expired invitations can be resent
invitation-status-already = the invitation is { $status ->
    [accepted] accepted
    [revoked] revoked
   *[other] { $status }
} already
invitation-expired = this invitation has expired; ask the coordinator to send it again
invitation-used-already = this invitation has been used already
invitation-withdrawn = this invitation was withdrawn; ask the coordinator for a new one
invitation-sign-in-first = an account for { $email } exists already: sign in with it, then open the invitation link again
invitation-password-needed = choose a password for your account
password-reset-unknown = this link to choose a new password is not valid; ask for a new one
password-reset-used = this link has been used already; ask for a new one if you need it
password-reset-expired = this link has expired (it works for an hour); ask for a new one
account-exists-already = the account exists already
join-request-pending-already = you have asked to join this region already; the coordinators will answer
join-request-answered-already = the request has been { $status ->
    [approved] approved
    [declined] declined
   *[other] { $status }
} already

## Organisations, memberships and people

organisation-business-id-taken = an organisation with business id { $business_id } exists already
organisation-business-id-taken-unnamed = an organisation with this business id exists already
organisation-in-network-already = the organisation is in this region's network already
membership-status-already = the membership is { $status ->
    [invited] invited
    [requested] requested
    [active] active
    [left] left
   *[other] { $status }
} already
person-email-taken = a person with the e-mail { $email } exists already
region-last-coordinator = a region keeps at least one coordinator: make someone else its coordinator first
person-role-already = the person is a { $kind ->
    [coordinator] coordinator
    [member] member
   *[other] { $kind }
} of this region already

## Events and action items

event-capacity-below-registered = { $registered } people have registered already; the capacity cannot be less
event-wrong-status = the event is { $status ->
    [scheduled] scheduled
    [cancelled] cancelled
    [held] held
   *[other] { $status }
}; it cannot be { $action ->
    [changed] changed
    [cancelled] cancelled
    [marked_held] marked held
    [given_minutes] given minutes
    [registered_for] registered for
    [left] left
   *[other] { $action }
}
event-not-started = the event has not started yet; mark it held once it has taken place
event-started-registration = the event has already begun; registration is closed
event-started-cancellation = the event has already begun; a registration can no longer be cancelled
event-full = the event is full; ask its coordinators about a waiting list
event-registered-already = you are registered for this event already
event-not-registered = you are not registered for this event
action-item-status-already = the action item is { $status ->
    [open] open
    [done] done
   *[other] { $status }
} already

## Saving over someone else's change

changed-since-read = someone saved a change here since you opened it; reload to see it, then make your change again
