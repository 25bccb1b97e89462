# Validation and authorization messages of the domain layer.

## Text fields

text-empty = må fylles ut
text-too-long = har { $len } tegn; grensen er { $max }
text-not-one-line = må være én linje uten kontrolltegn
text-control-characters = inneholder kontrolltegn
text-personal-data = teksten ser ut til å inneholde { $kind ->
    [henkilotunnus] et finsk personnummer (henkilötunnus)
   *[fodselsnummer] et fødselsnummer
}; Verkosto skal ikke inneholde personopplysninger om klienter, fjern det
email-empty = oppgi en e-postadresse
email-invalid = «{ $text }» er ikke en gyldig e-postadresse: { $why ->
    [too_long] den er lengre enn 254 tegn
    [no_at] den mangler @
    [one_at] den må ha én @ med et navn foran
    [no_domain] delen etter @ må være et domene som example.org
   *[spaces] den inneholder mellomrom
}
password-too-short = er for kort: { $len } tegn; bruk minst { $min }, noen ord gir et godt passord
password-too-long = er for langt: bruk maks { $max } tegn
sign-in-paused = for mange feil passord for denne adressen: prøv igjen om { $minutes } min
language-code-invalid = «{ $input }» er ikke en språkkode; bruk ISO 639-koder som fi, sv, nb, en
enum-unknown-value = ukjent verdi «{ $value }»; tillatte verdier: { $expected }
region-name-missing = oppgi navnet på minst ett språk (fi, sv, nb eller en)
phone-invalid = «{ $text }» er ikke et telefonnummer; skriv det som +358 40 123 4567 eller 116 006
web-address-invalid = «{ $text }» er ikke en nettadresse; start den med https://

## Opening hours and times

hours-closes-before-opening = åpner kl. { $opens }, men stenger kl. { $closes }; stengetiden må være etter åpningstiden
hours-closed-day-with-times = en stengt dag har ingen åpningstider; fjern dem eller sett closed til false
hours-open-exception-needs-times = en unntaksdag med åpent trenger en åpningstid før stengetiden
time-zone-invalid = «{ $input }» er ikke en tidssone; bruk et navn som Europe/Helsinki eller Europe/Oslo
local-time-invalid = «{ $input }» er ikke et lokalt tidspunkt; skriv det som 2026-12-01T18:00
local-time-skipped = { $text } finnes ikke i { $zone }: klokken stilles da fram; velg et annet tidspunkt
local-time-repeated = { $text } inntreffer to ganger i { $zone }: klokken stilles da tilbake; velg et annet tidspunkt

## Who may do what

already-in-network = du er allerede med i regionens nettverk
adapt-national-coordinators-only = bare regionens koordinatorer kan tilpasse et nasjonalt behandlingsforløp for regionen
take-national-changes-coordinators-only = bare regionens koordinatorer kan ta inn endringene i det nasjonale behandlingsforløpet i den regionale varianten
feedback-triage-coordinators-only = bare regionens koordinatorer håndterer tilbakemeldinger på regionens behandlingsforløp
feedback-triage-admins-only = bare administratorer håndterer tilbakemeldinger på nasjonale behandlingsforløp
review-list-national-admins-only = bare administratorer fører gjennomgangslisten for nasjonale behandlingsforløp
review-list-region-people-only = bare de som hører til regionen, kan lese regionens gjennomgangsliste
mark-reviewed-coordinators-only = bare regionens koordinatorer kan merke regionens behandlingsforløp som gjennomgått
mark-reviewed-national-admins-only = bare administratorer kan merke nasjonale behandlingsforløp som gjennomgått
recent-changes-own-regions-only = du kan bare følge endringene i regionene du hører til
draft-region-members-only = bare regionens medlemmer kan lage utkast til regionens behandlingsforløp
draft-national-admins-only = bare administratorer kan opprette nasjonale behandlingsforløp
archived-pathway-coordinators-only = behandlingsforløpet er arkivert; bare regionens koordinatorer kan gjenopprette det
propose-region-members-only = bare medlemmer i regionen til behandlingsforløpet kan foreslå endringer i det
edit-own-drafts-only = medlemmer kan bare redigere sine egne utkast; spør en koordinator i regionen
publish-national-admins-only = bare administratorer kan publisere eller arkivere nasjonale behandlingsforløp
publish-coordinators-only = bare regionens koordinatorer kan publisere eller arkivere regionens behandlingsforløp
manage-network-coordinators-only = bare regionens koordinatorer kan administrere regionens nettverk
change-organisation-coordinators-only = bare koordinatorer i en region som organisasjonen hører til, kan endre den
audit-log-coordinators-only = bare koordinatorer og administratorer kan lese endringsloggen
import-author-coordinators-only = forfatteren må være koordinator i regionen (eller administrator) for å importere regionens behandlingsforløp
import-national-admins-only = bare administratorer kan importere nasjonale behandlingsforløp

## Organisasjonsnumre

business-id-empty = organisasjonsnummeret mangler; oppgi et finsk foretaksnummer (Y-tunnus) som 1234567-1 eller et norsk organisasjonsnummer som 123 456 785
business-id-personal-id = dette ser ut som et personnummer, ikke et organisasjonsnummer; Verkosto skal ikke inneholde personopplysninger om klienter, fjern det
business-id-y-tunnus-format = et finsk foretaksnummer (Y-tunnus) har 7 sifre, en bindestrek og et kontrollsiffer, for eksempel 1234567-1
business-id-y-tunnus-check-digit = kontrollsifferet i Y-tunnus { $id } er feil; kontroller nummeret
business-id-organisasjonsnummer-length = et norsk organisasjonsnummer har 9 sifre, dette har { $len }; et finsk Y-tunnus skrives med bindestrek foran kontrollsifferet, for eksempel 1234567-1
business-id-organisasjonsnummer-check-digit = kontrollsifferet i organisasjonsnummer { $id } er feil; kontroller nummeret
business-id-unrecognised = «{ $text }» er verken et finsk Y-tunnus (for eksempel 1234567-1) eller et norsk organisasjonsnummer (9 sifre, for eksempel 123 456 785)
