//! How long an e-mail address waits after wrong passwords.
//!
//! After [`FREE_WRONG_PASSWORDS`] wrong passwords for an address (at sign-in, or as the current
//! password when changing it) the next try waits a minute, then two, four… up to fifteen, until a
//! sign-in with it succeeds, a reset link is used, or a day passes without a wrong one. The store
//! keeps the counts in the database, so every server process of a shared database counts
//! together, and a restart forgets nothing.

use chrono::{DateTime, Duration, Utc};

use crate::{DomainError, msg};

/// Wrong passwords an address may have before it has to wait.
pub const FREE_WRONG_PASSWORDS: i32 = 5;

/// Wrong passwords older than this are forgotten.
pub const FORGET_WRONG_PASSWORDS_AFTER: Duration = Duration::hours(24);

/// The first wait; each further wrong password doubles it.
const FIRST_WAIT: Duration = Duration::minutes(1);

/// The longest wait.
const LONGEST_WAIT: Duration = Duration::minutes(15);

/// Until when an address with `wrong` wrong passwords, the last at `last`, has to wait; `None`
/// within the free ones.
pub fn waits_until(wrong: i32, last: DateTime<Utc>) -> Option<DateTime<Utc>> {
    if wrong < FREE_WRONG_PASSWORDS {
        return None;
    }
    let doublings = (wrong - FREE_WRONG_PASSWORDS).min(4);
    Some(last + (FIRST_WAIT * (1 << doublings)).min(LONGEST_WAIT))
}

/// The refusal of a try at `now` while the address waits until `until`, said at `field` (the
/// password's input).
pub fn refusal(field: &str, until: DateTime<Utc>, now: DateTime<Utc>) -> DomainError {
    let seconds = (until - now).num_seconds().max(1);
    let minutes = (seconds + 59) / 60;
    DomainError::invalid(field, msg!("sign-in-paused", minutes = minutes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;

    #[test]
    fn five_wrong_passwords_are_free_then_each_doubles_the_wait_up_to_fifteen_minutes() {
        let last = Utc::now();
        let waits: Vec<_> = (1..=12)
            .map(|wrong| waits_until(wrong, last).map(|until| (until - last).num_minutes()))
            .collect();
        let none = [None; 4];
        assert_eq!(waits[..4], none);
        assert_eq!(
            waits[4..],
            [1, 2, 4, 8, 15, 15, 15, 15].map(Some),
            "after the fifth"
        );
    }

    #[test]
    fn the_refusal_says_at_the_field_how_many_minutes_are_left_rounded_up() {
        let now = Utc::now();
        let said = |left: Duration| refusal("password", now + left, now).render(Language::English);
        assert_eq!(
            said(Duration::seconds(61)),
            "password: too many wrong passwords for this address: try again in 2 min"
        );
        assert!(said(Duration::seconds(60)).ends_with("in 1 min"));
        assert!(said(Duration::milliseconds(10)).ends_with("in 1 min"));
    }
}
