# Lagringsskiktets avslag: vad raderna i databasen inte tillåter.

## Vårdkedjor och deras versioner

pathway-version-still-open = version { $number } är fortfarande öppen ({ $state ->
    [draft] utkast
    [in_review] under granskning
   *[other] { $state }
}); publicera eller kassera den innan du börjar på ett nytt utkast
pathway-no-published-version = vårdkedjan har ingen publicerad version att utgå från
pathway-nothing-to-publish = inget att publicera: den aktuella versionen är redan publicerad och inget utkast är öppet
pathway-archived-already = vårdkedjan är redan arkiverad
pathway-no-draft-to-discard = det finns inget öppet utkast att kassera
pathway-discard-only-version = utkastet är vårdkedjans enda version; radera vårdkedjan i stället
pathway-delete-published = en vårdkedja som har publicerats sparas för sin historik; arkivera den i stället
pathway-delete-referenced = respons eller en åtgärd från ett möte hänvisar till vårdkedjan; en koordinator kan arkivera den i stället
pathway-no-open-draft = inget utkast är öppet och publicerade versioner är låsta; börja på ett nytt utkast för att { $action ->
    [edit] redigera vårdkedjan
    [submit] skicka vårdkedjan för granskning
    [return] returnera vårdkedjan till utkast
   *[other] ändra vårdkedjan
}
pathway-version-wrong-state = version { $number } är { $state ->
    [draft] ett utkast
    [in_review] under granskning
   *[other] i läget { $state }
}, inte { $wanted ->
    [draft] ett utkast
    [in_review] under granskning
   *[other] i läget { $wanted }
}; den kan inte { $action ->
    [edit] redigeras
    [submit] skickas för granskning
    [return] returneras till utkast
   *[other] ändras
}
pathway-step-no-such-service = steg { $step }: tjänsten finns inte
pathway-step-service-of-another-organisation = steg { $step }: tjänsten ”{ $service }” hör till en annan organisation än steget
pathway-step-no-such-organisation = steg { $step }: organisationen finns inte
pathway-step-organisation-not-in-network = steg { $step }: { $organisation } är inte medlem i vårdkedjans region; lägg först till den i nätverket eller välj en annan organisation
review-pathway-not-published = bara en publicerad vårdkedja granskas; den här är { $status ->
    [draft] ett utkast
    [in_review] under granskning
    [archived] arkiverad
   *[other] i läget { $status }
}

## Regionala versioner av nationella vårdkedjor

variant-must-start-from-published = en regional version måste utgå från en publicerad version av den vårdkedja den bygger på
variant-base-not-national = en regional version utgår från en nationell vårdkedja; den här hör till en region
variant-of-regional-pathway = bara nationella vårdkedjor har regionala versioner; den här vårdkedjan hör till en region
variant-base-unpublished = den nationella vårdkedjan har ingen publicerad version att anpassa; den måste publiceras först
variant-exists-already = regionen har redan en egen version av den här nationella vårdkedjan; ta in de nationella ändringarna i den i stället
pathway-not-a-variant = den här vårdkedjan är inte en regional version av en nationell vårdkedja
variant-archived = den regionala versionen är arkiverad; börja först på ett utkast för att ta den i bruk igen
variant-base-nothing-to-take = den nationella vårdkedjan har ingen publicerad version att ta in
variant-version-in-review = version { $number } är under granskning; publicera den eller returnera den till utkast innan du tar in de nationella ändringarna
variant-no-version = den regionala versionen har ingen version att ta in ändringarna i
variant-holds-base-version-already = den regionala versionen innehåller redan nationell version { $number }

## Respons

feedback-status-already = responsen är redan { $status ->
    [new] ny
    [in_progress] under behandling
    [done] behandlad
   *[other] i läget { $status }
}

## Regioner

region-slug-taken = adressnamnet ”{ $slug }” används redan av en annan region; välj ett annat
region-status-already = regionen är redan { $status ->
    [onboarding] under uppstart
    [active] aktiv
    [archived] arkiverad
   *[other] i läget { $status }
}
region-archived-no-joining = regionen är arkiverad; ingen kan gå med i den

## Inbjudningar, konton och anslutningsförfrågningar

invitation-already-in-network = { $email } finns redan i regionens nätverk
invitation-pending-already = { $email } har redan en väntande inbjudan; skicka den på nytt i stället
invitation-resend-not-pending = inbjudan är { $status ->
    [accepted] redan mottagen
    [revoked] återkallad
   *[other] i läget { $status }
}; bara väntande eller utgångna inbjudningar kan skickas på nytt
invitation-status-already = inbjudan är redan { $status ->
    [accepted] mottagen
    [revoked] återkallad
   *[other] i läget { $status }
}
invitation-expired = inbjudan har gått ut; be koordinatorn skicka den på nytt
invitation-used-already = inbjudan har redan använts
invitation-withdrawn = inbjudan har återkallats; be koordinatorn om en ny
invitation-sign-in-first = det finns redan ett konto för { $email }: logga in med det och öppna sedan inbjudningslänken igen
invitation-password-needed = välj ett lösenord för ditt konto
password-reset-unknown = den här länken för att välja ett nytt lösenord är inte giltig; be om en ny
password-reset-used = den här länken har redan använts; be om en ny vid behov
password-reset-expired = den här länken har gått ut (den fungerar en timme); be om en ny
account-exists-already = kontot finns redan
join-request-pending-already = du har redan bett att få gå med i regionen; koordinatorerna svarar
join-request-answered-already = förfrågan har redan { $status ->
    [approved] godkänts
    [declined] avslagits
   *[other] behandlats
}

## Organisationer, medlemskap och personer

organisation-business-id-taken = det finns redan en organisation med FO-numret { $business_id }
organisation-business-id-taken-unnamed = det finns redan en organisation med det här FO-numret
organisation-in-network-already = organisationen finns redan i regionens nätverk
membership-status-already = medlemskapet är redan { $status ->
    [invited] inbjudet
    [requested] begärt
    [active] aktivt
    [left] avslutat
   *[other] i läget { $status }
}
person-email-taken = det finns redan en person med e-postadressen { $email }
region-last-coordinator = en region behåller minst en koordinator: gör först någon annan till dess koordinator
person-role-already = personen är redan { $kind ->
    [coordinator] koordinator
    [member] medlem
   *[other] { $kind }
} i regionen

## Evenemang och överenskomna uppgifter

event-capacity-below-registered = { $registered ->
    [one] en person har
   *[other] { $registered } personer har
} redan anmält sig; antalet platser kan inte vara mindre
event-wrong-status = evenemanget är { $status ->
    [scheduled] inplanerat
    [cancelled] inställt
    [held] hållet
   *[other] i läget { $status }
}; { $action ->
    [changed] det kan inte ändras
    [cancelled] det kan inte ställas in
    [marked_held] det kan inte markeras som hållet
    [given_minutes] protokoll kan inte läggas till
    [registered_for] det går inte att anmäla sig
    [left] det går inte att återkalla anmälan
   *[other] det kan inte ändras
}
event-not-started = evenemanget har inte börjat ännu; markera det som hållet när det har ägt rum
event-started-registration = evenemanget har redan börjat; anmälan är stängd
event-started-cancellation = evenemanget har redan börjat; en anmälan kan inte längre återkallas
event-full = evenemanget är fullt; fråga koordinatorerna om en väntelista
event-registered-already = du är redan anmäld till evenemanget
event-not-registered = du är inte anmäld till evenemanget
action-item-status-already = uppgiften är redan { $status ->
    [open] öppen
    [done] klar
   *[other] i läget { $status }
}

## Saving over someone else's change

changed-since-read = någon har sparat en ändring här sedan du öppnade det; ladda om sidan för att se den och gör sedan din ändring igen
