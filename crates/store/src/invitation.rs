//! Invitations into a region: issuing (one, many, or with a new region), resending, revoking and
//! accepting.
//!
//! A token has 256 random bits, is shown once and stored as its SHA-256 hash, expires after
//! [`INVITATION_LIFETIME`] and is used at most once: accepting flips the row from `pending` in
//! the same transaction that creates the account and the role, guarded by that status.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait},
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{
    DomainError, InvitationId, InvitationStatus, Language, OrganisationId, PersonId, RegionId,
    RegionStatus, RoleKind, msg,
    text::{Email, Name},
};

use crate::{
    Store, StoreResult,
    audit::{Change, record},
    credentials::{new_token, token_hash},
    entity::{invitation, organisation, person, region, role},
    error::DbContext,
    region::{RegionFields, insert_region},
};

/// How long an invitation link stays valid.
pub const INVITATION_LIFETIME: Duration = Duration::hours(72);

/// A validated invitation to issue.
#[derive(Debug, Clone)]
pub struct NewInvitation {
    /// Where the invitation goes.
    pub email: Email,
    /// Whom it is for, as the coordinator knows them.
    pub name: Name,
    /// The organisation the person works for.
    pub organisation: Option<OrganisationId>,
    /// The role they get on accepting.
    pub role: RoleKind,
}

/// An invitation just issued or re-issued, with its token (never stored in plain).
#[derive(Debug, Clone)]
pub struct IssuedInvitation {
    /// The stored row.
    pub invitation: invitation::Model,
    /// The single-use token for the link.
    pub token: String,
}

/// What became of one invitation in a batch.
#[derive(Debug, Clone)]
pub enum InviteOutcome {
    /// Issued.
    Invited(Box<IssuedInvitation>),
    /// The address belongs to someone with a role in the region already.
    AlreadyMember,
    /// A pending invitation to the address exists; resend that one instead.
    AlreadyInvited,
}

/// Who accepts an invitation.
#[derive(Debug, Clone)]
pub struct Acceptance {
    /// The signed-in person opening the link, if any.
    pub viewer: Option<PersonId>,
    /// The name to use for a new account (else the name on the invitation).
    pub name: Option<Name>,
    /// The argon2 hash of the password for an account that has none yet.
    pub password_hash: Option<String>,
    /// A new account's preferred language (else its region's country's).
    pub language: Option<Language>,
}

/// An invitation's status at `now`: a pending invitation past its expiry is expired.
pub fn invitation_status(model: &invitation::Model, now: DateTime<Utc>) -> InvitationStatus {
    match InvitationStatus::parse("status", &model.status) {
        Ok(InvitationStatus::Pending) if model.expires_at <= now => InvitationStatus::Expired,
        Ok(status) => status,
        Err(_) => InvitationStatus::Revoked,
    }
}

impl Store {
    /// Invites one person into `region`; refuses someone already in the network or already invited.
    pub async fn invite(
        &self,
        actor: PersonId,
        region: RegionId,
        new: NewInvitation,
    ) -> StoreResult<IssuedInvitation> {
        let tx = self.write().await?;
        require_open_region(&tx.txn, region).await?;
        let issued = match invite_on(&tx.txn, actor, region, &new).await? {
            InviteOutcome::Invited(issued) => *issued,
            InviteOutcome::AlreadyMember => {
                return Err(DomainError::conflict(msg!(
                    "invitation-already-in-network",
                    email = new.email.as_str(),
                ))
                .into());
            }
            InviteOutcome::AlreadyInvited => {
                return Err(DomainError::conflict(msg!(
                    "invitation-pending-already",
                    email = new.email.as_str(),
                ))
                .into());
            }
        };
        tx.commit().await?;
        Ok(issued)
    }

    /// Invites everyone in `batch` into `region` in one transaction: either every outcome is
    /// kept or, on a failure, nothing is.
    pub async fn invite_many(
        &self,
        actor: PersonId,
        region: RegionId,
        batch: &[NewInvitation],
    ) -> StoreResult<Vec<InviteOutcome>> {
        let tx = self.write().await?;
        require_open_region(&tx.txn, region).await?;
        let mut outcomes = Vec::with_capacity(batch.len());
        for new in batch {
            outcomes.push(invite_on(&tx.txn, actor, region, new).await?);
        }
        tx.commit().await?;
        Ok(outcomes)
    }

    /// Opens a region in onboarding and invites its first coordinator, in one transaction.
    pub async fn open_region(
        &self,
        actor: PersonId,
        fields: RegionFields,
        mut coordinator: NewInvitation,
    ) -> StoreResult<(region::Model, IssuedInvitation)> {
        coordinator.role = RoleKind::Coordinator;
        let tx = self.write().await?;
        let region = insert_region(&tx.txn, Some(actor), &fields, RegionStatus::Onboarding).await?;
        let issued = match invite_on(&tx.txn, actor, RegionId(region.id), &coordinator).await? {
            InviteOutcome::Invited(issued) => *issued,
            // A brand-new region has no people and no invitations.
            _ => unreachable!("a new region has nobody in it"),
        };
        tx.commit().await?;
        Ok((region, issued))
    }

    /// Issues a new token and expiry for a pending or expired invitation (the old link stops working).
    pub async fn resend_invitation(
        &self,
        actor: PersonId,
        id: InvitationId,
    ) -> StoreResult<IssuedInvitation> {
        let tx = self.write().await?;
        let current = load(&tx.txn, id).await?;
        match invitation_status(&current, Utc::now()) {
            InvitationStatus::Pending | InvitationStatus::Expired => {}
            status => {
                return Err(DomainError::conflict(msg!(
                    "invitation-resend-not-pending",
                    status = status.as_str(),
                ))
                .into());
            }
        }
        let token = new_token();
        let region = RegionId(current.region_id);
        let mut model: invitation::ActiveModel = current.into();
        model.token_hash = Set(token_hash(&token));
        model.status = Set(InvitationStatus::Pending.as_str().to_owned());
        model.expires_at = Set(Utc::now() + INVITATION_LIFETIME);
        model.delivery_error = Set(None);
        let invitation = model
            .update(&tx.txn)
            .await
            .context("renew the invitation")?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "invitation.resend",
                entity_type: "invitation",
                entity_id: id.0,
                region: Some(region),
                summary: json!({ "email": invitation.email, "expiresAt": invitation.expires_at }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(IssuedInvitation { invitation, token })
    }

    /// Revokes a pending (or expired) invitation: its link stops working.
    pub async fn revoke_invitation(
        &self,
        actor: PersonId,
        id: InvitationId,
    ) -> StoreResult<invitation::Model> {
        let tx = self.write().await?;
        let current = load(&tx.txn, id).await?;
        match invitation_status(&current, Utc::now()) {
            InvitationStatus::Pending | InvitationStatus::Expired => {}
            status => {
                return Err(DomainError::conflict(msg!(
                    "invitation-status-already",
                    status = status.as_str()
                ))
                .into());
            }
        }
        let region = RegionId(current.region_id);
        let mut model: invitation::ActiveModel = current.into();
        model.status = Set(InvitationStatus::Revoked.as_str().to_owned());
        let invitation = model
            .update(&tx.txn)
            .await
            .context("revoke the invitation")?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "invitation.revoke",
                entity_type: "invitation",
                entity_id: id.0,
                region: Some(region),
                summary: json!({ "email": invitation.email }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(invitation)
    }

    /// Notes the outcome of sending an invitation's mail: one more delivery, or why it failed.
    pub async fn record_invitation_delivery(
        &self,
        id: InvitationId,
        error: Option<String>,
    ) -> StoreResult<()> {
        let tx = self.write().await?;
        let mut update = invitation::Entity::update_many()
            .col_expr(
                invitation::Column::DeliveryError,
                Expr::value(error.clone()),
            )
            .filter(invitation::Column::Id.eq(id.0));
        if error.is_none() {
            update = update.col_expr(
                invitation::Column::SentCount,
                Expr::col(invitation::Column::SentCount).add(Expr::val(1)),
            );
        }
        update.exec(&tx.txn).await.context("record the delivery")?;
        tx.commit().await
    }

    /// Accepts the invitation behind `token`: creates the account (or uses the signed-in one),
    /// gives the role, and uses the token up. Answers the person who now has the role.
    pub async fn accept_invitation(
        &self,
        token: &str,
        acceptance: Acceptance,
    ) -> StoreResult<PersonId> {
        let tx = self.write().await?;
        let now = Utc::now();
        let found = invitation::Entity::find()
            .filter(invitation::Column::TokenHash.eq(token_hash(token)))
            .one(&tx.txn)
            .await
            .context("look up the invitation")?
            .ok_or(DomainError::NotFound("invitation"))?;
        match invitation_status(&found, now) {
            InvitationStatus::Pending => {}
            InvitationStatus::Expired => {
                return Err(DomainError::invalid("token", msg!("invitation-expired")).into());
            }
            InvitationStatus::Accepted => {
                return Err(DomainError::conflict(msg!("invitation-used-already")).into());
            }
            InvitationStatus::Revoked => {
                return Err(DomainError::invalid("token", msg!("invitation-withdrawn")).into());
            }
        }
        let region = RegionId(found.region_id);
        let kind = RoleKind::parse("role", &found.role)?;
        let existing = person::Entity::find()
            .filter(person::Column::Email.eq(found.email.clone()))
            .one(&tx.txn)
            .await
            .context("look up the invited address")?;
        let person = match existing {
            Some(existing) if existing.password_hash.is_some() => {
                if acceptance.viewer != Some(PersonId(existing.id)) {
                    return Err(DomainError::conflict(msg!(
                        "invitation-sign-in-first",
                        email = &found.email,
                    ))
                    .into());
                }
                PersonId(existing.id)
            }
            Some(existing) => {
                let hash = acceptance.password_hash.ok_or_else(|| {
                    DomainError::invalid("password", msg!("invitation-password-needed"))
                })?;
                let id = PersonId(existing.id);
                let mut model: person::ActiveModel = existing.into();
                model.password_hash = Set(Some(hash));
                if let Some(name) = &acceptance.name {
                    model.name = Set(name.as_str().to_owned());
                }
                model.updated_at = Set(now);
                model.update(&tx.txn).await.context("set the password")?;
                id
            }
            None => {
                let hash = acceptance.password_hash.ok_or_else(|| {
                    DomainError::invalid("password", msg!("invitation-password-needed"))
                })?;
                let language = match acceptance.language {
                    Some(chosen) => chosen,
                    None => region::Entity::find_by_id(found.region_id)
                        .one(&tx.txn)
                        .await
                        .context("load the region")?
                        .map_or(Language::Finnish, |r| match r.country.as_str() {
                            "NO" => Language::NorwegianBokmal,
                            _ => Language::Finnish,
                        }),
                };
                let id = PersonId::new();
                let name = acceptance
                    .name
                    .as_ref()
                    .map_or(found.name.clone(), |n| n.as_str().to_owned());
                person::ActiveModel {
                    id: Set(id.0),
                    email: Set(found.email.clone()),
                    name: Set(name.clone()),
                    title: Set(String::new()),
                    organisation_id: Set(found.organisation_id),
                    language: Set(language.as_str().to_owned()),
                    password_hash: Set(Some(hash)),
                    is_admin: Set(false),
                    disabled: Set(false),
                    mail_opt_outs: Set(String::new()),
                    created_at: Set(now),
                    updated_at: Set(now),
                }
                .insert(&tx.txn)
                .await
                .conflict_on_unique("create the account", msg!("account-exists-already"))?;
                record(
                    &tx.txn,
                    Change {
                        actor: Some(id),
                        action: "person.create",
                        entity_type: "person",
                        entity_id: id.0,
                        region: Some(region),
                        summary: json!({ "email": found.email, "name": name, "via": "invitation" }),
                    },
                )
                .await?;
                id
            }
        };
        grant_role(&tx.txn, person, person, region, kind).await?;
        let used = invitation::Entity::update_many()
            .col_expr(
                invitation::Column::Status,
                Expr::value(InvitationStatus::Accepted.as_str()),
            )
            .col_expr(invitation::Column::AcceptedAt, Expr::value(now))
            .col_expr(invitation::Column::PersonId, Expr::value(person.0))
            .filter(invitation::Column::Id.eq(found.id))
            .filter(invitation::Column::Status.eq(InvitationStatus::Pending.as_str()))
            .exec(&tx.txn)
            .await
            .context("use the invitation")?;
        if used.rows_affected != 1 {
            return Err(DomainError::conflict(msg!("invitation-used-already")).into());
        }
        record(
            &tx.txn,
            Change {
                actor: Some(person),
                action: "invitation.accept",
                entity_type: "invitation",
                entity_id: found.id,
                region: Some(region),
                summary: json!({ "email": found.email, "role": kind }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(person)
    }

    /// The invitation behind a token, whatever its status.
    pub async fn invitation_by_token(&self, token: &str) -> StoreResult<Option<invitation::Model>> {
        invitation::Entity::find()
            .filter(invitation::Column::TokenHash.eq(token_hash(token)))
            .one(&self.db)
            .await
            .context("look up the invitation")
    }

    /// One invitation by id.
    pub async fn get_invitation(&self, id: InvitationId) -> StoreResult<Option<invitation::Model>> {
        invitation::Entity::find_by_id(id.0)
            .one(&self.db)
            .await
            .context("load an invitation")
    }

    /// A region's invitations, newest first, optionally of one status, after the cursor.
    pub async fn list_invitations(
        &self,
        region: RegionId,
        status: Option<InvitationStatus>,
        after: Option<Uuid>,
        limit: u64,
    ) -> StoreResult<Vec<invitation::Model>> {
        let now = Utc::now();
        let mut query = invitation::Entity::find()
            .filter(invitation::Column::RegionId.eq(region.0))
            .order_by_desc(invitation::Column::Id);
        query = match status {
            Some(InvitationStatus::Pending) => query
                .filter(invitation::Column::Status.eq("pending"))
                .filter(invitation::Column::ExpiresAt.gt(now)),
            Some(InvitationStatus::Expired) => query
                .filter(invitation::Column::Status.eq("pending"))
                .filter(invitation::Column::ExpiresAt.lte(now)),
            Some(status) => query.filter(invitation::Column::Status.eq(status.as_str())),
            None => query,
        };
        if let Some(after) = after {
            query = query.filter(invitation::Column::Id.lt(after));
        }
        query
            .limit(limit)
            .all(&self.db)
            .await
            .context("list invitations")
    }
}

async fn load(txn: &DatabaseTransaction, id: InvitationId) -> StoreResult<invitation::Model> {
    Ok(invitation::Entity::find_by_id(id.0)
        .one(txn)
        .await
        .context("load the invitation")?
        .ok_or(DomainError::NotFound("invitation"))?)
}

/// Refuses invitations into a missing or archived region.
async fn require_open_region(txn: &DatabaseTransaction, region: RegionId) -> StoreResult<()> {
    let found = region::Entity::find_by_id(region.0)
        .one(txn)
        .await
        .context("load the region")?
        .ok_or(DomainError::NotFound("region"))?;
    if found.status == RegionStatus::Archived.as_str() {
        return Err(DomainError::conflict(msg!("region-archived-no-joining")).into());
    }
    Ok(())
}

/// Issues one invitation on `txn`, unless the address is in the network or invited already.
async fn invite_on(
    txn: &DatabaseTransaction,
    actor: PersonId,
    region: RegionId,
    new: &NewInvitation,
) -> StoreResult<InviteOutcome> {
    let now = Utc::now();
    let email = new.email.as_str();
    if let Some(organisation) = new.organisation {
        organisation::Entity::find_by_id(organisation.0)
            .one(txn)
            .await
            .context("load the organisation")?
            .ok_or_else(|| DomainError::invalid("organisationId", msg!("no-such-organisation")))?;
    }
    let person = person::Entity::find()
        .filter(person::Column::Email.eq(email))
        .one(txn)
        .await
        .context("look up the address")?;
    if let Some(person) = person {
        let member = role::Entity::find()
            .filter(role::Column::PersonId.eq(person.id))
            .filter(role::Column::RegionId.eq(region.0))
            .one(txn)
            .await
            .context("check the network")?;
        if member.is_some() {
            return Ok(InviteOutcome::AlreadyMember);
        }
    }
    let pending = invitation::Entity::find()
        .filter(invitation::Column::RegionId.eq(region.0))
        .filter(invitation::Column::Email.eq(email))
        .filter(invitation::Column::Status.eq(InvitationStatus::Pending.as_str()))
        .filter(invitation::Column::ExpiresAt.gt(now))
        .one(txn)
        .await
        .context("check pending invitations")?;
    if pending.is_some() {
        return Ok(InviteOutcome::AlreadyInvited);
    }
    let token = new_token();
    let id = InvitationId::new();
    let invitation = invitation::ActiveModel {
        id: Set(id.0),
        region_id: Set(region.0),
        organisation_id: Set(new.organisation.map(Uuid::from)),
        email: Set(email.to_owned()),
        name: Set(new.name.as_str().to_owned()),
        role: Set(new.role.as_str().to_owned()),
        token_hash: Set(token_hash(&token)),
        status: Set(InvitationStatus::Pending.as_str().to_owned()),
        invited_by: Set(actor.0),
        created_at: Set(now),
        expires_at: Set(now + INVITATION_LIFETIME),
        accepted_at: Set(None),
        person_id: Set(None),
        sent_count: Set(0),
        delivery_error: Set(None),
    }
    .insert(txn)
    .await
    .context("insert the invitation")?;
    record(
        txn,
        Change {
            actor: Some(actor),
            action: "invitation.create",
            entity_type: "invitation",
            entity_id: id.0,
            region: Some(region),
            summary: json!({ "email": email, "name": new.name, "role": new.role }),
        },
    )
    .await?;
    Ok(InviteOutcome::Invited(Box::new(IssuedInvitation {
        invitation,
        token,
    })))
}

/// Gives `person` the role `kind` in `region` on `txn`: a new role, or an upgrade from member to
/// coordinator; a coordinator invited as a member stays a coordinator.
pub(crate) async fn grant_role(
    txn: &DatabaseTransaction,
    actor: PersonId,
    person: PersonId,
    region: RegionId,
    kind: RoleKind,
) -> StoreResult<()> {
    let existing = role::Entity::find()
        .filter(role::Column::PersonId.eq(person.0))
        .filter(role::Column::RegionId.eq(region.0))
        .one(txn)
        .await
        .context("load the role")?;
    let from = match existing {
        None => {
            role::ActiveModel {
                id: Set(Uuid::now_v7()),
                person_id: Set(person.0),
                region_id: Set(region.0),
                kind: Set(kind.as_str().to_owned()),
                created_at: Set(Utc::now()),
            }
            .insert(txn)
            .await
            .context("insert the role")?;
            None
        }
        Some(existing)
            if existing.kind == RoleKind::Member.as_str() && kind == RoleKind::Coordinator =>
        {
            let mut model: role::ActiveModel = existing.into();
            model.kind = Set(kind.as_str().to_owned());
            model.update(txn).await.context("change the role")?;
            Some(RoleKind::Member)
        }
        Some(_) => return Ok(()),
    };
    record(
        txn,
        Change {
            actor: Some(actor),
            action: "role.set",
            entity_type: "person",
            entity_id: person.0,
            region: Some(region),
            summary: json!({ "from": from, "to": kind }),
        },
    )
    .await
}
