//! People: professionals with an account.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Person::Table)
                    .col(pk_uuid(Person::Id))
                    .col(string_uniq(Person::Email))
                    .col(string(Person::Name))
                    .col(string(Person::Title))
                    .col(uuid_null(Person::OrganisationId))
                    .col(string_len(Person::Language, 2))
                    .col(string_null(Person::PasswordHash))
                    .col(boolean(Person::IsAdmin))
                    .col(boolean(Person::Disabled))
                    .col(timestamp_with_time_zone(Person::CreatedAt))
                    .col(timestamp_with_time_zone(Person::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Person::Table, Person::OrganisationId)
                            .to(Organisation::Table, Organisation::Id),
                    )
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
    Email,
    Name,
    Title,
    OrganisationId,
    Language,
    PasswordHash,
    IsAdmin,
    Disabled,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
}
