# GraphQL-rajapinnan (`verkosto-graphql`) viestit: argumentit, syötteet ja resolverit.

## Tunnisteet, sivut ja luvut

id-not-uuid = ”{ $id }” ei ole Verkoston tunniste (UUID)
page-size-out-of-range = on oltava väliltä 0–{ $max }; selaa pidempiä listoja `after`-argumentilla
number-out-of-range = on oltava väliltä { $min }–{ $max }

## Haku

search-query-too-long = on yli { $max } merkkiä pitkä
search-cursor-foreign = ei ole tämän haun kursori

## Hoitopolut ja tarkistukset

pathway-version-number-missing = tällä hoitopolulla ei ole versiota { $number }, jonka voisit nähdä
pathway-version-gone = tätä versiota ei enää ole
pathway-draft-not-open = avointa luonnosta ei ole; aloita ensin uusi luonnos
pathway-variant-needs-region = alueellinen versio tarvitsee alueensa
pathway-version-unknown = hoitopolun versiota ei löydy
pathway-frozen-version-missing = tällä hoitopolulla ei ole lukittua versiota { $number }, jonka voisi palauttaa
pathway-too-many-steps = hoitopolussa voi olla enintään { $max } vaihetta
pathway-too-many-tags = käytä enintään { $max } avainsanaa
review-due-not-after-today = on oltava tämän päivän jälkeen: milloin hoitopolku tarkistetaan seuraavaksi?

## Henkilöt, organisaatiot ja alueet

current-password-wrong = ei ole nykyinen salasanasi
unsubscribe-link-invalid = ei ole Verkoston linkki viestien lopettamiseen (se on ehkä katkennut); kirjaudu sisään ja valitse viestisi Oma tili -sivulla
person-role-needs-region = anna sekä regionId että role tai ei kumpaakaan
person-cannot-disable-self = et voi poistaa omaa tiliäsi käytöstä
person-unknown = henkilöä ei löydy
contact-not-in-network = ei ole tämän alueen verkostossa
audit-log-own-regions-only = voit lukea vain koordinoimiesi alueiden muutoslokia
region-slug-invalid = käytä vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä, esimerkiksi ”{ $suggestion }”
region-slug-too-long = on yli 100 merkkiä pitkä
hours-time-invalid = ”{ $input }” ei ole kellonaika; kirjoita se muodossa HH:MM, esimerkiksi 09:30

## Tapahtumat ja liittymispyynnöt

event-ends-before-start = on oltava alkamisajan jälkeen
event-too-long = tapahtuma voi kestää enintään 7 päivää
event-place-missing = anna paikka, verkkolinkki tai molemmat
event-capacity-out-of-range = on oltava väliltä 1–{ $max }, tai jätä tyhjäksi, jos paikkoja ei rajata
event-online-url-invalid = ”{ $url }” { $why ->
    [not_url] ei ole verkko-osoite
    [scheme] ei ala https:// tai http://
    [no_host] ei sisällä palvelimen nimeä
   *[too_long] on yli 2 000 merkkiä pitkä
}
action-item-pathway-unknown = hoitopolkua ei ole tällä alueella eikä valtakunnallisissa hoitopoluissa
join-request-decline-reason-missing = kerro pyytäjälle syy, jotta hän tietää, mitä tehdä seuraavaksi

## Kutsut ja niiden CSV-tuonti

invite-already-member = tämä osoite on jo alueen verkostossa
invite-already-invited = tähän osoitteeseen on jo odottava kutsu; lähetä se uudelleen
invite-csv-header-unreadable = otsikkoriviä ei voi lukea: { $error }
invite-csv-columns-missing = ensimmäisellä rivillä on nimettävä sarakkeet, vähintään `email` ja `name`
invite-csv-name-column-missing = otsikkorivillä ei ole `name`-saraketta
invite-csv-too-many-rows = tiedostossa on yli { $max } riviä; jaa se osiin
invite-csv-unreadable = tiedostoa ei voi lukea: { $error }
invite-csv-empty = tiedostossa ei ole rivejä otsikkorivin alla
invite-csv-cell = sarake ”{ $column }”: { $reason }
invite-csv-address-repeated = osoite on jo rivillä { $line }
invite-csv-role-unknown = rooli ”{ $role }” ei ole jäsen eikä koordinaattori
invite-csv-organisation-unknown = organisaatiota ”{ $organisation }” ei ole tämän alueen verkostossa
