//! Feedback on pathways, its triage queue and the replies to its senders.
//!
//! A reader's message (optionally urgent) lands in the queue of the pathway's region (national
//! pathways: the admins'), moves new → in progress → done, and gets a reply its sender reads.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{DomainError, FeedbackStatus, PathwayFeedbackId, PersonId, RegionId, msg};

use crate::{
    Store, StoreResult,
    audit::{Change, record},
    entity::{pathway, pathway_feedback},
    error::DbContext,
};

/// Which feedback queue to list.
#[derive(Debug, Clone, Default)]
pub struct FeedbackQueue {
    /// The region; `None` for feedback on national pathways.
    pub region: Option<RegionId>,
    /// Only these statuses (all when empty).
    pub statuses: Vec<FeedbackStatus>,
}

async fn load(
    txn: &impl sea_orm::ConnectionTrait,
    id: PathwayFeedbackId,
) -> StoreResult<pathway_feedback::Model> {
    pathway_feedback::Entity::find_by_id(id.0)
        .one(txn)
        .await
        .context("load the feedback")?
        .ok_or_else(|| DomainError::NotFound("feedback").into())
}

impl Store {
    /// Records `sender`'s feedback on `pathway` (validated text) with status new.
    pub async fn send_feedback(
        &self,
        sender: PersonId,
        pathway: &pathway::Model,
        message: String,
        urgent: bool,
    ) -> StoreResult<pathway_feedback::Model> {
        let tx = self.write().await?;
        let now = Utc::now();
        let id = PathwayFeedbackId::new();
        let model = pathway_feedback::ActiveModel {
            id: Set(id.0),
            pathway_id: Set(pathway.id),
            region_id: Set(pathway.region_id),
            sender_id: Set(sender.0),
            message: Set(message),
            urgent: Set(urgent),
            status: Set(FeedbackStatus::New.as_str().to_owned()),
            reply: Set(None),
            replied_by: Set(None),
            replied_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&tx.txn)
        .await
        .context("insert feedback")?;
        record(
            &tx.txn,
            Change {
                actor: Some(sender),
                action: "pathway_feedback.send",
                entity_type: "pathway_feedback",
                entity_id: id.0,
                region: pathway.region_id.map(RegionId),
                summary: json!({ "pathway": pathway.id, "urgent": urgent }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Moves feedback to `status`; setting the status it already has is a conflict.
    pub async fn set_feedback_status(
        &self,
        actor: PersonId,
        id: PathwayFeedbackId,
        status: FeedbackStatus,
    ) -> StoreResult<pathway_feedback::Model> {
        let tx = self.write().await?;
        let current = load(&tx.txn, id).await?;
        if current.status == status.as_str() {
            return Err(DomainError::conflict(msg!(
                "feedback-status-already",
                status = status.as_str()
            ))
            .into());
        }
        let from = current.status.clone();
        let region = current.region_id;
        let mut model: pathway_feedback::ActiveModel = current.into();
        model.status = Set(status.as_str().to_owned());
        model.updated_at = Set(Utc::now());
        let model = model.update(&tx.txn).await.context("update feedback")?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "pathway_feedback.set_status",
                entity_type: "pathway_feedback",
                entity_id: id.0,
                region: region.map(RegionId),
                summary: json!({ "from": from, "to": status }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Replies to feedback (replacing an earlier reply); new feedback moves to in progress.
    pub async fn reply_to_feedback(
        &self,
        actor: PersonId,
        id: PathwayFeedbackId,
        reply: String,
    ) -> StoreResult<pathway_feedback::Model> {
        let tx = self.write().await?;
        let current = load(&tx.txn, id).await?;
        let region = current.region_id;
        let replaced = current.reply.is_some();
        let was_new = current.status == FeedbackStatus::New.as_str();
        let now = Utc::now();
        let mut model: pathway_feedback::ActiveModel = current.into();
        if was_new {
            model.status = Set(FeedbackStatus::InProgress.as_str().to_owned());
        }
        model.reply = Set(Some(reply));
        model.replied_by = Set(Some(actor.0));
        model.replied_at = Set(Some(now));
        model.updated_at = Set(now);
        let model = model.update(&tx.txn).await.context("reply to feedback")?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "pathway_feedback.reply",
                entity_type: "pathway_feedback",
                entity_id: id.0,
                region: region.map(RegionId),
                summary: json!({ "replaced": replaced, "status": model.status }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// One piece of feedback by id (no permission check).
    pub async fn get_feedback(
        &self,
        id: PathwayFeedbackId,
    ) -> StoreResult<Option<pathway_feedback::Model>> {
        pathway_feedback::Entity::find_by_id(id.0)
            .one(&self.db)
            .await
            .context("load feedback")
    }

    /// A feedback queue, urgent first and then newest first, after the cursor (a feedback id of
    /// this list), at most `limit`.
    pub async fn list_feedback_queue(
        &self,
        queue: &FeedbackQueue,
        after: Option<Uuid>,
        limit: u64,
    ) -> StoreResult<Vec<pathway_feedback::Model>> {
        let mut query = pathway_feedback::Entity::find()
            .order_by_desc(pathway_feedback::Column::Urgent)
            .order_by_desc(pathway_feedback::Column::Id);
        query = match queue.region {
            Some(region) => query.filter(pathway_feedback::Column::RegionId.eq(region.0)),
            None => query.filter(pathway_feedback::Column::RegionId.is_null()),
        };
        if !queue.statuses.is_empty() {
            query = query.filter(
                pathway_feedback::Column::Status.is_in(queue.statuses.iter().map(|s| s.as_str())),
            );
        }
        if let Some(after) = after {
            let cursor = self
                .get_feedback(PathwayFeedbackId(after))
                .await?
                .ok_or_else(|| DomainError::invalid("after", msg!("cursor-foreign")))?;
            // Rows after the cursor in (urgent desc, id desc) order.
            let later = Condition::all()
                .add(pathway_feedback::Column::Urgent.eq(cursor.urgent))
                .add(pathway_feedback::Column::Id.lt(cursor.id));
            query = query.filter(if cursor.urgent {
                Condition::any()
                    .add(later)
                    .add(pathway_feedback::Column::Urgent.eq(false))
            } else {
                later
            });
        }
        query
            .limit(limit)
            .all(&self.db)
            .await
            .context("list the feedback queue")
    }

    /// Feedback sent by `sender`, newest first, after the cursor, at most `limit`.
    pub async fn list_feedback_by_sender(
        &self,
        sender: PersonId,
        after: Option<Uuid>,
        limit: u64,
    ) -> StoreResult<Vec<pathway_feedback::Model>> {
        let mut query = pathway_feedback::Entity::find()
            .filter(pathway_feedback::Column::SenderId.eq(sender.0))
            .order_by_desc(pathway_feedback::Column::Id);
        if let Some(after) = after {
            query = query.filter(pathway_feedback::Column::Id.lt(after));
        }
        query
            .limit(limit)
            .all(&self.db)
            .await
            .context("list the sender's feedback")
    }
}
