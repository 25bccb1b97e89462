//! Review flags: a service a published pathway uses has changed since the pathway was last
//! published or reviewed. One row per pathway and service; cleared by publishing or reviewing.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PathwayReviewFlag::Table)
                    .col(pk_uuid(PathwayReviewFlag::Id))
                    .col(uuid(PathwayReviewFlag::PathwayId))
                    .col(uuid(PathwayReviewFlag::ServiceId))
                    .col(json_binary(PathwayReviewFlag::ChangedFields))
                    .col(timestamp_with_time_zone(PathwayReviewFlag::ChangedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayReviewFlag::Table, PathwayReviewFlag::PathwayId)
                            .to(Pathway::Table, Pathway::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayReviewFlag::Table, PathwayReviewFlag::ServiceId)
                            .to(Service::Table, Service::Id),
                    )
                    .index(
                        Index::create()
                            .name("uq_pathway_review_flag")
                            .col(PathwayReviewFlag::PathwayId)
                            .col(PathwayReviewFlag::ServiceId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum PathwayReviewFlag {
    Table,
    Id,
    PathwayId,
    ServiceId,
    ChangedFields,
    ChangedAt,
}

#[derive(DeriveIden)]
enum Pathway {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Service {
    Table,
    Id,
}
