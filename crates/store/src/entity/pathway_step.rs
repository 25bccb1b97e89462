//! The `pathway_step` table.

use sea_orm::entity::prelude::*;

/// A row of `pathway_step`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pathway_step")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version_id: Uuid,
    pub position: i32,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub organisation_id: Option<Uuid>,
    pub service_id: Option<Uuid>,
    #[sea_orm(column_type = "Text")]
    pub referral_criteria: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
