//! Queries of people: the viewer, one person, and the people of a region.

use async_graphql::{Context, ID, Object};
use verkosto_domain::{
    DomainError, NotificationMail, RegionId, RoleKind,
    policy::{self, network::PeopleListing},
};

use crate::{
    ApiResult,
    context::ContextExt,
    object::{MailNotification, Person, Region, parse_id, person::visible_person},
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

    /// The kinds of notification mail that can reach the signed-in person (coordinators' kinds
    /// only to coordinators and admins), each with whether they receive it.
    async fn my_mail_notifications(&self, ctx: &Context<'_>) -> ApiResult<Vec<MailNotification>> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let person = ctx
            .store()?
            .get_person(me)
            .await?
            .ok_or(DomainError::NotFound("person"))?;
        Ok(NotificationMail::ALL
            .iter()
            .filter(|kind| kind.reaches(viewer))
            .map(|&kind| MailNotification::new(kind, person.receives(kind)))
            .collect())
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
        let store = ctx.store()?;
        let kind = match region {
            None => {
                policy::require_admin(viewer)?;
                None
            }
            Some(region) => {
                let found = store
                    .get_region(region)
                    .await?
                    .ok_or(DomainError::NotFound("region"))?;
                let setting = Region(found).member_list_setting();
                match policy::network::people_listing(viewer, region, setting) {
                    PeopleListing::Nobody => return Err(DomainError::NotFound("region").into()),
                    PeopleListing::CoordinatorsOnly => Some(RoleKind::Coordinator),
                    PeopleListing::Everyone => None,
                }
            }
        };
        paginate(first, after, |after, limit| async move {
            let rows = store.list_people(region, kind, after, limit).await?;
            Ok(rows.into_iter().map(|p| (p.id, Person(p))).collect())
        })
        .await
    }
}
