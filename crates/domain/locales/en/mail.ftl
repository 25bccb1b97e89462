# The mails Verkosto sends. Each paragraph is its own message; the code joins them.

mail-greeting = Hello { $name },
mail-invitation = { $inviter } invites you to the regional network { $region } in Verkosto as a { $role ->
    [coordinator] coordinator
   *[member] member
}.
mail-invitation-accept = Accept the invitation and choose a password within 72 hours:
mail-join-request-approved = your request to join { $region } was approved.
mail-join-request-declined = your request to join { $region } was declined. The coordinators' reason:
mail-password-reset-subject = choosing a new password
mail-password-reset = someone (hopefully you) asked to choose a new password for your Verkosto account. Choose it within an hour through this link, which works once:
mail-password-reset-ignore = If you did not ask for this, ignore this message: your password stays as it is.
mail-review-requested = { $author } submitted the care pathway “{ $title }” for review. Read it and publish it, or return it for more work:
mail-proposal-published = your version of the care pathway “{ $title }” was published:
mail-proposal-returned = your version of the care pathway “{ $title }” was returned to you for more work:
mail-feedback-replied = the coordinators replied to your feedback on the care pathway “{ $title }”:
mail-join-requested = { $person } ({ $organisation }) asks to join the regional network { $region }. Approve or decline the request:
mail-urgent-feedback = { $sender } sent urgent feedback on the care pathway “{ $title }”:
mail-unsubscribe = No longer want mail like this? Turn it off with this link (or on the My account page):
