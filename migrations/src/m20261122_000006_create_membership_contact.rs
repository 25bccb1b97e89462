//! Membership contacts: the people to reach about an organisation's part in a network.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MembershipContact::Table)
                    .col(uuid(MembershipContact::MembershipId))
                    .col(uuid(MembershipContact::PersonId))
                    .primary_key(
                        Index::create()
                            .col(MembershipContact::MembershipId)
                            .col(MembershipContact::PersonId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MembershipContact::Table, MembershipContact::MembershipId)
                            .to(Membership::Table, Membership::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MembershipContact::Table, MembershipContact::PersonId)
                            .to(Person::Table, Person::Id),
                    )
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum MembershipContact {
    Table,
    MembershipId,
    PersonId,
}

#[derive(DeriveIden)]
enum Membership {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}
