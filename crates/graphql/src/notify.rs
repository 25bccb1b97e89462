//! Mail that tells people of a change that concerns them, sent after the change is committed and
//! only when a mail server is configured (without one, home shows the same: the review queue,
//! one's drafts and proposals, one's feedback and its reply, a coordinator's join requests and
//! new feedback). A mail that fails is logged and never undoes the change; nobody is told of what
//! they did themselves. Each person may turn off each kind of these mails (`NotificationMail`), on
//! their account page or with the link at the end of every such mail.

use async_graphql::Context;
use uuid::Uuid;
use verkosto_domain::{NotificationMail, OrganisationId, PersonId, RegionId};
use verkosto_store::entity::{join_request, pathway, pathway_feedback, person};

use crate::{
    ApiResult, Mail,
    context::{ContextExt, SharedMailer, SharedTokenIssuer},
    mails,
};

/// Tells the pathway's reviewers (its region's coordinators; the admins for a national one) that
/// `actor` submitted its open version for review.
pub(crate) async fn review_requested(
    ctx: &Context<'_>,
    actor: PersonId,
    pathway: &pathway::Model,
) -> ApiResult<()> {
    let Some(mailer) = delivering(ctx)? else {
        return Ok(());
    };
    let store = ctx.store()?;
    let (Some(title), Some(author)) = (
        title_of(ctx, pathway.open_version_id).await?,
        store.get_person(actor).await?,
    ) else {
        return Ok(());
    };
    let link = mailer.link(&format!("/pathways/{}", pathway.id));
    for reviewer in store
        .coordinators_of(pathway.region_id.map(RegionId))
        .await?
    {
        if reviewer.id != actor.0 {
            notify(
                ctx,
                mailer,
                &reviewer,
                NotificationMail::ReviewRequested,
                || mails::review_requested(&reviewer, &author.name, &title, &link),
            )
            .await?;
        }
    }
    Ok(())
}

/// Tells `author` that `actor` published their version of the pathway (`published`) or returned
/// it to them for more work.
pub(crate) async fn proposal_decided(
    ctx: &Context<'_>,
    actor: PersonId,
    author: Option<PersonId>,
    pathway: &pathway::Model,
    published: bool,
) -> ApiResult<()> {
    let Some(mailer) = delivering(ctx)? else {
        return Ok(());
    };
    let Some(author) = author.filter(|author| *author != actor) else {
        return Ok(());
    };
    let version = if published {
        pathway.published_version_id
    } else {
        pathway.open_version_id
    };
    let (Some(title), Some(person)) = (
        title_of(ctx, version).await?,
        ctx.store()?.get_person(author).await?,
    ) else {
        return Ok(());
    };
    if !person.disabled {
        let link = mailer.link(&format!("/pathways/{}", pathway.id));
        notify(
            ctx,
            mailer,
            &person,
            NotificationMail::ProposalDecided,
            || mails::proposal_decided(&person, &title, published, &link),
        )
        .await?;
    }
    Ok(())
}

/// Gives the sender of `feedback` the reply `actor` wrote.
pub(crate) async fn feedback_replied(
    ctx: &Context<'_>,
    actor: PersonId,
    feedback: &pathway_feedback::Model,
) -> ApiResult<()> {
    let Some(mailer) = delivering(ctx)? else {
        return Ok(());
    };
    if feedback.sender_id == actor.0 {
        return Ok(());
    }
    let store = ctx.store()?;
    let (Some(reply), Some(sender), Some(pathway)) = (
        feedback.reply.as_deref(),
        store.get_person(PersonId(feedback.sender_id)).await?,
        store
            .get_pathway(verkosto_domain::PathwayId(feedback.pathway_id))
            .await?,
    ) else {
        return Ok(());
    };
    let current = pathway.published_version_id.or(pathway.open_version_id);
    if let (Some(title), false) = (title_of(ctx, current).await?, sender.disabled) {
        let link = mailer.link(&format!("/pathways/{}", pathway.id));
        notify(
            ctx,
            mailer,
            &sender,
            NotificationMail::FeedbackReplied,
            || mails::feedback_replied(&sender, &title, reply, &link),
        )
        .await?;
    }
    Ok(())
}

/// Tells the coordinators of the request's region that someone asks to join it.
pub(crate) async fn join_requested(
    ctx: &Context<'_>,
    request: &join_request::Model,
) -> ApiResult<()> {
    let Some(mailer) = delivering(ctx)? else {
        return Ok(());
    };
    let store = ctx.store()?;
    let (Some(person), Some(region), Some(organisation)) = (
        store.get_person(PersonId(request.person_id)).await?,
        store.get_region(RegionId(request.region_id)).await?,
        store
            .get_organisation(OrganisationId(request.organisation_id))
            .await?,
    ) else {
        return Ok(());
    };
    let link = mailer.link(&format!("/regions/{}/network", region.id));
    for coordinator in store.coordinators_of(Some(RegionId(region.id))).await? {
        if coordinator.id != person.id {
            notify(
                ctx,
                mailer,
                &coordinator,
                NotificationMail::JoinRequested,
                || {
                    mails::join_requested(
                        &coordinator,
                        &person.name,
                        &organisation.name,
                        &region,
                        &link,
                    )
                },
            )
            .await?;
        }
    }
    Ok(())
}

/// Tells the requester the outcome of their `decided` request (they also see it in
/// `myJoinRequests`).
pub(crate) async fn join_request_decided(
    ctx: &Context<'_>,
    decided: &join_request::Model,
) -> ApiResult<()> {
    let Some(mailer) = delivering(ctx)? else {
        return Ok(());
    };
    let store = ctx.store()?;
    let (Some(person), Some(region)) = (
        store.get_person(PersonId(decided.person_id)).await?,
        store.get_region(RegionId(decided.region_id)).await?,
    ) else {
        return Ok(());
    };
    let mail = mails::join_request_outcome(
        decided,
        &region,
        &person.name,
        &person.email,
        &mailer.link("/"),
    );
    send(mailer, mail).await;
    Ok(())
}

/// Tells whoever triages `feedback` (its region's coordinators; admins for a national pathway)
/// at once when it is urgent.
pub(crate) async fn urgent_feedback(
    ctx: &Context<'_>,
    feedback: &pathway_feedback::Model,
    pathway: &pathway::Model,
) -> ApiResult<()> {
    let Some(mailer) = delivering(ctx)? else {
        return Ok(());
    };
    if !feedback.urgent {
        return Ok(());
    }
    let store = ctx.store()?;
    let current = pathway.published_version_id.or(pathway.open_version_id);
    let (Some(title), Some(sender)) = (
        title_of(ctx, current).await?,
        store.get_person(PersonId(feedback.sender_id)).await?,
    ) else {
        return Ok(());
    };
    let link = mailer.link(&match pathway.region_id {
        Some(region) => format!("/regions/{region}/feedback"),
        None => "/national/feedback".to_owned(),
    });
    for coordinator in store
        .coordinators_of(pathway.region_id.map(RegionId))
        .await?
    {
        if coordinator.id != sender.id {
            notify(
                ctx,
                mailer,
                &coordinator,
                NotificationMail::UrgentFeedback,
                || {
                    mails::urgent_feedback(
                        &coordinator,
                        &sender.name,
                        &title,
                        &feedback.message,
                        &link,
                    )
                },
            )
            .await?;
        }
    }
    Ok(())
}

/// The mailer, when it delivers.
fn delivering<'a>(ctx: &'a Context<'_>) -> ApiResult<Option<&'a SharedMailer>> {
    let mailer = ctx.data::<SharedMailer>()?;
    Ok(mailer.delivers().then_some(mailer))
}

/// The title of pathway version `id`.
async fn title_of(ctx: &Context<'_>, id: Option<Uuid>) -> ApiResult<Option<String>> {
    let Some(id) = id else {
        return Ok(None);
    };
    let versions = ctx.store()?.versions_by_ids(&[id]).await?;
    Ok(versions.into_iter().next().map(|v| v.title))
}

/// Sends the mail that `mail` writes to `person` as notification mail of `kind`, unless they
/// turned that kind off (then it is not written at all); it ends with the link that turns it off.
async fn notify(
    ctx: &Context<'_>,
    mailer: &SharedMailer,
    person: &person::Model,
    kind: NotificationMail,
    mail: impl FnOnce() -> Mail,
) -> ApiResult<()> {
    if !person.receives(kind) {
        return Ok(());
    }
    let tokens = ctx.data::<SharedTokenIssuer>()?;
    match tokens.unsubscribe_token(PersonId(person.id), kind) {
        Ok(token) => {
            let link = mailer.link(&format!("/unsubscribe/{token}"));
            send(mailer, mails::with_unsubscribe(mail(), person, link)).await;
        }
        Err(error) => tracing::warn!(%error, "could not sign an unsubscribe link; mail not sent"),
    }
    Ok(())
}

async fn send(mailer: &SharedMailer, mail: Mail) {
    if let Err(error) = mailer.send(mail).await {
        tracing::warn!(%error, "could not send a notification mail");
    }
}
