# E-post som Verkosto sender. Hvert avsnitt er en egen melding; koden setter dem sammen.

mail-greeting = Hei { $name },
mail-invitation = { $inviter } inviterer deg til regionnettverket { $region } i Verkosto som { $role ->
    [coordinator] koordinator
   *[member] medlem
}.
mail-invitation-accept = Godta invitasjonen og velg et passord innen 72 timer:
mail-join-request-approved = forespørselen din om å bli med i { $region } er godkjent.
mail-join-request-declined = forespørselen din om å bli med i { $region } er avslått. Koordinatorenes begrunnelse:
mail-password-reset-subject = valg av nytt passord
mail-password-reset = noen (forhåpentligvis du) ba om å velge et nytt passord for Verkosto-kontoen din. Velg det innen en time via denne lenken, som virker én gang:
mail-password-reset-ignore = Hvis du ikke ba om dette, kan du se bort fra meldingen: passordet ditt forblir som det er.
mail-review-requested = { $author } sendte behandlingsforløpet «{ $title }» til gjennomgang. Les det og publiser det, eller send det tilbake for mer arbeid:
mail-proposal-published = din versjon av behandlingsforløpet «{ $title }» ble publisert:
mail-proposal-returned = din versjon av behandlingsforløpet «{ $title }» ble sendt tilbake til deg for mer arbeid:
mail-feedback-replied = koordinatorene svarte på tilbakemeldingen din om behandlingsforløpet «{ $title }»:
mail-join-requested = { $person } ({ $organisation }) ber om å bli med i det regionale nettverket { $region }. Godkjenn eller avslå forespørselen:
mail-urgent-feedback = { $sender } sendte hastende tilbakemelding om behandlingsforløpet «{ $title }»:
mail-unsubscribe = Vil du ikke lenger få slike meldinger? Slå dem av med denne lenken (eller på siden Min konto):
