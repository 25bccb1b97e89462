//! The `pathway` table.

use sea_orm::entity::prelude::*;

/// A row of `pathway`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pathway")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub region_id: Option<Uuid>,
    pub based_on_version_id: Option<Uuid>,
    pub visibility: String,
    pub status: String,
    pub review_due: Option<Date>,
    pub published_version_id: Option<Uuid>,
    pub open_version_id: Option<Uuid>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
