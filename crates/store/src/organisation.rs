//! Organisations and their memberships in regional networks.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, FromQueryResult, Iterable,
    JoinType, Order, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
    sea_query::{Alias, Expr, ExprTrait, Query, SelectStatement},
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{
    DomainError, MembershipId, MembershipStatus, Message, OrganisationId, OrganisationKind,
    PersonId, RegionId, business_id::BusinessId, contact::Channel, msg,
};

use crate::{
    Store, StoreResult,
    audit::{Change, enqueue, record},
    entity::{membership, membership_contact, organisation, pathway_step, pathway_version},
    error::DbContext,
    region_pages::{page_region_id, region_pages},
    unchanged::unchanged_since,
};

/// The validated values of an organisation.
#[derive(Debug, Clone)]
pub struct OrganisationFields {
    /// Its name.
    pub name: String,
    /// What kind of organisation it is.
    pub kind: OrganisationKind,
    /// Y-tunnus or organisasjonsnummer, when known.
    pub business_id: Option<BusinessId>,
    /// Its home municipality.
    pub municipality: Option<String>,
    /// A few sentences about it.
    pub description: String,
    /// How to reach it.
    pub channels: Vec<Channel>,
    /// Whether anonymous visitors may see it.
    pub public: bool,
}

/// An organisation read with the region it is a member of.
#[derive(FromQueryResult)]
struct MemberOrganisation {
    member_of_region: Uuid,
    membership_id: Uuid,
    #[sea_orm(nested)]
    organisation: organisation::Model,
}

/// Which page of a region's member organisations to read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct MemberPage {
    /// Rows after the membership of this organisation (in the same region).
    pub after: Option<Uuid>,
    /// How many rows, at most, per region.
    pub take: u64,
    /// Only these kinds (`OrganisationKind::as_str`); any when empty.
    pub kinds: Vec<String>,
    /// Only public organisations (for anonymous visitors).
    pub public_only: bool,
}

/// Filters for listing organisations.
#[derive(Debug, Clone, Default)]
pub struct OrganisationFilter {
    /// Only members (any status but left) of this region.
    pub region: Option<RegionId>,
    /// Only these kinds.
    pub kinds: Vec<OrganisationKind>,
    /// Only public organisations (for anonymous visitors).
    pub public_only: bool,
}

fn business_id_conflict(fields: &OrganisationFields) -> Message {
    match &fields.business_id {
        Some(id) => msg!("organisation-business-id-taken", business_id = id.as_str()),
        None => msg!("organisation-business-id-taken-unnamed"),
    }
}

impl Store {
    /// Creates an organisation, and its active membership in `region` when given.
    pub async fn create_organisation(
        &self,
        actor: Option<PersonId>,
        fields: OrganisationFields,
        region: Option<RegionId>,
    ) -> StoreResult<organisation::Model> {
        let tx = self.write().await?;
        let now = Utc::now();
        let id = OrganisationId::new();
        let model = organisation::ActiveModel {
            id: Set(id.0),
            name: Set(fields.name.clone()),
            kind: Set(fields.kind.as_str().to_owned()),
            business_id: Set(fields.business_id.as_ref().map(|b| b.as_str().to_owned())),
            municipality: Set(fields.municipality.clone()),
            description: Set(fields.description.clone()),
            channels: Set(json!(fields.channels)),
            public: Set(fields.public),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&tx.txn)
        .await
        .conflict_on_unique("insert an organisation", business_id_conflict(&fields))?;
        record(
            &tx.txn,
            Change {
                actor,
                action: "organisation.create",
                entity_type: "organisation",
                entity_id: id.0,
                region,
                summary: json!({ "name": fields.name, "kind": fields.kind }),
            },
        )
        .await?;
        if let Some(region) = region {
            insert_membership(
                &tx.txn,
                actor,
                region,
                id,
                MembershipStatus::Active,
                Some(now.date_naive()),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(model)
    }

    /// Replaces an organisation's values, unless they changed since `read_at` (see `unchanged`);
    /// `audit_region` is the network the change is made in.
    pub async fn update_organisation(
        &self,
        actor: PersonId,
        id: OrganisationId,
        fields: OrganisationFields,
        audit_region: Option<RegionId>,
        read_at: Option<DateTime<Utc>>,
    ) -> StoreResult<organisation::Model> {
        let tx = self.write().await?;
        let current = organisation::Entity::find_by_id(id.0)
            .lock_exclusive()
            .one(&tx.txn)
            .await
            .context("load the organisation")?
            .ok_or(DomainError::NotFound("organisation"))?;
        unchanged_since(read_at, current.updated_at)?;
        let mut model: organisation::ActiveModel = current.into();
        model.name = Set(fields.name.clone());
        model.kind = Set(fields.kind.as_str().to_owned());
        model.business_id = Set(fields.business_id.as_ref().map(|b| b.as_str().to_owned()));
        model.municipality = Set(fields.municipality.clone());
        model.description = Set(fields.description.clone());
        model.channels = Set(json!(fields.channels));
        model.public = Set(fields.public);
        model.updated_at = Set(Utc::now());
        let model = model
            .update(&tx.txn)
            .await
            .conflict_on_unique("update an organisation", business_id_conflict(&fields))?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "organisation.update",
                entity_type: "organisation",
                entity_id: id.0,
                region: audit_region,
                summary: json!({ "name": fields.name, "kind": fields.kind, "public": fields.public }),
            },
        )
        .await?;
        // Pathway documents carry the names of their steps' organisations: reindex them too.
        for pathway in pathways_with_steps_of(&tx.txn, id).await? {
            enqueue(&tx.txn, "pathway", pathway).await?;
        }
        tx.commit().await?;
        Ok(model)
    }

    /// Adds an organisation to a region's network.
    pub async fn add_membership(
        &self,
        actor: Option<PersonId>,
        region: RegionId,
        organisation: OrganisationId,
        status: MembershipStatus,
        since: Option<NaiveDate>,
    ) -> StoreResult<membership::Model> {
        let tx = self.write().await?;
        let model = insert_membership(&tx.txn, actor, region, organisation, status, since).await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Moves a membership to `status` (accept an invitation, leave the network…).
    pub async fn set_membership_status(
        &self,
        actor: PersonId,
        id: MembershipId,
        status: MembershipStatus,
    ) -> StoreResult<membership::Model> {
        let tx = self.write().await?;
        let current = membership::Entity::find_by_id(id.0)
            .one(&tx.txn)
            .await
            .context("load the membership")?
            .ok_or(DomainError::NotFound("membership"))?;
        if current.status == status.as_str() {
            return Err(DomainError::conflict(msg!(
                "membership-status-already",
                status = status.as_str()
            ))
            .into());
        }
        let model = change_membership_status(&tx.txn, actor, current, status).await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Replaces the contact persons of a membership.
    pub async fn set_membership_contacts(
        &self,
        actor: PersonId,
        id: MembershipId,
        people: &[PersonId],
    ) -> StoreResult<()> {
        let tx = self.write().await?;
        let current = membership::Entity::find_by_id(id.0)
            .one(&tx.txn)
            .await
            .context("load the membership")?
            .ok_or(DomainError::NotFound("membership"))?;
        membership_contact::Entity::delete_many()
            .filter(membership_contact::Column::MembershipId.eq(id.0))
            .exec(&tx.txn)
            .await
            .context("clear membership contacts")?;
        if !people.is_empty() {
            membership_contact::Entity::insert_many(people.iter().map(|person| {
                membership_contact::ActiveModel {
                    membership_id: Set(id.0),
                    person_id: Set(person.0),
                }
            }))
            .exec_without_returning(&tx.txn)
            .await
            .context("insert membership contacts")?;
        }
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "membership.set_contacts",
                entity_type: "membership",
                entity_id: id.0,
                region: Some(RegionId(current.region_id)),
                summary: json!({ "contacts": people }),
            },
        )
        .await?;
        tx.commit().await
    }

    /// One organisation by id.
    pub async fn get_organisation(
        &self,
        id: OrganisationId,
    ) -> StoreResult<Option<organisation::Model>> {
        organisation::Entity::find_by_id(id.0)
            .one(&self.db)
            .await
            .context("load an organisation")
    }

    /// Organisations by ids, in any order.
    pub async fn organisations_by_ids(
        &self,
        ids: &[Uuid],
    ) -> StoreResult<Vec<organisation::Model>> {
        organisation::Entity::find()
            .filter(organisation::Column::Id.is_in(ids.iter().copied()))
            .all(&self.db)
            .await
            .context("load organisations")
    }

    /// Organisations in creation order after the cursor, at most `limit`.
    pub async fn list_organisations(
        &self,
        filter: &OrganisationFilter,
        after: Option<Uuid>,
        limit: u64,
    ) -> StoreResult<Vec<organisation::Model>> {
        let mut query = organisation::Entity::find().order_by_asc(organisation::Column::Id);
        if let Some(region) = filter.region {
            let members = membership::Entity::find()
                .select_only()
                .column(membership::Column::OrganisationId)
                .filter(membership::Column::RegionId.eq(region.0))
                .filter(membership::Column::Status.ne(MembershipStatus::Left.as_str()))
                .into_query();
            query = query.filter(organisation::Column::Id.in_subquery(members));
        }
        if !filter.kinds.is_empty() {
            query = query
                .filter(organisation::Column::Kind.is_in(filter.kinds.iter().map(|k| k.as_str())));
        }
        if filter.public_only {
            query = query.filter(organisation::Column::Public.eq(true));
        }
        if let Some(after) = after {
            query = query.filter(organisation::Column::Id.gt(after));
        }
        query
            .limit(limit)
            .all(&self.db)
            .await
            .context("list organisations")
    }

    /// One membership by id.
    pub async fn get_membership(&self, id: MembershipId) -> StoreResult<Option<membership::Model>> {
        membership::Entity::find_by_id(id.0)
            .one(&self.db)
            .await
            .context("load a membership")
    }

    /// Memberships of these regions (every status), oldest first.
    pub async fn memberships_by_regions(
        &self,
        regions: &[Uuid],
    ) -> StoreResult<Vec<membership::Model>> {
        membership::Entity::find()
            .filter(membership::Column::RegionId.is_in(regions.iter().copied()))
            .order_by_asc(membership::Column::Id)
            .all(&self.db)
            .await
            .context("load memberships of regions")
    }

    /// One page of the organisations with an active membership in each of `regions`, by
    /// membership age, paired with the region, in one statement (see [`region_pages`]); rows
    /// come grouped by region, in page order.
    pub async fn member_organisation_pages(
        &self,
        regions: &[Uuid],
        page: &MemberPage,
    ) -> StoreResult<Vec<(Uuid, organisation::Model)>> {
        const ROWS: &str = "page_membership";
        let ids = member_page_ids(page);
        let Some(mut query) = region_pages(
            self.db.get_database_backend(),
            regions,
            membership::Entity,
            ROWS,
            membership::Column::Id,
            ids,
        ) else {
            return Ok(Vec::new());
        };
        let memberships = Alias::new(ROWS);
        let organisations = Alias::new("page_organisation");
        query
            .join_as(
                JoinType::InnerJoin,
                organisation::Entity,
                organisations.clone(),
                Expr::col((organisations.clone(), organisation::Column::Id))
                    .equals((memberships.clone(), membership::Column::OrganisationId)),
            )
            .expr_as(
                Expr::col((memberships.clone(), membership::Column::RegionId)),
                Alias::new("member_of_region"),
            )
            .expr_as(
                Expr::col((memberships, membership::Column::Id)),
                Alias::new("membership_id"),
            );
        for column in organisation::Column::iter() {
            query.column((organisations.clone(), column));
        }
        let rows = self
            .db
            .query_all(&query)
            .await
            .context("load pages of member organisations of regions")?;
        let mut pages = rows
            .iter()
            .map(|row| MemberOrganisation::from_query_result(row, ""))
            .collect::<Result<Vec<_>, sea_orm::DbErr>>()
            .context("read pages of member organisations of regions")?;
        pages.sort_unstable_by_key(|row| (row.member_of_region, row.membership_id));
        Ok(pages
            .into_iter()
            .map(|row| (row.member_of_region, row.organisation))
            .collect())
    }

    /// Memberships of these organisations (every status), oldest first.
    pub async fn memberships_by_organisations(
        &self,
        organisations: &[Uuid],
    ) -> StoreResult<Vec<membership::Model>> {
        membership::Entity::find()
            .filter(membership::Column::OrganisationId.is_in(organisations.iter().copied()))
            .order_by_asc(membership::Column::Id)
            .all(&self.db)
            .await
            .context("load memberships of organisations")
    }

    /// Contact person ids of these memberships.
    pub async fn contacts_by_memberships(
        &self,
        memberships: &[Uuid],
    ) -> StoreResult<Vec<membership_contact::Model>> {
        membership_contact::Entity::find()
            .filter(membership_contact::Column::MembershipId.is_in(memberships.iter().copied()))
            .all(&self.db)
            .await
            .context("load membership contacts")
    }
}

/// Inserts a membership and its audit event on `txn`.
pub(crate) async fn insert_membership(
    txn: &sea_orm::DatabaseTransaction,
    actor: Option<PersonId>,
    region: RegionId,
    organisation: OrganisationId,
    status: MembershipStatus,
    since: Option<NaiveDate>,
) -> StoreResult<membership::Model> {
    let now = Utc::now();
    let id = MembershipId::new();
    let model = membership::ActiveModel {
        id: Set(id.0),
        region_id: Set(region.0),
        organisation_id: Set(organisation.0),
        status: Set(status.as_str().to_owned()),
        since: Set(since),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(txn)
    .await
    .conflict_on_unique(
        "insert a membership",
        msg!("organisation-in-network-already"),
    )?;
    enqueue(txn, "organisation", organisation.0).await?;
    record(
        txn,
        Change {
            actor,
            action: "membership.create",
            entity_type: "membership",
            entity_id: id.0,
            region: Some(region),
            summary: json!({ "organisation": organisation, "status": status }),
        },
    )
    .await?;
    Ok(model)
}

/// The pathways having a version with a step that `organisation` is responsible for.
async fn pathways_with_steps_of(
    txn: &DatabaseTransaction,
    organisation: OrganisationId,
) -> StoreResult<Vec<Uuid>> {
    let versions = pathway_step::Entity::find()
        .select_only()
        .column(pathway_step::Column::VersionId)
        .filter(pathway_step::Column::OrganisationId.eq(organisation.0))
        .into_query();
    let mut pathways: Vec<Uuid> = pathway_version::Entity::find()
        .filter(pathway_version::Column::Id.in_subquery(versions))
        .all(txn)
        .await
        .context("find the pathways naming the organisation")?
        .into_iter()
        .map(|v| v.pathway_id)
        .collect();
    pathways.sort_unstable();
    pathways.dedup();
    Ok(pathways)
}

/// Moves `current` to `status` on `txn`, with its audit event and the organisation's outbox row
/// (its regions are part of its search document).
pub(crate) async fn change_membership_status(
    txn: &DatabaseTransaction,
    actor: PersonId,
    current: membership::Model,
    status: MembershipStatus,
) -> StoreResult<membership::Model> {
    let from = current.status.clone();
    let region = RegionId(current.region_id);
    let id = current.id;
    enqueue(txn, "organisation", current.organisation_id).await?;
    let mut model: membership::ActiveModel = current.into();
    model.status = Set(status.as_str().to_owned());
    if status == MembershipStatus::Active {
        model.since = Set(Some(Utc::now().date_naive()));
    }
    model.updated_at = Set(Utc::now());
    let model = model.update(txn).await.context("update the membership")?;
    record(
        txn,
        Change {
            actor: Some(actor),
            action: "membership.set_status",
            entity_type: "membership",
            entity_id: id,
            region: Some(region),
            summary: json!({ "from": from, "to": status }),
        },
    )
    .await?;
    Ok(model)
}

/// The ids of one region's memberships on a page of its member organisations: a `SELECT` of
/// `membership.id` correlated on [`page_region_id`], in page order.
pub(crate) fn member_page_ids(page: &MemberPage) -> SelectStatement {
    let mut ids = Query::select();
    ids.column((membership::Entity, membership::Column::Id))
        .from(membership::Entity)
        .inner_join(
            organisation::Entity,
            Expr::col((organisation::Entity, organisation::Column::Id))
                .equals((membership::Entity, membership::Column::OrganisationId)),
        )
        .and_where(
            membership::Column::RegionId
                .into_expr()
                .eq(page_region_id()),
        )
        .and_where(membership::Column::Status.eq(MembershipStatus::Active.as_str()));
    if !page.kinds.is_empty() {
        ids.and_where(organisation::Column::Kind.is_in(page.kinds.iter().cloned()));
    }
    if page.public_only {
        ids.and_where(organisation::Column::Public.eq(true));
    }
    if let Some(after) = page.after {
        let cursor = Query::select()
            .column(membership::Column::Id)
            .from(membership::Entity)
            .and_where(
                membership::Column::RegionId
                    .into_expr()
                    .eq(page_region_id()),
            )
            .and_where(membership::Column::OrganisationId.eq(after))
            .to_owned();
        ids.and_where(
            Expr::col((membership::Entity, membership::Column::Id))
                .gt(Expr::SubQuery(None, Box::new(cursor.into()))),
        );
    }
    ids.order_by((membership::Entity, membership::Column::Id), Order::Asc)
        .limit(page.take);
    ids
}
