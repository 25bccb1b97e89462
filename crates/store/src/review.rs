//! Reviews of published pathways: review-due dates, flags raised by the services their steps
//! use, the review list of a region and marking a pathway reviewed.
//!
//! A service change that touches its channels, hours, status or eligibility writes a flag row for
//! every published pathway whose published version has a step using the service, in the service
//! update's transaction (with a `pathway.flag_for_review` audit event per pathway). Publishing the
//! pathway again or marking it reviewed clears its flags. Stale and temporarily closed services
//! are judged when read (`verkosto_domain::review`), so they flag exactly while true.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{
    DomainError, PathwayId, PathwayStatus, PersonId, RegionId, ServiceStatus, msg,
    review::{REVIEWED_SERVICE_FIELDS, ReviewReason, service_reasons},
};

use crate::{
    Store, StoreResult,
    audit::{Change, record},
    entity::{pathway, pathway_review_flag, pathway_step, service},
    error::DbContext,
    pathway_rows::{load_pathway, set_pointers},
};

/// One reason a published pathway needs a review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewFlag {
    /// The flagged pathway.
    pub pathway_id: Uuid,
    /// The service behind it.
    pub service_id: Uuid,
    /// Why.
    pub reason: ReviewReason,
    /// When the service changed (for `ServiceChanged`).
    pub changed_at: Option<DateTime<Utc>>,
    /// Which of its fields changed (for `ServiceChanged`), by their API names.
    pub changed_fields: Vec<String>,
}

/// The reviewed fields (`REVIEWED_SERVICE_FIELDS`) that differ between two states of a service.
pub(crate) fn reviewed_changes(
    before: &service::Model,
    after: &service::Model,
) -> Vec<&'static str> {
    let differs = [
        before.channels != after.channels,
        before.hours != after.hours,
        before.status != after.status,
        before.eligibility != after.eligibility,
    ];
    REVIEWED_SERVICE_FIELDS
        .into_iter()
        .zip(differs)
        .filter_map(|(field, differs)| differs.then_some(field))
        .collect()
}

/// Flags the published pathways whose published version uses `service`, after `fields` of it
/// changed; records a `pathway.flag_for_review` event for each. Does nothing when `fields` is empty.
pub(crate) async fn flag_pathways_using_service(
    txn: &DatabaseTransaction,
    actor: PersonId,
    service: &service::Model,
    fields: &[&'static str],
) -> StoreResult<()> {
    if fields.is_empty() {
        return Ok(());
    }
    let versions = pathway_step::Entity::find()
        .select_only()
        .column(pathway_step::Column::VersionId)
        .filter(pathway_step::Column::ServiceId.eq(service.id))
        .into_query();
    let pathways = pathway::Entity::find()
        .filter(pathway::Column::Status.eq(PathwayStatus::Published.as_str()))
        .filter(pathway::Column::PublishedVersionId.in_subquery(versions))
        .order_by_asc(pathway::Column::Id)
        .all(txn)
        .await
        .context("find the pathways using the service")?;
    let now = Utc::now();
    for flagged in pathways {
        let existing = pathway_review_flag::Entity::find()
            .filter(pathway_review_flag::Column::PathwayId.eq(flagged.id))
            .filter(pathway_review_flag::Column::ServiceId.eq(service.id))
            .one(txn)
            .await
            .context("load a review flag")?;
        match existing {
            Some(flag) => {
                let mut all: Vec<String> =
                    serde_json::from_value(flag.changed_fields.clone()).unwrap_or_default();
                all.extend(fields.iter().map(|f| (*f).to_owned()));
                all.sort_by_key(|f| REVIEWED_SERVICE_FIELDS.iter().position(|r| r == f));
                all.dedup();
                let mut model: pathway_review_flag::ActiveModel = flag.into();
                model.changed_fields = Set(json!(all));
                model.changed_at = Set(now);
                model.update(txn).await.context("update a review flag")?;
            }
            None => {
                pathway_review_flag::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    pathway_id: Set(flagged.id),
                    service_id: Set(service.id),
                    changed_fields: Set(json!(fields)),
                    changed_at: Set(now),
                }
                .insert(txn)
                .await
                .context("insert a review flag")?;
            }
        }
        record(
            txn,
            Change {
                actor: Some(actor),
                action: "pathway.flag_for_review",
                entity_type: "pathway",
                entity_id: flagged.id,
                region: flagged.region_id.map(RegionId),
                summary: json!({ "service": service.id, "serviceName": service.name, "fields": fields }),
            },
        )
        .await?;
    }
    Ok(())
}

/// Removes the pathway's review flags; answers how many there were.
pub(crate) async fn clear_flags(
    txn: &impl ConnectionTrait,
    pathway: PathwayId,
) -> StoreResult<u64> {
    Ok(pathway_review_flag::Entity::delete_many()
        .filter(pathway_review_flag::Column::PathwayId.eq(pathway.0))
        .exec(txn)
        .await
        .context("clear the pathway's review flags")?
        .rows_affected)
}

impl Store {
    /// Records that a coordinator reviewed the published pathway: sets its next review date and
    /// clears the flags raised by changed services.
    pub async fn mark_pathway_reviewed(
        &self,
        actor: PersonId,
        id: PathwayId,
        next_review: NaiveDate,
    ) -> StoreResult<pathway::Model> {
        let tx = self.write().await?;
        let current = load_pathway(&tx.txn, id).await?;
        if current.status != PathwayStatus::Published.as_str() {
            return Err(DomainError::conflict(msg!(
                "review-pathway-not-published",
                status = current.status,
            ))
            .into());
        }
        let pathway = set_pointers(&tx.txn, id, |m| m.review_due = Set(Some(next_review))).await?;
        let cleared = clear_flags(&tx.txn, id).await?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "pathway.mark_reviewed",
                entity_type: "pathway",
                entity_id: id.0,
                region: current.region_id.map(RegionId),
                summary: json!({
                    "reviewDue": next_review,
                    "previousReviewDue": current.review_due,
                    "clearedFlags": cleared,
                }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(pathway)
    }

    /// The review flags of these pathways on `today`; only published pathways have flags.
    ///
    /// Stored service changes come first, then the stale or closed services of their published
    /// versions' steps, in step order.
    pub async fn review_flags(
        &self,
        pathways: &[Uuid],
        today: NaiveDate,
    ) -> StoreResult<Vec<ReviewFlag>> {
        let rows = pathway::Entity::find()
            .filter(pathway::Column::Id.is_in(pathways.iter().copied()))
            .filter(pathway::Column::Status.eq(PathwayStatus::Published.as_str()))
            .all(&self.db)
            .await
            .context("load pathways to review")?;
        let published: Vec<Uuid> = rows.iter().filter_map(|p| p.published_version_id).collect();
        let stored = pathway_review_flag::Entity::find()
            .filter(pathway_review_flag::Column::PathwayId.is_in(rows.iter().map(|p| p.id)))
            .order_by_asc(pathway_review_flag::Column::ChangedAt)
            .all(&self.db)
            .await
            .context("load review flags")?;
        let steps = pathway_step::Entity::find()
            .filter(pathway_step::Column::VersionId.is_in(published))
            .filter(pathway_step::Column::ServiceId.is_not_null())
            .order_by_asc(pathway_step::Column::Position)
            .all(&self.db)
            .await
            .context("load the steps' services")?;
        let services = service::Entity::find()
            .filter(service::Column::Id.is_in(steps.iter().filter_map(|s| s.service_id)))
            .all(&self.db)
            .await
            .context("load services to review")?;
        let mut flags: Vec<ReviewFlag> = stored
            .into_iter()
            .map(|flag| ReviewFlag {
                pathway_id: flag.pathway_id,
                service_id: flag.service_id,
                reason: ReviewReason::ServiceChanged,
                changed_at: Some(flag.changed_at),
                changed_fields: serde_json::from_value(flag.changed_fields).unwrap_or_default(),
            })
            .collect();
        for pathway in &rows {
            let mut seen = Vec::new();
            for step in steps
                .iter()
                .filter(|s| Some(s.version_id) == pathway.published_version_id)
            {
                let Some(service) = services.iter().find(|s| Some(s.id) == step.service_id) else {
                    continue;
                };
                if seen.contains(&service.id) {
                    continue;
                }
                seen.push(service.id);
                let status = ServiceStatus::parse("status", &service.status)
                    .unwrap_or(ServiceStatus::Active);
                for reason in service_reasons(status, service.assured_on, today) {
                    flags.push(ReviewFlag {
                        pathway_id: pathway.id,
                        service_id: service.id,
                        reason,
                        changed_at: None,
                        changed_fields: vec![],
                    });
                }
            }
        }
        Ok(flags)
    }

    /// The review list of `region` (`None` = national pathways) on `today`.
    ///
    /// Published pathways whose review date is on or before `until`, or that have a review flag;
    /// those with the earliest review date first, undated ones last.
    pub async fn list_due_for_review(
        &self,
        region: Option<RegionId>,
        until: NaiveDate,
        today: NaiveDate,
    ) -> StoreResult<Vec<pathway::Model>> {
        let mut query = pathway::Entity::find()
            .filter(pathway::Column::Status.eq(PathwayStatus::Published.as_str()));
        query = match region {
            Some(region) => query.filter(pathway::Column::RegionId.eq(region.0)),
            None => query.filter(pathway::Column::RegionId.is_null()),
        };
        let published = query
            .all(&self.db)
            .await
            .context("load the region's published pathways")?;
        let ids: Vec<Uuid> = published.iter().map(|p| p.id).collect();
        let flags = self.review_flags(&ids, today).await?;
        let mut due: Vec<pathway::Model> = published
            .into_iter()
            .filter(|p| {
                p.review_due.is_some_and(|date| date <= until)
                    || flags.iter().any(|f| f.pathway_id == p.id)
            })
            .collect();
        due.sort_by_key(|p| (p.review_due.is_none(), p.review_due, p.id));
        Ok(due)
    }
}
