# Messages shared by every layer. Ids are kebab-case; `$name` arguments are set by `msg!`.

sign-in-needed = logga in för att göra detta
bad-credentials = e-postadressen eller lösenordet är fel
not-found = { $entity ->
    [action_item] åtgärdspunkten hittades inte
    [event] evenemanget hittades inte
    [feedback] responsen hittades inte
    [invitation] inbjudan hittades inte
    [join_request] anslutningsbegäran hittades inte
    [membership] medlemskapet hittades inte
    [organisation] organisationen hittades inte
    [pathway] vårdkedjan hittades inte
    [pathway_version] versionen av vårdkedjan hittades inte
    [person] personen hittades inte
    [region] regionen hittades inte
    [role] rollen hittades inte
    [service] tjänsten hittades inte
   *[other] objektet hittades inte
}
admins-only = endast administratörer kan göra detta
internal-error = internt fel; det har loggats, försök igen senare
cursor-foreign = är ingen markör från den här listan; skicka tillbaka en edges `cursor` som den är
no-such-organisation = organisationen finns inte
