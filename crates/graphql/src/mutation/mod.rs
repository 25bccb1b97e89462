//! The mutation root, merged from one object per domain noun.

mod auth;
mod event;
mod feedback;
mod invitation;
mod join_request;
mod mail_notification;
mod organisation;
mod password_reset;
mod pathway;
mod person;
mod region;
mod review;
mod service;
mod variant;

use async_graphql::MergedObject;
pub(crate) use feedback::visible_feedback;

/// Every mutation.
#[derive(MergedObject, Default)]
pub struct Mutation(
    auth::AuthMutation,
    password_reset::PasswordResetMutation,
    region::RegionMutation,
    organisation::OrganisationMutation,
    person::PersonMutation,
    mail_notification::MailNotificationMutation,
    service::ServiceMutation,
    pathway::PathwayMutation,
    invitation::InvitationMutation,
    join_request::JoinRequestMutation,
    event::EventMutation,
    variant::VariantMutation,
    feedback::FeedbackMutation,
    review::ReviewMutation,
);
