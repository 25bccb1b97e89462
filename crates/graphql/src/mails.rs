//! The mails Verkosto sends, written from the message catalogues (`mail.ftl`) in the region's
//! language, then the language of the coordinator whose action sent it, then English.

use verkosto_domain::{Country, Language, RoleKind, msg};
use verkosto_store::entity::{invitation, join_request, person, region};

use crate::{Mail, request_language};

/// The invitation to `invitation.email`, from `inviter`, with the `link` that accepts it.
pub(crate) fn invitation(
    invitation: &invitation::Model,
    region: &region::Model,
    inviter: &str,
    link: &str,
) -> Mail {
    let names = region.names();
    let role = if invitation.role == RoleKind::Coordinator.as_str() {
        "coordinator"
    } else {
        "member"
    };
    let body = in_languages(region, |language| {
        let region = names.get(language);
        format!(
            "{}\n\n{}\n\n{}\n{link}\n",
            msg!("mail-greeting", name = &invitation.name).render(language),
            msg!(
                "mail-invitation",
                inviter = inviter,
                region = region,
                role = role
            )
            .render(language),
            msg!("mail-invitation-accept").render(language),
        )
    });
    Mail {
        to: invitation.email.clone(),
        subject: subject(region),
        body,
        unsubscribe: None,
    }
}

/// The outcome of `request` to `name` at `email`: the link to Verkosto when approved, the
/// coordinators' reason when declined.
pub(crate) fn join_request_outcome(
    request: &join_request::Model,
    region: &region::Model,
    name: &str,
    email: &str,
    link: &str,
) -> Mail {
    let names = region.names();
    let body = in_languages(region, |language| {
        let region = names.get(language);
        let outcome = match request.reason {
            None => msg!("mail-join-request-approved", region = region),
            Some(_) => msg!("mail-join-request-declined", region = region),
        };
        format!(
            "{}\n\n{}\n",
            msg!("mail-greeting", name = name).render(language),
            outcome.render(language),
        )
    });
    let tail = request.reason.as_deref().unwrap_or(link);
    Mail {
        to: email.to_owned(),
        subject: subject(region),
        body: format!("{body}\n{tail}\n"),
        unsubscribe: None,
    }
}

/// The password reset link to `person`, in their own language and then English.
pub(crate) fn password_reset(person: &person::Model, link: &str) -> Mail {
    to_person(
        person,
        |language| msg!("mail-password-reset-subject").render(language),
        |language| {
            format!(
                "{}\n{link}\n\n{}\n",
                msg!("mail-password-reset").render(language),
                msg!("mail-password-reset-ignore").render(language),
            )
        },
    )
}

/// Tells `reviewer` that `author` submitted the pathway `title` for review, at `link`.
pub(crate) fn review_requested(
    reviewer: &person::Model,
    author: &str,
    title: &str,
    link: &str,
) -> Mail {
    to_person(
        reviewer,
        |_| title.to_owned(),
        |language| {
            let said = msg!("mail-review-requested", author = author, title = title);
            format!("{}\n{link}\n", said.render(language))
        },
    )
}

/// Tells `author` that their version of the pathway `title` was published, or returned to them.
pub(crate) fn proposal_decided(
    author: &person::Model,
    title: &str,
    published: bool,
    link: &str,
) -> Mail {
    to_person(
        author,
        |_| title.to_owned(),
        |language| {
            let said = if published {
                msg!("mail-proposal-published", title = title)
            } else {
                msg!("mail-proposal-returned", title = title)
            };
            format!("{}\n{link}\n", said.render(language))
        },
    )
}

/// Gives `sender` the coordinators' `reply` to their feedback on the pathway `title`, at `link`.
pub(crate) fn feedback_replied(
    sender: &person::Model,
    title: &str,
    reply: &str,
    link: &str,
) -> Mail {
    to_person(
        sender,
        |_| title.to_owned(),
        |language| {
            let said = msg!("mail-feedback-replied", title = title);
            format!("{}\n\n{reply}\n\n{link}\n", said.render(language))
        },
    )
}

/// Tells `coordinator` that `person` of `organisation` asks to join `region`, at `link`.
pub(crate) fn join_requested(
    coordinator: &person::Model,
    person: &str,
    organisation: &str,
    region: &region::Model,
    link: &str,
) -> Mail {
    let names = region.names();
    to_person(
        coordinator,
        |language| names.get(language).to_owned(),
        |language| {
            let said = msg!(
                "mail-join-requested",
                person = person,
                organisation = organisation,
                region = names.get(language),
            );
            format!("{}\n{link}\n", said.render(language))
        },
    )
}

/// Tells `coordinator` of `sender`'s urgent feedback on the pathway `title`, with its `message`.
pub(crate) fn urgent_feedback(
    coordinator: &person::Model,
    sender: &str,
    title: &str,
    message: &str,
    link: &str,
) -> Mail {
    to_person(
        coordinator,
        |_| title.to_owned(),
        |language| {
            let said = msg!("mail-urgent-feedback", sender = sender, title = title);
            format!("{}\n\n{message}\n\n{link}\n", said.render(language))
        },
    )
}

/// A mail to `person` in their own language and then English, each section greeting them
/// before its `body`; the subject is `Verkosto: ` and `subject` in their language.
fn to_person(
    person: &person::Model,
    subject: impl Fn(Language) -> String,
    body: impl Fn(Language) -> String,
) -> Mail {
    let languages = person_languages(person);
    let own = languages[0];
    let body = languages
        .iter()
        .map(|&language| {
            format!(
                "{}\n\n{}",
                msg!("mail-greeting", name = &person.name).render(language),
                body(language),
            )
        })
        .collect::<Vec<_>>()
        .join("\n--\n\n");
    Mail {
        to: person.email.clone(),
        subject: format!("Verkosto: {}", subject(own)),
        body,
        unsubscribe: None,
    }
}

/// `mail` to `person` as a notification: it ends with the link that turns this kind of mail off
/// (`unsubscribe`), said in their language and English, and carries it for the mail headers.
pub(crate) fn with_unsubscribe(mail: Mail, person: &person::Model, unsubscribe: String) -> Mail {
    let said = person_languages(person)
        .into_iter()
        .map(|language| msg!("mail-unsubscribe").render(language))
        .collect::<Vec<_>>()
        .join("\n");
    Mail {
        body: format!("{}\n--\n{said}\n{unsubscribe}\n", mail.body),
        unsubscribe: Some(unsubscribe),
        ..mail
    }
}

/// The person's own language, then English.
fn person_languages(person: &person::Model) -> Vec<Language> {
    let own = Language::parse("language", &person.language).unwrap_or(Language::English);
    let mut languages = vec![own];
    if own != Language::English {
        languages.push(Language::English);
    }
    languages
}

/// The language of the region's country.
fn local_language(region: &region::Model) -> Language {
    match Country::parse("country", &region.country) {
        Ok(Country::Norway) => Language::NorwegianBokmal,
        _ => Language::Finnish,
    }
}

/// The languages a mail about `region` is written in: the region's own, the request's, English.
fn languages(region: &region::Model) -> Vec<Language> {
    let mut languages = vec![local_language(region)];
    for language in [request_language(), Language::English] {
        if !languages.contains(&language) {
            languages.push(language);
        }
    }
    languages
}

/// One section per language, separated by `--` lines.
fn in_languages(region: &region::Model, section: impl Fn(Language) -> String) -> String {
    languages(region)
        .into_iter()
        .map(section)
        .collect::<Vec<_>>()
        .join("\n--\n\n")
}

/// `Verkosto: <the region's name in its own language>`.
fn subject(region: &region::Model) -> String {
    format!("Verkosto: {}", region.names().get(local_language(region)))
}
