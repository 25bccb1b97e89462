//! The recent-changes feed of a region, or of all the viewer's regions.

use async_graphql::{Context, ID, Object};
use verkosto_domain::{RegionId, policy::shared_pathways};

use crate::{
    ApiResult,
    context::ContextExt,
    object::{RecentChange, parse_id},
    pagination::{IdConnection, paginate},
};

/// Recent-changes queries.
#[derive(Default)]
pub struct RecentChangesQuery;

#[Object]
impl RecentChangesQuery {
    /// What changed in a region's pathways, newest first: published, archived, variants
    /// created, national bases updated, base updates taken, services changed, reviews. Without
    /// `regionId`: all the viewer's regions. Only changes to pathways the viewer may read now;
    /// draft work only for the pathway's coordinators.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn recent_changes(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        region_id: Option<ID>,
    ) -> ApiResult<IdConnection<RecentChange>> {
        let region = region_id
            .as_ref()
            .map(|id| parse_id("regionId", id).map(RegionId))
            .transpose()?;
        let viewer = ctx.viewer();
        let regions = shared_pathways::recent_changes_regions(viewer, region)?;
        let store = ctx.store()?;
        paginate(first, after, |after, limit| async move {
            let rows = store
                .list_recent_changes(viewer, regions.as_deref(), after, limit)
                .await?;
            Ok(rows.into_iter().map(|e| (e.id, RecentChange(e))).collect())
        })
        .await
    }
}
