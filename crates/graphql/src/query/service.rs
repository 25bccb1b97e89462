//! Queries of services: members read every entry, anonymous visitors the public ones.

use async_graphql::{Context, ID, Object};
use verkosto_domain::{OrganisationId, RegionId, policy};
use verkosto_store::service::ServiceFilter;

use crate::{
    ApiResult,
    context::ContextExt,
    loader::{ServiceLoader, load_one},
    object::{Service, parse_id},
    pagination::{IdConnection, paginate},
};

/// Service queries.
#[derive(Default)]
pub struct ServiceQuery;

#[Object]
impl ServiceQuery {
    /// Services, optionally of one organisation or of a region's member organisations.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn services(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        region_id: Option<ID>,
        organisation_id: Option<ID>,
    ) -> ApiResult<IdConnection<Service>> {
        let filter = ServiceFilter {
            region: region_id
                .as_ref()
                .map(|id| parse_id("regionId", id).map(RegionId))
                .transpose()?,
            organisation: organisation_id
                .as_ref()
                .map(|id| parse_id("organisationId", id).map(OrganisationId))
                .transpose()?,
            public_only: !policy::can_read_directory_entry(ctx.viewer(), false),
        };
        let store = ctx.store()?;
        paginate(first, after, |after, limit| async move {
            let rows = store.list_services(&filter, after, limit).await?;
            Ok(rows.into_iter().map(|s| (s.id, Service(s))).collect())
        })
        .await
    }

    /// One service by id.
    async fn service(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<Service>> {
        let id = parse_id("id", &id)?;
        let viewer = ctx.viewer();
        Ok(load_one::<ServiceLoader, _>(ctx, id)
            .await?
            .filter(|s| policy::can_read_directory_entry(viewer, s.public))
            .map(Service))
    }
}
