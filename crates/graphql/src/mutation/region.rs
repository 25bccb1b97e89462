//! Opening and running regions.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use verkosto_domain::{DomainError, RegionId, RegionStatus, policy};

use crate::{
    ApiResult,
    context::ContextExt,
    input::RegionInput,
    object::{Region, enums::MemberListVisibility, parse_id},
};

/// Region mutations.
#[derive(Default)]
pub struct RegionMutation;

async fn existing(ctx: &Context<'_>, id: &ID) -> ApiResult<RegionId> {
    let id = RegionId(parse_id("id", id)?);
    ctx.store()?
        .get_region(id)
        .await?
        .ok_or(DomainError::NotFound("region"))?;
    Ok(id)
}

#[Object]
impl RegionMutation {
    /// Opens a new region in onboarding (platform admins); `openRegion` also invites its first coordinator.
    async fn create_region(&self, ctx: &Context<'_>, input: RegionInput) -> ApiResult<Region> {
        let viewer = ctx.viewer();
        policy::require_admin(viewer)?;
        let fields = input.parse()?;
        let region = ctx
            .store()?
            .create_region(viewer.person(), fields, RegionStatus::Onboarding)
            .await?;
        Ok(Region(region))
    }

    /// Changes a region's names, area and time zone (its coordinators, admins). With
    /// `ifUnchangedSince` (the `updatedAt` the form was read at), a change saved by someone else
    /// since then is refused with `CONFLICT` instead of overwritten.
    async fn update_region(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: RegionInput,
        if_unchanged_since: Option<DateTime<Utc>>,
    ) -> ApiResult<Region> {
        let viewer = ctx.viewer();
        viewer.person_id()?;
        let id = existing(ctx, &id).await?;
        policy::require_manage_region(viewer, id)?;
        let fields = input.parse()?;
        Ok(Region(
            ctx.store()?
                .update_region(viewer.person_id()?, id, fields, if_unchanged_since)
                .await?,
        ))
    }

    /// Ends onboarding: the region becomes active (its coordinators, admins).
    async fn activate_region(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Region> {
        let viewer = ctx.viewer();
        viewer.person_id()?;
        let id = existing(ctx, &id).await?;
        policy::require_manage_region(viewer, id)?;
        Ok(Region(
            ctx.store()?
                .set_region_status(viewer.person_id()?, id, RegionStatus::Active)
                .await?,
        ))
    }

    /// Sets who may list the region's people (its coordinators, admins).
    async fn set_member_list_visibility(
        &self,
        ctx: &Context<'_>,
        id: ID,
        visibility: MemberListVisibility,
    ) -> ApiResult<Region> {
        let viewer = ctx.viewer();
        viewer.person_id()?;
        let id = existing(ctx, &id).await?;
        policy::require_manage_region(viewer, id)?;
        Ok(Region(
            ctx.store()?
                .set_member_list_visibility(viewer.person_id()?, id, visibility.into())
                .await?,
        ))
    }

    /// Archives a region (platform admins).
    async fn archive_region(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Region> {
        let viewer = ctx.viewer();
        viewer.person_id()?;
        let id = existing(ctx, &id).await?;
        policy::require_admin(viewer)?;
        Ok(Region(
            ctx.store()?
                .set_region_status(viewer.person_id()?, id, RegionStatus::Archived)
                .await?,
        ))
    }
}
