//! The `pathway_review_flag` table.

use sea_orm::entity::prelude::*;

/// A row of `pathway_review_flag`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pathway_review_flag")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub pathway_id: Uuid,
    pub service_id: Uuid,
    #[sea_orm(column_type = "JsonBinary")]
    pub changed_fields: Json,
    pub changed_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
