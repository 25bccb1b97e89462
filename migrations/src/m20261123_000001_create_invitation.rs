//! Invitations into a region: single-use tokens stored as SHA-256 hashes, expiring after 72 h.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Invitation::Table)
                    .col(pk_uuid(Invitation::Id))
                    .col(uuid(Invitation::RegionId))
                    .col(uuid_null(Invitation::OrganisationId))
                    .col(string(Invitation::Email))
                    .col(string(Invitation::Name))
                    .col(string(Invitation::Role))
                    .col(string_uniq(Invitation::TokenHash))
                    .col(string(Invitation::Status))
                    .col(uuid(Invitation::InvitedBy))
                    .col(timestamp_with_time_zone(Invitation::CreatedAt))
                    .col(timestamp_with_time_zone(Invitation::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Invitation::AcceptedAt))
                    .col(uuid_null(Invitation::PersonId))
                    .col(integer(Invitation::SentCount).default(0))
                    .col(string_null(Invitation::DeliveryError))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invitation::Table, Invitation::RegionId)
                            .to(Region::Table, Region::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invitation::Table, Invitation::OrganisationId)
                            .to(Organisation::Table, Organisation::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invitation::Table, Invitation::InvitedBy)
                            .to(Person::Table, Person::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("invitation_region_email")
                    .table(Invitation::Table)
                    .col(Invitation::RegionId)
                    .col(Invitation::Email)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Invitation {
    Table,
    Id,
    RegionId,
    OrganisationId,
    Email,
    Name,
    Role,
    TokenHash,
    Status,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
    PersonId,
    SentCount,
    DeliveryError,
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
