//! Reads a region's active memberships in id order without sorting them: a region's page of
//! member organisations (oldest membership first) stops after the page instead of sorting all.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("ix_membership_region_status_id")
                    .table(Membership::Table)
                    .col(Membership::RegionId)
                    .col(Membership::Status)
                    .col(Membership::Id)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Membership {
    Table,
    RegionId,
    Status,
    Id,
}
