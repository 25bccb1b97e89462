//! Services that organisations offer: channels, hours, languages, eligibility, assured date.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{
    DomainError, MembershipStatus, OrganisationId, PersonId, RegionId, ServiceId, ServiceKind,
    ServiceStatus, TargetGroup, contact::Channel, hours::OpeningHours, text::LanguageCode,
};

use crate::{
    Store, StoreResult,
    audit::{Change, record},
    entity::{membership, service},
    error::DbContext,
    unchanged::unchanged_since,
};

/// The validated values of a service.
#[derive(Debug, Clone)]
pub struct ServiceFields {
    /// Its name.
    pub name: String,
    /// What kind of service it is.
    pub kind: ServiceKind,
    /// What it offers.
    pub description: String,
    /// Whether it takes clients now.
    pub status: ServiceStatus,
    /// Whether anonymous visitors may see it.
    pub public: bool,
    /// How to reach it.
    pub channels: Vec<Channel>,
    /// Languages it is offered in.
    pub languages: Vec<LanguageCode>,
    /// Who it is for.
    pub target_groups: Vec<TargetGroup>,
    /// Who may use it and how.
    pub eligibility: String,
    /// Free of charge.
    pub is_free: bool,
    /// Usable without giving one's name.
    pub is_anonymous: bool,
    /// Needs a referral.
    pub referral_required: bool,
    /// When its details were last confirmed.
    pub assured_on: Option<NaiveDate>,
    /// Weekly hours with exceptions.
    pub hours: Option<OpeningHours>,
    /// IANA time zone of its hours.
    pub time_zone: String,
}

/// Filters for listing services.
#[derive(Debug, Clone, Default)]
pub struct ServiceFilter {
    /// Only services of this organisation.
    pub organisation: Option<OrganisationId>,
    /// Only services of organisations in this region's network.
    pub region: Option<RegionId>,
    /// Only public services (for anonymous visitors).
    pub public_only: bool,
}

fn apply(model: &mut service::ActiveModel, fields: &ServiceFields) {
    model.name = Set(fields.name.clone());
    model.kind = Set(fields.kind.as_str().to_owned());
    model.description = Set(fields.description.clone());
    model.status = Set(fields.status.as_str().to_owned());
    model.public = Set(fields.public);
    model.channels = Set(json!(fields.channels));
    model.languages = Set(json!(fields.languages));
    model.target_groups = Set(json!(fields.target_groups));
    model.eligibility = Set(fields.eligibility.clone());
    model.is_free = Set(fields.is_free);
    model.is_anonymous = Set(fields.is_anonymous);
    model.referral_required = Set(fields.referral_required);
    model.assured_on = Set(fields.assured_on);
    model.hours = Set(fields.hours.as_ref().map(|h| json!(h)));
    model.time_zone = Set(fields.time_zone.clone());
    model.updated_at = Set(Utc::now());
}

impl Store {
    /// Adds a service to an organisation; `audit_region` is the network the change is made in.
    pub async fn create_service(
        &self,
        actor: Option<PersonId>,
        organisation: OrganisationId,
        fields: ServiceFields,
        audit_region: Option<RegionId>,
    ) -> StoreResult<service::Model> {
        let tx = self.write().await?;
        let id = ServiceId::new();
        let mut model = service::ActiveModel {
            id: Set(id.0),
            organisation_id: Set(organisation.0),
            created_at: Set(Utc::now()),
            ..Default::default()
        };
        apply(&mut model, &fields);
        let model = model.insert(&tx.txn).await.context("insert a service")?;
        record(
            &tx.txn,
            Change {
                actor,
                action: "service.create",
                entity_type: "service",
                entity_id: id.0,
                region: audit_region,
                summary: json!({ "name": fields.name, "kind": fields.kind, "organisation": organisation }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Replaces a service's values, unless they changed since `read_at` (see `unchanged`).
    pub async fn update_service(
        &self,
        actor: PersonId,
        id: ServiceId,
        fields: ServiceFields,
        audit_region: Option<RegionId>,
        read_at: Option<DateTime<Utc>>,
    ) -> StoreResult<service::Model> {
        let tx = self.write().await?;
        let current = service::Entity::find_by_id(id.0)
            .lock_exclusive()
            .one(&tx.txn)
            .await
            .context("load the service")?
            .ok_or(DomainError::NotFound("service"))?;
        unchanged_since(read_at, current.updated_at)?;
        let before = current.clone();
        let mut model: service::ActiveModel = current.into();
        apply(&mut model, &fields);
        let model = model.update(&tx.txn).await.context("update the service")?;
        let changed = crate::review::reviewed_changes(&before, &model);
        crate::review::flag_pathways_using_service(&tx.txn, actor, &model, &changed).await?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "service.update",
                entity_type: "service",
                entity_id: id.0,
                region: audit_region,
                summary: json!({ "name": fields.name, "status": fields.status, "assuredOn": fields.assured_on }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Sets the date the service's details were last checked to `on`, changing nothing else.
    pub async fn mark_service_checked(
        &self,
        actor: PersonId,
        id: ServiceId,
        on: NaiveDate,
        audit_region: Option<RegionId>,
    ) -> StoreResult<service::Model> {
        let tx = self.write().await?;
        let current = service::Entity::find_by_id(id.0)
            .one(&tx.txn)
            .await
            .context("load the service")?
            .ok_or(DomainError::NotFound("service"))?;
        let mut model: service::ActiveModel = current.into();
        model.assured_on = Set(Some(on));
        model.updated_at = Set(Utc::now());
        let model = model
            .update(&tx.txn)
            .await
            .context("mark the service checked")?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "service.mark_checked",
                entity_type: "service",
                entity_id: id.0,
                region: audit_region,
                summary: json!({ "assuredOn": on }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// One service by id.
    pub async fn get_service(&self, id: ServiceId) -> StoreResult<Option<service::Model>> {
        service::Entity::find_by_id(id.0)
            .one(&self.db)
            .await
            .context("load a service")
    }

    /// Services by ids, in any order.
    pub async fn services_by_ids(&self, ids: &[Uuid]) -> StoreResult<Vec<service::Model>> {
        service::Entity::find()
            .filter(service::Column::Id.is_in(ids.iter().copied()))
            .all(&self.db)
            .await
            .context("load services")
    }

    /// Services of these organisations, oldest first.
    pub async fn services_by_organisations(
        &self,
        organisations: &[Uuid],
    ) -> StoreResult<Vec<service::Model>> {
        service::Entity::find()
            .filter(service::Column::OrganisationId.is_in(organisations.iter().copied()))
            .order_by_asc(service::Column::Id)
            .all(&self.db)
            .await
            .context("load services of organisations")
    }

    /// Services in creation order after the cursor, at most `limit`.
    pub async fn list_services(
        &self,
        filter: &ServiceFilter,
        after: Option<Uuid>,
        limit: u64,
    ) -> StoreResult<Vec<service::Model>> {
        let mut query = service::Entity::find().order_by_asc(service::Column::Id);
        if let Some(organisation) = filter.organisation {
            query = query.filter(service::Column::OrganisationId.eq(organisation.0));
        }
        if let Some(region) = filter.region {
            let members = membership::Entity::find()
                .select_only()
                .column(membership::Column::OrganisationId)
                .filter(membership::Column::RegionId.eq(region.0))
                .filter(membership::Column::Status.eq(MembershipStatus::Active.as_str()))
                .into_query();
            query = query.filter(service::Column::OrganisationId.in_subquery(members));
        }
        if filter.public_only {
            query = query.filter(service::Column::Public.eq(true));
        }
        if let Some(after) = after {
            query = query.filter(service::Column::Id.gt(after));
        }
        query
            .limit(limit)
            .all(&self.db)
            .await
            .context("list services")
    }
}
