//! Password resets: a person who forgot their password asks for a link by e-mail.
//!
//! Its token has 256 random bits, is stored only as its SHA-256 hash, works once and for an
//! hour; using it sets the new password, signs the person out everywhere, ends the wait after
//! wrong passwords and opens one session.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, sea_query::Expr,
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{
    DomainError, PersonId, msg,
    text::{Email, NewPassword},
};

use crate::{
    Store, StoreResult,
    audit::{Change, record},
    credentials::{hash_password, new_token, token_hash},
    entity::{password_reset, person},
    error::DbContext,
    person::end_sessions,
    session::{IssuedSession, open_session_on},
    wrong_password::forget_wrong_passwords,
};

/// How long a reset link works.
pub const PASSWORD_RESET_LIFETIME: Duration = Duration::hours(1);

/// At most this many links per account in [`PASSWORD_RESET_LIFETIME`]; further requests send nothing.
pub const PASSWORD_RESETS_PER_LIFETIME: u64 = 3;

/// A reset link issued for `person`; `token` is shown once (in the mail) and stored hashed.
#[derive(Debug, Clone)]
pub struct IssuedReset {
    /// Whose password the link resets (their address and language write the mail).
    pub person: person::Model,
    /// The opaque token for the link.
    pub token: String,
}

/// Where a reset link stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResetLinkState {
    /// It sets a new password once.
    Usable,
    /// It, or a later link of the account, was used.
    Used,
    /// Its hour has passed.
    Expired,
    /// No such link, or its account is disabled.
    Unknown,
}

impl ResetLinkState {
    /// Why a link in this state cannot be used.
    fn refusal(self) -> DomainError {
        let reason = match self {
            Self::Usable | Self::Unknown => msg!("password-reset-unknown"),
            Self::Used => msg!("password-reset-used"),
            Self::Expired => msg!("password-reset-expired"),
        };
        DomainError::invalid("token", reason)
    }
}

/// The person whose usable link is behind `token` at `now`, or why the link cannot be used.
async fn find_link(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> StoreResult<Result<person::Model, ResetLinkState>> {
    let Some(found) = password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(token_hash(token)))
        .one(db)
        .await
        .context("look up the reset link")?
    else {
        return Ok(Err(ResetLinkState::Unknown));
    };
    let Some(person) = person::Entity::find_by_id(found.person_id)
        .one(db)
        .await
        .context("load the person")?
        .filter(|p| !p.disabled)
    else {
        return Ok(Err(ResetLinkState::Unknown));
    };
    Ok(if found.used_at.is_some() {
        Err(ResetLinkState::Used)
    } else if found.expires_at <= now {
        Err(ResetLinkState::Expired)
    } else {
        Ok(person)
    })
}

impl Store {
    /// Where the reset link behind `token` stands, for the page that opens it.
    pub async fn reset_link_state(&self, token: &str) -> StoreResult<ResetLinkState> {
        Ok(find_link(&self.db, token, Utc::now())
            .await?
            .map_or_else(|state| state, |_| ResetLinkState::Usable))
    }

    /// Issues a reset link for the account at `email`. `None` when there is no such account, it
    /// is disabled, or it has had [`PASSWORD_RESETS_PER_LIFETIME`] links within the last hour:
    /// the caller answers the same in every case, so the answer tells nobody who has an account.
    pub async fn request_password_reset(&self, email: &Email) -> StoreResult<Option<IssuedReset>> {
        let tx = self.write().await?;
        let found = person::Entity::find()
            .filter(person::Column::Email.eq(email.as_str()))
            .one(&tx.txn)
            .await
            .context("look up the account")?;
        let Some(person) = found.filter(|p| !p.disabled) else {
            return Ok(None);
        };
        let now = Utc::now();
        let recent = password_reset::Entity::find()
            .filter(password_reset::Column::PersonId.eq(person.id))
            .filter(password_reset::Column::CreatedAt.gt(now - PASSWORD_RESET_LIFETIME))
            .count(&tx.txn)
            .await
            .context("count the recent reset links")?;
        if recent >= PASSWORD_RESETS_PER_LIFETIME {
            tracing::info!(person = %person.id, "password reset not sent: too many within the hour");
            return Ok(None);
        }
        let token = new_token();
        let id = Uuid::now_v7();
        password_reset::ActiveModel {
            id: Set(id),
            person_id: Set(person.id),
            token_hash: Set(token_hash(&token)),
            created_at: Set(now),
            expires_at: Set(now + PASSWORD_RESET_LIFETIME),
            used_at: Set(None),
        }
        .insert(&tx.txn)
        .await
        .context("store the reset link")?;
        record(
            &tx.txn,
            Change {
                actor: Some(PersonId(person.id)),
                action: "person.request_password_reset",
                entity_type: "person",
                entity_id: person.id,
                region: None,
                summary: json!({ "expiresAt": now + PASSWORD_RESET_LIFETIME }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(Some(IssuedReset { person, token }))
    }

    /// Sets `password` through the reset link behind `token`: uses it (and every other open link
    /// of the account) up, signs the person out everywhere, and opens a new session.
    pub async fn reset_password(
        &self,
        token: &str,
        password: &NewPassword,
    ) -> StoreResult<IssuedSession> {
        let hash = hash_password(password).await?;
        let tx = self.write().await?;
        let now = Utc::now();
        let person = find_link(&tx.txn, token, now)
            .await?
            .map_err(ResetLinkState::refusal)?;
        let id = PersonId(person.id);
        forget_wrong_passwords(&tx.txn, &person.email).await?;
        let mut model: person::ActiveModel = person.into();
        model.password_hash = Set(Some(hash));
        model.updated_at = Set(now);
        model
            .update(&tx.txn)
            .await
            .context("store the password hash")?;
        password_reset::Entity::update_many()
            .col_expr(password_reset::Column::UsedAt, Expr::value(now))
            .filter(password_reset::Column::PersonId.eq(id.0))
            .filter(password_reset::Column::UsedAt.is_null())
            .exec(&tx.txn)
            .await
            .context("use up the reset links")?;
        end_sessions(&tx.txn, id, None).await?;
        record(
            &tx.txn,
            Change {
                actor: Some(id),
                action: "person.reset_password",
                entity_type: "person",
                entity_id: id.0,
                region: None,
                summary: json!({}),
            },
        )
        .await?;
        let issued = open_session_on(&tx.txn, id).await?;
        tx.commit().await?;
        Ok(issued)
    }
}
