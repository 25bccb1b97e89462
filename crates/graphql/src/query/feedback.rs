//! Feedback queries: one piece, a region's triage queue, and the viewer's own.

use async_graphql::{Context, ID, Object};
use verkosto_domain::{DomainError, RegionId, policy::shared_pathways};
use verkosto_store::feedback::FeedbackQueue;

use crate::{
    ApiResult,
    context::ContextExt,
    mutation::visible_feedback,
    object::{FeedbackStatus, PathwayFeedback, parse_id},
    pagination::{IdConnection, paginate},
};

/// Feedback queries.
#[derive(Default)]
pub struct FeedbackQuery;

#[Object]
impl FeedbackQuery {
    /// One piece of feedback: its sender and the pathway's coordinators read it; null for others.
    async fn pathway_feedback(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> ApiResult<Option<PathwayFeedback>> {
        Ok(visible_feedback(ctx, "id", &id).await?.map(PathwayFeedback))
    }

    /// The feedback queue of a region (without `regionId`: of national pathways, for admins),
    /// urgent first, then newest first; optionally only some statuses (coordinators, admins).
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn pathway_feedback_queue(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        region_id: Option<ID>,
        status: Option<Vec<FeedbackStatus>>,
    ) -> ApiResult<IdConnection<PathwayFeedback>> {
        let region = region_id
            .as_ref()
            .map(|id| parse_id("regionId", id).map(RegionId))
            .transpose()?;
        let store = ctx.store()?;
        if let Some(region) = region {
            store
                .get_region(region)
                .await?
                .ok_or(DomainError::NotFound("region"))?;
        }
        shared_pathways::require_triage_feedback(ctx.viewer(), region)?;
        let queue = FeedbackQueue {
            region,
            statuses: status
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
        };
        paginate(first, after, |after, limit| async move {
            let rows = store.list_feedback_queue(&queue, after, limit).await?;
            Ok(rows
                .into_iter()
                .map(|f| (f.id, PathwayFeedback(f)))
                .collect())
        })
        .await
    }

    /// The feedback the viewer has sent, newest first, with its status and reply.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn my_pathway_feedback(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<IdConnection<PathwayFeedback>> {
        let me = ctx.viewer().person_id()?;
        let store = ctx.store()?;
        paginate(first, after, |after, limit| async move {
            let rows = store.list_feedback_by_sender(me, after, limit).await?;
            Ok(rows
                .into_iter()
                .map(|f| (f.id, PathwayFeedback(f)))
                .collect())
        })
        .await
    }
}
