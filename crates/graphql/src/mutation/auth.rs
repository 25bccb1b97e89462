//! Signing in and out: `login`, `refreshToken`, `logout`, `changePassword`.

use async_graphql::{Context, Object};
use verkosto_domain::{DomainError, msg, text::NewPassword};
use verkosto_store::session::IssuedSession;

use crate::{
    ApiError, ApiResult,
    context::{ContextExt, CurrentSession, SharedTokenIssuer},
    object::{AuthPayload, Person},
    refresh_cookie,
};

/// Authentication mutations.
#[derive(Default)]
pub struct AuthMutation;

pub(crate) async fn payload(ctx: &Context<'_>, issued: IssuedSession) -> ApiResult<AuthPayload> {
    let issuer = ctx.data::<SharedTokenIssuer>()?;
    let token = issuer
        .issue(issued.person, issued.session)
        .map_err(|e| ApiError::internal(&e))?;
    let person = ctx
        .store()?
        .get_person(issued.person)
        .await?
        .ok_or(DomainError::BadCredentials)?;
    refresh_cookie::set(ctx, &issued.refresh_token);
    Ok(AuthPayload {
        access_token: token.token,
        expires_in: token.expires_in,
        refresh_token: issued.refresh_token,
        viewer: Person(person),
    })
}

#[Object]
impl AuthMutation {
    /// Signs in with e-mail and password; returns a short-lived access token and a refresh token.
    /// After five wrong passwords the address waits (`BAD_USER_INPUT` at `password`, saying how
    /// long) before the next try.
    async fn login(
        &self,
        ctx: &Context<'_>,
        email: String,
        password: String,
    ) -> ApiResult<AuthPayload> {
        let issued = ctx.store()?.sign_in(&email, &password).await?;
        payload(ctx, issued).await
    }

    /// Trades a refresh token (single use) for a new access token and refresh token: the one
    /// given, or else the browser's refresh cookie.
    async fn refresh_token(
        &self,
        ctx: &Context<'_>,
        refresh_token: Option<String>,
    ) -> ApiResult<AuthPayload> {
        let from_cookie = refresh_token.is_none();
        let token = refresh_token
            .or_else(|| refresh_cookie::sent(ctx))
            .ok_or(DomainError::Unauthenticated)?;
        match ctx.store()?.rotate_refresh_token(&token).await {
            Ok(issued) => payload(ctx, issued).await,
            Err(refused) => {
                if from_cookie {
                    refresh_cookie::clear(ctx);
                }
                Err(refused.into())
            }
        }
    }

    /// Signs out: revokes the session of `refreshToken`, or else the current session, or else
    /// the session of the browser's refresh cookie; the cookie is cleared.
    async fn logout(&self, ctx: &Context<'_>, refresh_token: Option<String>) -> ApiResult<bool> {
        let store = ctx.store()?;
        refresh_cookie::clear(ctx);
        let current = ctx.data_opt::<CurrentSession>().map(|s| s.0);
        let token =
            refresh_token.or_else(|| current.is_none().then(|| refresh_cookie::sent(ctx))?);
        let session = match token {
            Some(token) => store.session_of_refresh_token(&token).await?,
            None => current,
        };
        let session = session.ok_or(DomainError::Unauthenticated)?;
        store.revoke_session(session).await?;
        Ok(true)
    }

    /// Changes the viewer's password; every other session is signed out. A wrong current password
    /// counts toward the address's wait like a wrong password at sign-in.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        current_password: String,
        new_password: String,
    ) -> ApiResult<bool> {
        let me = ctx.viewer().person_id()?;
        let store = ctx.store()?;
        let person = store
            .get_person(me)
            .await?
            .ok_or(DomainError::Unauthenticated)?;
        let field = "currentPassword";
        if !store
            .check_password(
                &person.email,
                person.password_hash,
                &current_password,
                field,
            )
            .await?
        {
            return Err(ApiError::invalid(field, msg!("current-password-wrong")));
        }
        let new_password = NewPassword::parse("newPassword", &new_password)?;
        let keep = ctx.data_opt::<CurrentSession>().map(|s| s.0);
        store.set_password(me, me, &new_password, keep).await?;
        Ok(true)
    }
}
