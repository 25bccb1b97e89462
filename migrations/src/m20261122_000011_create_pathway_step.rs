//! Pathway steps: the ordered steps of one version.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PathwayStep::Table)
                    .col(pk_uuid(PathwayStep::Id))
                    .col(uuid(PathwayStep::VersionId))
                    .col(integer(PathwayStep::Position))
                    .col(string(PathwayStep::Title))
                    .col(text(PathwayStep::Description))
                    .col(uuid_null(PathwayStep::OrganisationId))
                    .col(uuid_null(PathwayStep::ServiceId))
                    .col(text(PathwayStep::ReferralCriteria))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayStep::Table, PathwayStep::VersionId)
                            .to(PathwayVersion::Table, PathwayVersion::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayStep::Table, PathwayStep::OrganisationId)
                            .to(Organisation::Table, Organisation::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayStep::Table, PathwayStep::ServiceId)
                            .to(Service::Table, Service::Id),
                    )
                    .index(
                        Index::create()
                            .name("uq_pathway_step_position")
                            .col(PathwayStep::VersionId)
                            .col(PathwayStep::Position)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum PathwayStep {
    Table,
    Id,
    VersionId,
    Position,
    Title,
    Description,
    OrganisationId,
    ServiceId,
    ReferralCriteria,
}

#[derive(DeriveIden)]
enum PathwayVersion {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Service {
    Table,
    Id,
}
