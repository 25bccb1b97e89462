# Validation and authorization messages of the domain layer.

## Text fields

text-empty = must not be empty
text-too-long = is { $len } characters long; the limit is { $max }
text-not-one-line = must be one line without control characters
text-control-characters = contains control characters
text-personal-data = the text contains what looks like { $kind ->
    [henkilotunnus] a Finnish personal identity code (henkilötunnus)
   *[fodselsnummer] a Norwegian national identity number (fødselsnummer)
}; Verkosto must not hold client personal data, remove it
email-empty = give an e-mail address
email-invalid = "{ $text }" is not a valid e-mail address: { $why ->
    [too_long] longer than 254 characters
    [no_at] it has no @
    [one_at] it needs one @ with a name before it
    [no_domain] the part after @ needs a domain like example.org
   *[spaces] it contains spaces
}
password-too-short = is too short: { $len } characters; use at least { $min }, a few words make a good password
password-too-long = is too long: use at most { $max } characters
sign-in-paused = too many wrong passwords for this address: try again in { $minutes } min
language-code-invalid = "{ $input }" is not a language code; use ISO 639 codes like fi, sv, nb, en
enum-unknown-value = unknown value "{ $value }"; expected one of: { $expected }
region-name-missing = give the name in at least one language (fi, sv, nb or en)
phone-invalid = "{ $text }" is not a phone number; write it like +358 40 123 4567 or 116 006
web-address-invalid = "{ $text }" is not a web address; start it with https://

## Opening hours and times

hours-closes-before-opening = opens at { $opens } but closes at { $closes }; the closing time must come after the opening time
hours-closed-day-with-times = a closed day has no opening times; remove them or set closed to false
hours-open-exception-needs-times = an open exception needs an opening time before its closing time
time-zone-invalid = "{ $input }" is not a time zone; use a name like Europe/Helsinki or Europe/Oslo
local-time-invalid = "{ $input }" is not a local time; write it like 2026-12-01T18:00
local-time-skipped = { $text } does not exist in { $zone }: the clocks move forward then; choose another time
local-time-repeated = { $text } happens twice in { $zone }: the clocks move back then; choose another time

## Who may do what

already-in-network = you are in this region's network already
adapt-national-coordinators-only = only the region's coordinators can adapt a national pathway for it
take-national-changes-coordinators-only = only the region's coordinators can take the national pathway's changes into its variant
feedback-triage-coordinators-only = only the region's coordinators handle feedback on its pathways
feedback-triage-admins-only = only platform admins handle feedback on national pathways
review-list-national-admins-only = only platform admins keep the review list of national pathways
review-list-region-people-only = only people of the region can read its review list
mark-reviewed-coordinators-only = only the region's coordinators can mark its pathways reviewed
mark-reviewed-national-admins-only = only platform admins can mark national pathways reviewed
recent-changes-own-regions-only = you can follow the changes of the regions you belong to
draft-region-members-only = only members of the region can draft its pathways
draft-national-admins-only = only platform admins can create national pathways
archived-pathway-coordinators-only = the pathway is archived; only its coordinators can revive it
propose-region-members-only = only members of the pathway's region can propose changes to it
edit-own-drafts-only = members can edit only their own drafts; ask a coordinator of the region
publish-national-admins-only = only platform admins can publish or archive national pathways
publish-coordinators-only = only the region's coordinators can publish or archive its pathways
manage-network-coordinators-only = only the region's coordinators can manage its network
change-organisation-coordinators-only = only coordinators of a region the organisation belongs to can change it
audit-log-coordinators-only = only coordinators and platform admins can read the change log
import-author-coordinators-only = the author must be a coordinator of the region (or a platform admin) to import its pathways
import-national-admins-only = only platform admins can import national pathways

## Business ids

business-id-empty = the business id is empty; give a Finnish Y-tunnus like 1234567-1 or a Norwegian organisation number like 123 456 785
business-id-personal-id = this looks like a personal identity code, not a business id; Verkosto must not hold client personal data, remove it
business-id-y-tunnus-format = a Finnish business id (Y-tunnus) has 7 digits, a hyphen and a check digit, like 1234567-1
business-id-y-tunnus-check-digit = the check digit of Y-tunnus { $id } is wrong; check the number
business-id-organisasjonsnummer-length = a Norwegian organisation number has 9 digits, this one has { $len }; a Finnish Y-tunnus is written with a hyphen before its check digit, like 1234567-1
business-id-organisasjonsnummer-check-digit = the check digit of organisasjonsnummer { $id } is wrong; check the number
business-id-unrecognised = "{ $text }" is neither a Finnish Y-tunnus (like 1234567-1) nor a Norwegian organisation number (9 digits, like 123 456 785)
