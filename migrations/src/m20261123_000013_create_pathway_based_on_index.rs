//! Lists a national pathway's regional variants without scanning every pathway.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("ix_pathway_based_on_version")
                    .table(Pathway::Table)
                    .col(Pathway::BasedOnVersionId)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Pathway {
    Table,
    BasedOnVersionId,
}
