//! The `wrong_password` table.

use sea_orm::entity::prelude::*;

/// A row of `wrong_password`: one e-mail address's recent wrong passwords.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "wrong_password")]
pub struct Model {
    /// SHA-256 of the address, trimmed and in lower case.
    #[sea_orm(primary_key, auto_increment = false)]
    pub address_hash: String,
    pub count: i32,
    pub last_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
