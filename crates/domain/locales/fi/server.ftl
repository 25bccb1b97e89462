# Palvelimen (`verkosto-server`) viestit: HTTP-pyynnöt ja `import-pathways`-komento.

## Pyynnöt

access-token-invalid = käyttöoikeustunnus on virheellinen tai vanhentunut; hae uusi refreshToken- tai login-kutsulla
session-ended = tämä istunto on päättynyt tai tili on poistettu käytöstä; kirjaudu uudelleen
mutation-needs-post = mutaatiot on lähetettävä POST-pyyntöinä
variable-missing = muuttuja ${ $name } (tyyppi { $var_type }) on pakollinen, mutta sitä ei annettu
unsubscribed = tämänlaiset viestit on nyt lopetettu; voit ottaa ne taas käyttöön Oma tili -sivulla
unsubscribe-invalid = tämä ei ole Verkoston linkki viestien lopettamiseen (se on ehkä katkennut)

## Hoitopolkujen tuonti

import-line-unreadable = rivi ei ole kelvollinen hoitopolkurivi: { $error }
import-title-repeated = rivillä { $first } on sama otsikko samalla alueella
import-region-unknown = millään alueella ei ole lyhytnimeä ”{ $slug }”
import-author-unknown = kenelläkään ei ole sähköpostiosoitetta ”{ $email }”
import-author-disabled = tili ”{ $email }” on poistettu käytöstä
import-title-taken = alueella on jo voimassa oleva hoitopolku otsikolla ”{ $title }” (tuotiinko se jo aiemmin?)
import-organisation-unknown = organisaatiota nimeltä ”{ $name }” ei ole
import-organisation-not-member = { $name } ei ole hoitopolun alueen jäsen; lisää se ensin verkostoon tai valitse toinen organisaatio
import-organisation-ambiguous = usealla organisaatiolla on nimi ”{ $name }”; nimeä ensin jokin niistä uudelleen
