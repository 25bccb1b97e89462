//! A region's meetings, trainings and info sessions, their registrations and action items.
//!
//! `registered_count` is kept in the registering transaction by a guarded update, so that two
//! members taking the last seat at once cannot both get it, on SQLite and on PostgreSQL alike.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Event::Table)
                    .col(pk_uuid(Event::Id))
                    .col(uuid(Event::RegionId))
                    .col(string(Event::Kind))
                    .col(string(Event::Title))
                    .col(text(Event::Agenda))
                    .col(timestamp_with_time_zone(Event::StartsAt))
                    .col(timestamp_with_time_zone(Event::EndsAt))
                    .col(string_null(Event::Place))
                    .col(string_null(Event::OnlineUrl))
                    .col(integer_null(Event::Capacity))
                    .col(integer(Event::RegisteredCount).default(0))
                    .col(string(Event::Audience))
                    .col(string(Event::Status))
                    .col(text_null(Event::Minutes))
                    .col(uuid(Event::CreatedBy))
                    .col(timestamp_with_time_zone(Event::CreatedAt))
                    .col(timestamp_with_time_zone(Event::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Event::Table, Event::RegionId)
                            .to(Region::Table, Region::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("event_region_starts_at")
                    .table(Event::Table)
                    .col(Event::RegionId)
                    .col(Event::StartsAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventRegistration::Table)
                    .col(pk_uuid(EventRegistration::Id))
                    .col(uuid(EventRegistration::EventId))
                    .col(uuid(EventRegistration::PersonId))
                    .col(timestamp_with_time_zone(EventRegistration::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventRegistration::Table, EventRegistration::EventId)
                            .to(Event::Table, Event::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(EventRegistration::Table, EventRegistration::PersonId)
                            .to(Person::Table, Person::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("event_registration_once")
                    .table(EventRegistration::Table)
                    .col(EventRegistration::EventId)
                    .col(EventRegistration::PersonId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ActionItem::Table)
                    .col(pk_uuid(ActionItem::Id))
                    .col(uuid(ActionItem::EventId))
                    .col(uuid(ActionItem::RegionId))
                    .col(string(ActionItem::Title))
                    .col(uuid_null(ActionItem::ResponsiblePersonId))
                    .col(uuid_null(ActionItem::ResponsibleOrganisationId))
                    .col(uuid_null(ActionItem::PathwayId))
                    .col(date_null(ActionItem::DueOn))
                    .col(string(ActionItem::Status))
                    .col(uuid(ActionItem::CreatedBy))
                    .col(timestamp_with_time_zone(ActionItem::CreatedAt))
                    .col(timestamp_with_time_zone_null(ActionItem::DoneAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ActionItem::Table, ActionItem::EventId)
                            .to(Event::Table, Event::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("action_item_region_status")
                    .table(ActionItem::Table)
                    .col(ActionItem::RegionId)
                    .col(ActionItem::Status)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Event {
    Table,
    Id,
    RegionId,
    Kind,
    Title,
    Agenda,
    StartsAt,
    EndsAt,
    Place,
    OnlineUrl,
    Capacity,
    RegisteredCount,
    Audience,
    Status,
    Minutes,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EventRegistration {
    Table,
    Id,
    EventId,
    PersonId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ActionItem {
    Table,
    Id,
    EventId,
    RegionId,
    Title,
    ResponsiblePersonId,
    ResponsibleOrganisationId,
    PathwayId,
    DueOn,
    Status,
    CreatedBy,
    CreatedAt,
    DoneAt,
}

#[derive(DeriveIden)]
enum Region {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
}
