//! `AuditEvent`: one recorded change.

use async_graphql::{Context, ID, Json, Object};
use chrono::{DateTime, Utc};
use verkosto_store::entity::audit_event;

use super::{Person, person::visible_person, to_id};
use crate::ApiResult;

/// Who did what, when.
pub struct AuditEvent(pub audit_event::Model);

#[Object]
impl AuditEvent {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// When it happened.
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }

    /// Who did it (none for the system).
    async fn actor(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        match self.0.actor_id {
            Some(id) => visible_person(ctx, id).await,
            None => Ok(None),
        }
    }

    /// What was done, as `noun.verb`.
    async fn action(&self) -> &str {
        &self.0.action
    }

    /// The kind of entity changed.
    async fn entity_type(&self) -> &str {
        &self.0.entity_type
    }

    /// The entity changed.
    async fn entity_id(&self) -> ID {
        to_id(self.0.entity_id)
    }

    /// The region it belongs to.
    async fn region_id(&self) -> Option<ID> {
        self.0.region_id.map(to_id)
    }

    /// What changed.
    async fn summary(&self) -> Json<serde_json::Value> {
        Json(self.0.summary.clone())
    }
}
