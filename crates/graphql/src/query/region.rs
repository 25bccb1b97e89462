//! Queries of regions: anyone may list them and read their public parts.

use async_graphql::{Context, ID, Object};
use verkosto_domain::RegionStatus as DomainStatus;

use crate::{
    ApiResult,
    context::ContextExt,
    loader::{RegionLoader, load_one},
    object::{Region, enums::RegionStatus, parse_id},
    pagination::{IdConnection, paginate},
};

/// Region queries.
#[derive(Default)]
pub struct RegionQuery;

#[Object]
impl RegionQuery {
    /// Regional networks in the order they were opened, optionally of one status.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn regions(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        status: Option<RegionStatus>,
    ) -> ApiResult<IdConnection<Region>> {
        let store = ctx.store()?;
        paginate(first, after, |after, limit| async move {
            let rows = store
                .list_regions(status.map(DomainStatus::from), after, limit)
                .await?;
            Ok(rows.into_iter().map(|r| (r.id, Region(r))).collect())
        })
        .await
    }

    /// One region by id.
    async fn region(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<Region>> {
        let id = parse_id("id", &id)?;
        Ok(load_one::<RegionLoader, _>(ctx, id).await?.map(Region))
    }
}
