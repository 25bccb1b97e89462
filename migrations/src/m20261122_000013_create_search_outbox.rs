//! The search outbox: one row per change the search indexer must apply, written with the change.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SearchOutbox::Table)
                    .col(big_pk_auto(SearchOutbox::Id))
                    .col(string(SearchOutbox::EntityType))
                    .col(uuid(SearchOutbox::EntityId))
                    .col(timestamp_with_time_zone(SearchOutbox::CreatedAt))
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum SearchOutbox {
    Table,
    Id,
    EntityType,
    EntityId,
    CreatedAt,
}
