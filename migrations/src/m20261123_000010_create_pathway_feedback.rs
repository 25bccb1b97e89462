//! Pathway feedback: a reader's message to the pathway's coordinators, triaged and answered.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PathwayFeedback::Table)
                    .col(pk_uuid(PathwayFeedback::Id))
                    .col(uuid(PathwayFeedback::PathwayId))
                    // The pathway's region, copied so a region's queue is one indexed read.
                    .col(uuid_null(PathwayFeedback::RegionId))
                    .col(uuid(PathwayFeedback::SenderId))
                    .col(text(PathwayFeedback::Message))
                    .col(boolean(PathwayFeedback::Urgent))
                    .col(string(PathwayFeedback::Status))
                    .col(text_null(PathwayFeedback::Reply))
                    .col(uuid_null(PathwayFeedback::RepliedBy))
                    .col(timestamp_with_time_zone_null(PathwayFeedback::RepliedAt))
                    .col(timestamp_with_time_zone(PathwayFeedback::CreatedAt))
                    .col(timestamp_with_time_zone(PathwayFeedback::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayFeedback::Table, PathwayFeedback::PathwayId)
                            .to(Pathway::Table, Pathway::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayFeedback::Table, PathwayFeedback::RegionId)
                            .to(Region::Table, Region::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayFeedback::Table, PathwayFeedback::SenderId)
                            .to(Person::Table, Person::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayFeedback::Table, PathwayFeedback::RepliedBy)
                            .to(Person::Table, Person::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_pathway_feedback_region_status")
                    .table(PathwayFeedback::Table)
                    .col(PathwayFeedback::RegionId)
                    .col(PathwayFeedback::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_pathway_feedback_sender")
                    .table(PathwayFeedback::Table)
                    .col(PathwayFeedback::SenderId)
                    .col(PathwayFeedback::Id)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum PathwayFeedback {
    Table,
    Id,
    PathwayId,
    RegionId,
    SenderId,
    Message,
    Urgent,
    Status,
    Reply,
    RepliedBy,
    RepliedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Pathway {
    Table,
    Id,
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
