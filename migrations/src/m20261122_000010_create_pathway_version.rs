//! Pathway versions: immutable snapshots once submitted; only a draft may change.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PathwayVersion::Table)
                    .col(pk_uuid(PathwayVersion::Id))
                    .col(uuid(PathwayVersion::PathwayId))
                    .col(integer(PathwayVersion::Number))
                    .col(string(PathwayVersion::State))
                    .col(string(PathwayVersion::Title))
                    .col(text(PathwayVersion::Summary))
                    .col(string_len(PathwayVersion::Language, 2))
                    .col(json_binary(PathwayVersion::TargetGroups))
                    .col(json_binary(PathwayVersion::Tags))
                    .col(text(PathwayVersion::Body))
                    .col(text(PathwayVersion::ChangeNote))
                    .col(uuid(PathwayVersion::AuthorId))
                    .col(uuid_null(PathwayVersion::RestoredFromId))
                    .col(timestamp_with_time_zone(PathwayVersion::CreatedAt))
                    .col(timestamp_with_time_zone(PathwayVersion::UpdatedAt))
                    .col(timestamp_with_time_zone_null(PathwayVersion::SubmittedAt))
                    .col(timestamp_with_time_zone_null(PathwayVersion::PublishedAt))
                    .col(uuid_null(PathwayVersion::PublishedBy))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayVersion::Table, PathwayVersion::PathwayId)
                            .to(Pathway::Table, Pathway::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayVersion::Table, PathwayVersion::AuthorId)
                            .to(Person::Table, Person::Id),
                    )
                    .index(
                        Index::create()
                            .name("uq_pathway_version_number")
                            .col(PathwayVersion::PathwayId)
                            .col(PathwayVersion::Number)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum PathwayVersion {
    Table,
    Id,
    PathwayId,
    Number,
    State,
    Title,
    Summary,
    Language,
    TargetGroups,
    Tags,
    Body,
    ChangeNote,
    AuthorId,
    RestoredFromId,
    CreatedAt,
    UpdatedAt,
    SubmittedAt,
    PublishedAt,
    PublishedBy,
}

#[derive(DeriveIden)]
enum Pathway {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}
