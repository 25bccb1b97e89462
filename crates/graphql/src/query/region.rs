//! Queries of regions: anyone may list them and read their public parts.

use std::sync::Arc;

use async_graphql::{Context, ID, Object};
use verkosto_domain::RegionStatus as DomainStatus;
use verkosto_store::region_list::RegionListRead;

use crate::{
    ApiResult,
    context::ContextExt,
    loader::{RegionLoader, load_one},
    object::{Region, RegionList, enums::RegionStatus, parse_id, rendered_selection},
    pagination::{page_args, paginate},
    rendered::RenderedParts,
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
    ) -> ApiResult<RegionList> {
        let store = ctx.store()?;
        let status = status.map(DomainStatus::from);
        if let Some(selection) = rendered_selection(ctx.item, ctx.viewer()) {
            let (after, take) = page_args(first, after.as_deref())?;
            let read = RegionListRead {
                status,
                after,
                take,
                selection,
            };
            let json = store.region_list_json(ctx.viewer(), read).await?;
            let parts = ctx.data::<Arc<RenderedParts>>()?;
            return Ok(RegionList::Rendered(parts.placeholder(json)));
        }
        let connection = paginate(first, after, |after, limit| async move {
            let rows = store.list_regions(status, after, limit).await?;
            Ok(rows.into_iter().map(|r| (r.id, Region(r))).collect())
        })
        .await?;
        Ok(RegionList::Resolved(connection))
    }

    /// One region by id.
    async fn region(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<Region>> {
        let id = parse_id("id", &id)?;
        Ok(load_one::<RegionLoader, _>(ctx, id).await?.map(Region))
    }
}
