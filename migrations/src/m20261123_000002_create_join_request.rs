//! Requests by signed-in professionals to join a region's network, decided by its coordinators.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(JoinRequest::Table)
                    .col(pk_uuid(JoinRequest::Id))
                    .col(uuid(JoinRequest::RegionId))
                    .col(uuid(JoinRequest::PersonId))
                    .col(uuid(JoinRequest::OrganisationId))
                    .col(text(JoinRequest::Message))
                    .col(string(JoinRequest::Status))
                    .col(text_null(JoinRequest::Reason))
                    .col(uuid_null(JoinRequest::DecidedBy))
                    .col(timestamp_with_time_zone_null(JoinRequest::DecidedAt))
                    .col(timestamp_with_time_zone(JoinRequest::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(JoinRequest::Table, JoinRequest::RegionId)
                            .to(Region::Table, Region::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(JoinRequest::Table, JoinRequest::PersonId)
                            .to(Person::Table, Person::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(JoinRequest::Table, JoinRequest::OrganisationId)
                            .to(Organisation::Table, Organisation::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("join_request_region_status")
                    .table(JoinRequest::Table)
                    .col(JoinRequest::RegionId)
                    .col(JoinRequest::Status)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum JoinRequest {
    Table,
    Id,
    RegionId,
    PersonId,
    OrganisationId,
    Message,
    Status,
    Reason,
    DecidedBy,
    DecidedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Region {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}
