//! Wrong passwords by e-mail address (as a SHA-256 hash: an address someone typed is not kept),
//! for the wait after too many of them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(WrongPassword::Table)
                    .col(string(WrongPassword::AddressHash).primary_key())
                    .col(integer(WrongPassword::Count))
                    .col(timestamp_with_time_zone(WrongPassword::LastAt))
                    .to_owned(),
            )
            .await?;
        // Forgetting the old ones reads this index only.
        manager
            .create_index(
                Index::create()
                    .name("ix_wrong_password_last_at")
                    .table(WrongPassword::Table)
                    .col(WrongPassword::LastAt)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum WrongPassword {
    Table,
    AddressHash,
    Count,
    LastAt,
}
