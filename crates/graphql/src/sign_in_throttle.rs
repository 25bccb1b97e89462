//! Password guessing, slowed down.
//!
//! After [`FREE_FAILURES`] wrong passwords for one e-mail address, that address waits a minute
//! before the next try, then two, four… up to fifteen, until a sign-in with it succeeds or a day
//! passes without a wrong one. Unknown addresses are counted alike, so a pause does not tell
//! whether an account exists; a try during a pause is refused before its password is hashed. The
//! counts live in this process's memory: a restart forgets them, and each server process of a
//! shared database counts on its own.

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

use verkosto_domain::{DomainError, msg};

/// Wrong passwords an address may have before it has to wait.
pub const FREE_FAILURES: u32 = 5;

/// The first wait; each further wrong password doubles it.
const FIRST_PAUSE: Duration = Duration::from_secs(60);

/// The longest wait.
const LONGEST_PAUSE: Duration = Duration::from_secs(15 * 60);

/// Wrong passwords older than this are forgotten.
const FORGET_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

/// Addresses kept before forgotten ones are swept out (someone trying many addresses).
const SWEEP_AT: usize = 10_000;

/// Wrong passwords by e-mail address (see the module).
#[derive(Default)]
pub struct SignInThrottle {
    failures: Mutex<HashMap<String, Failures>>,
}

#[derive(Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
}

impl Failures {
    /// When the address may try again, if it has to wait.
    fn paused_until(self) -> Option<Instant> {
        let doublings = self.count.checked_sub(FREE_FAILURES)?;
        let pause = FIRST_PAUSE
            .checked_mul(1 << doublings.min(16))
            .map_or(LONGEST_PAUSE, |pause| pause.min(LONGEST_PAUSE));
        Some(self.last + pause)
    }
}

impl SignInThrottle {
    /// Refuses a try for `email` while it has to wait; `field` is the password's input field.
    pub fn check(&self, email: &str, field: &str) -> Result<(), DomainError> {
        self.check_at(email, field, Instant::now())
    }

    /// Counts a wrong password for `email`.
    pub fn failed(&self, email: &str) {
        self.failed_at(email, Instant::now());
    }

    /// Forgets the wrong passwords of `email`: its owner has just proven who they are.
    pub fn succeeded(&self, email: &str) {
        self.lock().remove(&key(email));
    }

    fn check_at(&self, email: &str, field: &str, now: Instant) -> Result<(), DomainError> {
        let Some(until) = self
            .lock()
            .get(&key(email))
            .and_then(|failures| failures.paused_until())
            .filter(|until| *until > now)
        else {
            return Ok(());
        };
        let minutes = (until - now).as_secs().div_ceil(60).max(1);
        Err(DomainError::invalid(
            field,
            msg!("sign-in-paused", minutes = minutes),
        ))
    }

    fn failed_at(&self, email: &str, now: Instant) {
        let mut failures = self.lock();
        if failures.len() >= SWEEP_AT {
            failures.retain(|_, failures| now.duration_since(failures.last) < FORGET_AFTER);
        }
        let entry = failures.entry(key(email)).or_insert(Failures {
            count: 0,
            last: now,
        });
        if now.duration_since(entry.last) >= FORGET_AFTER {
            entry.count = 0;
        }
        entry.count += 1;
        entry.last = now;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Failures>> {
        // The map stays whole if a holder panicked: every change to it is one statement.
        self.failures
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Addresses as the accounts keep them: trimmed, lower case.
fn key(email: &str) -> String {
    email.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSWORD: &str = "password";

    fn fail(throttle: &SignInThrottle, email: &str, times: u32, at: Instant) {
        for _ in 0..times {
            throttle.failed_at(email, at);
        }
    }

    fn wait_minutes(throttle: &SignInThrottle, email: &str, at: Instant) -> Option<String> {
        throttle
            .check_at(email, PASSWORD, at)
            .err()
            .map(|err| err.render(verkosto_domain::Language::English))
    }

    #[test]
    fn five_wrong_passwords_are_free_then_the_address_waits_a_minute() {
        let throttle = SignInThrottle::default();
        let start = Instant::now();
        fail(&throttle, "a@example.org", FREE_FAILURES - 1, start);
        assert_eq!(wait_minutes(&throttle, "a@example.org", start), None);
        fail(&throttle, "a@example.org", 1, start);
        let refused = wait_minutes(&throttle, "a@example.org", start).unwrap();
        assert!(refused.starts_with("password: "), "{refused}");
        assert!(refused.contains("1 min"), "{refused}");
        // The same address however it is written; other addresses go on.
        assert!(wait_minutes(&throttle, " A@Example.org ", start).is_some());
        assert_eq!(wait_minutes(&throttle, "b@example.org", start), None);
        let after = start + Duration::from_secs(60);
        assert_eq!(wait_minutes(&throttle, "a@example.org", after), None);
    }

    #[test]
    fn each_further_wrong_password_doubles_the_wait_up_to_fifteen_minutes() {
        let throttle = SignInThrottle::default();
        let mut now = Instant::now();
        fail(&throttle, "a@example.org", FREE_FAILURES, now);
        let mut waits = Vec::new();
        for _ in 0..6 {
            let until = throttle.lock()["a@example.org"].paused_until().unwrap();
            waits.push((until - now).as_secs() / 60);
            now = until;
            assert_eq!(wait_minutes(&throttle, "a@example.org", now), None);
            fail(&throttle, "a@example.org", 1, now);
        }
        assert_eq!(waits, [1, 2, 4, 8, 15, 15]);
    }

    #[test]
    fn a_success_or_a_quiet_day_forgets_the_wrong_passwords() {
        let throttle = SignInThrottle::default();
        let start = Instant::now();
        fail(&throttle, "a@example.org", FREE_FAILURES, start);
        throttle.succeeded("A@example.org");
        assert_eq!(wait_minutes(&throttle, "a@example.org", start), None);

        fail(&throttle, "a@example.org", FREE_FAILURES - 1, start);
        let next_day = start + FORGET_AFTER;
        fail(&throttle, "a@example.org", 1, next_day);
        assert_eq!(wait_minutes(&throttle, "a@example.org", next_day), None);
    }

    #[test]
    fn many_addresses_tried_once_are_swept_out_after_a_day() {
        let throttle = SignInThrottle::default();
        let start = Instant::now();
        for i in 0..SWEEP_AT {
            throttle.failed_at(&format!("{i}@example.org"), start);
        }
        fail(&throttle, "late@example.org", 1, start + FORGET_AFTER);
        assert_eq!(throttle.lock().len(), 1);
    }
}
