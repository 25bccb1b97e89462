//! Inputs for a region's events and the action items agreed at them.

use async_graphql::{ID, InputObject};
use chrono::{Duration, NaiveDate};
use chrono_tz::Tz;
use verkosto_domain::{DomainError, OrganisationId, PathwayId, PersonId, hours::local_to_utc, msg};
use verkosto_store::event::{ActionItemFields, EventFields};

use super::{name, optional_name, text};
use crate::{
    ApiResult,
    object::{
        enums::{EventKind, Visibility},
        parse_id,
    },
};

/// The longest agenda or minutes, in characters.
pub const MAX_AGENDA: usize = 20_000;
/// The most seats an event may offer.
const MAX_CAPACITY: i32 = 10_000;

/// A meeting, training or info session to schedule, or its new values.
#[derive(InputObject)]
pub struct EventInput {
    /// Meeting, training or info session.
    pub kind: EventKind,
    /// Title.
    pub title: String,
    /// Agenda or description (Markdown).
    pub agenda: Option<String>,
    /// Start, as a wall-clock time in the region's time zone: `2026-12-01T18:00`.
    pub starts_at: String,
    /// End, in the region's time zone; after the start.
    pub ends_at: String,
    /// Where it happens.
    pub place: Option<String>,
    /// Where to join online (an http or https address).
    pub online_url: Option<String>,
    /// Seats, when limited.
    pub capacity: Option<i32>,
    /// Who may see it and register (default: the region's network).
    #[graphql(default_with = "Visibility::Network")]
    pub audience: Visibility,
}

impl EventInput {
    /// Validates every field; times are read in `zone`, the region's time zone.
    pub fn parse(&self, zone: Tz) -> ApiResult<EventFields> {
        let starts_at = local_to_utc("startsAt", &self.starts_at, zone)?;
        let ends_at = local_to_utc("endsAt", &self.ends_at, zone)?;
        if ends_at <= starts_at {
            return Err(DomainError::invalid("endsAt", msg!("event-ends-before-start")).into());
        }
        if ends_at - starts_at > Duration::days(7) {
            return Err(DomainError::invalid("endsAt", msg!("event-too-long")).into());
        }
        let online_url = self
            .online_url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(web_address)
            .transpose()?;
        let place = optional_name("place", self.place.as_deref())?;
        if place.is_none() && online_url.is_none() {
            return Err(DomainError::invalid("place", msg!("event-place-missing")).into());
        }
        if let Some(capacity) = self.capacity
            && !(1..=MAX_CAPACITY).contains(&capacity)
        {
            return Err(DomainError::invalid(
                "capacity",
                msg!("event-capacity-out-of-range", max = MAX_CAPACITY),
            )
            .into());
        }
        Ok(EventFields {
            kind: self.kind.into(),
            title: name("title", &self.title)?,
            agenda: text("agenda", self.agenda.as_deref(), MAX_AGENDA)?,
            starts_at,
            ends_at,
            place,
            online_url,
            capacity: self.capacity,
            audience: self.audience.into(),
        })
    }
}

/// An http(s) address with a host.
fn web_address(input: &str) -> Result<String, DomainError> {
    let bad = |why: &str| {
        DomainError::invalid(
            "onlineUrl",
            msg!("event-online-url-invalid", url = input, why = why),
        )
    };
    let url = url::Url::parse(input).map_err(|_| bad("not_url"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("scheme"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad("no_host"));
    }
    if input.chars().count() > 2000 {
        return Err(bad("too_long"));
    }
    Ok(url.to_string())
}

/// An action item agreed at an event.
#[derive(InputObject)]
pub struct ActionItemInput {
    /// What is to be done.
    pub title: String,
    /// Who does it.
    pub responsible_person_id: Option<ID>,
    /// Which organisation does it.
    pub responsible_organisation_id: Option<ID>,
    /// The pathway it is about (one the viewer can read).
    pub pathway_id: Option<ID>,
    /// By when.
    pub due_on: Option<NaiveDate>,
}

impl ActionItemInput {
    /// Validates every field (the pathway's readability is checked by the resolver).
    pub fn parse(&self) -> ApiResult<ActionItemFields> {
        let id = |field: &str, value: &Option<ID>| {
            value.as_ref().map(|id| parse_id(field, id)).transpose()
        };
        Ok(ActionItemFields {
            title: name("title", &self.title)?,
            responsible_person: id("responsiblePersonId", &self.responsible_person_id)?
                .map(PersonId),
            responsible_organisation: id(
                "responsibleOrganisationId",
                &self.responsible_organisation_id,
            )?
            .map(OrganisationId),
            pathway: id("pathwayId", &self.pathway_id)?.map(PathwayId),
            due_on: self.due_on,
        })
    }
}
