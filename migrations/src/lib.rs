//! Verkosto's schema migrations, one change per file, applied by `verkosto migrate` or on start.
//!
//! Identifiers are declared inside each file; this crate never imports the store's entities, so an
//! old migration keeps meaning what it meant when it ran.

pub use sea_orm_migration::MigratorTrait;
use sea_orm_migration::prelude::*;

mod m20261122_000001_create_region;
mod m20261122_000002_create_organisation;
mod m20261122_000003_create_membership;
mod m20261122_000004_create_person;
mod m20261122_000005_create_role;
mod m20261122_000006_create_membership_contact;
mod m20261122_000007_create_session;
mod m20261122_000008_create_service;
mod m20261122_000009_create_pathway;
mod m20261122_000010_create_pathway_version;
mod m20261122_000011_create_pathway_step;
mod m20261122_000012_create_audit_event;
mod m20261122_000013_create_search_outbox;
mod m20261123_000001_create_invitation;
mod m20261123_000002_create_join_request;
mod m20261123_000003_add_region_member_list_visibility;
mod m20261123_000010_create_pathway_feedback;
mod m20261123_000011_create_pathway_review_flag;
mod m20261123_000012_add_pathway_version_based_on;
mod m20261123_000013_create_pathway_based_on_index;
mod m20261123_000020_create_event;
mod m20261123_000030_create_pathway_region_index;
mod m20261124_000001_create_pathway_version_author_index;
mod m20261124_000002_create_membership_region_index;
mod m20261125_000001_create_password_reset;
mod m20261126_000001_add_person_mail_opt_outs;
mod m20261127_000001_create_wrong_password;

/// Every migration, oldest first.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_create_region::Migration),
            Box::new(m20261122_000002_create_organisation::Migration),
            Box::new(m20261122_000003_create_membership::Migration),
            Box::new(m20261122_000004_create_person::Migration),
            Box::new(m20261122_000005_create_role::Migration),
            Box::new(m20261122_000006_create_membership_contact::Migration),
            Box::new(m20261122_000007_create_session::Migration),
            Box::new(m20261122_000008_create_service::Migration),
            Box::new(m20261122_000009_create_pathway::Migration),
            Box::new(m20261122_000010_create_pathway_version::Migration),
            Box::new(m20261122_000011_create_pathway_step::Migration),
            Box::new(m20261122_000012_create_audit_event::Migration),
            Box::new(m20261122_000013_create_search_outbox::Migration),
            Box::new(m20261123_000001_create_invitation::Migration),
            Box::new(m20261123_000002_create_join_request::Migration),
            Box::new(m20261123_000003_add_region_member_list_visibility::Migration),
            Box::new(m20261123_000010_create_pathway_feedback::Migration),
            Box::new(m20261123_000011_create_pathway_review_flag::Migration),
            Box::new(m20261123_000012_add_pathway_version_based_on::Migration),
            Box::new(m20261123_000013_create_pathway_based_on_index::Migration),
            Box::new(m20261123_000020_create_event::Migration),
            Box::new(m20261123_000030_create_pathway_region_index::Migration),
            Box::new(m20261124_000001_create_pathway_version_author_index::Migration),
            Box::new(m20261124_000002_create_membership_region_index::Migration),
            Box::new(m20261125_000001_create_password_reset::Migration),
            Box::new(m20261126_000001_add_person_mail_opt_outs::Migration),
            Box::new(m20261127_000001_create_wrong_password::Migration),
        ]
    }
}
