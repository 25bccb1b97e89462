//! The `event` table.

use sea_orm::entity::prelude::*;

/// A row of `event`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub region_id: Uuid,
    pub kind: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub agenda: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub place: Option<String>,
    pub online_url: Option<String>,
    pub capacity: Option<i32>,
    pub registered_count: i32,
    pub audience: String,
    pub status: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub minutes: Option<String>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
