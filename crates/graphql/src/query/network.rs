//! Queries for growing a network: invitations, join requests, and an invitation link's preview.

use async_graphql::{Context, ID, Object};
use chrono::Utc;
use verkosto_domain::{
    InvitationStatus as DomainInvitationStatus, JoinRequestStatus as DomainJoinStatus, RegionId,
    policy,
};
use verkosto_store::invitation::invitation_status;

use crate::{
    ApiResult,
    context::ContextExt,
    object::{
        Invitation, InvitationPreview, JoinRequest, Region,
        enums::{InvitationStatus, JoinRequestStatus, RoleKind, stored},
        parse_id,
    },
    pagination::{IdConnection, paginate},
};

/// Network-growing queries.
#[derive(Default)]
pub struct NetworkQuery;

#[Object]
impl NetworkQuery {
    /// A region's invitations, newest first (its coordinators, admins).
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn invitations(
        &self,
        ctx: &Context<'_>,
        region_id: ID,
        status: Option<InvitationStatus>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<IdConnection<Invitation>> {
        let viewer = ctx.viewer();
        viewer.person_id()?;
        let region = RegionId(parse_id("regionId", &region_id)?);
        policy::require_manage_region(viewer, region)?;
        let status = status.map(DomainInvitationStatus::from);
        let store = ctx.store()?;
        paginate(first, after, |after, limit| async move {
            let rows = store.list_invitations(region, status, after, limit).await?;
            Ok(rows.into_iter().map(|i| (i.id, Invitation(i))).collect())
        })
        .await
    }

    /// What an invitation link is about, for the page that accepts it; null for an unknown token.
    async fn invitation(
        &self,
        ctx: &Context<'_>,
        token: String,
    ) -> ApiResult<Option<InvitationPreview>> {
        let store = ctx.store()?;
        let Some(found) = store.invitation_by_token(&token).await? else {
            return Ok(None);
        };
        let Some(region) = store.get_region(RegionId(found.region_id)).await? else {
            return Ok(None);
        };
        let account_exists = store
            .person_by_email(&found.email)
            .await?
            .is_some_and(|p| p.password_hash.is_some());
        Ok(Some(InvitationPreview {
            status: invitation_status(&found, Utc::now()).into(),
            role: stored::<_, RoleKind>(verkosto_domain::RoleKind::parse, &found.role),
            email: found.email,
            name: found.name,
            region: Region(region),
            expires_at: found.expires_at,
            account_exists,
        }))
    }

    /// A region's join requests, newest first (its coordinators, admins).
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn join_requests(
        &self,
        ctx: &Context<'_>,
        region_id: ID,
        status: Option<JoinRequestStatus>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<IdConnection<JoinRequest>> {
        let viewer = ctx.viewer();
        viewer.person_id()?;
        let region = RegionId(parse_id("regionId", &region_id)?);
        policy::network::require_review_join_requests(viewer, region)?;
        let status = status.map(DomainJoinStatus::from);
        let store = ctx.store()?;
        paginate(first, after, |after, limit| async move {
            let rows = store
                .list_join_requests(Some(region), None, status, after, limit)
                .await?;
            Ok(rows.into_iter().map(|r| (r.id, JoinRequest(r))).collect())
        })
        .await
    }

    /// The viewer's own join requests and their outcomes, newest first.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn my_join_requests(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<IdConnection<JoinRequest>> {
        let me = ctx.viewer().person_id()?;
        let store = ctx.store()?;
        paginate(first, after, |after, limit| async move {
            let rows = store
                .list_join_requests(None, Some(me), None, after, limit)
                .await?;
            Ok(rows.into_iter().map(|r| (r.id, JoinRequest(r))).collect())
        })
        .await
    }
}
