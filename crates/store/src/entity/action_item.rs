//! The `action_item` table.

use sea_orm::entity::prelude::*;

/// A row of `action_item`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "action_item")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub event_id: Uuid,
    pub region_id: Uuid,
    pub title: String,
    pub responsible_person_id: Option<Uuid>,
    pub responsible_organisation_id: Option<Uuid>,
    pub pathway_id: Option<Uuid>,
    pub due_on: Option<Date>,
    pub status: String,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub done_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
