# Meddelanden från GraphQL-gränssnittet (`verkosto-graphql`): argument, indata och resolvrar.

## Id, sidor och tal

id-not-uuid = ”{ $id }” är inte ett Verkosto-id (ett UUID)
page-size-out-of-range = måste vara mellan 0 och { $max }; bläddra i längre listor med `after`
number-out-of-range = måste vara mellan { $min } och { $max }

## Sökning

search-query-too-long = är längre än { $max } tecken
search-cursor-foreign = är ingen markör från den här sökningen

## Vårdkedjor och granskning

pathway-version-number-missing = vårdkedjan har ingen version { $number } som du kan se
pathway-version-gone = den här versionen finns inte längre
pathway-draft-not-open = inget utkast är öppet; påbörja först ett nytt utkast
pathway-variant-needs-region = en regional version behöver sin region
pathway-version-unknown = vårdkedjeversionen finns inte
pathway-frozen-version-missing = vårdkedjan har ingen låst version { $number } att återställa
pathway-too-many-steps = en vårdkedja har högst { $max } steg
pathway-too-many-tags = använd högst { $max } nyckelord
review-due-not-after-today = måste vara ett datum efter i dag: när ska vårdkedjan granskas nästa gång?

## Personer, organisationer och regioner

current-password-wrong = är inte ditt nuvarande lösenord
unsubscribe-link-invalid = är inte en länk från Verkosto för att stänga av meddelanden (den kan ha kapats); logga in och välj dina meddelanden på sidan Mitt konto
person-role-needs-region = ange både regionId och role, eller ingetdera
person-cannot-disable-self = du kan inte inaktivera ditt eget konto
person-unknown = personen finns inte
contact-not-in-network = är ingen person i den här regionens nätverk
audit-log-own-regions-only = du kan läsa ändringsloggen endast för de regioner du koordinerar
region-slug-invalid = använd endast små bokstäver a–z, siffror och bindestreck, till exempel ”{ $suggestion }”
region-slug-too-long = är längre än 100 tecken
hours-time-invalid = ”{ $input }” är ingen tid; skriv den som TT:MM, till exempel 09:30

## Evenemang och anslutningsförfrågningar

event-ends-before-start = måste vara efter starttiden
event-too-long = ett evenemang varar högst 7 dagar
event-place-missing = ange en plats, en länk på nätet eller båda
event-capacity-out-of-range = måste vara mellan 1 och { $max }, eller lämnas tomt om antalet inte begränsas
event-online-url-invalid = ”{ $url }” { $why ->
    [not_url] är ingen webbadress
    [scheme] måste börja med https:// eller http://
    [no_host] saknar värdnamn
   *[too_long] är längre än 2 000 tecken
}
action-item-pathway-unknown = vårdkedjan finns inte i den här regionen eller bland de nationella vårdkedjorna
join-request-decline-reason-missing = berätta varför för den som frågade, så att hen vet vad som ska göras härnäst

## Inbjudningar och import från CSV

invite-already-member = den här adressen finns redan i regionens nätverk
invite-already-invited = det finns redan en väntande inbjudan till den här adressen; skicka den på nytt i stället
invite-csv-header-unreadable = rubrikraden kan inte läsas: { $error }
invite-csv-columns-missing = den första raden måste namnge kolumnerna, minst `email` och `name`
invite-csv-name-column-missing = rubrikraden saknar kolumnen `name`
invite-csv-too-many-rows = filen har fler än { $max } rader; dela upp den
invite-csv-unreadable = filen kan inte läsas: { $error }
invite-csv-empty = filen har inga rader under rubrikraden
invite-csv-cell = kolumnen ”{ $column }”: { $reason }
invite-csv-address-repeated = adressen finns redan på rad { $line }
invite-csv-role-unknown = rollen ”{ $role }” är varken medlem eller koordinator
invite-csv-organisation-unknown = ingen organisation ”{ $organisation }” finns i den här regionens nätverk
