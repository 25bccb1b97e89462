# Verkoston lähettämät sähköpostit. Jokainen kappale on oma viestinsä; koodi kokoaa ne.

mail-greeting = Hei { $name },
mail-invitation = { $inviter } kutsuu sinut Verkostoon alueverkostoon { $region } { $role ->
    [coordinator] koordinaattorina
   *[member] jäsenenä
}.
mail-invitation-accept = Hyväksy kutsu ja valitse salasana 72 tunnin kuluessa:
mail-join-request-approved = pyyntösi liittyä alueverkostoon { $region } on hyväksytty.
mail-join-request-declined = pyyntöäsi liittyä alueverkostoon { $region } ei hyväksytty. Koordinaattorien perustelu:
mail-password-reset-subject = uuden salasanan valinta
mail-password-reset = joku (toivottavasti sinä) pyysi uuden salasanan valintaa Verkosto-tilillesi. Valitse se tunnin kuluessa tästä linkistä, joka toimii kerran:
mail-password-reset-ignore = Jos et pyytänyt tätä, voit jättää viestin huomiotta: salasanasi pysyy ennallaan.
mail-review-requested = { $author } lähetti hoitopolun ”{ $title }” tarkistettavaksi. Lue se ja julkaise se tai palauta se muokattavaksi:
mail-proposal-published = versiosi hoitopolusta ”{ $title }” julkaistiin:
mail-proposal-returned = versiosi hoitopolusta ”{ $title }” palautettiin sinulle muokattavaksi:
mail-feedback-replied = koordinaattorit vastasivat palautteeseesi hoitopolusta ”{ $title }”:
mail-join-requested = { $person } ({ $organisation }) pyytää päästä alueverkostoon { $region }. Hyväksy tai hylkää pyyntö:
mail-urgent-feedback = { $sender } lähetti kiireellistä palautetta hoitopolusta ”{ $title }”:
mail-unsubscribe = Et halua enää tällaisia viestejä? Lopeta ne tästä linkistä (tai Oma tili -sivulla):
