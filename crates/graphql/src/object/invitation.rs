//! `Invitation`s into a region, as coordinators see them, and what issuing one answers.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use verkosto_store::{entity::invitation, invitation::invitation_status};

use super::{
    Organisation, Person, Region,
    enums::{InvitationStatus, RoleKind, stored},
    to_id,
};
use crate::{
    ApiResult,
    loader::{OrganisationLoader, PersonLoader, RegionLoader, load_one},
};

/// An invitation into a region's network (coordinators and admins read these).
pub struct Invitation(pub invitation::Model);

#[Object]
impl Invitation {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// The address it was sent to.
    async fn email(&self) -> &str {
        &self.0.email
    }

    /// Whom it is for.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// The role given on accepting.
    async fn role(&self) -> Option<RoleKind> {
        stored(verkosto_domain::RoleKind::parse, &self.0.role)
    }

    /// Pending, accepted, revoked or expired (72 hours after it was last sent).
    async fn status(&self) -> InvitationStatus {
        invitation_status(&self.0, Utc::now()).into()
    }

    /// The region it invites into.
    async fn region(&self, ctx: &Context<'_>) -> ApiResult<Option<Region>> {
        Ok(load_one::<RegionLoader, _>(ctx, self.0.region_id)
            .await?
            .map(Region))
    }

    /// The organisation the person works for.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        match self.0.organisation_id {
            Some(id) => Ok(load_one::<OrganisationLoader, _>(ctx, id)
                .await?
                .map(Organisation)),
            None => Ok(None),
        }
    }

    /// Who sent it.
    async fn invited_by(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        Ok(load_one::<PersonLoader, _>(ctx, self.0.invited_by)
            .await?
            .map(Person))
    }

    /// When it was first issued.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When its link stops working.
    async fn expires_at(&self) -> DateTime<Utc> {
        self.0.expires_at
    }

    /// When it was accepted.
    async fn accepted_at(&self) -> Option<DateTime<Utc>> {
        self.0.accepted_at
    }

    /// How many times its mail reached the mail server.
    async fn times_sent(&self) -> i32 {
        self.0.sent_count
    }

    /// Why the last mail could not be sent, if it could not.
    async fn delivery_error(&self) -> Option<&str> {
        self.0.delivery_error.as_deref()
    }
}

/// How an invitation reached (or did not reach) its recipient.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// The mail server accepted the message.
    Sent,
    /// Sending failed (see `deliveryError`); resend it or pass the link on.
    Failed,
    /// No mail server is configured: pass the link on yourself (it is in the log, too).
    LinkOnly,
}

/// An invitation just issued or resent.
#[derive(SimpleObject)]
pub struct IssuedInvitation {
    /// The invitation.
    pub invitation: Invitation,
    /// How it was delivered.
    pub delivery: Delivery,
    /// The acceptance link, shown only when no mail server is configured (the embedded mode);
    /// with mail, only the recipient ever sees it.
    pub link: Option<String>,
}

/// What an invitation link shows before it is accepted (the token is the credential).
#[derive(SimpleObject)]
pub struct InvitationPreview {
    /// The invited address.
    pub email: String,
    /// Whom it is for.
    pub name: String,
    /// The role given on accepting.
    pub role: Option<RoleKind>,
    /// The region it invites into.
    pub region: Region,
    /// Pending, accepted, revoked or expired.
    pub status: InvitationStatus,
    /// When the link stops working.
    pub expires_at: DateTime<Utc>,
    /// Whether an account with a password exists for the address (then sign in to accept).
    pub account_exists: bool,
}

/// What became of one row of a CSV import.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    /// Invited.
    Invited,
    /// The address belongs to someone in the network already.
    AlreadyMember,
    /// A pending invitation to the address exists already (resend that one).
    AlreadyInvited,
    /// The row is wrong; see `reason`. Nothing was done for it.
    Invalid,
}

/// One row of a CSV import.
#[derive(SimpleObject)]
pub struct ImportRow {
    /// The line in the file (the header is line 1).
    pub line: i32,
    /// The address as written.
    pub email: String,
    /// What became of it.
    pub outcome: ImportOutcome,
    /// Why, for rows that were not invited.
    pub reason: Option<String>,
    /// The invitation issued for this row.
    pub invitation: Option<IssuedInvitation>,
}

/// The report of a CSV import: every row, in file order.
#[derive(SimpleObject)]
pub struct ImportReport {
    /// Rows invited.
    pub invited: i32,
    /// Rows not invited (members already, invited already, invalid).
    pub skipped: i32,
    /// Every row.
    pub rows: Vec<ImportRow>,
}

/// A region just opened, with its first coordinator's invitation.
#[derive(SimpleObject)]
pub struct OpenedRegion {
    /// The region, onboarding until its coordinator activates it.
    pub region: Region,
    /// The first coordinator's invitation.
    pub invitation: IssuedInvitation,
}
