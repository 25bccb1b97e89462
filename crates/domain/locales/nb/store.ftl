# Avslag fra lagringslaget: det radene i databasen ikke tillater.

## Forløp og versjonene deres

pathway-version-still-open = versjon { $number } er fortsatt åpen ({ $state ->
    [draft] utkast
    [in_review] til gjennomgang
   *[other] { $state }
}); publiser eller forkast den før du starter et nytt utkast
pathway-no-published-version = forløpet har ingen publisert versjon å starte fra
pathway-nothing-to-publish = ingenting å publisere: den gjeldende versjonen er allerede publisert, og ikke noe utkast er åpent
pathway-archived-already = forløpet er allerede arkivert
pathway-no-draft-to-discard = det finnes ikke noe åpent utkast å forkaste
pathway-discard-only-version = utkastet er forløpets eneste versjon; slett forløpet i stedet
pathway-delete-published = et forløp som har vært publisert beholdes for historikkens skyld; arkiver det i stedet
pathway-delete-referenced = tilbakemelding eller et tiltak fra et møte viser til forløpet; en koordinator kan arkivere det i stedet
pathway-no-open-draft = ikke noe utkast er åpent, og publiserte versjoner er låst; start et nytt utkast for å { $action ->
    [edit] redigere forløpet
    [submit] sende forløpet til gjennomgang
    [return] sende forløpet tilbake til utkast
   *[other] endre forløpet
}
pathway-version-wrong-state = versjon { $number } er { $state ->
    [draft] et utkast
    [in_review] til gjennomgang
   *[other] i tilstanden { $state }
}, ikke { $wanted ->
    [draft] et utkast
    [in_review] til gjennomgang
   *[other] i tilstanden { $wanted }
}; den kan ikke { $action ->
    [edit] redigeres
    [submit] sendes til gjennomgang
    [return] sendes tilbake til utkast
   *[other] endres
}
pathway-step-no-such-service = trinn { $step }: tjenesten finnes ikke
pathway-step-service-of-another-organisation = trinn { $step }: tjenesten «{ $service }» tilhører en annen organisasjon enn trinnet
pathway-step-no-such-organisation = trinn { $step }: organisasjonen finnes ikke
pathway-step-organisation-not-in-network = trinn { $step }: { $organisation } er ikke medlem av forløpets region; legg den til i nettverket først, eller velg en annen organisasjon
review-pathway-not-published = bare et publisert forløp gjennomgås; dette er { $status ->
    [draft] et utkast
    [in_review] til gjennomgang
    [archived] arkivert
   *[other] i tilstanden { $status }
}

## Regionale versjoner av nasjonale forløp

variant-must-start-from-published = en regional versjon må ta utgangspunkt i en publisert versjon av forløpet den bygger på
variant-base-not-national = en regional versjon tar utgangspunkt i et nasjonalt forløp; dette tilhører en region
variant-of-regional-pathway = bare nasjonale forløp har regionale versjoner; dette forløpet tilhører en region
variant-base-unpublished = det nasjonale forløpet har ingen publisert versjon å tilpasse; det må publiseres først
variant-exists-already = regionen har allerede en egen versjon av dette nasjonale forløpet; ta de nasjonale endringene inn i den i stedet
pathway-not-a-variant = dette forløpet er ikke en regional versjon av et nasjonalt forløp
variant-archived = den regionale versjonen er arkivert; start først et utkast for å ta den i bruk igjen
variant-base-nothing-to-take = det nasjonale forløpet har ingen publisert versjon å ta inn
variant-version-in-review = versjon { $number } er til gjennomgang; publiser den eller send den tilbake til utkast før du tar inn de nasjonale endringene
variant-no-version = den regionale versjonen har ingen versjon å ta endringene inn i
variant-holds-base-version-already = den regionale versjonen har allerede nasjonal versjon { $number }

## Tilbakemeldinger

feedback-status-already = tilbakemeldingen er allerede { $status ->
    [new] ny
    [in_progress] under behandling
    [done] behandlet
   *[other] i tilstanden { $status }
}

## Regioner

region-slug-taken = adressenavnet «{ $slug }» brukes allerede av en annen region; velg et annet
region-status-already = regionen er allerede { $status ->
    [onboarding] under oppstart
    [active] aktiv
    [archived] arkivert
   *[other] i tilstanden { $status }
}
region-archived-no-joining = regionen er arkivert; ingen kan bli med i den

## Invitasjoner, kontoer og forespørsler om å bli med

invitation-already-in-network = { $email } er allerede i regionens nettverk
invitation-pending-already = { $email } har allerede en ventende invitasjon; send den på nytt i stedet
invitation-resend-not-pending = invitasjonen er { $status ->
    [accepted] allerede godtatt
    [revoked] trukket tilbake
   *[other] i tilstanden { $status }
}; bare ventende eller utløpte invitasjoner kan sendes på nytt
invitation-status-already = invitasjonen er allerede { $status ->
    [accepted] godtatt
    [revoked] trukket tilbake
   *[other] i tilstanden { $status }
}
invitation-expired = invitasjonen er utløpt; be koordinatoren sende den på nytt
invitation-used-already = invitasjonen er allerede brukt
invitation-withdrawn = invitasjonen er trukket tilbake; be koordinatoren om en ny
invitation-sign-in-first = det finnes allerede en konto for { $email }: logg inn med den, og åpne invitasjonslenken på nytt
invitation-password-needed = velg et passord for kontoen din
password-reset-unknown = denne lenken for å velge et nytt passord er ikke gyldig; be om en ny
password-reset-used = denne lenken er allerede brukt; be om en ny ved behov
password-reset-expired = denne lenken er utløpt (den virker i én time); be om en ny
account-exists-already = kontoen finnes allerede
join-request-pending-already = du har allerede bedt om å bli med i denne regionen; koordinatorene vil svare
join-request-answered-already = forespørselen er allerede { $status ->
    [approved] godkjent
    [declined] avslått
   *[other] behandlet
}

## Organisasjoner, medlemskap og personer

organisation-business-id-taken = det finnes allerede en organisasjon med organisasjonsnummer { $business_id }
organisation-business-id-taken-unnamed = det finnes allerede en organisasjon med dette organisasjonsnummeret
organisation-in-network-already = organisasjonen er allerede i regionens nettverk
membership-status-already = medlemskapet er allerede { $status ->
    [invited] invitert
    [requested] forespurt
    [active] aktivt
    [left] avsluttet
   *[other] i tilstanden { $status }
}
person-email-taken = det finnes allerede en person med e-postadressen { $email }
region-last-coordinator = en region beholder minst én koordinator: gjør først noen andre til koordinator for den
person-role-already = personen er allerede { $kind ->
    [coordinator] koordinator
    [member] medlem
   *[other] { $kind }
} i denne regionen

## Arrangementer og avtalte oppgaver

event-capacity-below-registered = { $registered ->
    [one] én person har
   *[other] { $registered } personer har
} allerede meldt seg på; antall plasser kan ikke være lavere
event-wrong-status = arrangementet er { $status ->
    [scheduled] planlagt
    [cancelled] avlyst
    [held] holdt
   *[other] i tilstanden { $status }
}; { $action ->
    [changed] det kan ikke endres
    [cancelled] det kan ikke avlyses
    [marked_held] det kan ikke merkes som holdt
    [given_minutes] referat kan ikke legges til
    [registered_for] du kan ikke melde deg på
    [left] du kan ikke melde deg av
   *[other] det kan ikke endres
}
event-not-started = arrangementet har ikke startet ennå; merk det som holdt når det har funnet sted
event-started-registration = arrangementet har allerede begynt; påmeldingen er stengt
event-started-cancellation = arrangementet har allerede begynt; en påmelding kan ikke lenger avbestilles
event-full = arrangementet er fullt; spør koordinatorene om venteliste
event-registered-already = du er allerede påmeldt dette arrangementet
event-not-registered = du er ikke påmeldt dette arrangementet
action-item-status-already = oppgaven er allerede { $status ->
    [open] åpen
    [done] utført
   *[other] i tilstanden { $status }
}

## Saving over someone else's change

changed-since-read = noen har lagret en endring her siden du åpnet det; last inn siden på nytt for å se den, og gjør så endringen din igjen
