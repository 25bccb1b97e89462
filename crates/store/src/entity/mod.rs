//! sea-orm entities, one per table; repositories turn them into domain values.

pub mod action_item;
pub mod audit_event;
pub mod event;
pub mod event_registration;
pub mod invitation;
pub mod join_request;
pub mod membership;
pub mod membership_contact;
pub mod organisation;
pub mod password_reset;
pub mod pathway;
pub mod pathway_feedback;
pub mod pathway_review_flag;
pub mod pathway_step;
pub mod pathway_version;
pub mod person;
pub mod refresh_token;
pub mod region;
pub mod role;
pub mod search_outbox;
pub mod service;
pub mod session;
pub mod wrong_password;
