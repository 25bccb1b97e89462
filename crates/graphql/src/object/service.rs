//! `Service`: what an organisation offers, with weekly hours and an "open now" answer.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Months, NaiveDate, Utc};
use chrono_tz::Tz;
use verkosto_domain::hours::OpeningHours as DomainHours;
use verkosto_store::entity::service;

use super::{
    Channel, Organisation,
    enums::{ServiceKind, ServiceStatus, TargetGroup, Weekday, stored, stored_list},
    organisation::channels,
    to_id,
};
use crate::{
    ApiResult,
    loader::{OrganisationLoader, load_one},
};

/// One weekly opening period, in the service's time zone.
#[derive(SimpleObject)]
pub struct WeeklyHours {
    /// Day of the week.
    pub day: Weekday,
    /// Opening time, `HH:MM`.
    pub opens: String,
    /// Closing time, `HH:MM`.
    pub closes: String,
}

/// A dated exception to the weekly hours.
#[derive(SimpleObject)]
pub struct HoursException {
    /// The date.
    pub date: NaiveDate,
    /// Closed all day.
    pub closed: bool,
    /// Opening time that day, `HH:MM`.
    pub opens: Option<String>,
    /// Closing time that day, `HH:MM`.
    pub closes: Option<String>,
    /// Why.
    pub note: Option<String>,
}

/// Weekly hours and their exceptions.
#[derive(SimpleObject)]
pub struct OpeningHours {
    /// The regular week.
    pub weekly: Vec<WeeklyHours>,
    /// Dated exceptions.
    pub exceptions: Vec<HoursException>,
}

/// A service: phone line, chat, group, meeting…
pub struct Service(pub service::Model);

impl Service {
    fn hours_value(&self) -> Option<DomainHours> {
        self.0
            .hours
            .as_ref()
            .and_then(|h| serde_json::from_value(h.clone()).ok())
    }
}

#[Object]
impl Service {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// Its name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// What kind of service it is.
    async fn kind(&self) -> Option<ServiceKind> {
        stored(verkosto_domain::ServiceKind::parse, &self.0.kind)
    }

    /// What it offers.
    async fn description(&self) -> &str {
        &self.0.description
    }

    /// Whether it takes clients now.
    async fn status(&self) -> Option<ServiceStatus> {
        stored(verkosto_domain::ServiceStatus::parse, &self.0.status)
    }

    /// Whether anonymous visitors may see it.
    async fn public(&self) -> bool {
        self.0.public
    }

    /// The organisation offering it.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        Ok(
            load_one::<OrganisationLoader, _>(ctx, self.0.organisation_id)
                .await?
                .map(Organisation),
        )
    }

    /// How to reach it.
    async fn channels(&self) -> Vec<Channel> {
        channels(&self.0.channels)
    }

    /// Languages it is offered in (ISO 639 codes).
    async fn languages(&self) -> Vec<String> {
        serde_json::from_value(self.0.languages.clone()).unwrap_or_default()
    }

    /// Who it is for.
    async fn target_groups(&self) -> Vec<TargetGroup> {
        stored_list::<verkosto_domain::TargetGroup, TargetGroup>(&self.0.target_groups)
    }

    /// Who may use it and how.
    async fn eligibility(&self) -> &str {
        &self.0.eligibility
    }

    /// Free of charge.
    async fn is_free(&self) -> bool {
        self.0.is_free
    }

    /// Usable without giving one's name.
    async fn is_anonymous(&self) -> bool {
        self.0.is_anonymous
    }

    /// Needs a referral.
    async fn referral_required(&self) -> bool {
        self.0.referral_required
    }

    /// When its details were last confirmed.
    async fn assured_on(&self) -> Option<NaiveDate> {
        self.0.assured_on
    }

    /// When it last changed (an edit form sends it back as `ifUnchangedSince`).
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// Not confirmed for over 12 months (or never): pathways using it need a look.
    async fn is_stale(&self) -> bool {
        let year_ago = Utc::now().date_naive().checked_sub_months(Months::new(12));
        match (self.0.assured_on, year_ago) {
            (Some(assured), Some(limit)) => assured < limit,
            _ => true,
        }
    }

    /// Weekly hours with exceptions, when it has hours.
    async fn hours(&self) -> Option<OpeningHours> {
        self.hours_value().map(|h| OpeningHours {
            weekly: h
                .weekly
                .into_iter()
                .map(|p| WeeklyHours {
                    day: p.day.into(),
                    opens: p.opens.format("%H:%M").to_string(),
                    closes: p.closes.format("%H:%M").to_string(),
                })
                .collect(),
            exceptions: h
                .exceptions
                .into_iter()
                .map(|e| HoursException {
                    date: e.date,
                    closed: e.closed,
                    opens: e.opens.map(|t| t.format("%H:%M").to_string()),
                    closes: e.closes.map(|t| t.format("%H:%M").to_string()),
                    note: e.note,
                })
                .collect(),
        })
    }

    /// IANA time zone of its hours.
    async fn time_zone(&self) -> &str {
        &self.0.time_zone
    }

    /// Open at this moment (false when it has no hours or is temporarily closed).
    async fn open_now(&self) -> bool {
        let tz: Tz = self
            .0
            .time_zone
            .parse()
            .unwrap_or(chrono_tz::Europe::Helsinki);
        self.0.status == verkosto_domain::ServiceStatus::Active.as_str()
            && self
                .hours_value()
                .is_some_and(|h| h.is_open_at(Utc::now(), tz))
    }
}
