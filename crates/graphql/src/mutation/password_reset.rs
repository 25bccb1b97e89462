//! A forgotten password: `requestPasswordReset` mails a single-use link, `resetPassword` uses it.

use async_graphql::{Context, Object};
use verkosto_domain::text::{Email, NewPassword};

use crate::{
    ApiResult,
    context::{ContextExt, SharedMailer},
    mails,
    mutation::auth::payload,
    object::AuthPayload,
};

/// Password reset mutations; both work without signing in.
#[derive(Default)]
pub struct PasswordResetMutation;

#[Object]
impl PasswordResetMutation {
    /// Mails a link that sets a new password (valid for an hour, once) to the account at `email`.
    /// Answers `true` whether or not there is such an account, so it tells nobody who has one;
    /// an account gets at most three links an hour. Without a mail server the link is logged.
    async fn request_password_reset(&self, ctx: &Context<'_>, email: String) -> ApiResult<bool> {
        let email = Email::parse("email", &email)?;
        let Some(issued) = ctx.store()?.request_password_reset(&email).await? else {
            return Ok(true);
        };
        let mailer = ctx.data::<SharedMailer>()?.clone();
        let link = mailer.link(&format!("/reset-password/{}", issued.token));
        let mail = mails::password_reset(&issued.person, &link);
        // Sent after answering, so that the answer takes as long for an unknown address.
        tokio::spawn(async move {
            if let Err(reason) = mailer.send(mail).await {
                tracing::warn!(%reason, "the password reset mail was not sent");
            }
        });
        Ok(true)
    }

    /// Sets a new password with the token from a reset link and signs in; every other session
    /// of the account is signed out and its other reset links stop working, and its wrong
    /// passwords no longer make it wait.
    async fn reset_password(
        &self,
        ctx: &Context<'_>,
        token: String,
        new_password: String,
    ) -> ApiResult<AuthPayload> {
        let new_password = NewPassword::parse("newPassword", &new_password)?;
        let issued = ctx
            .store()?
            .reset_password(token.trim(), &new_password)
            .await?;
        payload(ctx, issued).await
    }
}
