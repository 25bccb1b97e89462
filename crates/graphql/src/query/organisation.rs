//! Queries of organisations: members read every entry, anonymous visitors the public ones.

use async_graphql::{Context, ID, Object};
use verkosto_domain::{RegionId, policy};
use verkosto_store::organisation::OrganisationFilter;

use crate::{
    ApiResult,
    context::ContextExt,
    loader::{OrganisationLoader, load_one},
    object::{Organisation, enums::OrganisationKind, parse_id},
    pagination::{IdConnection, paginate},
};

/// Organisation queries.
#[derive(Default)]
pub struct OrganisationQuery;

#[Object]
impl OrganisationQuery {
    /// Organisations, optionally members of one region and of some kinds.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn organisations(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        region_id: Option<ID>,
        kinds: Option<Vec<OrganisationKind>>,
    ) -> ApiResult<IdConnection<Organisation>> {
        let filter = OrganisationFilter {
            region: region_id
                .as_ref()
                .map(|id| parse_id("regionId", id).map(RegionId))
                .transpose()?,
            kinds: kinds
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            public_only: !policy::can_read_directory_entry(ctx.viewer(), false),
        };
        let store = ctx.store()?;
        paginate(first, after, |after, limit| async move {
            let rows = store.list_organisations(&filter, after, limit).await?;
            Ok(rows.into_iter().map(|o| (o.id, Organisation(o))).collect())
        })
        .await
    }

    /// One organisation by id.
    async fn organisation(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<Organisation>> {
        let id = parse_id("id", &id)?;
        let viewer = ctx.viewer();
        Ok(load_one::<OrganisationLoader, _>(ctx, id)
            .await?
            .filter(|o| policy::can_read_directory_entry(viewer, o.public))
            .map(Organisation))
    }
}
