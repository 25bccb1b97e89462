//! The `region` table.

use sea_orm::entity::prelude::*;

/// A row of `region`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "region")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub slug: String,
    pub name_fi: Option<String>,
    pub name_sv: Option<String>,
    pub name_nb: Option<String>,
    pub name_en: Option<String>,
    pub country: String,
    #[sea_orm(column_type = "JsonBinary")]
    pub area: Json,
    pub status: String,
    pub time_zone: String,
    pub member_list_visibility: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The region's name in the languages it has.
    pub fn names(&self) -> verkosto_domain::region::LocalizedName {
        verkosto_domain::region::LocalizedName {
            fi: self.name_fi.clone(),
            sv: self.name_sv.clone(),
            nb: self.name_nb.clone(),
            en: self.name_en.clone(),
        }
    }
}
