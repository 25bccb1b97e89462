# Meldinger fra GraphQL-grensesnittet (`verkosto-graphql`): argumenter, inndata og resolvere.

## ID-er, sider og tall

id-not-uuid = «{ $id }» er ikke en Verkosto-ID (en UUID)
page-size-out-of-range = må være mellom 0 og { $max }; bla gjennom lengre lister med `after`
number-out-of-range = må være mellom { $min } og { $max }

## Søk

search-query-too-long = er lengre enn { $max } tegn
search-cursor-foreign = er ikke en peker fra dette søket

## Forløp og gjennomgang

pathway-version-number-missing = forløpet har ingen versjon { $number } som du kan se
pathway-version-gone = denne versjonen finnes ikke lenger
pathway-draft-not-open = det er ikke noe åpent utkast; start et nytt utkast først
pathway-variant-needs-region = en regional versjon trenger regionen sin
pathway-version-unknown = forløpsversjonen finnes ikke
pathway-frozen-version-missing = forløpet har ingen låst versjon { $number } å gjenopprette
pathway-too-many-steps = et forløp har høyst { $max } trinn
pathway-too-many-tags = bruk høyst { $max } stikkord
review-due-not-after-today = må være en dato etter i dag: når skal forløpet gjennomgås neste gang?

## Personer, organisasjoner og regioner

current-password-wrong = er ikke det nåværende passordet ditt
unsubscribe-link-invalid = er ikke en lenke fra Verkosto for å slå av meldinger (den kan være kuttet av); logg inn og velg meldingene dine på siden Min konto
person-role-needs-region = oppgi både regionId og role, eller ingen av dem
person-cannot-disable-self = du kan ikke deaktivere din egen konto
person-unknown = personen finnes ikke
contact-not-in-network = er ikke en person i denne regionens nettverk
audit-log-own-regions-only = du kan bare lese endringsloggen for regionene du koordinerer
region-slug-invalid = bruk bare små bokstaver a–z, sifre og bindestrek, for eksempel «{ $suggestion }»
region-slug-too-long = er lengre enn 100 tegn
hours-time-invalid = «{ $input }» er ikke et klokkeslett; skriv det som TT:MM, for eksempel 09:30

## Arrangementer og forespørsler om å bli med

event-ends-before-start = må være etter starttidspunktet
event-too-long = et arrangement varer høyst 7 dager
event-place-missing = oppgi et sted, en nettlenke eller begge
event-capacity-out-of-range = må være mellom 1 og { $max }, eller stå tomt for ingen grense
event-online-url-invalid = «{ $url }» { $why ->
    [not_url] er ikke en nettadresse
    [scheme] må begynne med https:// eller http://
    [no_host] mangler vertsnavn
   *[too_long] er lengre enn 2000 tegn
}
action-item-pathway-unknown = forløpet finnes ikke i denne regionen eller blant de nasjonale forløpene
join-request-decline-reason-missing = fortell den som spurte hvorfor, slik at hen vet hva som er neste steg

## Invitasjoner og import fra CSV

invite-already-member = denne adressen er allerede i regionens nettverk
invite-already-invited = det finnes allerede en ventende invitasjon til denne adressen; send den på nytt i stedet
invite-csv-header-unreadable = overskriftslinjen kan ikke leses: { $error }
invite-csv-columns-missing = den første linjen må navngi kolonnene, minst `email` og `name`
invite-csv-name-column-missing = overskriftslinjen mangler kolonnen `name`
invite-csv-too-many-rows = filen har mer enn { $max } rader; del den opp
invite-csv-unreadable = filen kan ikke leses: { $error }
invite-csv-empty = filen har ingen rader under overskriftslinjen
invite-csv-cell = kolonnen «{ $column }»: { $reason }
invite-csv-address-repeated = adressen står allerede på linje { $line }
invite-csv-role-unknown = rollen «{ $role }» er verken medlem eller koordinator
invite-csv-organisation-unknown = ingen organisasjon «{ $organisation }» i denne regionens nettverk
