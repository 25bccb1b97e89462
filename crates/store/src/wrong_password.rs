//! Wrong passwords by e-mail address, for the wait after too many of them.
//!
//! The rules are in `verkosto_domain::sign_in_wait`. A row holds the address's SHA-256 hash,
//! never the address: whatever someone typed at the sign-in form is not kept.

use chrono::Utc;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter, Set,
    sea_query::{Expr, OnConflict},
};
use verkosto_domain::sign_in_wait::{FORGET_WRONG_PASSWORDS_AFTER, refusal, waits_until};

use crate::{
    Store, StoreResult,
    credentials::{token_hash, verify_password},
    entity::wrong_password,
    error::DbContext,
};

impl Store {
    /// Checks `password` against the `stored` hash of `email`'s account (none for an unknown
    /// address, which takes as long). While the address waits the try is refused at `field`
    /// unchecked; a wrong password counts toward the wait.
    pub async fn check_password(
        &self,
        email: &str,
        stored: Option<String>,
        password: &str,
        field: &str,
    ) -> StoreResult<bool> {
        self.check_sign_in_wait(email, field).await?;
        let ok = verify_password(stored, password).await?;
        if !ok {
            self.count_wrong_password(email).await?;
        }
        Ok(ok)
    }

    /// Refuses a password try for `email` while the address waits.
    async fn check_sign_in_wait(&self, email: &str, field: &str) -> StoreResult<()> {
        let found = wrong_password::Entity::find_by_id(address_hash(email))
            .one(&self.db)
            .await
            .context("look up the wrong passwords")?;
        let now = Utc::now();
        match found.and_then(|row| waits_until(row.count, row.last_at)) {
            Some(until) if until > now => Err(refusal(field, until, now).into()),
            _ => Ok(()),
        }
    }

    /// Counts a wrong password for `email`; wrong passwords a day old are forgotten.
    async fn count_wrong_password(&self, email: &str) -> StoreResult<()> {
        let now = Utc::now();
        let tx = self.write().await?;
        wrong_password::Entity::delete_many()
            .filter(wrong_password::Column::LastAt.lt(now - FORGET_WRONG_PASSWORDS_AFTER))
            .exec(&tx.txn)
            .await
            .context("forget old wrong passwords")?;
        let first = wrong_password::ActiveModel {
            address_hash: Set(address_hash(email)),
            count: Set(1),
            last_at: Set(now),
        };
        wrong_password::Entity::insert(first)
            .on_conflict(
                OnConflict::column(wrong_password::Column::AddressHash)
                    .value(
                        wrong_password::Column::Count,
                        Expr::col((wrong_password::Entity, wrong_password::Column::Count)).add(1),
                    )
                    .update_column(wrong_password::Column::LastAt)
                    .to_owned(),
            )
            .exec(&tx.txn)
            .await
            .context("count a wrong password")?;
        tx.commit().await
    }
}

/// Forgets the wrong passwords of `email`: its owner has just proven who they are, or has a new
/// password.
pub(crate) async fn forget_wrong_passwords(
    conn: &impl ConnectionTrait,
    email: &str,
) -> StoreResult<()> {
    wrong_password::Entity::delete_by_id(address_hash(email))
        .exec(conn)
        .await
        .context("forget the wrong passwords")?;
    Ok(())
}

/// The key of an address: the hash of the address as accounts keep it (trimmed, lower case).
fn address_hash(email: &str) -> String {
    token_hash(&email.trim().to_lowercase())
}
