//! Password resets a person asked for by e-mail: single-use tokens stored as SHA-256 hashes only.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PasswordReset::Table)
                    .col(pk_uuid(PasswordReset::Id))
                    .col(uuid(PasswordReset::PersonId))
                    .col(string_uniq(PasswordReset::TokenHash))
                    .col(timestamp_with_time_zone(PasswordReset::CreatedAt))
                    .col(timestamp_with_time_zone(PasswordReset::ExpiresAt))
                    .col(timestamp_with_time_zone_null(PasswordReset::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PasswordReset::Table, PasswordReset::PersonId)
                            .to(Person::Table, Person::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // Counting a person's recent requests (the rate limit) reads this index only.
        manager
            .create_index(
                Index::create()
                    .name("ix_password_reset_person_created")
                    .table(PasswordReset::Table)
                    .col(PasswordReset::PersonId)
                    .col(PasswordReset::CreatedAt)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum PasswordReset {
    Table,
    Id,
    PersonId,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}
