//! The query root, merged from one object per domain noun.

mod audit;
mod event;
mod feedback;
mod network;
mod organisation;
mod password_reset;
mod pathway;
mod person;
mod recent_changes;
mod region;
mod review;
mod search;
mod service;

use async_graphql::MergedObject;

/// Every query.
#[derive(MergedObject, Default)]
pub struct Query(
    region::RegionQuery,
    organisation::OrganisationQuery,
    person::PersonQuery,
    password_reset::PasswordResetQuery,
    service::ServiceQuery,
    pathway::PathwayQuery,
    audit::AuditQuery,
    search::SearchQuery,
    network::NetworkQuery,
    event::EventQuery,
    feedback::FeedbackQuery,
    review::ReviewQuery,
    recent_changes::RecentChangesQuery,
);
