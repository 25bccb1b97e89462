//! Regions: one regional network each.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Region::Table)
                    .col(pk_uuid(Region::Id))
                    .col(string_uniq(Region::Slug))
                    .col(string_null(Region::NameFi))
                    .col(string_null(Region::NameSv))
                    .col(string_null(Region::NameNb))
                    .col(string_null(Region::NameEn))
                    .col(string_len(Region::Country, 2))
                    .col(json_binary(Region::Area))
                    .col(string(Region::Status))
                    .col(string(Region::TimeZone))
                    .col(timestamp_with_time_zone(Region::CreatedAt))
                    .col(timestamp_with_time_zone(Region::UpdatedAt))
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Region {
    Table,
    Id,
    Slug,
    NameFi,
    NameSv,
    NameNb,
    NameEn,
    Country,
    Area,
    Status,
    TimeZone,
    CreatedAt,
    UpdatedAt,
}
