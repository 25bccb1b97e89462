//! Finds the versions a person wrote without scanning every version: the readable-pathway
//! filter asks which open drafts the viewer authored.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("ix_pathway_version_author")
                    .table(PathwayVersion::Table)
                    .col(PathwayVersion::AuthorId)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum PathwayVersion {
    Table,
    AuthorId,
}
