//! Memberships: an organisation in a region's network.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Membership::Table)
                    .col(pk_uuid(Membership::Id))
                    .col(uuid(Membership::RegionId))
                    .col(uuid(Membership::OrganisationId))
                    .col(string(Membership::Status))
                    .col(date_null(Membership::Since))
                    .col(timestamp_with_time_zone(Membership::CreatedAt))
                    .col(timestamp_with_time_zone(Membership::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Membership::Table, Membership::RegionId)
                            .to(Region::Table, Region::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Membership::Table, Membership::OrganisationId)
                            .to(Organisation::Table, Organisation::Id),
                    )
                    .index(
                        Index::create()
                            .name("uq_membership_region_organisation")
                            .col(Membership::RegionId)
                            .col(Membership::OrganisationId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_membership_organisation")
                    .table(Membership::Table)
                    .col(Membership::OrganisationId)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Membership {
    Table,
    Id,
    RegionId,
    OrganisationId,
    Status,
    Since,
    CreatedAt,
    UpdatedAt,
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
