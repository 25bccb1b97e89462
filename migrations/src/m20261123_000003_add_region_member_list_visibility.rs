//! Per region: who may list its people (`all_members` or `coordinators`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Region::Table)
                    .add_column(string(Region::MemberListVisibility).default("all_members"))
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Region {
    Table,
    MemberListVisibility,
}
