//! The `person` table.

use sea_orm::entity::prelude::*;

/// A row of `person`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "person")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    pub title: String,
    pub organisation_id: Option<Uuid>,
    pub language: String,
    pub password_hash: Option<String>,
    pub is_admin: bool,
    pub disabled: bool,
    /// The kinds of notification mail they turned off ([`verkosto_domain::MailOptOuts`]).
    pub mail_opt_outs: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// Whether notification mail of `kind` goes out to them (they did not turn it off).
    pub fn receives(&self, kind: verkosto_domain::NotificationMail) -> bool {
        verkosto_domain::MailOptOuts::from_stored(&self.mail_opt_outs).receives(kind)
    }
}
