//! Services: what an organisation offers, close to Open Referral HSDS.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Service::Table)
                    .col(pk_uuid(Service::Id))
                    .col(uuid(Service::OrganisationId))
                    .col(string(Service::Name))
                    .col(string(Service::Kind))
                    .col(text(Service::Description))
                    .col(string(Service::Status))
                    .col(boolean(Service::Public))
                    .col(json_binary(Service::Channels))
                    .col(json_binary(Service::Languages))
                    .col(json_binary(Service::TargetGroups))
                    .col(text(Service::Eligibility))
                    .col(boolean(Service::IsFree))
                    .col(boolean(Service::IsAnonymous))
                    .col(boolean(Service::ReferralRequired))
                    .col(date_null(Service::AssuredOn))
                    .col(json_binary_null(Service::Hours))
                    .col(string(Service::TimeZone))
                    .col(timestamp_with_time_zone(Service::CreatedAt))
                    .col(timestamp_with_time_zone(Service::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Service::Table, Service::OrganisationId)
                            .to(Organisation::Table, Organisation::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_service_organisation")
                    .table(Service::Table)
                    .col(Service::OrganisationId)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Service {
    Table,
    Id,
    OrganisationId,
    Name,
    Kind,
    Description,
    Status,
    Public,
    Channels,
    Languages,
    TargetGroups,
    Eligibility,
    IsFree,
    IsAnonymous,
    ReferralRequired,
    AssuredOn,
    Hours,
    TimeZone,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
}
