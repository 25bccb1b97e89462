//! Feedback on pathways: sending it, triaging it and replying.

use async_graphql::{Context, ID, Object};
use verkosto_domain::{DomainError, PathwayFeedbackId, policy::shared_pathways};
use verkosto_store::entity::pathway_feedback;

use crate::{
    ApiResult,
    context::ContextExt,
    input::{PathwayFeedbackInput, required_text},
    notify,
    object::{FeedbackStatus, Pathway, PathwayFeedback, parse_id},
};

/// Feedback mutations.
#[derive(Default)]
pub struct FeedbackMutation;

/// The feedback `id` when the viewer may read it (its sender, the pathway's editors); otherwise not found.
pub(crate) async fn visible_feedback(
    ctx: &Context<'_>,
    field: &str,
    id: &ID,
) -> ApiResult<Option<pathway_feedback::Model>> {
    let id = PathwayFeedbackId(parse_id(field, id)?);
    let viewer = ctx.viewer();
    Ok(ctx.store()?.get_feedback(id).await?.filter(|f| {
        shared_pathways::can_read_feedback(viewer, f.region_id.map(Into::into), f.sender_id.into())
    }))
}

/// The feedback `id` for its triage: not found when hidden, forbidden for its sender.
async fn feedback_to_triage(ctx: &Context<'_>, id: &ID) -> ApiResult<PathwayFeedbackId> {
    ctx.viewer().person_id()?;
    let feedback = visible_feedback(ctx, "id", id)
        .await?
        .ok_or(DomainError::NotFound("feedback"))?;
    shared_pathways::require_triage_feedback(ctx.viewer(), feedback.region_id.map(Into::into))?;
    Ok(PathwayFeedbackId(feedback.id))
}

#[Object]
impl FeedbackMutation {
    /// Sends feedback on a pathway the viewer can read to its region's coordinators (national
    /// pathways: the platform admins), who are mailed at once when it is `urgent`; the sender
    /// follows it in `myPathwayFeedback`.
    async fn send_pathway_feedback(
        &self,
        ctx: &Context<'_>,
        pathway_id: ID,
        input: PathwayFeedbackInput,
    ) -> ApiResult<PathwayFeedback> {
        let me = shared_pathways::require_send_feedback(ctx.viewer())?;
        let pathway = Pathway::load_visible(ctx, parse_id("pathwayId", &pathway_id)?)
            .await?
            .ok_or(DomainError::NotFound("pathway"))?;
        let (message, urgent) = input.parse("input")?;
        let sent = ctx
            .store()?
            .send_feedback(me, &pathway.0, message, urgent)
            .await?;
        notify::urgent_feedback(ctx, &sent, &pathway.0).await?;
        Ok(PathwayFeedback(sent))
    }

    /// Moves feedback to new, in progress or done (the pathway's coordinators, admins).
    async fn set_pathway_feedback_status(
        &self,
        ctx: &Context<'_>,
        id: ID,
        status: FeedbackStatus,
    ) -> ApiResult<PathwayFeedback> {
        let id = feedback_to_triage(ctx, &id).await?;
        Ok(PathwayFeedback(
            ctx.store()?
                .set_feedback_status(ctx.viewer().person_id()?, id, status.into())
                .await?,
        ))
    }

    /// Replies to the sender (replacing an earlier reply); new feedback moves to in progress
    /// (the pathway's coordinators, admins).
    async fn reply_to_pathway_feedback(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reply: String,
    ) -> ApiResult<PathwayFeedback> {
        let id = feedback_to_triage(ctx, &id).await?;
        let reply = required_text("reply", &reply)?;
        let me = ctx.viewer().person_id()?;
        let replied = ctx.store()?.reply_to_feedback(me, id, reply).await?;
        notify::feedback_replied(ctx, me, &replied).await?;
        Ok(PathwayFeedback(replied))
    }
}
