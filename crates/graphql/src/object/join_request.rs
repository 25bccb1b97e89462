//! `JoinRequest`: a professional asking to join a region's network.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use verkosto_store::entity::join_request;

use super::{
    Organisation, Region,
    enums::{JoinRequestStatus, stored},
    to_id,
};
use crate::{
    ApiResult,
    loader::{OrganisationLoader, PersonLoader, RegionLoader, load_one},
};

/// Who asks: shown to the coordinators deciding and to the requester.
#[derive(SimpleObject)]
pub struct Requester {
    /// Full name.
    pub name: String,
    /// Sign-in address.
    pub email: String,
    /// Job title.
    pub title: String,
}

/// A request to join a region (its coordinators and the requester read it).
pub struct JoinRequest(pub join_request::Model);

#[Object]
impl JoinRequest {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// The region asked to join.
    async fn region(&self, ctx: &Context<'_>) -> ApiResult<Option<Region>> {
        Ok(load_one::<RegionLoader, _>(ctx, self.0.region_id)
            .await?
            .map(Region))
    }

    /// Who asks.
    async fn requester(&self, ctx: &Context<'_>) -> ApiResult<Option<Requester>> {
        Ok(load_one::<PersonLoader, _>(ctx, self.0.person_id)
            .await?
            .map(|p| Requester {
                name: p.name,
                email: p.email,
                title: p.title,
            }))
    }

    /// The organisation the requester works for.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        Ok(
            load_one::<OrganisationLoader, _>(ctx, self.0.organisation_id)
                .await?
                .map(Organisation),
        )
    }

    /// What the requester wrote.
    async fn message(&self) -> &str {
        &self.0.message
    }

    /// Pending, approved or declined.
    async fn status(&self) -> Option<JoinRequestStatus> {
        stored(verkosto_domain::JoinRequestStatus::parse, &self.0.status)
    }

    /// Why it was declined.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }

    /// When it was asked.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it was decided.
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }
}
