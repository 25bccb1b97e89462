//! The mutation root, merged from one object per domain noun.

mod auth;
mod event;
mod invitation;
mod join_request;
mod organisation;
mod pathway;
mod person;
mod region;
mod service;

use async_graphql::MergedObject;

/// Every mutation.
#[derive(MergedObject, Default)]
pub struct Mutation(
    auth::AuthMutation,
    region::RegionMutation,
    organisation::OrganisationMutation,
    person::PersonMutation,
    service::ServiceMutation,
    pathway::PathwayMutation,
    invitation::InvitationMutation,
    join_request::JoinRequestMutation,
    event::EventMutation,
);
