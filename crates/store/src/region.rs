//! Regions: opening, renaming and changing the status of regional networks.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Select,
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{
    Country, DomainError, MemberListVisibility, PersonId, RegionId, RegionStatus, msg,
    region::LocalizedName,
};

use crate::{
    Store, StoreResult,
    audit::{Change, record},
    entity::region,
    error::DbContext,
    unchanged::unchanged_since,
};

/// A validated region to create or the new values of one to update.
#[derive(Debug, Clone)]
pub struct RegionFields {
    /// Unique address-friendly name.
    pub slug: String,
    /// The name in up to four languages.
    pub name: LocalizedName,
    /// Finland or Norway.
    pub country: Country,
    /// Municipalities or counties covered.
    pub area: Vec<String>,
    /// IANA time zone of its meetings.
    pub time_zone: String,
}

impl Store {
    /// Opens a region in `status` (admins open regions as onboarding).
    pub async fn create_region(
        &self,
        actor: Option<PersonId>,
        fields: RegionFields,
        status: RegionStatus,
    ) -> StoreResult<region::Model> {
        let tx = self.write().await?;
        let model = insert_region(&tx.txn, actor, &fields, status).await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Changes a region's names, area and time zone, unless they changed since `read_at` (see
    /// `unchanged`).
    pub async fn update_region(
        &self,
        actor: PersonId,
        id: RegionId,
        fields: RegionFields,
        read_at: Option<DateTime<Utc>>,
    ) -> StoreResult<region::Model> {
        let tx = self.write().await?;
        let current = region::Entity::find_by_id(id.0)
            .lock_exclusive()
            .one(&tx.txn)
            .await
            .context("load the region")?
            .ok_or(DomainError::NotFound("region"))?;
        unchanged_since(read_at, current.updated_at)?;
        let mut model: region::ActiveModel = current.into();
        model.slug = Set(fields.slug.clone());
        model.name_fi = Set(fields.name.fi.clone());
        model.name_sv = Set(fields.name.sv.clone());
        model.name_nb = Set(fields.name.nb.clone());
        model.name_en = Set(fields.name.en.clone());
        model.country = Set(fields.country.as_str().to_owned());
        model.area = Set(json!(fields.area));
        model.time_zone = Set(fields.time_zone.clone());
        model.updated_at = Set(Utc::now());
        let model = model.update(&tx.txn).await.conflict_on_unique(
            "update a region",
            msg!("region-slug-taken", slug = &fields.slug),
        )?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "region.update",
                entity_type: "region",
                entity_id: id.0,
                region: Some(id),
                summary: json!({ "slug": fields.slug, "name": fields.name, "area": fields.area }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Moves a region to `status` (activate after onboarding, archive).
    pub async fn set_region_status(
        &self,
        actor: PersonId,
        id: RegionId,
        status: RegionStatus,
    ) -> StoreResult<region::Model> {
        let tx = self.write().await?;
        let current = region::Entity::find_by_id(id.0)
            .one(&tx.txn)
            .await
            .context("load the region")?
            .ok_or(DomainError::NotFound("region"))?;
        if current.status == status.as_str() {
            return Err(DomainError::conflict(msg!(
                "region-status-already",
                status = status.as_str()
            ))
            .into());
        }
        let from = current.status.clone();
        let mut model: region::ActiveModel = current.into();
        model.status = Set(status.as_str().to_owned());
        model.updated_at = Set(Utc::now());
        let model = model
            .update(&tx.txn)
            .await
            .context("update the region status")?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "region.set_status",
                entity_type: "region",
                entity_id: id.0,
                region: Some(id),
                summary: json!({ "from": from, "to": status }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Sets who may list the region's people.
    pub async fn set_member_list_visibility(
        &self,
        actor: PersonId,
        id: RegionId,
        visibility: MemberListVisibility,
    ) -> StoreResult<region::Model> {
        let tx = self.write().await?;
        let current = region::Entity::find_by_id(id.0)
            .one(&tx.txn)
            .await
            .context("load the region")?
            .ok_or(DomainError::NotFound("region"))?;
        let from = current.member_list_visibility.clone();
        let mut model: region::ActiveModel = current.into();
        model.member_list_visibility = Set(visibility.as_str().to_owned());
        model.updated_at = Set(Utc::now());
        let model = model
            .update(&tx.txn)
            .await
            .context("update the member list setting")?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "region.set_member_list_visibility",
                entity_type: "region",
                entity_id: id.0,
                region: Some(id),
                summary: json!({ "from": from, "to": visibility }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// One region by id.
    pub async fn get_region(&self, id: RegionId) -> StoreResult<Option<region::Model>> {
        region::Entity::find_by_id(id.0)
            .one(&self.db)
            .await
            .context("load a region")
    }

    /// Regions by ids, in any order.
    pub async fn regions_by_ids(&self, ids: &[Uuid]) -> StoreResult<Vec<region::Model>> {
        region::Entity::find()
            .filter(region::Column::Id.is_in(ids.iter().copied()))
            .all(&self.db)
            .await
            .context("load regions")
    }

    /// Regions in creation order after the cursor, at most `limit`.
    pub async fn list_regions(
        &self,
        status: Option<RegionStatus>,
        after: Option<Uuid>,
        limit: u64,
    ) -> StoreResult<Vec<region::Model>> {
        region_list(status, after)
            .limit(limit)
            .all(&self.db)
            .await
            .context("list regions")
    }
}

/// Regions in creation order after the cursor, optionally of one status.
pub(crate) fn region_list(
    status: Option<RegionStatus>,
    after: Option<Uuid>,
) -> Select<region::Entity> {
    let mut query = region::Entity::find().order_by_asc(region::Column::Id);
    if let Some(status) = status {
        query = query.filter(region::Column::Status.eq(status.as_str()));
    }
    if let Some(after) = after {
        query = query.filter(region::Column::Id.gt(after));
    }
    query
}

/// Inserts a region and its audit event on `txn`.
pub(crate) async fn insert_region(
    txn: &DatabaseTransaction,
    actor: Option<PersonId>,
    fields: &RegionFields,
    status: RegionStatus,
) -> StoreResult<region::Model> {
    let now = Utc::now();
    let id = RegionId::new();
    let model = region::ActiveModel {
        id: Set(id.0),
        slug: Set(fields.slug.clone()),
        name_fi: Set(fields.name.fi.clone()),
        name_sv: Set(fields.name.sv.clone()),
        name_nb: Set(fields.name.nb.clone()),
        name_en: Set(fields.name.en.clone()),
        country: Set(fields.country.as_str().to_owned()),
        area: Set(json!(fields.area)),
        status: Set(status.as_str().to_owned()),
        time_zone: Set(fields.time_zone.clone()),
        member_list_visibility: Set(MemberListVisibility::AllMembers.as_str().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(txn)
    .await
    .conflict_on_unique(
        "insert a region",
        msg!("region-slug-taken", slug = &fields.slug),
    )?;
    record(
        txn,
        Change {
            actor,
            action: "region.create",
            entity_type: "region",
            entity_id: id.0,
            region: Some(id),
            summary: json!({ "slug": fields.slug, "name": fields.name, "status": status }),
        },
    )
    .await?;
    Ok(model)
}
