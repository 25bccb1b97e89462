//! Care pathways: the living document; its content lives in versions.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Pathway::Table)
                    .col(pk_uuid(Pathway::Id))
                    .col(uuid_null(Pathway::RegionId))
                    .col(uuid_null(Pathway::BasedOnVersionId))
                    .col(string(Pathway::Visibility))
                    .col(string(Pathway::Status))
                    .col(date_null(Pathway::ReviewDue))
                    // Pointers into pathway_version; kept without a foreign key to avoid a cycle.
                    .col(uuid_null(Pathway::PublishedVersionId))
                    .col(uuid_null(Pathway::OpenVersionId))
                    .col(uuid(Pathway::CreatedBy))
                    .col(timestamp_with_time_zone(Pathway::CreatedAt))
                    .col(timestamp_with_time_zone(Pathway::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Pathway::Table, Pathway::RegionId)
                            .to(Region::Table, Region::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Pathway::Table, Pathway::CreatedBy)
                            .to(Person::Table, Person::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_pathway_region_status")
                    .table(Pathway::Table)
                    .col(Pathway::RegionId)
                    .col(Pathway::Status)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Pathway {
    Table,
    Id,
    RegionId,
    BasedOnVersionId,
    Visibility,
    Status,
    ReviewDue,
    PublishedVersionId,
    OpenVersionId,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Region {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}
