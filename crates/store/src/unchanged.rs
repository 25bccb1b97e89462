//! Edits that replace a whole record name the `updatedAt` their form was read at; a change saved
//! by someone else since then is refused instead of overwritten (optimistic concurrency). The
//! record is loaded `FOR UPDATE` (PostgreSQL) in the writing transaction, so two saves of the
//! same reading cannot both pass; SQLite has one writer at a time.

use chrono::{DateTime, Utc};
use verkosto_domain::{DomainError, msg};

/// Refuses with `CONFLICT` when the record changed since `read_at` (no check without one).
///
/// Compared to the microsecond: PostgreSQL keeps no finer, so a value read back from it equals
/// the one a form was given.
pub(crate) fn unchanged_since(
    read_at: Option<DateTime<Utc>>,
    updated_at: DateTime<Utc>,
) -> Result<(), DomainError> {
    match read_at {
        Some(read) if read.timestamp_micros() != updated_at.timestamp_micros() => {
            Err(DomainError::conflict(msg!("changed-since-read")))
        }
        _ => Ok(()),
    }
}
