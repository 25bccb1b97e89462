//! Audit events: who did what, when; written in the same transaction as the change.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEvent::Table)
                    .col(pk_uuid(AuditEvent::Id))
                    .col(timestamp_with_time_zone(AuditEvent::At))
                    .col(uuid_null(AuditEvent::ActorId))
                    .col(string(AuditEvent::Action))
                    .col(string(AuditEvent::EntityType))
                    .col(uuid(AuditEvent::EntityId))
                    .col(uuid_null(AuditEvent::RegionId))
                    .col(json_binary(AuditEvent::Summary))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_audit_event_region")
                    .table(AuditEvent::Table)
                    .col(AuditEvent::RegionId)
                    .col(AuditEvent::Id)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum AuditEvent {
    Table,
    Id,
    At,
    ActorId,
    Action,
    EntityType,
    EntityId,
    RegionId,
    Summary,
}
