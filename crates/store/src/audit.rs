//! The audit log and the search outbox, both written inside the transaction of the change.

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait,
};
use serde_json::Value;
use uuid::Uuid;
use verkosto_domain::{PersonId, RegionId, policy::AuditScope};

use crate::{
    Store, StoreResult,
    entity::{audit_event, membership, search_outbox, service},
    error::DbContext,
};

/// One change to record: who did what to which entity, in which region.
#[derive(Debug, Clone)]
pub struct Change {
    /// Who did it (`None` for the system, e.g. the demo seed).
    pub actor: Option<PersonId>,
    /// What was done, as `noun.verb` (`pathway.publish`).
    pub action: &'static str,
    /// The kind of entity changed (`pathway`).
    pub entity_type: &'static str,
    /// The entity changed.
    pub entity_id: Uuid,
    /// The region the entity belongs to, if any.
    pub region: Option<RegionId>,
    /// What changed, for people reading the log.
    pub summary: Value,
}

/// Entity types the search index holds; their changes get an outbox row.
const INDEXED: &[&str] = &["pathway", "service", "organisation"];

/// Queues `entity` for the search indexer on `txn`.
pub(crate) async fn enqueue(
    txn: &impl ConnectionTrait,
    entity_type: &str,
    entity_id: Uuid,
) -> StoreResult<()> {
    search_outbox::Entity::insert(search_outbox::ActiveModel {
        entity_type: Set(entity_type.to_owned()),
        entity_id: Set(entity_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec_without_returning(txn)
    .await
    .context("write the search outbox row")?;
    Ok(())
}

/// Records the audit event, and the outbox row for indexed entities, on `txn`.
pub(crate) async fn record(txn: &impl ConnectionTrait, change: Change) -> StoreResult<()> {
    let now = Utc::now();
    if INDEXED.contains(&change.entity_type) {
        enqueue(txn, change.entity_type, change.entity_id).await?;
    }
    audit_event::Entity::insert(audit_event::ActiveModel {
        id: Set(Uuid::now_v7()),
        at: Set(now),
        actor_id: Set(change.actor.map(Uuid::from)),
        action: Set(change.action.to_owned()),
        entity_type: Set(change.entity_type.to_owned()),
        entity_id: Set(change.entity_id),
        region_id: Set(change.region.map(Uuid::from)),
        summary: Set(change.summary),
    })
    .exec_without_returning(txn)
    .await
    .context("write the audit event")?;
    Ok(())
}

impl Store {
    /// Audit events in `scope`, newest first, after the cursor, at most `limit`. A region's
    /// events include the changes of the organisations in its network and of their services.
    pub async fn list_audit_events(
        &self,
        scope: &AuditScope,
        region: Option<RegionId>,
        after: Option<Uuid>,
        limit: u64,
    ) -> StoreResult<Vec<audit_event::Model>> {
        let mut query = audit_event::Entity::find().order_by_desc(audit_event::Column::Id);
        let regions: Option<Vec<Uuid>> = match (scope, region) {
            (AuditScope::All, None) => None,
            (AuditScope::All, Some(region)) => Some(vec![region.0]),
            (AuditScope::Regions(mine), None) => Some(mine.iter().map(|r| r.0).collect()),
            (AuditScope::Regions(mine), Some(region)) => {
                Some(mine.iter().filter(|r| **r == region).map(|r| r.0).collect())
            }
        };
        if let Some(regions) = regions {
            let members = || {
                membership::Entity::find()
                    .select_only()
                    .column(membership::Column::OrganisationId)
                    .filter(membership::Column::RegionId.is_in(regions.clone()))
                    .into_query()
            };
            let services = service::Entity::find()
                .select_only()
                .column(service::Column::Id)
                .filter(service::Column::OrganisationId.in_subquery(members()))
                .into_query();
            query = query.filter(
                Condition::any()
                    .add(audit_event::Column::RegionId.is_in(regions.clone()))
                    .add(
                        Condition::all()
                            .add(audit_event::Column::EntityType.eq("organisation"))
                            .add(audit_event::Column::EntityId.in_subquery(members())),
                    )
                    .add(
                        Condition::all()
                            .add(audit_event::Column::EntityType.eq("service"))
                            .add(audit_event::Column::EntityId.in_subquery(services)),
                    ),
            );
        }
        if let Some(after) = after {
            query = query.filter(audit_event::Column::Id.lt(after));
        }
        query
            .limit(limit)
            .all(&self.db)
            .await
            .context("list audit events")
    }

    /// Outbox rows in order, oldest first (the search indexer drains these).
    pub async fn list_outbox(&self, limit: u64) -> StoreResult<Vec<search_outbox::Model>> {
        search_outbox::Entity::find()
            .order_by_asc(search_outbox::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await
            .context("list the search outbox")
    }
}
