# Tallennuskerroksen epäämiset: mitä tietokannan rivit eivät salli.

## Hoitopolut ja niiden versiot

pathway-version-still-open = versio { $number } on vielä auki ({ $state ->
    [draft] luonnos
    [in_review] tarkistettavana
   *[other] { $state }
}); julkaise tai hylkää se ennen kuin aloitat uuden luonnoksen
pathway-no-published-version = hoitopolulla ei ole julkaistua versiota, josta aloittaa
pathway-nothing-to-publish = ei julkaistavaa: nykyinen versio on jo julkaistu, eikä luonnosta ole auki
pathway-archived-already = hoitopolku on jo arkistoitu
pathway-no-draft-to-discard = hylättävää luonnosta ei ole auki
pathway-discard-only-version = tämä luonnos on hoitopolun ainoa versio; poista hoitopolku sen sijaan
pathway-delete-published = julkaistu hoitopolku säilytetään historiansa vuoksi; arkistoi se sen sijaan
pathway-delete-referenced = hoitopolkuun viittaa palaute tai kokouksen toimenpide; koordinaattori voi arkistoida sen sen sijaan
pathway-no-open-draft = luonnosta ei ole auki, eikä julkaistuja versioita voi muuttaa; aloita uusi luonnos, jotta voit { $action ->
    [edit] muokata hoitopolkua
    [submit] lähettää hoitopolun tarkistettavaksi
    [return] palauttaa hoitopolun luonnokseksi
   *[other] muuttaa hoitopolkua
}
pathway-version-wrong-state = versio { $number } on { $state ->
    [draft] luonnos
    [in_review] tarkistettavana
   *[other] tilassa { $state }
} eikä { $wanted ->
    [draft] luonnos
    [in_review] tarkistettavana
   *[other] tilassa { $wanted }
}, joten sitä ei voi { $action ->
    [edit] muokata
    [submit] lähettää tarkistettavaksi
    [return] palauttaa luonnokseksi
   *[other] muuttaa
}
pathway-step-no-such-service = vaihe { $step }: palvelua ei löydy
pathway-step-service-of-another-organisation = vaihe { $step }: palvelu ”{ $service }” kuuluu eri organisaatiolle kuin vaihe
pathway-step-no-such-organisation = vaihe { $step }: organisaatiota ei löydy
pathway-step-organisation-not-in-network = vaihe { $step }: { $organisation } ei ole hoitopolun alueen jäsen; lisää se ensin verkostoon tai valitse toinen organisaatio
review-pathway-not-published = vain julkaistu hoitopolku tarkistetaan; tämä on { $status ->
    [draft] luonnos
    [in_review] tarkistettavana
    [archived] arkistoitu
   *[other] tilassa { $status }
}

## Valtakunnallisten hoitopolkujen alueelliset versiot

variant-must-start-from-published = alueellinen versio on tehtävä pohjana olevan hoitopolun julkaistusta versiosta
variant-base-not-national = alueellinen versio tehdään valtakunnallisesta hoitopolusta; tämä hoitopolku kuuluu alueelle
variant-of-regional-pathway = alueellisia versioita on vain valtakunnallisilla hoitopoluilla; tämä hoitopolku kuuluu alueelle
variant-base-unpublished = valtakunnallisesta hoitopolusta ei ole julkaistua versiota, jota voisi mukauttaa; se on julkaistava ensin
variant-exists-already = alueella on jo oma versio tästä valtakunnallisesta hoitopolusta; ota valtakunnalliset muutokset mieluummin siihen
pathway-not-a-variant = tämä hoitopolku ei ole valtakunnallisen hoitopolun alueellinen versio
variant-archived = alueellinen versio on arkistoitu; aloita ensin luonnos, jotta se otetaan uudelleen käyttöön
variant-base-nothing-to-take = valtakunnallisesta hoitopolusta ei ole julkaistua versiota, josta muutokset voisi ottaa
variant-version-in-review = versio { $number } on tarkistettavana; julkaise se tai palauta se luonnokseksi ennen kuin otat siihen valtakunnalliset muutokset
variant-no-version = alueellisella versiolla ei ole versiota, johon muutokset voisi ottaa
variant-holds-base-version-already = alueellinen versio sisältää jo valtakunnallisen version { $number }

## Palaute

feedback-status-already = palautteen tila on jo { $status ->
    [new] uusi
    [in_progress] käsittelyssä
    [done] käsitelty
   *[other] { $status }
}

## Alueet

region-slug-taken = osoitenimi ”{ $slug }” on jo toisen alueen käytössä; valitse toinen
region-status-already = alue on jo { $status ->
    [onboarding] käynnistymässä
    [active] toiminnassa
    [archived] arkistoitu
   *[other] tilassa { $status }
}
region-archived-no-joining = alue on arkistoitu; siihen ei voi liittyä

## Kutsut, käyttäjätilit ja liittymispyynnöt

invitation-already-in-network = { $email } on jo tämän alueen verkostossa
invitation-pending-already = { $email } on jo kutsuttu, ja kutsu odottaa vastausta; lähetä se mieluummin uudelleen
invitation-resend-not-pending = kutsu on { $status ->
    [accepted] jo hyväksytty
    [revoked] peruttu
   *[other] tilassa { $status }
}; vain odottavan tai vanhentuneen kutsun voi lähettää uudelleen
invitation-status-already = kutsu on jo { $status ->
    [accepted] hyväksytty
    [revoked] peruttu
   *[other] tilassa { $status }
}
invitation-expired = kutsu on vanhentunut; pyydä koordinaattoria lähettämään se uudelleen
invitation-used-already = kutsu on jo käytetty
invitation-withdrawn = kutsu on peruttu; pyydä koordinaattorilta uusi
invitation-sign-in-first = osoitteelle { $email } on jo käyttäjätili: kirjaudu sillä ja avaa kutsulinkki sitten uudelleen
invitation-password-needed = valitse käyttäjätilillesi salasana
password-reset-unknown = tämä uuden salasanan linkki ei kelpaa; pyydä uusi
password-reset-used = tämä linkki on jo käytetty; pyydä tarvittaessa uusi
password-reset-expired = tämä linkki on vanhentunut (se toimii tunnin); pyydä uusi
account-exists-already = käyttäjätili on jo olemassa
join-request-pending-already = olet jo pyytänyt liittymistä tähän alueeseen; koordinaattorit vastaavat pyyntöösi
join-request-answered-already = pyyntö on jo { $status ->
    [approved] hyväksytty
    [declined] hylätty
   *[other] käsitelty
}

## Organisaatiot, jäsenyydet ja henkilöt

organisation-business-id-taken = organisaatio, jonka Y-tunnus on { $business_id }, on jo olemassa
organisation-business-id-taken-unnamed = organisaatio, jolla on tämä Y-tunnus, on jo olemassa
organisation-in-network-already = organisaatio on jo tämän alueen verkostossa
membership-status-already = jäsenyys on jo { $status ->
    [invited] kutsuvaiheessa
    [requested] pyyntövaiheessa
    [active] voimassa
    [left] päättynyt
   *[other] tilassa { $status }
}
person-email-taken = henkilö, jonka sähköpostiosoite on { $email }, on jo olemassa
region-last-coordinator = alueella on oltava ainakin yksi koordinaattori: tee ensin joku toinen sen koordinaattoriksi
person-role-already = henkilö on jo tämän alueen { $kind ->
    [coordinator] koordinaattori
    [member] jäsen
   *[other] { $kind }
}

## Tapahtumat ja sovitut tehtävät

event-capacity-below-registered = { $registered ->
    [one] yksi henkilö on
   *[other] { $registered } henkilöä on
} jo ilmoittautunut; paikkoja ei voi olla vähemmän
event-wrong-status = tapahtuma on { $status ->
    [scheduled] tulossa
    [cancelled] peruttu
    [held] pidetty
   *[other] tilassa { $status }
}, joten { $action ->
    [changed] sitä ei voi muuttaa
    [cancelled] sitä ei voi perua
    [marked_held] sitä ei voi merkitä pidetyksi
    [given_minutes] siihen ei voi lisätä muistiota
    [registered_for] siihen ei voi ilmoittautua
    [left] ilmoittautumista ei voi perua
   *[other] sitä ei voi muuttaa
}
event-not-started = tapahtuma ei ole vielä alkanut; merkitse se pidetyksi, kun se on pidetty
event-started-registration = tapahtuma on jo alkanut; ilmoittautuminen on päättynyt
event-started-cancellation = tapahtuma on jo alkanut; ilmoittautumista ei voi enää perua
event-full = tapahtuma on täynnä; kysy sen koordinaattoreilta jonotuslistasta
event-registered-already = olet jo ilmoittautunut tähän tapahtumaan
event-not-registered = et ole ilmoittautunut tähän tapahtumaan
action-item-status-already = tehtävä on jo { $status ->
    [open] avoin
    [done] tehty
   *[other] tilassa { $status }
}

## Saving over someone else's change

changed-since-read = joku on tallentanut tähän muutoksen sen jälkeen, kun avasit sen; lataa sivu uudelleen nähdäksesi sen ja tee muutoksesi sitten uudelleen
