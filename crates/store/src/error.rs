//! `StoreError`: domain refusals and database failures, with named unique violations as conflicts.

use sea_orm::{DbErr, SqlErr};
use verkosto_domain::{DomainError, Message};

/// What a repository call can fail with.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A rule of the domain refused the change (bad input, not found, conflict…).
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// The database failed; the message is for logs, never for clients.
    #[error("database error while trying to {context}: {source}")]
    Db {
        context: &'static str,
        #[source]
        source: DbErr,
    },
    /// Password hashing failed.
    #[error("password hashing failed: {0}")]
    Hash(String),
}

/// Result with a [`StoreError`].
pub type StoreResult<T> = Result<T, StoreError>;

/// Adds what the store was doing to a database error.
pub(crate) trait DbContext<T> {
    /// Wraps the error with `context`.
    fn context(self, context: &'static str) -> StoreResult<T>;
    /// Turns a unique-constraint violation into `Conflict(message)`, other errors into `Db`.
    fn conflict_on_unique(self, context: &'static str, message: Message) -> StoreResult<T>;
}

impl<T> DbContext<T> for Result<T, DbErr> {
    fn context(self, context: &'static str) -> StoreResult<T> {
        self.map_err(|source| StoreError::Db { context, source })
    }

    fn conflict_on_unique(self, context: &'static str, message: Message) -> StoreResult<T> {
        self.map_err(|source| match source.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => {
                StoreError::Domain(DomainError::conflict(message))
            }
            _ => StoreError::Db { context, source },
        })
    }
}
