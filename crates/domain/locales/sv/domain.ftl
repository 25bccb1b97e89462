# Validation and authorization messages of the domain layer.

## Text fields

text-empty = måste fyllas i
text-too-long = har { $len } tecken; gränsen är { $max }
text-not-one-line = måste vara en enda rad utan styrtecken
text-control-characters = innehåller styrtecken
text-personal-data = texten verkar innehålla { $kind ->
    [henkilotunnus] en finsk personbeteckning (henkilötunnus)
   *[fodselsnummer] ett norskt personnummer (fødselsnummer)
}; Verkosto får inte innehålla klienters personuppgifter, ta bort uppgiften
email-empty = ange en e-postadress
email-invalid = ”{ $text }” är inte en giltig e-postadress: { $why ->
    [too_long] den är längre än 254 tecken
    [no_at] den saknar @
    [one_at] den behöver ett @ med ett namn framför
    [no_domain] delen efter @ behöver en domän som example.org
   *[spaces] den innehåller mellanslag
}
password-too-short = är för kort: { $len } tecken; använd minst { $min }, några ord ger ett bra lösenord
password-too-long = är för långt: använd högst { $max } tecken
sign-in-paused = för många fel lösenord för den här adressen: försök igen om { $minutes } min
language-code-invalid = ”{ $input }” är inte en språkkod; använd ISO 639-koder som fi, sv, nb, en
enum-unknown-value = okänt värde ”{ $value }”; tillåtna värden: { $expected }
region-name-missing = ange namnet på minst ett språk (fi, sv, nb eller en)
phone-invalid = ”{ $text }” är inte ett telefonnummer; skriv det som +358 40 123 4567 eller 116 006
web-address-invalid = ”{ $text }” är inte en webbadress; börja den med https://

## Opening hours and times

hours-closes-before-opening = öppnar kl. { $opens } men stänger kl. { $closes }; stängningstiden måste vara efter öppningstiden
hours-closed-day-with-times = en stängd dag har inga öppettider; ta bort dem eller sätt closed till false
hours-open-exception-needs-times = en undantagsdag med öppet behöver en öppningstid före stängningstiden
time-zone-invalid = ”{ $input }” är inte en tidszon; använd ett namn som Europe/Helsinki eller Europe/Oslo
local-time-invalid = ”{ $input }” är inte en lokal tid; skriv den som 2026-12-01T18:00
local-time-skipped = { $text } finns inte i { $zone }: klockan ställs då fram; välj en annan tid
local-time-repeated = { $text } inträffar två gånger i { $zone }: klockan ställs då tillbaka; välj en annan tid

## Who may do what

already-in-network = du är redan med i regionens nätverk
adapt-national-coordinators-only = endast regionens koordinatorer kan anpassa en nationell vårdkedja för regionen
take-national-changes-coordinators-only = endast regionens koordinatorer kan föra in den nationella vårdkedjans ändringar i den regionala varianten
feedback-triage-coordinators-only = endast regionens koordinatorer hanterar respons på regionens vårdkedjor
feedback-triage-admins-only = endast administratörer hanterar respons på nationella vårdkedjor
review-list-national-admins-only = endast administratörer sköter granskningslistan för nationella vårdkedjor
review-list-region-people-only = endast de som hör till regionen kan läsa dess granskningslista
mark-reviewed-coordinators-only = endast regionens koordinatorer kan markera regionens vårdkedjor som granskade
mark-reviewed-national-admins-only = endast administratörer kan markera nationella vårdkedjor som granskade
recent-changes-own-regions-only = du kan bara följa ändringarna i de regioner du hör till
draft-region-members-only = endast regionens medlemmar kan skriva utkast till regionens vårdkedjor
draft-national-admins-only = endast administratörer kan skapa nationella vårdkedjor
archived-pathway-coordinators-only = vårdkedjan är arkiverad; endast regionens koordinatorer kan återställa den
propose-region-members-only = endast medlemmar i vårdkedjans region kan föreslå ändringar i den
edit-own-drafts-only = medlemmar kan bara redigera sina egna utkast; fråga en koordinator i regionen
publish-national-admins-only = endast administratörer kan publicera eller arkivera nationella vårdkedjor
publish-coordinators-only = endast regionens koordinatorer kan publicera eller arkivera regionens vårdkedjor
manage-network-coordinators-only = endast regionens koordinatorer kan hantera regionens nätverk
change-organisation-coordinators-only = endast koordinatorer i en region som organisationen hör till kan ändra den
audit-log-coordinators-only = endast koordinatorer och administratörer kan läsa ändringsloggen
import-author-coordinators-only = författaren måste vara koordinator i regionen (eller administratör) för att importera regionens vårdkedjor
import-national-admins-only = endast administratörer kan importera nationella vårdkedjor

## FO-nummer och organisationsnummer

business-id-empty = FO-numret saknas; ange ett finländskt FO-nummer (Y-tunnus) som 1234567-1 eller ett norskt organisationsnummer som 123 456 785
business-id-personal-id = det här ser ut som en personbeteckning, inte ett FO-nummer; Verkosto får inte innehålla klienters personuppgifter, ta bort den
business-id-y-tunnus-format = ett finländskt FO-nummer (Y-tunnus) har 7 siffror, ett bindestreck och en kontrollsiffra, till exempel 1234567-1
business-id-y-tunnus-check-digit = kontrollsiffran i FO-numret { $id } är fel; kontrollera numret
business-id-organisasjonsnummer-length = ett norskt organisationsnummer har 9 siffror, det här har { $len }; ett finländskt FO-nummer skrivs med ett bindestreck före kontrollsiffran, till exempel 1234567-1
business-id-organisasjonsnummer-check-digit = kontrollsiffran i organisationsnumret { $id } är fel; kontrollera numret
business-id-unrecognised = ”{ $text }” är varken ett finländskt FO-nummer (till exempel 1234567-1) eller ett norskt organisationsnummer (9 siffror, till exempel 123 456 785)
