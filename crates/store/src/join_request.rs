//! Requests to join a region's network, and the coordinators' decisions on them.
//!
//! A signed-in professional asks, naming their organisation; approving gives the member role and,
//! if needed, the organisation's membership in one transaction; declining carries a reason.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{
    DomainError, JoinRequestId, JoinRequestStatus, MembershipStatus, OrganisationId, PersonId,
    RegionId, RegionStatus, RoleKind, msg, text::FreeText,
};

use crate::{
    Store, StoreResult,
    audit::{Change, record},
    entity::{join_request, membership, organisation, region, role},
    error::DbContext,
    invitation::grant_role,
    organisation::{change_membership_status, insert_membership},
};

impl Store {
    /// Files `person`'s request to join `region` as someone working for `organisation`.
    pub async fn request_to_join(
        &self,
        person: PersonId,
        region: RegionId,
        organisation: OrganisationId,
        message: FreeText,
    ) -> StoreResult<join_request::Model> {
        let tx = self.write().await?;
        let found = region::Entity::find_by_id(region.0)
            .one(&tx.txn)
            .await
            .context("load the region")?
            .ok_or(DomainError::NotFound("region"))?;
        if found.status == RegionStatus::Archived.as_str() {
            return Err(DomainError::conflict(msg!("region-archived-no-joining")).into());
        }
        organisation::Entity::find_by_id(organisation.0)
            .one(&tx.txn)
            .await
            .context("load the organisation")?
            .ok_or_else(|| DomainError::invalid("organisationId", msg!("no-such-organisation")))?;
        let has_role = role::Entity::find()
            .filter(role::Column::PersonId.eq(person.0))
            .filter(role::Column::RegionId.eq(region.0))
            .one(&tx.txn)
            .await
            .context("check the network")?;
        if has_role.is_some() {
            return Err(DomainError::conflict(msg!("already-in-network")).into());
        }
        let pending = join_request::Entity::find()
            .filter(join_request::Column::PersonId.eq(person.0))
            .filter(join_request::Column::RegionId.eq(region.0))
            .filter(join_request::Column::Status.eq(JoinRequestStatus::Pending.as_str()))
            .one(&tx.txn)
            .await
            .context("check pending requests")?;
        if pending.is_some() {
            return Err(DomainError::conflict(msg!("join-request-pending-already")).into());
        }
        let id = JoinRequestId::new();
        let model = join_request::ActiveModel {
            id: Set(id.0),
            region_id: Set(region.0),
            person_id: Set(person.0),
            organisation_id: Set(organisation.0),
            message: Set(message.as_str().to_owned()),
            status: Set(JoinRequestStatus::Pending.as_str().to_owned()),
            reason: Set(None),
            decided_by: Set(None),
            decided_at: Set(None),
            created_at: Set(Utc::now()),
        }
        .insert(&tx.txn)
        .await
        .context("insert the join request")?;
        record(
            &tx.txn,
            Change {
                actor: Some(person),
                action: "join_request.create",
                entity_type: "join_request",
                entity_id: id.0,
                region: Some(region),
                summary: json!({ "organisation": organisation }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Approves a pending request: the requester becomes a member of the region, and their
    /// organisation an active member organisation if it was not one.
    pub async fn approve_join_request(
        &self,
        actor: PersonId,
        id: JoinRequestId,
    ) -> StoreResult<join_request::Model> {
        let tx = self.write().await?;
        let current = pending(&tx.txn, id).await?;
        let region = RegionId(current.region_id);
        let organisation = OrganisationId(current.organisation_id);
        grant_role(
            &tx.txn,
            actor,
            PersonId(current.person_id),
            region,
            RoleKind::Member,
        )
        .await?;
        let membership = membership::Entity::find()
            .filter(membership::Column::RegionId.eq(region.0))
            .filter(membership::Column::OrganisationId.eq(organisation.0))
            .one(&tx.txn)
            .await
            .context("load the membership")?;
        match membership {
            None => {
                insert_membership(
                    &tx.txn,
                    Some(actor),
                    region,
                    organisation,
                    MembershipStatus::Active,
                    Some(Utc::now().date_naive()),
                )
                .await?;
            }
            Some(existing) if existing.status != MembershipStatus::Active.as_str() => {
                change_membership_status(&tx.txn, actor, existing, MembershipStatus::Active)
                    .await?;
            }
            Some(_) => {}
        }
        let model = decide(&tx.txn, actor, current, JoinRequestStatus::Approved, None).await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Declines a pending request with a reason the requester will read.
    pub async fn decline_join_request(
        &self,
        actor: PersonId,
        id: JoinRequestId,
        reason: FreeText,
    ) -> StoreResult<join_request::Model> {
        let tx = self.write().await?;
        let current = pending(&tx.txn, id).await?;
        let model = decide(
            &tx.txn,
            actor,
            current,
            JoinRequestStatus::Declined,
            Some(reason.as_str().to_owned()),
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// One join request by id.
    pub async fn get_join_request(
        &self,
        id: JoinRequestId,
    ) -> StoreResult<Option<join_request::Model>> {
        join_request::Entity::find_by_id(id.0)
            .one(&self.db)
            .await
            .context("load a join request")
    }

    /// Join requests of a region (or of a person), newest first, optionally of one status.
    pub async fn list_join_requests(
        &self,
        region: Option<RegionId>,
        person: Option<PersonId>,
        status: Option<JoinRequestStatus>,
        after: Option<Uuid>,
        limit: u64,
    ) -> StoreResult<Vec<join_request::Model>> {
        let mut query = join_request::Entity::find().order_by_desc(join_request::Column::Id);
        if let Some(region) = region {
            query = query.filter(join_request::Column::RegionId.eq(region.0));
        }
        if let Some(person) = person {
            query = query.filter(join_request::Column::PersonId.eq(person.0));
        }
        if let Some(status) = status {
            query = query.filter(join_request::Column::Status.eq(status.as_str()));
        }
        if let Some(after) = after {
            query = query.filter(join_request::Column::Id.lt(after));
        }
        query
            .limit(limit)
            .all(&self.db)
            .await
            .context("list join requests")
    }
}

/// Loads a request that is still waiting for a decision.
async fn pending(
    txn: &sea_orm::DatabaseTransaction,
    id: JoinRequestId,
) -> StoreResult<join_request::Model> {
    let current = join_request::Entity::find_by_id(id.0)
        .one(txn)
        .await
        .context("load the join request")?
        .ok_or(DomainError::NotFound("join_request"))?;
    if current.status != JoinRequestStatus::Pending.as_str() {
        return Err(DomainError::conflict(msg!(
            "join-request-answered-already",
            status = current.status,
        ))
        .into());
    }
    Ok(current)
}

/// Records the decision on a pending request.
async fn decide(
    txn: &sea_orm::DatabaseTransaction,
    actor: PersonId,
    current: join_request::Model,
    status: JoinRequestStatus,
    reason: Option<String>,
) -> StoreResult<join_request::Model> {
    let region = RegionId(current.region_id);
    let id = current.id;
    let mut model: join_request::ActiveModel = current.into();
    model.status = Set(status.as_str().to_owned());
    model.reason = Set(reason.clone());
    model.decided_by = Set(Some(actor.0));
    model.decided_at = Set(Some(Utc::now()));
    let model = model.update(txn).await.context("decide the join request")?;
    record(
        txn,
        Change {
            actor: Some(actor),
            action: match status {
                JoinRequestStatus::Approved => "join_request.approve",
                _ => "join_request.decline",
            },
            entity_type: "join_request",
            entity_id: id,
            region: Some(region),
            summary: json!({ "reason": reason }),
        },
    )
    .await?;
    Ok(model)
}
