//! A regional variant's version records the base version its content was merged from, so taking
//! the next base update compares against the right ancestor even before the draft is published.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(PathwayVersion::Table)
                    .add_column(uuid_null(PathwayVersion::BasedOnVersionId))
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum PathwayVersion {
    Table,
    BasedOnVersionId,
}
