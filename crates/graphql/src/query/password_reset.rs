//! `passwordResetLink`: whether a reset link still works, so its page can say so before the
//! person types a new password.

use async_graphql::{Context, Enum, Object};
use verkosto_store::password_reset::ResetLinkState;

use crate::{ApiResult, context::ContextExt};

/// Where a password reset link stands.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordResetLinkState {
    /// It sets a new password once.
    Usable,
    /// It, or a later link of the account, was used.
    Used,
    /// Its hour has passed.
    Expired,
    /// No such link.
    Unknown,
}

impl From<ResetLinkState> for PasswordResetLinkState {
    fn from(state: ResetLinkState) -> Self {
        match state {
            ResetLinkState::Usable => Self::Usable,
            ResetLinkState::Used => Self::Used,
            ResetLinkState::Expired => Self::Expired,
            ResetLinkState::Unknown => Self::Unknown,
        }
    }
}

/// The password reset query; it works without signing in (the token is the credential).
#[derive(Default)]
pub struct PasswordResetQuery;

#[Object]
impl PasswordResetQuery {
    /// Where the reset link with `token` stands: usable, used, expired or unknown.
    async fn password_reset_link(
        &self,
        ctx: &Context<'_>,
        token: String,
    ) -> ApiResult<PasswordResetLinkState> {
        Ok(ctx.store()?.reset_link_state(&token).await?.into())
    }
}
