//! Queries of people: the viewer, one person, and the people of a region.

use async_graphql::{Context, ID, Object};
use verkosto_domain::{DomainError, RegionId, policy};

use crate::{
    ApiResult,
    context::ContextExt,
    object::{Person, parse_id, person::visible_person},
    pagination::{IdConnection, paginate},
};

/// Person queries.
#[derive(Default)]
pub struct PersonQuery;

#[Object]
impl PersonQuery {
    /// The signed-in person; null when nobody is signed in.
    async fn viewer(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        match ctx.viewer().person() {
            Some(me) => visible_person(ctx, me.0).await,
            None => Ok(None),
        }
    }

    /// One person, when the viewer shares a region with them (or is an admin).
    async fn person(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<Person>> {
        visible_person(ctx, parse_id("id", &id)?).await
    }

    /// People with a role in `regionId` (its network may list them); admins may list everyone.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn people(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        region_id: Option<ID>,
    ) -> ApiResult<IdConnection<Person>> {
        let viewer = ctx.viewer();
        viewer.person_id()?;
        let region = region_id
            .as_ref()
            .map(|id| parse_id("regionId", id).map(RegionId))
            .transpose()?;
        match region {
            Some(region) if !policy::can_read_region_network(viewer, region) => {
                return Err(DomainError::NotFound("region").into());
            }
            None => policy::require_admin(viewer)?,
            Some(_) => {}
        }
        let store = ctx.store()?;
        paginate(first, after, |after, limit| async move {
            let rows = store.list_people(region, after, limit).await?;
            Ok(rows.into_iter().map(|p| (p.id, Person(p))).collect())
        })
        .await
    }
}
