//! The `search_outbox` table.

use sea_orm::entity::prelude::*;

/// A row of `search_outbox`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "search_outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub entity_type: String,
    pub entity_id: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
