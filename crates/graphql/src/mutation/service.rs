//! Services of organisations.

use async_graphql::{Context, ID, Object};
use verkosto_domain::{DomainError, OrganisationId, ServiceId, policy};

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

    /// Changes a service (coordinators of a region its organisation belongs to, admins).
    async fn update_service(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: ServiceInput,
    ) -> ApiResult<Service> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let id = ServiceId(parse_id("id", &id)?);
        let store = ctx.store()?;
        let service = store
            .get_service(id)
            .await?
            .filter(|s| policy::can_read_directory_entry(viewer, s.public))
            .ok_or(DomainError::NotFound("service"))?;
        let (_, regions) =
            organisation_for_change(ctx, "id", &to_id(service.organisation_id)).await?;
        policy::require_manage_organisation(viewer, &regions)?;
        let fields = input.parse()?;
        Ok(Service(
            store
                .update_service(me, id, fields, policy::acting_region(viewer, &regions))
                .await?,
        ))
    }
}
