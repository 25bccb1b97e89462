//! Running a region's events: scheduling, registration, minutes and action items.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use verkosto_domain::{
    ActionItemId, DomainError, EventId, EventStatus, PersonId, RegionId, msg, policy,
    text::FreeText,
};
use verkosto_store::entity::event;

use crate::{
    ApiResult,
    context::ContextExt,
    input::{ActionItemInput, EventInput, MAX_AGENDA},
    object::{ActionItem, Event, Pathway, parse_id},
};

/// Event mutations.
#[derive(Default)]
pub struct EventMutation;

#[Object]
impl EventMutation {
    /// Schedules a meeting, training or info session in a region (its coordinators, admins).
    /// Times are wall-clock times in the region's time zone.
    async fn create_event(
        &self,
        ctx: &Context<'_>,
        region_id: ID,
        input: EventInput,
    ) -> ApiResult<Event> {
        let viewer = ctx.viewer();
        let actor = viewer.person_id()?;
        let region = RegionId(parse_id("regionId", &region_id)?);
        let store = ctx.store()?;
        let found = store
            .get_region(region)
            .await?
            .ok_or(DomainError::NotFound("region"))?;
        policy::event::require_manage_events(viewer, region)?;
        let fields = input.parse(zone(&found.time_zone))?;
        Ok(Event(store.create_event(actor, region, fields).await?))
    }

    /// Changes a scheduled event (its region's coordinators, admins). With
    /// `ifUnchangedSince` (the `updatedAt` the form was read at), a change saved by someone else
    /// since then is refused with `CONFLICT` instead of overwritten.
    async fn update_event(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: EventInput,
        if_unchanged_since: Option<DateTime<Utc>>,
    ) -> ApiResult<Event> {
        let (actor, found) = managed(ctx, &id).await?;
        let store = ctx.store()?;
        let region = store
            .get_region(RegionId(found.region_id))
            .await?
            .ok_or(DomainError::NotFound("region"))?;
        let fields = input.parse(zone(&region.time_zone))?;
        Ok(Event(
            store
                .update_event(actor, EventId(found.id), fields, if_unchanged_since)
                .await?,
        ))
    }

    /// Calls off a scheduled event (its region's coordinators, admins).
    async fn cancel_event(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Event> {
        let (actor, found) = managed(ctx, &id).await?;
        Ok(Event(
            ctx.store()?
                .set_event_status(actor, EventId(found.id), EventStatus::Cancelled, None)
                .await?,
        ))
    }

    /// Records that an event took place, with its minutes if written already.
    async fn mark_event_held(
        &self,
        ctx: &Context<'_>,
        id: ID,
        minutes: Option<String>,
    ) -> ApiResult<Event> {
        let (actor, found) = managed(ctx, &id).await?;
        let minutes = minutes
            .map(|m| FreeText::parse("minutes", &m, MAX_AGENDA).map(FreeText::into_inner))
            .transpose()?
            .filter(|m| !m.is_empty());
        Ok(Event(
            ctx.store()?
                .set_event_status(actor, EventId(found.id), EventStatus::Held, minutes)
                .await?,
        ))
    }

    /// Writes the minutes of an event that was held (Markdown).
    async fn set_event_minutes(
        &self,
        ctx: &Context<'_>,
        id: ID,
        minutes: String,
    ) -> ApiResult<Event> {
        let (actor, found) = managed(ctx, &id).await?;
        let minutes = FreeText::parse("minutes", &minutes, MAX_AGENDA)?.into_inner();
        Ok(Event(
            ctx.store()?
                .set_event_minutes(actor, EventId(found.id), minutes)
                .await?,
        ))
    }

    /// Registers the viewer for an event they may see; a full event answers CONFLICT.
    async fn register_for_event(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Event> {
        let (me, found) = visible(ctx, &id).await?;
        policy::event::require_register(ctx.viewer(), found.region_id(), found.audience_value())?;
        Ok(Event(
            ctx.store()?
                .register_for_event(me, EventId(found.0.id))
                .await?,
        ))
    }

    /// Cancels the viewer's registration, freeing the seat.
    async fn cancel_event_registration(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Event> {
        let (me, found) = visible(ctx, &id).await?;
        Ok(Event(
            ctx.store()?
                .cancel_registration(me, EventId(found.0.id))
                .await?,
        ))
    }

    /// Records an action item agreed at an event (its region's coordinators, admins). A linked
    /// pathway must be one the viewer can read, of the region or national.
    async fn add_action_item(
        &self,
        ctx: &Context<'_>,
        event_id: ID,
        input: ActionItemInput,
    ) -> ApiResult<ActionItem> {
        let (actor, found) = managed(ctx, &event_id).await?;
        let fields = input.parse()?;
        let store = ctx.store()?;
        if let Some(pathway) = fields.pathway {
            let readable = Pathway::load_visible(ctx, pathway.0).await?;
            let in_reach = match &readable {
                Some(p) => p.0.region_id.is_none_or(|r| r == found.region_id),
                None => false,
            };
            if !in_reach {
                return Err(
                    DomainError::invalid("pathwayId", msg!("action-item-pathway-unknown")).into(),
                );
            }
        }
        if let Some(person) = fields.responsible_person
            && store.get_person(person).await?.is_none()
        {
            return Err(DomainError::invalid("responsiblePersonId", msg!("person-unknown")).into());
        }
        if let Some(organisation) = fields.responsible_organisation
            && store.get_organisation(organisation).await?.is_none()
        {
            return Err(DomainError::invalid(
                "responsibleOrganisationId",
                msg!("no-such-organisation"),
            )
            .into());
        }
        Ok(ActionItem(
            store
                .add_action_item(actor, EventId(found.id), fields)
                .await?,
        ))
    }

    /// Marks an action item done, or reopens it (its region's coordinators, admins).
    async fn set_action_item_done(
        &self,
        ctx: &Context<'_>,
        id: ID,
        done: bool,
    ) -> ApiResult<ActionItem> {
        let viewer = ctx.viewer();
        let actor = viewer.person_id()?;
        let id = ActionItemId(parse_id("id", &id)?);
        let store = ctx.store()?;
        let found = store
            .get_action_item(id)
            .await?
            .filter(|item| policy::can_read_region_network(viewer, RegionId(item.region_id)))
            .ok_or(DomainError::NotFound("action_item"))?;
        policy::event::require_manage_events(viewer, RegionId(found.region_id))?;
        Ok(ActionItem(
            store.set_action_item_done(actor, id, done).await?,
        ))
    }
}

/// The region's time zone (regions are validated on save; Helsinki as a last resort).
fn zone(name: &str) -> Tz {
    name.parse().unwrap_or(chrono_tz::Europe::Helsinki)
}

/// The event behind `id` when the viewer may see it; otherwise it answers as missing.
async fn visible(ctx: &Context<'_>, id: &ID) -> ApiResult<(PersonId, Event)> {
    let me = ctx.viewer().person_id()?;
    let found = ctx
        .store()?
        .get_event(EventId(parse_id("id", id)?))
        .await?
        .map(Event)
        .filter(|e| e.visible_to(ctx.viewer()))
        .ok_or(DomainError::NotFound("event"))?;
    Ok((me, found))
}

/// The event behind `id` when the viewer manages it: missing if they cannot see it, forbidden
/// if they can but may not manage it.
async fn managed(ctx: &Context<'_>, id: &ID) -> ApiResult<(PersonId, event::Model)> {
    let (me, found) = visible(ctx, id).await?;
    policy::event::require_manage_events(ctx.viewer(), found.region_id())?;
    Ok((me, found.0))
}
