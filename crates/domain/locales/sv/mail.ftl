# E-post som Verkosto skickar. Varje stycke är ett eget meddelande; koden sätter ihop dem.

mail-greeting = Hej { $name },
mail-invitation = { $inviter } bjuder in dig till det regionala nätverket { $region } i Verkosto som { $role ->
    [coordinator] koordinator
   *[member] medlem
}.
mail-invitation-accept = Godkänn inbjudan och välj ett lösenord inom 72 timmar:
mail-join-request-approved = din begäran om att ansluta dig till { $region } har godkänts.
mail-join-request-declined = din begäran om att ansluta dig till { $region } har avslagits. Koordinatorernas motivering:
