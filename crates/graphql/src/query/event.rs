//! Queries of a region's events: `events`, `event`, `myEvents`, `openActionItems`.

use async_graphql::{Context, ID, Object};
use chrono::Utc;
use uuid::Uuid;
use verkosto_domain::{DomainError, EventId, RegionId, policy};

use crate::{
    ApiResult,
    context::ContextExt,
    object::{ActionItem, Event, enums::EventKind, parse_id},
    pagination::{IdConnection, paginate_slice},
};

/// The `upcoming` events (not yet ended) soonest first, or the past ones newest first.
fn in_time_order(events: impl Iterator<Item = Event>, upcoming: bool) -> Vec<Event> {
    let now = Utc::now();
    let mut events: Vec<Event> = events
        .filter(|e| (e.0.ends_at >= now) == upcoming)
        .collect();
    events.sort_by_key(|e| e.0.starts_at);
    if !upcoming {
        events.reverse();
    }
    events
}

/// Event queries.
#[derive(Default)]
pub struct EventQuery;

#[Object]
impl EventQuery {
    /// A region's events the viewer may see: upcoming ones soonest first (the default), or past
    /// ones newest first; optionally of one kind.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn events(
        &self,
        ctx: &Context<'_>,
        region_id: ID,
        kind: Option<EventKind>,
        #[graphql(default = true)] upcoming: bool,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<IdConnection<Event>> {
        let region = RegionId(parse_id("regionId", &region_id)?);
        let store = ctx.store()?;
        store
            .get_region(region)
            .await?
            .ok_or(DomainError::NotFound("region"))?;
        let kind = kind.map(verkosto_domain::EventKind::from);
        let events = store
            .events_of_region(region)
            .await?
            .into_iter()
            .map(Event)
            .filter(|e| e.visible_to(ctx.viewer()))
            .filter(|e| kind.is_none_or(|k| e.0.kind == k.as_str()));
        let rows: Vec<(Uuid, Event)> = in_time_order(events, upcoming)
            .into_iter()
            .map(|e| (e.0.id, e))
            .collect();
        paginate_slice(rows, first, after)
    }

    /// One event, when the viewer may see it.
    async fn event(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<Event>> {
        let id = EventId(parse_id("id", &id)?);
        Ok(ctx
            .store()?
            .get_event(id)
            .await?
            .map(Event)
            .filter(|e| e.visible_to(ctx.viewer())))
    }

    /// The events the viewer has registered for: upcoming ones soonest first (the default), or
    /// past ones newest first.
    async fn my_events(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = true)] upcoming: bool,
    ) -> ApiResult<Vec<Event>> {
        let me = ctx.viewer().person_id()?;
        let store = ctx.store()?;
        let ids = store.registered_events(me).await?;
        let events = store
            .events_by_ids(&ids)
            .await?
            .into_iter()
            .map(Event)
            .filter(|e| e.visible_to(ctx.viewer()));
        Ok(in_time_order(events, upcoming))
    }

    /// A region's open action items, oldest first (its network and admins).
    async fn open_action_items(
        &self,
        ctx: &Context<'_>,
        region_id: ID,
    ) -> ApiResult<Vec<ActionItem>> {
        let viewer = ctx.viewer();
        viewer.person_id()?;
        let region = RegionId(parse_id("regionId", &region_id)?);
        if !policy::can_read_region_network(viewer, region) {
            return Err(DomainError::NotFound("region").into());
        }
        Ok(ctx
            .store()?
            .open_action_items(region)
            .await?
            .into_iter()
            .map(ActionItem)
            .collect())
    }
}
