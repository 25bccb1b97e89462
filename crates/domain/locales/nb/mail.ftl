# E-post som Verkosto sender. Hvert avsnitt er en egen melding; koden setter dem sammen.

mail-greeting = Hei { $name },
mail-invitation = { $inviter } inviterer deg til regionnettverket { $region } i Verkosto som { $role ->
    [coordinator] koordinator
   *[member] medlem
}.
mail-invitation-accept = Godta invitasjonen og velg et passord innen 72 timer:
mail-join-request-approved = forespørselen din om å bli med i { $region } er godkjent.
mail-join-request-declined = forespørselen din om å bli med i { $region } er avslått. Koordinatorenes begrunnelse:
