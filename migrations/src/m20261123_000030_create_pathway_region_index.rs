//! Reads a page of a region's pathways (by id) without scanning or sorting every pathway.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("ix_pathway_region_id")
                    .table(Pathway::Table)
                    .col(Pathway::RegionId)
                    .col(Pathway::Id)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Pathway {
    Table,
    RegionId,
    Id,
}
