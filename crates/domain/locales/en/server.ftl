# Messages of the server (`verkosto-server`): HTTP requests and the `import-pathways` command.

## Requests

access-token-invalid = the access token is invalid or has expired; get a new one with refreshToken or login
session-ended = this session has ended or the account is disabled; sign in again
mutation-needs-post = mutations must be sent with POST
variable-missing = variable ${ $name } of type { $var_type } is required but was not given
unsubscribed = mail of this kind is now turned off; turn it back on on the My account page
unsubscribe-invalid = this is not a link from Verkosto to turn mail off (it may have been cut short)

## Importing pathways

import-line-unreadable = not a pathway line: { $error }
import-title-repeated = line { $first } has the same title for the same region
import-region-unknown = no region has the slug "{ $slug }"
import-author-unknown = no person has the e-mail address "{ $email }"
import-author-disabled = the account "{ $email }" is disabled
import-title-taken = a current pathway of this region is already titled "{ $title }" (imported before?)
import-organisation-unknown = no organisation is named "{ $name }"
import-organisation-not-member = { $name } is not a member of this pathway's region; add it to the network first or choose another organisation
import-organisation-ambiguous = several organisations are named "{ $name }"; rename one of them first
