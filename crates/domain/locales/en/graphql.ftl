# Messages of the GraphQL API (`verkosto-graphql`): arguments, inputs and resolvers.

## Ids, pages and numbers

id-not-uuid = "{ $id }" is not a Verkosto id (a UUID)
page-size-out-of-range = must be between 0 and { $max }; page through longer lists with `after`
number-out-of-range = must be between { $min } and { $max }

## Search

search-query-too-long = is longer than { $max } characters
search-cursor-foreign = is not a cursor from this search

## Pathways and reviews

pathway-version-number-missing = this pathway has no version { $number } that you can see
pathway-version-gone = this version no longer exists
pathway-draft-not-open = no draft is open; start a new draft first
pathway-variant-needs-region = a regional variant needs its region
pathway-version-unknown = no such pathway version
pathway-frozen-version-missing = this pathway has no frozen version { $number } to restore
pathway-too-many-steps = a pathway has at most { $max } steps
pathway-too-many-tags = use at most { $max } tags
review-due-not-after-today = must be a date after today: when should the pathway be reviewed next?

## People, organisations and regions

current-password-wrong = is not your current password
unsubscribe-link-invalid = is not a link from Verkosto to turn mail off (it may have been cut short); sign in and choose your mail on the My account page
person-role-needs-region = give both regionId and role, or neither
person-cannot-disable-self = you cannot disable your own account
person-unknown = no such person
contact-not-in-network = is not a person in this region's network
audit-log-own-regions-only = you can read the change log of the regions you coordinate
region-slug-invalid = use lower-case letters a–z, digits and hyphens only, like "{ $suggestion }"
region-slug-too-long = is longer than 100 characters
hours-time-invalid = "{ $input }" is not a time; write it as HH:MM, like 09:30

## Events and join requests

event-ends-before-start = must be after the start (startsAt)
event-too-long = an event lasts at most 7 days
event-place-missing = give a place, an online link, or both
event-capacity-out-of-range = must be between 1 and { $max }, or left out for no limit
event-online-url-invalid = "{ $url }" { $why ->
    [not_url] is not a web address
    [scheme] must start with https:// or http://
    [no_host] has no host
   *[too_long] is longer than 2,000 characters
}
action-item-pathway-unknown = no such pathway in this region or among the national pathways
join-request-decline-reason-missing = tell the requester why, so that they know what to do next

## Invitations and their CSV import

invite-already-member = this address is in the region's network already
invite-already-invited = a pending invitation to this address exists; resend it instead
invite-csv-header-unreadable = the header line cannot be read: { $error }
invite-csv-columns-missing = the first line must name the columns, with at least `email` and `name`
invite-csv-name-column-missing = the header has no `name` column
invite-csv-too-many-rows = the file has more than { $max } rows; split it
invite-csv-unreadable = the file cannot be read: { $error }
invite-csv-empty = the file has no rows below its header
invite-csv-cell = column "{ $column }": { $reason }
invite-csv-address-repeated = the address is on line { $line } already
invite-csv-role-unknown = role "{ $role }" is not member or coordinator
invite-csv-organisation-unknown = no organisation "{ $organisation }" in this region's network
