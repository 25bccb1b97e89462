//! Services of organisations: adding, changing, and marking their details checked.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use verkosto_domain::{DomainError, OrganisationId, PersonId, RegionId, ServiceId, policy};

use super::organisation::organisation_for_change;
use crate::{
    ApiResult,
    context::ContextExt,
    input::ServiceInput,
    object::{Service, parse_id, to_id},
};

/// Service mutations.
#[derive(Default)]
pub struct ServiceMutation;

#[Object]
impl ServiceMutation {
    /// Adds a service to an organisation (coordinators of a region it belongs to, admins).
    async fn create_service(
        &self,
        ctx: &Context<'_>,
        organisation_id: ID,
        input: ServiceInput,
    ) -> ApiResult<Service> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let (org, regions) =
            organisation_for_change(ctx, "organisationId", &organisation_id).await?;
        policy::require_manage_organisation(viewer, &regions)?;
        let fields = input.parse()?;
        Ok(Service(
            ctx.store()?
                .create_service(
                    Some(me),
                    OrganisationId(org.id),
                    fields,
                    policy::acting_region(viewer, &regions),
                )
                .await?,
        ))
    }

    /// Changes a service (coordinators of a region its organisation belongs to, admins). With
    /// `ifUnchangedSince` (the `updatedAt` the form was read at), a change saved by someone else
    /// since then is refused with `CONFLICT` instead of overwritten.
    async fn update_service(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: ServiceInput,
        if_unchanged_since: Option<DateTime<Utc>>,
    ) -> ApiResult<Service> {
        let change = managed_service(ctx, &id).await?;
        let fields = input.parse()?;
        Ok(Service(
            ctx.store()?
                .update_service(
                    change.actor,
                    change.id,
                    fields,
                    change.region,
                    if_unchanged_since,
                )
                .await?,
        ))
    }

    /// Records that the service's details were checked and hold, today in its time zone; nothing
    /// else changes, so a check never undoes someone's edit (those who may change it).
    async fn mark_service_checked(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Service> {
        let change = managed_service(ctx, &id).await?;
        let zone: Tz = change
            .time_zone
            .parse()
            .unwrap_or(chrono_tz::Europe::Helsinki);
        let today = Utc::now().with_timezone(&zone).date_naive();
        Ok(Service(
            ctx.store()?
                .mark_service_checked(change.actor, change.id, today, change.region)
                .await?,
        ))
    }
}

/// A service the viewer may change, with who acts and the region the change is audited in.
struct ServiceChange {
    actor: PersonId,
    id: ServiceId,
    time_zone: String,
    region: Option<RegionId>,
}

/// Loads service `id` for a change, or answers as for a missing or forbidden one.
async fn managed_service(ctx: &Context<'_>, id: &ID) -> ApiResult<ServiceChange> {
    let viewer = ctx.viewer();
    let actor = viewer.person_id()?;
    let id = ServiceId(parse_id("id", id)?);
    let service = ctx
        .store()?
        .get_service(id)
        .await?
        .filter(|s| policy::can_read_directory_entry(viewer, s.public))
        .ok_or(DomainError::NotFound("service"))?;
    let (_, regions) = organisation_for_change(ctx, "id", &to_id(service.organisation_id)).await?;
    policy::require_manage_organisation(viewer, &regions)?;
    Ok(ServiceChange {
        actor,
        id,
        time_zone: service.time_zone,
        region: policy::acting_region(viewer, &regions),
    })
}
