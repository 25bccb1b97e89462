//! Asking to join a region and deciding: `requestToJoin`, `approveJoinRequest`, `declineJoinRequest`.

use async_graphql::{Context, ID, Object};
use verkosto_domain::{
    DomainError, JoinRequestId, OrganisationId, PersonId, RegionId, msg, policy, text::FreeText,
};
use verkosto_store::entity::join_request;

use crate::{
    ApiResult,
    context::ContextExt,
    notify,
    object::{JoinRequest, parse_id},
};

/// The longest message or reason, in characters.
const MAX_MESSAGE: usize = 2000;

/// Join request mutations.
#[derive(Default)]
pub struct JoinRequestMutation;

#[Object]
impl JoinRequestMutation {
    /// Asks to join a region's network as someone working for `organisationId` (anyone signed in
    /// who has no role there yet). The region's coordinators decide, told by mail when a mail
    /// server is configured.
    async fn request_to_join(
        &self,
        ctx: &Context<'_>,
        region_id: ID,
        organisation_id: ID,
        message: Option<String>,
    ) -> ApiResult<JoinRequest> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let region = RegionId(parse_id("regionId", &region_id)?);
        let organisation = OrganisationId(parse_id("organisationId", &organisation_id)?);
        let message = FreeText::parse("message", message.as_deref().unwrap_or(""), MAX_MESSAGE)?;
        let store = ctx.store()?;
        store
            .get_region(region)
            .await?
            .ok_or(DomainError::NotFound("region"))?;
        policy::network::require_request_to_join(viewer, region)?;
        let request = store
            .request_to_join(me, region, organisation, message)
            .await?;
        notify::join_requested(ctx, &request).await?;
        Ok(JoinRequest(request))
    }

    /// Approves a request: the requester becomes a member, their organisation a member
    /// organisation (the region's coordinators, admins).
    async fn approve_join_request(&self, ctx: &Context<'_>, id: ID) -> ApiResult<JoinRequest> {
        let (actor, found) = reviewable(ctx, &id).await?;
        let decided = ctx
            .store()?
            .approve_join_request(actor, JoinRequestId(found.id))
            .await?;
        notify::join_request_decided(ctx, &decided).await?;
        Ok(JoinRequest(decided))
    }

    /// Declines a request with a reason the requester reads (the region's coordinators, admins).
    async fn decline_join_request(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
    ) -> ApiResult<JoinRequest> {
        let (actor, found) = reviewable(ctx, &id).await?;
        let reason = FreeText::parse("reason", &reason, MAX_MESSAGE)?;
        if reason.as_str().is_empty() {
            return Err(DomainError::invalid(
                "reason",
                msg!("join-request-decline-reason-missing"),
            )
            .into());
        }
        let decided = ctx
            .store()?
            .decline_join_request(actor, JoinRequestId(found.id), reason)
            .await?;
        notify::join_request_decided(ctx, &decided).await?;
        Ok(JoinRequest(decided))
    }
}

/// The request behind `id` if the viewer may decide it. The requester gets `Forbidden`; anyone
/// else who may not see it gets `NotFound`, exactly as for a missing id.
async fn reviewable(ctx: &Context<'_>, id: &ID) -> ApiResult<(PersonId, join_request::Model)> {
    let viewer = ctx.viewer();
    let actor = viewer.person_id()?;
    let found = ctx
        .store()?
        .get_join_request(JoinRequestId(parse_id("id", id)?))
        .await?
        .ok_or(DomainError::NotFound("join_request"))?;
    let region = RegionId(found.region_id);
    match policy::network::require_review_join_requests(viewer, region) {
        Ok(()) => Ok((actor, found)),
        Err(denied) if found.person_id == actor.0 => Err(denied.into()),
        Err(_) => Err(DomainError::NotFound("join_request").into()),
    }
}
