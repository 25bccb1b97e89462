//! Output types, built from store models; each decides what the viewer may see of it.

mod audit;
mod auth;
mod diff;
pub mod enums;
mod event;
mod feedback;
mod invitation;
mod join_request;
mod mail_notification;
mod onboarding;
pub(crate) mod organisation;
mod pathway;
pub(crate) mod person;
mod recent_change;
mod region;
mod region_list;
mod review;
pub(crate) mod search;
mod service;
mod variant;

pub use audit::AuditEvent;
pub use auth::AuthPayload;
pub use diff::PathwayDiff;
pub use event::{ActionItem, Event};
pub use feedback::{FeedbackStatus, PathwayFeedback};
pub use invitation::{
    Delivery, ImportOutcome, ImportReport, ImportRow, Invitation, InvitationPreview,
    IssuedInvitation, OpenedRegion,
};
pub use join_request::{JoinRequest, Requester};
pub use mail_notification::MailNotification;
pub use onboarding::{KindCoverage, Onboarding, OnboardingItem, OnboardingStep};
pub use organisation::{Channel, Membership, Organisation};
pub use pathway::{Pathway, PathwayStep, PathwayVersion};
pub use person::{Person, Role};
pub use recent_change::{RecentChange, RecentChangeKind};
pub use region::Region;
pub use region_list::{RegionList, rendered_selection};
pub use review::{PathwayReviewFlag, ReviewReason};
pub use service::Service;
pub use variant::VariantBase;

use async_graphql::ID;
use uuid::Uuid;
use verkosto_domain::msg;

use crate::{ApiError, ApiResult};

/// A UUID as a GraphQL `ID`.
pub fn to_id(id: Uuid) -> ID {
    ID(id.to_string())
}

/// Parses an `ID` argument; `field` names it in the error.
pub fn parse_id(field: &str, id: &ID) -> ApiResult<Uuid> {
    Uuid::parse_str(id.as_str())
        .map_err(|_| ApiError::invalid(field, msg!("id-not-uuid", id = id.as_str())))
}
