//! Inputs for services and their weekly hours.

use async_graphql::InputObject;
use chrono::{NaiveDate, NaiveTime};
use verkosto_domain::{
    hours::{HoursException, OpeningHours, WeeklyHours, parse_time_zone},
    msg,
    text::{DESCRIPTION_MAX, LanguageCode},
};
use verkosto_store::service::ServiceFields;

use super::{ChannelInput, name, organisation::parse_channels, text};
use crate::{
    ApiError, ApiResult,
    object::enums::{ServiceKind, ServiceStatus, TargetGroup, Weekday},
};

/// One weekly period.
#[derive(InputObject)]
pub struct WeeklyHoursInput {
    /// Day of the week.
    pub day: Weekday,
    /// Opening time, `HH:MM`.
    pub opens: String,
    /// Closing time, `HH:MM`.
    pub closes: String,
}

/// A dated exception.
#[derive(InputObject)]
pub struct HoursExceptionInput {
    /// The date.
    pub date: NaiveDate,
    /// Closed all day.
    #[graphql(default)]
    pub closed: bool,
    /// Opening time that day, `HH:MM`.
    pub opens: Option<String>,
    /// Closing time that day, `HH:MM`.
    pub closes: Option<String>,
    /// Why.
    pub note: Option<String>,
}

/// Weekly hours and exceptions.
#[derive(InputObject)]
pub struct OpeningHoursInput {
    /// The regular week.
    #[graphql(default)]
    pub weekly: Vec<WeeklyHoursInput>,
    /// Dated exceptions.
    #[graphql(default)]
    pub exceptions: Vec<HoursExceptionInput>,
}

fn time(field: &str, value: &str) -> ApiResult<NaiveTime> {
    NaiveTime::parse_from_str(value.trim(), "%H:%M")
        .map_err(|_| ApiError::invalid(field, msg!("hours-time-invalid", input = value)))
}

impl OpeningHoursInput {
    fn parse(&self, field: &str) -> ApiResult<OpeningHours> {
        let weekly = self
            .weekly
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let at = format!("{field}.weekly.{i}");
                Ok(WeeklyHours {
                    day: p.day.into(),
                    opens: time(&format!("{at}.opens"), &p.opens)?,
                    closes: time(&format!("{at}.closes"), &p.closes)?,
                })
            })
            .collect::<ApiResult<Vec<_>>>()?;
        let exceptions = self
            .exceptions
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let at = format!("{field}.exceptions.{i}");
                Ok(HoursException {
                    date: e.date,
                    closed: e.closed,
                    opens: e
                        .opens
                        .as_deref()
                        .map(|t| time(&format!("{at}.opens"), t))
                        .transpose()?,
                    closes: e
                        .closes
                        .as_deref()
                        .map(|t| time(&format!("{at}.closes"), t))
                        .transpose()?,
                    note: e.note.clone().filter(|n| !n.trim().is_empty()),
                })
            })
            .collect::<ApiResult<Vec<_>>>()?;
        Ok(OpeningHours { weekly, exceptions }.validate(field)?)
    }
}

/// A service's values.
#[derive(InputObject)]
pub struct ServiceInput {
    /// Its name.
    pub name: String,
    /// What kind of service it is.
    pub kind: ServiceKind,
    /// What it offers.
    pub description: Option<String>,
    /// Whether it takes clients now (default active).
    pub status: Option<ServiceStatus>,
    /// Whether anonymous visitors may see it.
    #[graphql(default)]
    pub public: bool,
    /// How to reach it.
    #[graphql(default)]
    pub channels: Vec<ChannelInput>,
    /// Languages (ISO 639 codes like fi, sv, nb, en, se).
    #[graphql(default)]
    pub languages: Vec<String>,
    /// Who it is for.
    #[graphql(default)]
    pub target_groups: Vec<TargetGroup>,
    /// Who may use it and how.
    pub eligibility: Option<String>,
    /// Free of charge.
    #[graphql(default)]
    pub is_free: bool,
    /// Usable without giving one's name.
    #[graphql(default)]
    pub is_anonymous: bool,
    /// Needs a referral.
    #[graphql(default)]
    pub referral_required: bool,
    /// When its details were last confirmed.
    pub assured_on: Option<NaiveDate>,
    /// Weekly hours with exceptions.
    pub hours: Option<OpeningHoursInput>,
    /// IANA time zone of its hours (default Europe/Helsinki).
    pub time_zone: Option<String>,
}

impl ServiceInput {
    /// Validates every field.
    pub fn parse(&self) -> ApiResult<ServiceFields> {
        let mut target_groups: Vec<verkosto_domain::TargetGroup> =
            self.target_groups.iter().map(|t| (*t).into()).collect();
        target_groups.dedup();
        Ok(ServiceFields {
            name: name("name", &self.name)?,
            kind: self.kind.into(),
            description: text("description", self.description.as_deref(), DESCRIPTION_MAX)?,
            status: self
                .status
                .map_or(verkosto_domain::ServiceStatus::Active, Into::into),
            public: self.public,
            channels: parse_channels("channels", &self.channels)?,
            languages: self
                .languages
                .iter()
                .enumerate()
                .map(|(i, l)| Ok(LanguageCode::parse(&format!("languages.{i}"), l)?))
                .collect::<ApiResult<Vec<_>>>()?,
            target_groups,
            eligibility: text("eligibility", self.eligibility.as_deref(), DESCRIPTION_MAX)?,
            is_free: self.is_free,
            is_anonymous: self.is_anonymous,
            referral_required: self.referral_required,
            assured_on: self.assured_on,
            hours: self.hours.as_ref().map(|h| h.parse("hours")).transpose()?,
            time_zone: match &self.time_zone {
                Some(tz) => parse_time_zone("timeZone", tz)?.name().to_owned(),
                None => "Europe/Helsinki".to_owned(),
            },
        })
    }
}
