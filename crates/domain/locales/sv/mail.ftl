# E-post som Verkosto skickar. Varje stycke är ett eget meddelande; koden sätter ihop dem.

mail-greeting = Hej { $name },
mail-invitation = { $inviter } bjuder in dig till det regionala nätverket { $region } i Verkosto som { $role ->
    [coordinator] koordinator
   *[member] medlem
}.
mail-invitation-accept = Godkänn inbjudan och välj ett lösenord inom 72 timmar:
mail-join-request-approved = din begäran om att ansluta dig till { $region } har godkänts.
mail-join-request-declined = din begäran om att ansluta dig till { $region } har avslagits. Koordinatorernas motivering:
mail-password-reset-subject = val av nytt lösenord
mail-password-reset = någon (förhoppningsvis du) bad om att få välja ett nytt lösenord för ditt Verkosto-konto. Välj det inom en timme via den här länken, som fungerar en gång:
mail-password-reset-ignore = Om du inte bad om detta kan du bortse från meddelandet: ditt lösenord förblir som det är.
mail-review-requested = { $author } skickade vårdkedjan ”{ $title }” för granskning. Läs den och publicera den eller skicka tillbaka den för mer arbete:
mail-proposal-published = din version av vårdkedjan ”{ $title }” publicerades:
mail-proposal-returned = din version av vårdkedjan ”{ $title }” skickades tillbaka till dig för mer arbete:
mail-feedback-replied = koordinatorerna svarade på din respons om vårdkedjan ”{ $title }”:
mail-join-requested = { $person } ({ $organisation }) ber att få gå med i det regionala nätverket { $region }. Godkänn eller avslå begäran:
mail-urgent-feedback = { $sender } skickade brådskande respons om vårdkedjan ”{ $title }”:
mail-unsubscribe = Vill du inte längre få sådana meddelanden? Stäng av dem med den här länken (eller på sidan Mitt konto):
