# Messages shared by every layer. Ids are kebab-case; `$name` arguments are set by `msg!`.

sign-in-needed = logg inn for å gjøre dette
bad-credentials = e-postadressen eller passordet er feil
not-found = { $entity ->
    [action_item] oppfølgingspunktet ble ikke funnet
    [event] arrangementet ble ikke funnet
    [feedback] tilbakemeldingen ble ikke funnet
    [invitation] invitasjonen ble ikke funnet
    [join_request] forespørselen om å bli med ble ikke funnet
    [membership] medlemskapet ble ikke funnet
    [organisation] organisasjonen ble ikke funnet
    [pathway] behandlingsforløpet ble ikke funnet
    [pathway_version] versjonen av behandlingsforløpet ble ikke funnet
    [person] personen ble ikke funnet
    [region] regionen ble ikke funnet
    [role] rollen ble ikke funnet
    [service] tjenesten ble ikke funnet
   *[other] objektet ble ikke funnet
}
admins-only = bare administratorer kan gjøre dette
internal-error = intern feil; den er logget, prøv igjen senere
cursor-foreign = er ikke en peker fra denne listen; send tilbake en edges `cursor` uendret
no-such-organisation = organisasjonen finnes ikke
