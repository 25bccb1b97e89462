//! Reviewing published pathways.

use async_graphql::{Context, ID, Object};
use chrono::{NaiveDate, Utc};
use verkosto_domain::{msg, policy::shared_pathways};

use super::pathway::readable;
use crate::{ApiError, ApiResult, context::ContextExt, object::Pathway};

/// Review mutations.
#[derive(Default)]
pub struct ReviewMutation;

#[Object]
impl ReviewMutation {
    /// Records that the published pathway was reviewed: sets its next review date (after today)
    /// and clears the flags raised by changed services (coordinators of its region, admins).
    /// Stale or closed services keep flagging it until the service itself is updated.
    async fn mark_pathway_reviewed(
        &self,
        ctx: &Context<'_>,
        pathway_id: ID,
        next_review_due: NaiveDate,
    ) -> ApiResult<Pathway> {
        let (id, facts) = readable(ctx, &pathway_id).await?;
        shared_pathways::require_mark_reviewed(ctx.viewer(), facts.region)?;
        if next_review_due <= Utc::now().date_naive() {
            return Err(ApiError::invalid(
                "nextReviewDue",
                msg!("review-due-not-after-today"),
            ));
        }
        Ok(Pathway(
            ctx.store()?
                .mark_pathway_reviewed(ctx.viewer().person_id()?, id, next_review_due)
                .await?,
        ))
    }
}
