# Messages shared by every layer. Ids are kebab-case; `$name` arguments are set by `msg!`.

sign-in-needed = sign in to do this
bad-credentials = the e-mail address or password is wrong
not-found = { $entity ->
    [action_item] action item
    [event] event
    [feedback] feedback
    [invitation] invitation
    [join_request] join request
    [membership] membership
    [organisation] organisation
    [pathway] pathway
    [pathway_version] pathway version
    [person] person
    [region] region
    [role] role
    [service] service
   *[other] { $entity }
} not found
admins-only = only platform admins can do this
internal-error = internal error; it has been logged, please try again later
cursor-foreign = is not a cursor from this list; pass an edge's `cursor` back
no-such-organisation = no such organisation
