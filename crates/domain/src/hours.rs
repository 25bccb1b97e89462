//! Weekly opening or phone hours with dated exceptions, and "open now" in the service's time zone.

use chrono::{DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::{DomainError, Weekday, msg, text::Name};

/// One weekly opening period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyHours {
    /// The day of the week.
    pub day: Weekday,
    /// Opening time, local.
    pub opens: NaiveTime,
    /// Closing time, local; after `opens`.
    pub closes: NaiveTime,
}

/// A dated exception: closed all day, or different hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursException {
    /// The date it applies to.
    pub date: NaiveDate,
    /// Closed all day.
    pub closed: bool,
    /// Opening time that day, when open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens: Option<NaiveTime>,
    /// Closing time that day, when open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes: Option<NaiveTime>,
    /// Why ("Jouluaatto").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Weekly hours and exceptions, validated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    /// The regular week.
    pub weekly: Vec<WeeklyHours>,
    /// Dated exceptions to the week.
    #[serde(default)]
    pub exceptions: Vec<HoursException>,
}

impl OpeningHours {
    /// Checks every period (`opens` before `closes`) and exception; `field` names the input.
    pub fn validate(self, field: &str) -> Result<Self, DomainError> {
        for (i, period) in self.weekly.iter().enumerate() {
            if period.opens >= period.closes {
                return Err(DomainError::invalid(
                    format!("{field}.weekly.{i}"),
                    msg!(
                        "hours-closes-before-opening",
                        opens = period.opens.format("%H:%M").to_string(),
                        closes = period.closes.format("%H:%M").to_string(),
                    ),
                ));
            }
        }
        for (i, exception) in self.exceptions.iter().enumerate() {
            let at = format!("{field}.exceptions.{i}");
            match (exception.closed, exception.opens, exception.closes) {
                (true, None, None) => {}
                (true, _, _) => {
                    return Err(DomainError::invalid(
                        at,
                        msg!("hours-closed-day-with-times"),
                    ));
                }
                (false, Some(opens), Some(closes)) if opens < closes => {}
                (false, _, _) => {
                    return Err(DomainError::invalid(
                        at,
                        msg!("hours-open-exception-needs-times"),
                    ));
                }
            }
            if let Some(note) = &exception.note {
                Name::parse(&format!("{at}.note"), note)?;
            }
        }
        Ok(self)
    }

    /// Whether the service is open at `now` in time zone `tz`.
    pub fn is_open_at(&self, now: DateTime<Utc>, tz: Tz) -> bool {
        let local = now.with_timezone(&tz);
        let (date, time) = (local.date_naive(), local.time());
        if let Some(exception) = self.exceptions.iter().find(|e| e.date == date) {
            return match (exception.closed, exception.opens, exception.closes) {
                (false, Some(opens), Some(closes)) => opens <= time && time < closes,
                _ => false,
            };
        }
        let day = Weekday::ALL[local.weekday().num_days_from_monday() as usize];
        self.weekly
            .iter()
            .any(|p| p.day == day && p.opens <= time && time < p.closes)
    }
}

/// Parses an IANA time zone name such as `Europe/Helsinki`.
pub fn parse_time_zone(field: &str, input: &str) -> Result<Tz, DomainError> {
    input
        .trim()
        .parse::<Tz>()
        .map_err(|_| DomainError::invalid(field, msg!("time-zone-invalid", input = input)))
}

/// The instant of a wall-clock time `input` (`2026-12-01T18:00`) in `zone`. A time that does
/// not exist there (the clocks jump forward over it) or happens twice (they go back) is refused,
/// naming `field`.
pub fn local_to_utc(field: &str, input: &str, zone: Tz) -> Result<DateTime<Utc>, DomainError> {
    let text = input.trim();
    let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| DomainError::invalid(field, msg!("local-time-invalid", input = input)))?;
    match zone.from_local_datetime(&local) {
        LocalResult::Single(at) => Ok(at.with_timezone(&Utc)),
        LocalResult::None => Err(DomainError::invalid(
            field,
            msg!("local-time-skipped", text = text, zone = zone.name()),
        )),
        LocalResult::Ambiguous(..) => Err(DomainError::invalid(
            field,
            msg!("local-time-repeated", text = text, zone = zone.name()),
        )),
    }
}

/// `at` as a wall-clock time in `zone`, like `2026-12-01T18:00`.
pub fn utc_to_local(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone).format("%Y-%m-%dT%H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_follow_the_zone_and_refuse_dst_gaps_and_overlaps() {
        let helsinki: Tz = "Europe/Helsinki".parse().unwrap();
        let winter = local_to_utc("startsAt", "2027-01-15T18:00", helsinki).unwrap();
        assert_eq!(winter.to_rfc3339(), "2027-01-15T16:00:00+00:00");
        let summer = local_to_utc("startsAt", "2027-07-15T18:00", helsinki).unwrap();
        assert_eq!(summer.to_rfc3339(), "2027-07-15T15:00:00+00:00");
        assert_eq!(utc_to_local(summer, helsinki), "2027-07-15T18:00");
        // 28 March 2027: 03:00 → 04:00 in Helsinki; 31 October 2027: 04:00 → 03:00.
        let gap = local_to_utc("startsAt", "2027-03-28T03:30", helsinki).unwrap_err();
        assert!(gap.to_string().contains("does not exist"), "{gap}");
        let twice = local_to_utc("startsAt", "2027-10-31T03:30", helsinki).unwrap_err();
        assert!(twice.to_string().contains("happens twice"), "{twice}");
        assert!(local_to_utc("startsAt", "ensi tiistaina", helsinki).is_err());
    }

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn a_period_that_closes_before_it_opens_is_refused() {
        let hours = OpeningHours {
            weekly: vec![WeeklyHours {
                day: Weekday::Mon,
                opens: t(15, 0),
                closes: t(9, 0),
            }],
            exceptions: vec![],
        };
        let err = hours.validate("hours").unwrap_err();
        assert!(err.to_string().starts_with("hours.weekly.0:"), "{err}");
    }

    #[test]
    fn open_now_follows_the_week_and_its_exceptions_in_local_time() {
        let hours = OpeningHours {
            weekly: vec![WeeklyHours {
                day: Weekday::Thu,
                opens: t(9, 0),
                closes: t(15, 0),
            }],
            exceptions: vec![HoursException {
                date: NaiveDate::from_ymd_opt(2026, 12, 24).unwrap(),
                closed: true,
                opens: None,
                closes: None,
                note: Some("Jouluaatto".into()),
            }],
        };
        let tz: Tz = "Europe/Helsinki".parse().unwrap();
        // Thursday 2026-11-26 10:00 in Helsinki is 08:00 UTC.
        let thursday = "2026-11-26T08:00:00Z".parse().unwrap();
        assert!(hours.is_open_at(thursday, tz));
        // Thursday 2026-12-24 is closed by its exception.
        let christmas_eve = "2026-12-24T08:00:00Z".parse().unwrap();
        assert!(!hours.is_open_at(christmas_eve, tz));
    }
}
