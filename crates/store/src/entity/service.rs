//! The `service` table.

use sea_orm::entity::prelude::*;

/// A row of `service`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "service")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub name: String,
    pub kind: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub status: String,
    pub public: bool,
    #[sea_orm(column_type = "JsonBinary")]
    pub channels: Json,
    #[sea_orm(column_type = "JsonBinary")]
    pub languages: Json,
    #[sea_orm(column_type = "JsonBinary")]
    pub target_groups: Json,
    #[sea_orm(column_type = "Text")]
    pub eligibility: String,
    pub is_free: bool,
    pub is_anonymous: bool,
    pub referral_required: bool,
    pub assured_on: Option<Date>,
    #[sea_orm(column_type = "JsonBinary", nullable)]
    pub hours: Option<Json>,
    pub time_zone: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
