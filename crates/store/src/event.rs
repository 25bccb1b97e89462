//! A region's meetings, trainings and info sessions: scheduling, registration with a capacity,
//! minutes, and the action items agreed at them.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait},
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{
    ActionItemId, ActionItemStatus, DomainError, EventId, EventKind, EventStatus, Message,
    OrganisationId, PathwayId, PersonId, RegionId, Visibility, msg,
};

use crate::{
    Store, StoreResult,
    audit::{Change, record},
    entity::{action_item, event, event_registration},
    error::DbContext,
    unchanged::unchanged_since,
};

/// The validated values of an event.
#[derive(Debug, Clone)]
pub struct EventFields {
    /// Meeting, training or info session.
    pub kind: EventKind,
    /// Title.
    pub title: String,
    /// Agenda or description, Markdown.
    pub agenda: String,
    /// Start, as an instant.
    pub starts_at: DateTime<Utc>,
    /// End, as an instant (after the start).
    pub ends_at: DateTime<Utc>,
    /// Where it happens.
    pub place: Option<String>,
    /// Where to join online (http or https).
    pub online_url: Option<String>,
    /// Seats, when limited.
    pub capacity: Option<i32>,
    /// Who may see it and register.
    pub audience: Visibility,
}

/// The validated values of an action item.
#[derive(Debug, Clone)]
pub struct ActionItemFields {
    /// What is to be done.
    pub title: String,
    /// Who does it.
    pub responsible_person: Option<PersonId>,
    /// Which organisation does it.
    pub responsible_organisation: Option<OrganisationId>,
    /// The pathway it is about.
    pub pathway: Option<PathwayId>,
    /// By when.
    pub due_on: Option<NaiveDate>,
}

impl Store {
    /// Schedules an event in `region`.
    pub async fn create_event(
        &self,
        actor: PersonId,
        region: RegionId,
        fields: EventFields,
    ) -> StoreResult<event::Model> {
        let tx = self.write().await?;
        let now = Utc::now();
        let id = EventId::new();
        let model = event::ActiveModel {
            id: Set(id.0),
            region_id: Set(region.0),
            kind: Set(fields.kind.as_str().to_owned()),
            title: Set(fields.title.clone()),
            agenda: Set(fields.agenda.clone()),
            starts_at: Set(fields.starts_at),
            ends_at: Set(fields.ends_at),
            place: Set(fields.place.clone()),
            online_url: Set(fields.online_url.clone()),
            capacity: Set(fields.capacity),
            registered_count: Set(0),
            audience: Set(fields.audience.as_str().to_owned()),
            status: Set(EventStatus::Scheduled.as_str().to_owned()),
            minutes: Set(None),
            created_by: Set(actor.0),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&tx.txn)
        .await
        .context("insert the event")?;
        audit(
            &tx.txn,
            actor,
            "event.create",
            &model,
            json!({
                "title": fields.title, "kind": fields.kind, "startsAt": fields.starts_at,
            }),
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Changes a scheduled event, unless it changed since `read_at` (see `unchanged`); the
    /// capacity cannot drop below the registrations.
    pub async fn update_event(
        &self,
        actor: PersonId,
        id: EventId,
        fields: EventFields,
        read_at: Option<DateTime<Utc>>,
    ) -> StoreResult<event::Model> {
        let tx = self.write().await?;
        let current = load(&tx.txn, id).await?;
        unchanged_since(read_at, current.updated_at)?;
        require_status(&current, EventStatus::Scheduled, "changed")?;
        if let Some(capacity) = fields.capacity
            && capacity < current.registered_count
        {
            return Err(DomainError::invalid(
                "capacity",
                msg!(
                    "event-capacity-below-registered",
                    registered = current.registered_count,
                ),
            )
            .into());
        }
        let mut model: event::ActiveModel = current.into();
        model.kind = Set(fields.kind.as_str().to_owned());
        model.title = Set(fields.title.clone());
        model.agenda = Set(fields.agenda.clone());
        model.starts_at = Set(fields.starts_at);
        model.ends_at = Set(fields.ends_at);
        model.place = Set(fields.place.clone());
        model.online_url = Set(fields.online_url.clone());
        model.capacity = Set(fields.capacity);
        model.audience = Set(fields.audience.as_str().to_owned());
        model.updated_at = Set(Utc::now());
        let model = model.update(&tx.txn).await.context("update the event")?;
        audit(
            &tx.txn,
            actor,
            "event.update",
            &model,
            json!({
                "title": fields.title, "startsAt": fields.starts_at,
            }),
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Cancels a scheduled event, or marks one that has started as held (with its minutes).
    pub async fn set_event_status(
        &self,
        actor: PersonId,
        id: EventId,
        status: EventStatus,
        minutes: Option<String>,
    ) -> StoreResult<event::Model> {
        let tx = self.write().await?;
        let current = load(&tx.txn, id).await?;
        let action = match status {
            EventStatus::Cancelled => "cancelled",
            _ => "marked_held",
        };
        require_status(&current, EventStatus::Scheduled, action)?;
        if status == EventStatus::Held && current.starts_at > Utc::now() {
            return Err(DomainError::conflict(msg!("event-not-started")).into());
        }
        let mut model: event::ActiveModel = current.into();
        model.status = Set(status.as_str().to_owned());
        if minutes.is_some() {
            model.minutes = Set(minutes);
        }
        model.updated_at = Set(Utc::now());
        let model = model
            .update(&tx.txn)
            .await
            .context("change the event status")?;
        audit(
            &tx.txn,
            actor,
            "event.set_status",
            &model,
            json!({ "to": status }),
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Writes the minutes of an event that was held.
    pub async fn set_event_minutes(
        &self,
        actor: PersonId,
        id: EventId,
        minutes: String,
    ) -> StoreResult<event::Model> {
        let tx = self.write().await?;
        let current = load(&tx.txn, id).await?;
        require_status(&current, EventStatus::Held, "given_minutes")?;
        let mut model: event::ActiveModel = current.into();
        model.minutes = Set(Some(minutes));
        model.updated_at = Set(Utc::now());
        let model = model.update(&tx.txn).await.context("write the minutes")?;
        audit(&tx.txn, actor, "event.minutes", &model, json!({})).await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Registers `person` for an event. The seat is taken by a guarded update in the same
    /// transaction as the registration row, so a full event can never be overbooked.
    pub async fn register_for_event(
        &self,
        person: PersonId,
        id: EventId,
    ) -> StoreResult<event::Model> {
        let tx = self.write().await?;
        let current = load(&tx.txn, id).await?;
        require_status(&current, EventStatus::Scheduled, "registered_for")?;
        require_not_started(&current, msg!("event-started-registration"))?;
        let taken = event::Entity::update_many()
            .col_expr(
                event::Column::RegisteredCount,
                Expr::col(event::Column::RegisteredCount).add(1),
            )
            .filter(event::Column::Id.eq(id.0))
            .filter(Expr::col(event::Column::Capacity).is_null().or(
                Expr::col(event::Column::RegisteredCount).lt(Expr::col(event::Column::Capacity)),
            ))
            .exec(&tx.txn)
            .await
            .context("take a seat")?;
        if taken.rows_affected == 0 {
            return Err(DomainError::conflict(msg!("event-full")).into());
        }
        event_registration::ActiveModel {
            id: Set(Uuid::now_v7()),
            event_id: Set(id.0),
            person_id: Set(person.0),
            created_at: Set(Utc::now()),
        }
        .insert(&tx.txn)
        .await
        .conflict_on_unique("register", msg!("event-registered-already"))?;
        let model = load(&tx.txn, id).await?;
        audit(&tx.txn, person, "event.register", &model, json!({})).await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Cancels `person`'s registration, freeing the seat.
    pub async fn cancel_registration(
        &self,
        person: PersonId,
        id: EventId,
    ) -> StoreResult<event::Model> {
        let tx = self.write().await?;
        let current = load(&tx.txn, id).await?;
        require_status(&current, EventStatus::Scheduled, "left")?;
        require_not_started(&current, msg!("event-started-cancellation"))?;
        let deleted = event_registration::Entity::delete_many()
            .filter(event_registration::Column::EventId.eq(id.0))
            .filter(event_registration::Column::PersonId.eq(person.0))
            .exec(&tx.txn)
            .await
            .context("remove the registration")?;
        if deleted.rows_affected == 0 {
            return Err(DomainError::conflict(msg!("event-not-registered")).into());
        }
        event::Entity::update_many()
            .col_expr(
                event::Column::RegisteredCount,
                Expr::col(event::Column::RegisteredCount).sub(1),
            )
            .filter(event::Column::Id.eq(id.0))
            .exec(&tx.txn)
            .await
            .context("free the seat")?;
        let model = load(&tx.txn, id).await?;
        audit(&tx.txn, person, "event.unregister", &model, json!({})).await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Records an action item agreed at an event.
    pub async fn add_action_item(
        &self,
        actor: PersonId,
        event: EventId,
        fields: ActionItemFields,
    ) -> StoreResult<action_item::Model> {
        let tx = self.write().await?;
        let parent = load(&tx.txn, event).await?;
        let id = ActionItemId::new();
        let model = action_item::ActiveModel {
            id: Set(id.0),
            event_id: Set(parent.id),
            region_id: Set(parent.region_id),
            title: Set(fields.title.clone()),
            responsible_person_id: Set(fields.responsible_person.map(Uuid::from)),
            responsible_organisation_id: Set(fields.responsible_organisation.map(Uuid::from)),
            pathway_id: Set(fields.pathway.map(Uuid::from)),
            due_on: Set(fields.due_on),
            status: Set(ActionItemStatus::Open.as_str().to_owned()),
            created_by: Set(actor.0),
            created_at: Set(Utc::now()),
            done_at: Set(None),
        }
        .insert(&tx.txn)
        .await
        .context("insert the action item")?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "action_item.create",
                entity_type: "action_item",
                entity_id: id.0,
                region: Some(RegionId(parent.region_id)),
                summary: json!({ "title": fields.title, "event": parent.id, "pathway": fields.pathway }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Marks an action item done, or reopens it.
    pub async fn set_action_item_done(
        &self,
        actor: PersonId,
        id: ActionItemId,
        done: bool,
    ) -> StoreResult<action_item::Model> {
        let tx = self.write().await?;
        let current = action_item::Entity::find_by_id(id.0)
            .one(&tx.txn)
            .await
            .context("load the action item")?
            .ok_or(DomainError::NotFound("action_item"))?;
        let want = if done {
            ActionItemStatus::Done
        } else {
            ActionItemStatus::Open
        };
        if current.status == want.as_str() {
            return Err(DomainError::conflict(msg!(
                "action-item-status-already",
                status = want.as_str()
            ))
            .into());
        }
        let region = RegionId(current.region_id);
        let mut model: action_item::ActiveModel = current.into();
        model.status = Set(want.as_str().to_owned());
        model.done_at = Set(done.then(Utc::now));
        let model = model
            .update(&tx.txn)
            .await
            .context("update the action item")?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "action_item.set_status",
                entity_type: "action_item",
                entity_id: id.0,
                region: Some(region),
                summary: json!({ "to": want }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// One event by id.
    pub async fn get_event(&self, id: EventId) -> StoreResult<Option<event::Model>> {
        event::Entity::find_by_id(id.0)
            .one(&self.db)
            .await
            .context("load an event")
    }

    /// Events by ids, in any order.
    pub async fn events_by_ids(&self, ids: &[Uuid]) -> StoreResult<Vec<event::Model>> {
        event::Entity::find()
            .filter(event::Column::Id.is_in(ids.iter().copied()))
            .all(&self.db)
            .await
            .context("load events")
    }

    /// Every event of `region`, earliest first (a region holds a few a year).
    pub async fn events_of_region(&self, region: RegionId) -> StoreResult<Vec<event::Model>> {
        event::Entity::find()
            .filter(event::Column::RegionId.eq(region.0))
            .order_by_asc(event::Column::StartsAt)
            .all(&self.db)
            .await
            .context("list a region's events")
    }

    /// The registrations for these events, oldest first.
    pub async fn registrations_by_events(
        &self,
        events: &[Uuid],
    ) -> StoreResult<Vec<event_registration::Model>> {
        event_registration::Entity::find()
            .filter(event_registration::Column::EventId.is_in(events.iter().copied()))
            .order_by_asc(event_registration::Column::CreatedAt)
            .all(&self.db)
            .await
            .context("list registrations")
    }

    /// The events `person` is registered for.
    pub async fn registered_events(&self, person: PersonId) -> StoreResult<Vec<Uuid>> {
        Ok(event_registration::Entity::find()
            .filter(event_registration::Column::PersonId.eq(person.0))
            .all(&self.db)
            .await
            .context("list a person's registrations")?
            .into_iter()
            .map(|r| r.event_id)
            .collect())
    }

    /// The action items of these events, in the order they were agreed.
    pub async fn action_items_by_events(
        &self,
        events: &[Uuid],
    ) -> StoreResult<Vec<action_item::Model>> {
        action_item::Entity::find()
            .filter(action_item::Column::EventId.is_in(events.iter().copied()))
            .order_by_asc(action_item::Column::Id)
            .all(&self.db)
            .await
            .context("list action items")
    }

    /// A region's open action items, oldest first.
    pub async fn open_action_items(
        &self,
        region: RegionId,
    ) -> StoreResult<Vec<action_item::Model>> {
        action_item::Entity::find()
            .filter(action_item::Column::RegionId.eq(region.0))
            .filter(action_item::Column::Status.eq(ActionItemStatus::Open.as_str()))
            .order_by_asc(action_item::Column::Id)
            .all(&self.db)
            .await
            .context("list open action items")
    }

    /// One action item by id.
    pub async fn get_action_item(
        &self,
        id: ActionItemId,
    ) -> StoreResult<Option<action_item::Model>> {
        action_item::Entity::find_by_id(id.0)
            .one(&self.db)
            .await
            .context("load an action item")
    }

    /// When `region` first held a network meeting (for its onboarding checklist).
    pub async fn first_network_meeting_held(
        &self,
        region: RegionId,
    ) -> StoreResult<Option<DateTime<Utc>>> {
        Ok(event::Entity::find()
            .filter(event::Column::RegionId.eq(region.0))
            .filter(event::Column::Kind.eq(EventKind::NetworkMeeting.as_str()))
            .filter(event::Column::Status.eq(EventStatus::Held.as_str()))
            .order_by_asc(event::Column::StartsAt)
            .one(&self.db)
            .await
            .context("find the first network meeting")?
            .map(|e| e.starts_at))
    }
}

/// Loads the event to change, locked (PostgreSQL) until the change commits.
async fn load(txn: &DatabaseTransaction, id: EventId) -> StoreResult<event::Model> {
    Ok(event::Entity::find_by_id(id.0)
        .lock_exclusive()
        .one(txn)
        .await
        .context("load the event")?
        .ok_or(DomainError::NotFound("event"))?)
}

/// Refuses a change that needs the event in `status`; `action` is what the change would do to
/// the event, one of the `$action` choices of the `event-wrong-status` message.
fn require_status(current: &event::Model, status: EventStatus, action: &str) -> StoreResult<()> {
    if current.status == status.as_str() {
        Ok(())
    } else {
        Err(DomainError::conflict(msg!(
            "event-wrong-status",
            status = &current.status,
            action = action,
        ))
        .into())
    }
}

/// Refuses with `refusal` once the event has begun: registration is closed then, and the list
/// of who registered stays as it was.
fn require_not_started(current: &event::Model, refusal: Message) -> StoreResult<()> {
    if current.starts_at > Utc::now() {
        Ok(())
    } else {
        Err(DomainError::conflict(refusal).into())
    }
}

async fn audit(
    txn: &DatabaseTransaction,
    actor: PersonId,
    action: &'static str,
    model: &event::Model,
    summary: serde_json::Value,
) -> StoreResult<()> {
    record(
        txn,
        Change {
            actor: Some(actor),
            action,
            entity_type: "event",
            entity_id: model.id,
            region: Some(RegionId(model.region_id)),
            summary,
        },
    )
    .await
}
