//! `MailNotification`: one kind of notification mail and whether the signed-in person gets it.

use async_graphql::SimpleObject;

use super::enums::NotificationMail;

/// One kind of notification mail and whether the signed-in person receives it.
#[derive(SimpleObject, Debug, Clone, Copy)]
pub struct MailNotification {
    /// What the mail tells.
    pub kind: NotificationMail,
    /// Whether it is sent to them (they may turn it off).
    pub enabled: bool,
}

impl MailNotification {
    /// `kind` and whether it is on.
    pub fn new(kind: verkosto_domain::NotificationMail, enabled: bool) -> Self {
        Self {
            kind: kind.into(),
            enabled,
        }
    }
}
