# Messages shared by every layer. Ids are kebab-case; `$name` arguments are set by `msg!`.

sign-in-needed = kirjaudu sisään tehdäksesi tämän
bad-credentials = sähköpostiosoite tai salasana on väärin
not-found = { $entity ->
    [action_item] tehtävää ei löytynyt
    [event] tapahtumaa ei löytynyt
    [feedback] palautetta ei löytynyt
    [invitation] kutsua ei löytynyt
    [join_request] liittymispyyntöä ei löytynyt
    [membership] jäsenyyttä ei löytynyt
    [organisation] organisaatiota ei löytynyt
    [pathway] hoitopolkua ei löytynyt
    [pathway_version] hoitopolun versiota ei löytynyt
    [person] henkilöä ei löytynyt
    [region] aluetta ei löytynyt
    [role] roolia ei löytynyt
    [service] palvelua ei löytynyt
   *[other] kohdetta ei löytynyt
}
admins-only = vain ylläpitäjät voivat tehdä tämän
internal-error = sisäinen virhe; se on kirjattu lokiin, yritä myöhemmin uudelleen
cursor-foreign = ei ole tämän listan kursori; anna jonkin edgen `cursor`-arvo sellaisenaan
no-such-organisation = organisaatiota ei löydy
