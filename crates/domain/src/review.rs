//! When a published pathway needs a review because of the services its steps use.
//!
//! A change to a service's channels, hours, status or eligibility is stored as a flag on each
//! published pathway using it, until the pathway is published again or marked reviewed. A stale
//! service (details not assured for 12 months) or a temporarily closed one is judged when read:
//! the flag lasts exactly as long as the condition.

use chrono::{Months, NaiveDate};

use crate::ServiceStatus;

/// How long a service's assured details stay fresh.
pub const ASSURANCE_MONTHS: u32 = 12;

/// The service fields whose change flags the pathways using the service, as the API names them.
pub const REVIEWED_SERVICE_FIELDS: [&str; 4] = ["channels", "hours", "status", "eligibility"];

/// Why a pathway needs a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReviewReason {
    /// A service a step uses changed its channels, hours, status or eligibility.
    ServiceChanged,
    /// A service a step uses was last assured more than 12 months ago.
    ServiceAssuranceOld,
    /// A service a step uses is temporarily closed.
    ServiceTemporarilyClosed,
}

/// Whether details assured on `assured_on` are older than [`ASSURANCE_MONTHS`] on `today`.
/// A service never assured has no date to be old; it is not flagged.
pub fn assurance_is_old(assured_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    let limit = today
        .checked_sub_months(Months::new(ASSURANCE_MONTHS))
        .unwrap_or(NaiveDate::MIN);
    assured_on.is_some_and(|assured| assured < limit)
}

/// The read-time reasons a service in `status`, assured on `assured_on`, gives on `today`.
pub fn service_reasons(
    status: ServiceStatus,
    assured_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Vec<ReviewReason> {
    let mut reasons = Vec::new();
    if assurance_is_old(assured_on, today) {
        reasons.push(ReviewReason::ServiceAssuranceOld);
    }
    if status == ServiceStatus::TemporarilyClosed {
        reasons.push(ReviewReason::ServiceTemporarilyClosed);
    }
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn details_assured_twelve_months_ago_to_the_day_are_still_fresh() {
        let today = day("2026-11-23");
        assert!(!assurance_is_old(Some(day("2025-11-23")), today));
        assert!(assurance_is_old(Some(day("2025-11-22")), today));
        assert!(!assurance_is_old(None, today));
    }

    #[test]
    fn a_closed_stale_service_gives_both_reasons() {
        assert_eq!(
            service_reasons(
                ServiceStatus::TemporarilyClosed,
                Some(day("2024-01-01")),
                day("2026-11-23")
            ),
            vec![
                ReviewReason::ServiceAssuranceOld,
                ReviewReason::ServiceTemporarilyClosed
            ]
        );
    }
}
