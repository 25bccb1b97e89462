//! Sessions and their rotating refresh tokens (stored as SHA-256 hashes only).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Session::Table)
                    .col(pk_uuid(Session::Id))
                    .col(uuid(Session::PersonId))
                    .col(timestamp_with_time_zone(Session::CreatedAt))
                    .col(timestamp_with_time_zone_null(Session::RevokedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Session::Table, Session::PersonId)
                            .to(Person::Table, Person::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RefreshToken::Table)
                    .col(pk_uuid(RefreshToken::Id))
                    .col(uuid(RefreshToken::SessionId))
                    .col(string_uniq(RefreshToken::TokenHash))
                    .col(timestamp_with_time_zone(RefreshToken::ExpiresAt))
                    .col(timestamp_with_time_zone_null(RefreshToken::UsedAt))
                    .col(timestamp_with_time_zone(RefreshToken::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RefreshToken::Table, RefreshToken::SessionId)
                            .to(Session::Table, Session::Id),
                    )
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Session {
    Table,
    Id,
    PersonId,
    CreatedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum RefreshToken {
    Table,
    Id,
    SessionId,
    TokenHash,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}
