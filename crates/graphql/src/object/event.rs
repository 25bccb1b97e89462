//! `Event`: a region's meeting, training or info session, and the `ActionItem`s agreed at it.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use verkosto_domain::{
    PersonId, RegionId, Visibility as DomainVisibility, hours::utc_to_local, policy,
};
use verkosto_store::entity::{action_item, event};

use super::{
    Organisation, Pathway, Person, Region,
    enums::{ActionItemStatus, EventKind, EventStatus, Visibility, stored},
    to_id,
};
use crate::{
    ApiResult,
    context::ContextExt,
    loader::{
        ActionItemsByEventLoader, OrganisationLoader, PersonLoader, RegionLoader,
        RegistrationsByEventLoader, load_one,
    },
};

/// A region's meeting, training or info session.
pub struct Event(pub event::Model);

impl Event {
    /// The event's region.
    pub fn region_id(&self) -> RegionId {
        RegionId(self.0.region_id)
    }

    /// Who may see it and register.
    pub fn audience_value(&self) -> DomainVisibility {
        DomainVisibility::parse("stored", &self.0.audience).unwrap_or(DomainVisibility::Network)
    }

    /// Whether the viewer may see it.
    pub fn visible_to(&self, viewer: &verkosto_domain::Viewer) -> bool {
        policy::event::can_read_event(viewer, self.region_id(), self.audience_value())
    }

    async fn zone(&self, ctx: &Context<'_>) -> ApiResult<Tz> {
        Ok(load_one::<RegionLoader, _>(ctx, self.0.region_id)
            .await?
            .and_then(|r| r.time_zone.parse().ok())
            .unwrap_or(chrono_tz::Europe::Helsinki))
    }
}

#[Object]
impl Event {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// The region holding it.
    async fn region(&self, ctx: &Context<'_>) -> ApiResult<Option<Region>> {
        Ok(load_one::<RegionLoader, _>(ctx, self.0.region_id)
            .await?
            .map(Region))
    }

    /// Meeting, training or info session.
    async fn kind(&self) -> Option<EventKind> {
        stored(verkosto_domain::EventKind::parse, &self.0.kind)
    }

    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// Agenda or description (Markdown).
    async fn agenda(&self) -> &str {
        &self.0.agenda
    }

    /// Start, as an instant.
    async fn starts_at(&self) -> DateTime<Utc> {
        self.0.starts_at
    }

    /// End, as an instant.
    async fn ends_at(&self) -> DateTime<Utc> {
        self.0.ends_at
    }

    /// Start as a wall-clock time in the region's time zone, like `2026-12-01T18:00`.
    async fn local_start(&self, ctx: &Context<'_>) -> ApiResult<String> {
        Ok(utc_to_local(self.0.starts_at, self.zone(ctx).await?))
    }

    /// End as a wall-clock time in the region's time zone.
    async fn local_end(&self, ctx: &Context<'_>) -> ApiResult<String> {
        Ok(utc_to_local(self.0.ends_at, self.zone(ctx).await?))
    }

    /// The region's time zone, in which the local times are given.
    async fn time_zone(&self, ctx: &Context<'_>) -> ApiResult<String> {
        Ok(self.zone(ctx).await?.name().to_owned())
    }

    /// Where it happens.
    async fn place(&self) -> Option<&str> {
        self.0.place.as_deref()
    }

    /// Where to join online.
    async fn online_url(&self) -> Option<&str> {
        self.0.online_url.as_deref()
    }

    /// Seats, when limited.
    async fn capacity(&self) -> Option<i32> {
        self.0.capacity
    }

    /// How many have registered.
    async fn registered_count(&self) -> i32 {
        self.0.registered_count
    }

    /// Seats left, when limited.
    async fn seats_left(&self) -> Option<i32> {
        self.0
            .capacity
            .map(|c| (c - self.0.registered_count).max(0))
    }

    /// Who may see it and register.
    async fn audience(&self) -> Visibility {
        self.audience_value().into()
    }

    /// Scheduled, cancelled or held.
    async fn status(&self) -> Option<EventStatus> {
        stored(verkosto_domain::EventStatus::parse, &self.0.status)
    }

    /// The minutes (Markdown), once written.
    async fn minutes(&self) -> Option<&str> {
        self.0.minutes.as_deref()
    }

    /// When it last changed (an edit form sends it back as `ifUnchangedSince`).
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// Whether the viewer has registered.
    async fn viewer_is_registered(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let Some(me) = ctx.viewer().person() else {
            return Ok(false);
        };
        Ok(load_one::<RegistrationsByEventLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default()
            .iter()
            .any(|r| r.person_id == me.0))
    }

    /// Who has registered, in order (the region's coordinators and admins; null for others).
    async fn registrations(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<Person>>> {
        if policy::event::require_manage_events(ctx.viewer(), self.region_id()).is_err() {
            return Ok(None);
        }
        let ids: Vec<_> = load_one::<RegistrationsByEventLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default()
            .iter()
            .map(|r| r.person_id)
            .collect();
        let people = ctx
            .loader::<PersonLoader>()?
            .load_many(ids.iter().copied())
            .await?;
        Ok(Some(
            ids.iter()
                .filter_map(|id| people.get(id))
                .map(|p| Person(p.clone()))
                .collect(),
        ))
    }

    /// The action items agreed at it.
    async fn action_items(&self, ctx: &Context<'_>) -> ApiResult<Vec<ActionItem>> {
        Ok(load_one::<ActionItemsByEventLoader, _>(ctx, self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(ActionItem)
            .collect())
    }
}

/// Something agreed at an event, open until done.
pub struct ActionItem(pub action_item::Model);

#[Object]
impl ActionItem {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// What is to be done.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// Open or done.
    async fn status(&self) -> Option<ActionItemStatus> {
        stored(verkosto_domain::ActionItemStatus::parse, &self.0.status)
    }

    /// By when.
    async fn due_on(&self) -> Option<NaiveDate> {
        self.0.due_on
    }

    /// When it was done.
    async fn done_at(&self) -> Option<DateTime<Utc>> {
        self.0.done_at
    }

    /// The event it was agreed at.
    async fn event_id(&self) -> ID {
        to_id(self.0.event_id)
    }

    /// Who does it, when the viewer may see them.
    async fn responsible_person(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        let Some(id) = self.0.responsible_person_id else {
            return Ok(None);
        };
        let Some(person) = load_one::<PersonLoader, _>(ctx, id).await? else {
            return Ok(None);
        };
        let visible = ctx.viewer().person() == Some(PersonId(person.id))
            || Person::visible(ctx, &person).await?;
        Ok(visible.then_some(Person(person)))
    }

    /// Which organisation does it.
    async fn responsible_organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        match self.0.responsible_organisation_id {
            Some(id) => Ok(load_one::<OrganisationLoader, _>(ctx, id)
                .await?
                .map(Organisation)),
            None => Ok(None),
        }
    }

    /// The pathway it is about, when the viewer may read it.
    async fn pathway(&self, ctx: &Context<'_>) -> ApiResult<Option<Pathway>> {
        match self.0.pathway_id {
            Some(id) => Pathway::load_visible(ctx, id).await,
            None => Ok(None),
        }
    }
}
