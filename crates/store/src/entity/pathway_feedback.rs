//! The `pathway_feedback` table.

use sea_orm::entity::prelude::*;

/// A row of `pathway_feedback`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pathway_feedback")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub pathway_id: Uuid,
    pub region_id: Option<Uuid>,
    pub sender_id: Uuid,
    #[sea_orm(column_type = "Text")]
    pub message: String,
    pub urgent: bool,
    pub status: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub reply: Option<String>,
    pub replied_by: Option<Uuid>,
    pub replied_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
