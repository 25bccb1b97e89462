//! Organisations: members of one or more regional networks.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organisation::Table)
                    .col(pk_uuid(Organisation::Id))
                    .col(string(Organisation::Name))
                    .col(string(Organisation::Kind))
                    .col(string_null(Organisation::BusinessId).unique_key())
                    .col(string_null(Organisation::Municipality))
                    .col(text(Organisation::Description))
                    .col(json_binary(Organisation::Channels))
                    .col(boolean(Organisation::Public))
                    .col(timestamp_with_time_zone(Organisation::CreatedAt))
                    .col(timestamp_with_time_zone(Organisation::UpdatedAt))
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
    Name,
    Kind,
    BusinessId,
    Municipality,
    Description,
    Channels,
    Public,
    CreatedAt,
    UpdatedAt,
}
