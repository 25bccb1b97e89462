//! Queries of pathways; the permission filter runs inside the SQL query.

use async_graphql::{Context, ID, Object};
use verkosto_domain::RegionId;
use verkosto_store::pathway::PathwayFilter;

use crate::{
    ApiResult,
    context::ContextExt,
    object::{Pathway, enums::PathwayStatus, parse_id},
    pagination::{IdConnection, paginate},
};

/// Pathway queries.
#[derive(Default)]
pub struct PathwayQuery;

#[Object]
impl PathwayQuery {
    /// Pathways the viewer may read, optionally of one region, national only, of some statuses,
    /// with an open version the viewer wrote (`mine`: their drafts and proposals), or with a
    /// version in review the viewer may publish (`awaitingMyReview`: a coordinator's review queue).
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    #[expect(
        clippy::too_many_arguments,
        reason = "a GraphQL field's arguments, each a filter"
    )]
    async fn pathways(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        region_id: Option<ID>,
        #[graphql(default)] national: bool,
        status: Option<Vec<PathwayStatus>>,
        #[graphql(default)] mine: bool,
        #[graphql(default)] awaiting_my_review: bool,
    ) -> ApiResult<IdConnection<Pathway>> {
        let filter = PathwayFilter {
            regions: region_id
                .as_ref()
                .map(|id| parse_id("regionId", id).map(RegionId))
                .transpose()?
                .into_iter()
                .collect(),
            national_only: national,
            statuses: status
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            mine,
            awaiting_my_review,
        };
        let store = ctx.store()?;
        let viewer = ctx.viewer();
        paginate(first, after, |after, limit| async move {
            let rows = store.list_pathways(viewer, &filter, after, limit).await?;
            Ok(rows.into_iter().map(|p| (p.id, Pathway(p))).collect())
        })
        .await
    }

    /// One pathway; null when it does not exist or the viewer may not read it.
    async fn pathway(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<Pathway>> {
        Pathway::load_visible(ctx, parse_id("id", &id)?).await
    }
}
