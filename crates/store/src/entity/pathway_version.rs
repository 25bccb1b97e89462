//! The `pathway_version` table.

use sea_orm::entity::prelude::*;

/// A row of `pathway_version`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pathway_version")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub pathway_id: Uuid,
    pub number: i32,
    pub state: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    pub language: String,
    #[sea_orm(column_type = "JsonBinary")]
    pub target_groups: Json,
    #[sea_orm(column_type = "JsonBinary")]
    pub tags: Json,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    #[sea_orm(column_type = "Text")]
    pub change_note: String,
    pub author_id: Uuid,
    pub restored_from_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub submitted_at: Option<DateTimeUtc>,
    pub published_at: Option<DateTimeUtc>,
    pub published_by: Option<Uuid>,
    pub based_on_version_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
