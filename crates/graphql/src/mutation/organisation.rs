//! Organisations and their memberships in regions.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use uuid::Uuid;
use verkosto_domain::{DomainError, MembershipId, OrganisationId, PersonId, RegionId, msg, policy};
use verkosto_store::entity::organisation;

use crate::{
    ApiError, ApiResult,
    context::ContextExt,
    input::OrganisationInput,
    object::{Membership, Organisation, enums::MembershipStatus, parse_id},
};

/// Organisation mutations.
#[derive(Default)]
pub struct OrganisationMutation;

/// The organisation `id` when the viewer may see it, with the regions it belongs to.
pub(crate) async fn organisation_for_change(
    ctx: &Context<'_>,
    field: &str,
    id: &ID,
) -> ApiResult<(organisation::Model, Vec<RegionId>)> {
    let id = OrganisationId(parse_id(field, id)?);
    let store = ctx.store()?;
    let model = store
        .get_organisation(id)
        .await?
        .filter(|o| policy::can_read_directory_entry(ctx.viewer(), o.public))
        .ok_or(DomainError::NotFound("organisation"))?;
    let regions = store
        .memberships_by_organisations(&[id.0])
        .await?
        .into_iter()
        .filter(|m| m.status != verkosto_domain::MembershipStatus::Left.as_str())
        .map(|m| RegionId(m.region_id))
        .collect();
    Ok((model, regions))
}

async fn region(ctx: &Context<'_>, field: &str, id: &ID) -> ApiResult<RegionId> {
    let id = RegionId(parse_id(field, id)?);
    ctx.store()?
        .get_region(id)
        .await?
        .ok_or(DomainError::NotFound("region"))?;
    Ok(id)
}

#[Object]
impl OrganisationMutation {
    /// Creates an organisation, as an active member of `regionId` (its coordinators) or on its own (admins).
    async fn create_organisation(
        &self,
        ctx: &Context<'_>,
        input: OrganisationInput,
        region_id: Option<ID>,
    ) -> ApiResult<Organisation> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let region = match &region_id {
            Some(id) => {
                let region = region(ctx, "regionId", id).await?;
                policy::require_manage_region(viewer, region)?;
                Some(region)
            }
            None => {
                policy::require_admin(viewer)?;
                None
            }
        };
        let fields = input.parse()?;
        Ok(Organisation(
            ctx.store()?
                .create_organisation(Some(me), fields, region)
                .await?,
        ))
    }

    /// Changes an organisation (coordinators of a region it belongs to, admins). With
    /// `ifUnchangedSince` (the `updatedAt` the form was read at), a change saved by someone else
    /// since then is refused with `CONFLICT` instead of overwritten.
    async fn update_organisation(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: OrganisationInput,
        if_unchanged_since: Option<DateTime<Utc>>,
    ) -> ApiResult<Organisation> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let (model, regions) = organisation_for_change(ctx, "id", &id).await?;
        policy::require_manage_organisation(viewer, &regions)?;
        let fields = input.parse()?;
        Ok(Organisation(
            ctx.store()?
                .update_organisation(
                    me,
                    OrganisationId(model.id),
                    fields,
                    policy::acting_region(viewer, &regions),
                    if_unchanged_since,
                )
                .await?,
        ))
    }

    /// Adds an existing organisation to a region's network (its coordinators, admins).
    async fn add_membership(
        &self,
        ctx: &Context<'_>,
        region_id: ID,
        organisation_id: ID,
        #[graphql(default_with = "MembershipStatus::Active")] status: MembershipStatus,
    ) -> ApiResult<Membership> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let region = region(ctx, "regionId", &region_id).await?;
        let (org, _) = organisation_for_change(ctx, "organisationId", &organisation_id).await?;
        policy::require_manage_region(viewer, region)?;
        let since = (status == MembershipStatus::Active).then(|| chrono::Utc::now().date_naive());
        Ok(Membership(
            ctx.store()?
                .add_membership(
                    Some(me),
                    region,
                    OrganisationId(org.id),
                    status.into(),
                    since,
                )
                .await?,
        ))
    }

    /// Moves a membership to another status (its region's coordinators, admins).
    async fn set_membership_status(
        &self,
        ctx: &Context<'_>,
        id: ID,
        status: MembershipStatus,
    ) -> ApiResult<Membership> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let (id, region) = membership(ctx, &id).await?;
        policy::require_manage_region(viewer, region)?;
        Ok(Membership(
            ctx.store()?
                .set_membership_status(me, id, status.into())
                .await?,
        ))
    }

    /// Names the contact persons of a membership; each must have a role in the region.
    async fn set_membership_contacts(
        &self,
        ctx: &Context<'_>,
        id: ID,
        person_ids: Vec<ID>,
    ) -> ApiResult<Membership> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let (id, region) = membership(ctx, &id).await?;
        policy::require_manage_region(viewer, region)?;
        let store = ctx.store()?;
        let ids = person_ids
            .iter()
            .enumerate()
            .map(|(i, id)| parse_id(&format!("personIds.{i}"), id))
            .collect::<ApiResult<Vec<Uuid>>>()?;
        let roles = store.roles_by_people(&ids).await?;
        for (i, id) in ids.iter().enumerate() {
            if !roles
                .iter()
                .any(|r| r.person_id == *id && r.region_id == region.0)
            {
                return Err(ApiError::invalid(
                    &format!("personIds.{i}"),
                    msg!("contact-not-in-network"),
                ));
            }
        }
        let people: Vec<PersonId> = ids.into_iter().map(PersonId).collect();
        store.set_membership_contacts(me, id, &people).await?;
        Ok(Membership(
            store
                .get_membership(id)
                .await?
                .ok_or(DomainError::NotFound("membership"))?,
        ))
    }
}

/// The membership `id` when the viewer may see its region's network; otherwise not found.
async fn membership(ctx: &Context<'_>, id: &ID) -> ApiResult<(MembershipId, RegionId)> {
    let id = MembershipId(parse_id("id", id)?);
    let model = ctx
        .store()?
        .get_membership(id)
        .await?
        .ok_or(DomainError::NotFound("membership"))?;
    let region = RegionId(model.region_id);
    if !policy::can_read_region_network(ctx.viewer(), region)
        && model.status != verkosto_domain::MembershipStatus::Active.as_str()
    {
        return Err(DomainError::NotFound("membership").into());
    }
    Ok((id, region))
}
