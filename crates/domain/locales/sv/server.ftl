# Meddelanden från servern (`verkosto-server`): HTTP-förfrågningar och kommandot `import-pathways`.

## Förfrågningar

access-token-invalid = åtkomsttoken är ogiltig eller har gått ut; hämta en ny med refreshToken eller login
session-ended = sessionen har avslutats eller kontot har inaktiverats; logga in igen
mutation-needs-post = mutationer måste skickas med POST
variable-missing = variabeln ${ $name } av typen { $var_type } är obligatorisk men saknas
unsubscribed = sådana meddelanden är nu avstängda; du kan slå på dem igen på sidan Mitt konto
unsubscribe-invalid = detta är inte en länk från Verkosto för att stänga av meddelanden (den kan ha kapats)

## Import av vårdkedjor

import-line-unreadable = raden är ingen giltig vårdkedjerad: { $error }
import-title-repeated = rad { $first } har samma titel för samma region
import-region-unknown = ingen region har kortnamnet ”{ $slug }”
import-author-unknown = ingen person har e-postadressen ”{ $email }”
import-author-disabled = kontot ”{ $email }” är inaktiverat
import-title-taken = en gällande vårdkedja i regionen har redan titeln ”{ $title }” (importerad tidigare?)
import-organisation-unknown = ingen organisation heter ”{ $name }”
import-organisation-not-member = { $name } är inte medlem i vårdkedjans region; lägg först till den i nätverket eller välj en annan organisation
import-organisation-ambiguous = flera organisationer heter ”{ $name }”; byt först namn på en av dem
