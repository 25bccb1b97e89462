//! Sign-in sessions: password check, rotating single-use refresh tokens, sign-out.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr,
};
use verkosto_domain::{DomainError, PersonId, SessionId};

use crate::{
    Store, StoreResult,
    credentials::{new_token, token_hash},
    entity::{person, refresh_token, session},
    error::DbContext,
    wrong_password::forget_wrong_passwords,
};

/// How long a refresh token stays valid when unused.
pub const REFRESH_TOKEN_LIFETIME: Duration = Duration::days(14);

/// A new session's ids and its first refresh token (shown once, stored hashed).
#[derive(Debug, Clone)]
pub struct IssuedSession {
    /// Who signed in.
    pub person: PersonId,
    /// The session (refresh-token family).
    pub session: SessionId,
    /// The opaque refresh token to hand to the client.
    pub refresh_token: String,
}

impl Store {
    /// Checks e-mail and password; on success opens a session. A wrong password counts toward
    /// the address's wait, and a try while it waits is refused at `password` unchecked.
    pub async fn sign_in(&self, email: &str, password: &str) -> StoreResult<IssuedSession> {
        let email = email.trim().to_lowercase();
        let found = person::Entity::find()
            .filter(person::Column::Email.eq(&email))
            .one(&self.db)
            .await
            .context("look up the account")?;
        let stored = found.as_ref().and_then(|p| p.password_hash.clone());
        let ok = self
            .check_password(&email, stored, password, "password")
            .await?;
        let person = match found {
            Some(person) if ok && !person.disabled => person,
            _ => return Err(DomainError::BadCredentials.into()),
        };
        let tx = self.write().await?;
        forget_wrong_passwords(&tx.txn, &email).await?;
        let issued = open_session_on(&tx.txn, PersonId(person.id)).await?;
        tx.commit().await?;
        Ok(issued)
    }

    /// Opens a session for `person`, who has just proven who they are (a password, an invitation).
    pub async fn open_session(&self, person: PersonId) -> StoreResult<IssuedSession> {
        let tx = self.write().await?;
        let issued = open_session_on(&tx.txn, person).await?;
        tx.commit().await?;
        Ok(issued)
    }

    /// Trades a refresh token for a new one. A token used twice means it was stolen: the whole
    /// session is revoked.
    pub async fn rotate_refresh_token(&self, token: &str) -> StoreResult<IssuedSession> {
        let refused = || DomainError::Unauthenticated;
        let tx = self.write().await?;
        let found = refresh_token::Entity::find()
            .filter(refresh_token::Column::TokenHash.eq(token_hash(token)))
            .one(&tx.txn)
            .await
            .context("look up the refresh token")?
            .ok_or_else(refused)?;
        let session = session::Entity::find_by_id(found.session_id)
            .one(&tx.txn)
            .await
            .context("load the session")?
            .ok_or_else(refused)?;
        let person = person::Entity::find_by_id(session.person_id)
            .one(&tx.txn)
            .await
            .context("load the person")?
            .ok_or_else(refused)?;
        let now = Utc::now();
        if found.used_at.is_some() {
            revoke(&tx.txn, SessionId(session.id)).await?;
            tx.commit().await?;
            return Err(refused().into());
        }
        if session.revoked_at.is_some() || found.expires_at <= now || person.disabled {
            return Err(refused().into());
        }
        let mut used: refresh_token::ActiveModel = found.into();
        used.used_at = Set(Some(now));
        used.update(&tx.txn)
            .await
            .context("use the refresh token")?;
        let refresh_token = insert_refresh_token(&tx.txn, SessionId(session.id)).await?;
        tx.commit().await?;
        Ok(IssuedSession {
            person: PersonId(person.id),
            session: SessionId(session.id),
            refresh_token,
        })
    }

    /// Signs out one session.
    pub async fn revoke_session(&self, session: SessionId) -> StoreResult<()> {
        let tx = self.write().await?;
        revoke(&tx.txn, session).await?;
        tx.commit().await
    }

    /// The session a refresh token belongs to, if the token is known.
    pub async fn session_of_refresh_token(&self, token: &str) -> StoreResult<Option<SessionId>> {
        Ok(refresh_token::Entity::find()
            .filter(refresh_token::Column::TokenHash.eq(token_hash(token)))
            .one(&self.db)
            .await
            .context("look up the refresh token")?
            .map(|t| SessionId(t.session_id)))
    }
}

/// Opens a session for `person` on `txn`, with its first refresh token.
pub(crate) async fn open_session_on(
    txn: &sea_orm::DatabaseTransaction,
    person: PersonId,
) -> StoreResult<IssuedSession> {
    let session = SessionId::new();
    session::ActiveModel {
        id: Set(session.0),
        person_id: Set(person.0),
        created_at: Set(Utc::now()),
        revoked_at: Set(None),
    }
    .insert(txn)
    .await
    .context("open a session")?;
    let refresh_token = insert_refresh_token(txn, session).await?;
    Ok(IssuedSession {
        person,
        session,
        refresh_token,
    })
}

async fn insert_refresh_token(
    txn: &sea_orm::DatabaseTransaction,
    session: SessionId,
) -> StoreResult<String> {
    let token = new_token();
    let now = Utc::now();
    refresh_token::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        session_id: Set(session.0),
        token_hash: Set(token_hash(&token)),
        expires_at: Set(now + REFRESH_TOKEN_LIFETIME),
        used_at: Set(None),
        created_at: Set(now),
    }
    .insert(txn)
    .await
    .context("store the refresh token")?;
    Ok(token)
}

async fn revoke(txn: &sea_orm::DatabaseTransaction, session: SessionId) -> StoreResult<()> {
    session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(session::Column::Id.eq(session.0))
        .filter(session::Column::RevokedAt.is_null())
        .exec(txn)
        .await
        .context("revoke the session")?;
    Ok(())
}
