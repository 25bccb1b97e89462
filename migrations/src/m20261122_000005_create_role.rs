//! Roles: what a person may do in a region (coordinator or member).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Role::Table)
                    .col(pk_uuid(Role::Id))
                    .col(uuid(Role::PersonId))
                    .col(uuid(Role::RegionId))
                    .col(string(Role::Kind))
                    .col(timestamp_with_time_zone(Role::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Role::Table, Role::PersonId)
                            .to(Person::Table, Person::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Role::Table, Role::RegionId)
                            .to(Region::Table, Region::Id),
                    )
                    .index(
                        Index::create()
                            .name("uq_role_person_region")
                            .col(Role::PersonId)
                            .col(Role::RegionId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_role_region")
                    .table(Role::Table)
                    .col(Role::RegionId)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Role {
    Table,
    Id,
    PersonId,
    RegionId,
    Kind,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Region {
    Table,
    Id,
}
