# Validation and authorization messages of the domain layer.

## Text fields

text-empty = ei saa olla tyhjä
text-too-long = on { $len } merkkiä pitkä; enimmäispituus on { $max } merkkiä
text-not-one-line = on oltava yksi rivi ilman ohjausmerkkejä
text-control-characters = sisältää ohjausmerkkejä
text-personal-data = teksti näyttää sisältävän { $kind ->
    [henkilotunnus] henkilötunnuksen
   *[fodselsnummer] norjalaisen henkilötunnuksen (fødselsnummer)
}; Verkostoon ei saa tallentaa asiakkaiden henkilötietoja, poista se
email-empty = anna sähköpostiosoite
email-invalid = ”{ $text }” ei ole kelvollinen sähköpostiosoite: { $why ->
    [too_long] se on yli 254 merkkiä pitkä
    [no_at] siitä puuttuu @
    [one_at] siinä pitää olla yksi @ ja sen edessä nimi
    [no_domain] @-merkin jälkeen tarvitaan verkkotunnus, kuten example.org
   *[spaces] siinä on välilyöntejä
}
password-too-short = on liian lyhyt: { $len ->
    [one] { $len } merkki
   *[other] { $len } merkkiä
}; käytä vähintään { $min } merkkiä, muutamasta sanasta saa hyvän salasanan
password-too-long = on liian pitkä: käytä enintään { $max } merkkiä
sign-in-paused = tälle osoitteelle on annettu liian monta väärää salasanaa: yritä uudelleen { $minutes } min kuluttua
language-code-invalid = ”{ $input }” ei ole kielikoodi; käytä ISO 639 -koodeja, kuten fi, sv, nb, en
enum-unknown-value = tuntematon arvo ”{ $value }”; sallitut arvot: { $expected }
region-name-missing = anna nimi vähintään yhdellä kielellä (fi, sv, nb tai en)
phone-invalid = ”{ $text }” ei ole puhelinnumero; kirjoita se muodossa +358 40 123 4567 tai 116 006
web-address-invalid = ”{ $text }” ei ole verkko-osoite; osoitteen alussa pitää olla https://

## Opening hours and times

hours-closes-before-opening = aukeaa klo { $opens }, mutta sulkeutuu klo { $closes }; sulkemisajan on oltava aukeamisajan jälkeen
hours-closed-day-with-times = suljetulla päivällä ei ole aukioloaikoja; poista ne tai aseta closed arvoon false
hours-open-exception-needs-times = poikkeuspäivälle, jona ollaan auki, tarvitaan aukeamisaika ennen sulkemisaikaa
time-zone-invalid = ”{ $input }” ei ole aikavyöhyke; käytä nimeä kuten Europe/Helsinki tai Europe/Oslo
local-time-invalid = ”{ $input }” ei ole paikallinen aika; kirjoita se muodossa 2026-12-01T18:00
local-time-skipped = aikaa { $text } ei ole aikavyöhykkeellä { $zone }, koska kelloja siirretään silloin eteenpäin; valitse toinen aika
local-time-repeated = aika { $text } toistuu aikavyöhykkeellä { $zone } kahdesti, koska kelloja siirretään silloin taaksepäin; valitse toinen aika

## Who may do what

already-in-network = olet jo tämän alueen verkostossa
adapt-national-coordinators-only = vain alueen koordinaattorit voivat tehdä valtakunnallisesta hoitopolusta alueellisen version
take-national-changes-coordinators-only = vain alueen koordinaattorit voivat tuoda valtakunnallisen hoitopolun muutokset alueelliseen versioon
feedback-triage-coordinators-only = vain alueen koordinaattorit käsittelevät alueen hoitopolkuja koskevan palautteen
feedback-triage-admins-only = vain ylläpitäjät käsittelevät valtakunnallisia hoitopolkuja koskevan palautteen
review-list-national-admins-only = vain ylläpitäjät pitävät listaa tarkistusta odottavista valtakunnallisista hoitopoluista
review-list-region-people-only = vain alueeseen kuuluvat voivat lukea alueen tarkistusta odottavien hoitopolkujen listaa
mark-reviewed-coordinators-only = vain alueen koordinaattorit voivat merkitä alueen hoitopolut tarkistetuiksi
mark-reviewed-national-admins-only = vain ylläpitäjät voivat merkitä valtakunnalliset hoitopolut tarkistetuiksi
recent-changes-own-regions-only = voit seurata vain niiden alueiden muutoksia, joihin kuulut
draft-region-members-only = vain alueen jäsenet voivat laatia luonnoksia alueen hoitopoluista
draft-national-admins-only = vain ylläpitäjät voivat luoda valtakunnallisia hoitopolkuja
archived-pathway-coordinators-only = hoitopolku on arkistoitu; vain alueen koordinaattorit voivat palauttaa sen käyttöön
propose-region-members-only = vain hoitopolun alueen jäsenet voivat ehdottaa siihen muutoksia
edit-own-drafts-only = jäsenet voivat muokata vain omia luonnoksiaan; käänny alueen koordinaattorin puoleen
publish-national-admins-only = vain ylläpitäjät voivat julkaista tai arkistoida valtakunnallisia hoitopolkuja
publish-coordinators-only = vain alueen koordinaattorit voivat julkaista tai arkistoida alueen hoitopolkuja
manage-network-coordinators-only = vain alueen koordinaattorit voivat hallinnoida alueen verkostoa
change-organisation-coordinators-only = vain niiden alueiden koordinaattorit, joihin organisaatio kuuluu, voivat muuttaa sen tietoja
audit-log-coordinators-only = vain koordinaattorit ja ylläpitäjät voivat lukea muutoslokia
import-author-coordinators-only = tekijän on oltava alueen koordinaattori (tai ylläpitäjä), jotta alueen hoitopolkuja voi tuoda
import-national-admins-only = vain ylläpitäjät voivat tuoda valtakunnallisia hoitopolkuja

## Y-tunnukset ja organisaationumerot

business-id-empty = Y-tunnus puuttuu; anna suomalainen Y-tunnus, kuten 1234567-1, tai norjalainen organisaationumero, kuten 123 456 785
business-id-personal-id = tämä näyttää henkilötunnukselta eikä Y-tunnukselta; Verkostoon ei saa tallentaa asiakkaiden henkilötietoja, poista se
business-id-y-tunnus-format = Y-tunnuksessa on 7 numeroa, yhdysmerkki ja tarkistusnumero, kuten 1234567-1
business-id-y-tunnus-check-digit = Y-tunnuksen { $id } tarkistusnumero on väärä; tarkista tunnus
business-id-organisasjonsnummer-length = norjalaisessa organisaationumerossa on 9 numeroa, tässä on { $len }; suomalaisessa Y-tunnuksessa on yhdysmerkki ennen tarkistusnumeroa, kuten 1234567-1
business-id-organisasjonsnummer-check-digit = organisaationumeron { $id } tarkistusnumero on väärä; tarkista numero
business-id-unrecognised = ”{ $text }” ei ole suomalainen Y-tunnus (kuten 1234567-1) eikä norjalainen organisaationumero (9 numeroa, kuten 123 456 785)
