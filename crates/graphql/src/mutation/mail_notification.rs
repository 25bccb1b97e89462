//! Turning notification mail off and on: on one's account page, or with the link in a mail.

use async_graphql::{Context, Object};
use verkosto_domain::{DomainError, msg};
use verkosto_store::StoreError;

use crate::{
    ApiError, ApiResult,
    context::{ContextExt, SharedTokenIssuer},
    object::{MailNotification, enums::NotificationMail},
};

/// Notification mail mutations.
#[derive(Default)]
pub struct MailNotificationMutation;

#[Object]
impl MailNotificationMutation {
    /// Turns notification mail of `kind` on or off for the signed-in person.
    async fn set_mail_notification(
        &self,
        ctx: &Context<'_>,
        kind: NotificationMail,
        enabled: bool,
    ) -> ApiResult<MailNotification> {
        let me = ctx.viewer().person_id()?;
        let kind = kind.into();
        let person = ctx
            .store()?
            .set_mail_notification(me, kind, enabled)
            .await?;
        Ok(MailNotification::new(kind, person.receives(kind)))
    }

    /// Turns off the kind of notification mail that the link at the end of such a mail names,
    /// without signing in (`token` is the last part of the link). Turning it off again changes
    /// nothing; it can be turned back on on the account page.
    async fn unsubscribe(&self, ctx: &Context<'_>, token: String) -> ApiResult<MailNotification> {
        let invalid = || ApiError::invalid("token", msg!("unsubscribe-link-invalid"));
        let (person, kind) = ctx
            .data::<SharedTokenIssuer>()?
            .verify_unsubscribe(token.trim())
            .ok_or_else(invalid)?;
        match ctx
            .store()?
            .set_mail_notification(person, kind, false)
            .await
        {
            Ok(person) => Ok(MailNotification::new(kind, person.receives(kind))),
            Err(StoreError::Domain(DomainError::NotFound(_))) => Err(invalid()),
            Err(error) => Err(error.into()),
        }
    }
}
