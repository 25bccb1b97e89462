# Meldinger fra serveren (`verkosto-server`): HTTP-forespørsler og kommandoen `import-pathways`.

## Forespørsler

access-token-invalid = tilgangstokenet er ugyldig eller utløpt; hent et nytt med refreshToken eller login
session-ended = økten er avsluttet eller kontoen er deaktivert; logg inn på nytt
mutation-needs-post = mutasjoner må sendes med POST
variable-missing = variabelen ${ $name } av typen { $var_type } er påkrevd, men mangler
unsubscribed = slike meldinger er nå slått av; du kan slå dem på igjen på siden Min konto
unsubscribe-invalid = dette er ikke en lenke fra Verkosto for å slå av meldinger (den kan være kuttet av)

## Import av forløp

import-line-unreadable = linjen er ikke en gyldig forløpslinje: { $error }
import-title-repeated = linje { $first } har samme tittel for samme region
import-region-unknown = ingen region har kortnavnet «{ $slug }»
import-author-unknown = ingen person har e-postadressen «{ $email }»
import-author-disabled = kontoen «{ $email }» er deaktivert
import-title-taken = et gjeldende forløp i regionen har allerede tittelen «{ $title }» (importert før?)
import-organisation-unknown = ingen organisasjon heter «{ $name }»
import-organisation-not-member = { $name } er ikke medlem av forløpets region; legg den til i nettverket først eller velg en annen organisasjon
import-organisation-ambiguous = flere organisasjoner heter «{ $name }»; gi en av dem nytt navn først
