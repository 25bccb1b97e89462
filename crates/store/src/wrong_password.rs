//! Wrong passwords by e-mail address, for the wait after too many of them.
//!
//! The rules are in `verkosto_domain::sign_in_wait`. A row holds the address's SHA-256 hash,
//! never the address: whatever someone typed at the sign-in form is not kept.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, QueryFilter,
    QuerySelect, Set, sea_query::Expr,
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
    ///
    /// A try counts before the slow check and is given back when the password is right, so
    /// simultaneous guesses, on one server or many, get no more tries than guesses one by one.
    pub async fn check_password(
        &self,
        email: &str,
        stored: Option<String>,
        password: &str,
        field: &str,
    ) -> StoreResult<bool> {
        self.count_try(email, field).await?;
        let ok = verify_password(stored, password).await?;
        if ok {
            self.give_back_try(email).await?;
        }
        Ok(ok)
    }

    /// Counts a password try for `email`, or refuses it at `field` while the address waits.
    /// Wrong passwords a day old are forgotten first.
    async fn count_try(&self, email: &str, field: &str) -> StoreResult<()> {
        let now = Utc::now();
        let key = address_hash(email);
        let tx = self.write().await?;
        wrong_password::Entity::delete_many()
            .filter(wrong_password::Column::LastAt.lt(now - FORGET_WRONG_PASSWORDS_AFTER))
            .exec(&tx.txn)
            .await
            .context("forget old wrong passwords")?;
        let none_yet = wrong_password::ActiveModel {
            address_hash: Set(key.clone()),
            count: Set(0),
            last_at: Set(now),
        };
        wrong_password::Entity::insert(none_yet)
            .on_conflict_do_nothing()
            .exec_without_returning(&tx.txn)
            .await
            .context("start counting wrong passwords")?;
        // Tries for the address take turns from here to the commit.
        let row = wrong_password::Entity::find_by_id(key)
            .lock_exclusive()
            .one(&tx.txn)
            .await
            .and_then(|row| row.ok_or_else(|| DbErr::RecordNotFound("wrong_password".into())))
            .context("look up the wrong passwords")?;
        if let Some(until) = waits_until(row.count, row.last_at).filter(|until| *until > now) {
            return Err(refusal(field, until, now).into());
        }
        let counted = wrong_password::ActiveModel {
            count: Set(row.count + 1),
            last_at: Set(now),
            ..row.into()
        };
        counted
            .update(&tx.txn)
            .await
            .context("count a password try")?;
        tx.commit().await
    }

    /// Gives back the try of a right password: it is not a wrong one.
    async fn give_back_try(&self, email: &str) -> StoreResult<()> {
        let tx = self.write().await?;
        wrong_password::Entity::update_many()
            .col_expr(
                wrong_password::Column::Count,
                Expr::col(wrong_password::Column::Count).sub(1),
            )
            .filter(wrong_password::Column::AddressHash.eq(address_hash(email)))
            .filter(wrong_password::Column::Count.gt(0))
            .exec(&tx.txn)
            .await
            .context("give back a password try")?;
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
