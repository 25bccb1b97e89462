//! `RecentChange`: one item of a region's recent-changes feed, read from the audit log.

use async_graphql::{Context, Enum, ID, Object};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;
use uuid::Uuid;
use verkosto_domain::policy;
use verkosto_store::entity::audit_event;

use super::{Pathway, Person, Region, Service, person::visible_person, to_id};
use crate::{
    ApiResult,
    context::ContextExt,
    loader::{RegionLoader, ServiceLoader, load_one},
};

/// What happened.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecentChangeKind {
    /// A pathway published a version (a national pathway: its first).
    Published,
    /// A pathway was archived.
    Archived,
    /// A region made its variant of a national pathway.
    VariantCreated,
    /// A national (base) pathway published a new version after its first.
    BaseUpdated,
    /// A variant took its base's new version into a draft.
    BaseUpdateTaken,
    /// A service a published pathway uses changed; the pathway is flagged for review.
    ServiceChanged,
    /// A pathway was reviewed and given its next review date.
    Reviewed,
}

/// One change in a region's shared work.
pub struct RecentChange(pub audit_event::Model);

impl RecentChange {
    fn summary(&self, key: &str) -> Option<&Value> {
        self.0.summary.get(key)
    }
}

#[Object]
impl RecentChange {
    /// Its id (the audit event's).
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// When it happened.
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }

    /// What happened.
    async fn kind(&self) -> RecentChangeKind {
        match self.0.action.as_str() {
            "pathway.publish"
                if self.0.region_id.is_none()
                    && self.summary("version").and_then(Value::as_i64) > Some(1) =>
            {
                RecentChangeKind::BaseUpdated
            }
            "pathway.publish" => RecentChangeKind::Published,
            "pathway.archive" => RecentChangeKind::Archived,
            "pathway.create_variant" => RecentChangeKind::VariantCreated,
            "pathway.take_base_update" => RecentChangeKind::BaseUpdateTaken,
            "pathway.flag_for_review" => RecentChangeKind::ServiceChanged,
            _ => RecentChangeKind::Reviewed,
        }
    }

    /// The pathway (when the viewer may read it).
    async fn pathway(&self, ctx: &Context<'_>) -> ApiResult<Option<Pathway>> {
        Pathway::load_visible(ctx, self.0.entity_id).await
    }

    /// The region it happened in; none for a national pathway.
    async fn region(&self, ctx: &Context<'_>) -> ApiResult<Option<Region>> {
        match self.0.region_id {
            Some(id) => Ok(load_one::<RegionLoader, _>(ctx, id).await?.map(Region)),
            None => Ok(None),
        }
    }

    /// Who did it (when the viewer may see them; none for the system).
    async fn actor(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        match self.0.actor_id {
            Some(id) => visible_person(ctx, id).await,
            None => Ok(None),
        }
    }

    /// The pathway version concerned: published, or the draft that took a base update.
    async fn version_number(&self) -> Option<i64> {
        self.summary("version").and_then(Value::as_i64)
    }

    /// The national version concerned: the one a variant was made from or took.
    async fn base_version_number(&self) -> Option<i64> {
        self.summary("baseVersion").and_then(Value::as_i64)
    }

    /// The service that changed (for `SERVICE_CHANGED`, when the viewer may see it).
    async fn service(&self, ctx: &Context<'_>) -> ApiResult<Option<Service>> {
        let Some(id) = self
            .summary("service")
            .and_then(Value::as_str)
            .and_then(|id| Uuid::parse_str(id).ok())
        else {
            return Ok(None);
        };
        let viewer = ctx.viewer();
        Ok(load_one::<ServiceLoader, _>(ctx, id)
            .await?
            .filter(|s| policy::can_read_directory_entry(viewer, s.public))
            .map(Service))
    }

    /// Which of the service's fields changed (for `SERVICE_CHANGED`).
    async fn changed_fields(&self) -> Vec<String> {
        self.summary("fields")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or_default()
    }

    /// The next review date set (for `REVIEWED`).
    async fn review_due(&self) -> Option<NaiveDate> {
        self.summary("reviewDue")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
    }
}
