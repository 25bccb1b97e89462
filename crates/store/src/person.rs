//! People, their roles in regions, and the viewer loaded for each request.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
    sea_query::{Expr, ExprTrait, JoinType, Query},
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{
    DomainError, Language, MailOptOuts, NotificationMail, OrganisationId, PersonId, RegionId,
    RoleKind, SessionId, Viewer, msg,
    text::{Email, NewPassword},
};

use crate::{
    Store, StoreResult,
    audit::{Change, record},
    credentials::hash_password,
    entity::{person, role, session},
    error::DbContext,
    wrong_password::forget_wrong_passwords,
};

/// A validated person to create.
#[derive(Debug)]
pub struct NewPerson {
    /// Their unique sign-in address.
    pub email: Email,
    /// Full name.
    pub name: String,
    /// Job title.
    pub title: String,
    /// The organisation they work for.
    pub organisation: Option<OrganisationId>,
    /// Interface language.
    pub language: Language,
    /// The argon2 hash of a password set now (see `credentials::hash_password`); invited people set theirs later.
    pub password_hash: Option<String>,
    /// Platform admin.
    pub is_admin: bool,
    /// A first role, given in the same transaction.
    pub role: Option<(RegionId, RoleKind)>,
}

/// The validated profile values a person can change.
#[derive(Debug, Clone)]
pub struct PersonProfile {
    /// Full name.
    pub name: String,
    /// Job title.
    pub title: String,
    /// The organisation they work for.
    pub organisation: Option<OrganisationId>,
    /// Interface language.
    pub language: Language,
}

impl Store {
    /// Creates a person account.
    pub async fn create_person(
        &self,
        actor: Option<PersonId>,
        new: NewPerson,
    ) -> StoreResult<person::Model> {
        let tx = self.write().await?;
        let now = Utc::now();
        let id = PersonId::new();
        let model = person::ActiveModel {
            id: Set(id.0),
            email: Set(new.email.as_str().to_owned()),
            name: Set(new.name.clone()),
            title: Set(new.title.clone()),
            organisation_id: Set(new.organisation.map(Uuid::from)),
            language: Set(new.language.as_str().to_owned()),
            password_hash: Set(new.password_hash.clone()),
            is_admin: Set(new.is_admin),
            disabled: Set(false),
            mail_opt_outs: Set(String::new()),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&tx.txn)
        .await
        .conflict_on_unique(
            "insert a person",
            msg!("person-email-taken", email = new.email.as_str()),
        )?;
        record(
            &tx.txn,
            Change {
                actor,
                action: "person.create",
                entity_type: "person",
                entity_id: id.0,
                region: None,
                summary: json!({ "email": new.email, "name": new.name, "admin": new.is_admin }),
            },
        )
        .await?;
        if let Some((region, kind)) = new.role {
            role::ActiveModel {
                id: Set(Uuid::now_v7()),
                person_id: Set(id.0),
                region_id: Set(region.0),
                kind: Set(kind.as_str().to_owned()),
                created_at: Set(now),
            }
            .insert(&tx.txn)
            .await
            .context("insert the first role")?;
            record(
                &tx.txn,
                Change {
                    actor,
                    action: "role.set",
                    entity_type: "person",
                    entity_id: id.0,
                    region: Some(region),
                    summary: json!({ "from": null, "to": kind }),
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(model)
    }

    /// Changes a person's profile.
    pub async fn update_person(
        &self,
        actor: PersonId,
        id: PersonId,
        profile: PersonProfile,
    ) -> StoreResult<person::Model> {
        let tx = self.write().await?;
        let current = load_person(&tx.txn, id).await?;
        let mut model: person::ActiveModel = current.into();
        model.name = Set(profile.name.clone());
        model.title = Set(profile.title.clone());
        model.organisation_id = Set(profile.organisation.map(Uuid::from));
        model.language = Set(profile.language.as_str().to_owned());
        model.updated_at = Set(Utc::now());
        let model = model.update(&tx.txn).await.context("update the person")?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "person.update",
                entity_type: "person",
                entity_id: id.0,
                region: None,
                summary: json!({ "name": profile.name, "title": profile.title, "language": profile.language }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Turns notification mail of `kind` on (`enabled`) or off for person `id`, as their own
    /// change (only they choose their mail); a setting that is already so changes nothing and is
    /// not audited.
    pub async fn set_mail_notification(
        &self,
        id: PersonId,
        kind: NotificationMail,
        enabled: bool,
    ) -> StoreResult<person::Model> {
        let tx = self.write().await?;
        let current = load_person(&tx.txn, id).await?;
        if current.receives(kind) == enabled {
            return Ok(current);
        }
        let opt_outs = MailOptOuts::from_stored(&current.mail_opt_outs).with(kind, enabled);
        let mut model: person::ActiveModel = current.into();
        model.mail_opt_outs = Set(opt_outs.to_stored());
        model.updated_at = Set(Utc::now());
        let model = model.update(&tx.txn).await.context("update the person")?;
        record(
            &tx.txn,
            Change {
                actor: Some(id),
                action: "person.mail_notification",
                entity_type: "person",
                entity_id: id.0,
                region: None,
                summary: json!({ "kind": kind, "enabled": enabled }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Sets a new password and signs the person out of every session but `keep` (the one that
    /// changed it).
    pub async fn set_password(
        &self,
        actor: PersonId,
        id: PersonId,
        password: &NewPassword,
        keep: Option<SessionId>,
    ) -> StoreResult<()> {
        let hash = hash_password(password).await?;
        let tx = self.write().await?;
        let current = load_person(&tx.txn, id).await?;
        forget_wrong_passwords(&tx.txn, &current.email).await?;
        let mut model: person::ActiveModel = current.into();
        model.password_hash = Set(Some(hash));
        model.updated_at = Set(Utc::now());
        model
            .update(&tx.txn)
            .await
            .context("store the password hash")?;
        end_sessions(&tx.txn, id, keep).await?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "person.set_password",
                entity_type: "person",
                entity_id: id.0,
                region: None,
                summary: json!({}),
            },
        )
        .await?;
        tx.commit().await
    }

    /// Disables or re-enables an account; a disabled person is signed out on their next request.
    pub async fn set_person_disabled(
        &self,
        actor: PersonId,
        id: PersonId,
        disabled: bool,
    ) -> StoreResult<person::Model> {
        let tx = self.write().await?;
        let current = load_person(&tx.txn, id).await?;
        let mut model: person::ActiveModel = current.into();
        model.disabled = Set(disabled);
        model.updated_at = Set(Utc::now());
        let model = model.update(&tx.txn).await.context("update the person")?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: if disabled {
                    "person.disable"
                } else {
                    "person.enable"
                },
                entity_type: "person",
                entity_id: id.0,
                region: None,
                summary: json!({ "disabled": disabled }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Gives `person` the role `kind` in `region`, replacing any role they had there.
    pub async fn set_role(
        &self,
        actor: Option<PersonId>,
        person: PersonId,
        region: RegionId,
        kind: RoleKind,
    ) -> StoreResult<role::Model> {
        let tx = self.write().await?;
        let existing = role::Entity::find()
            .filter(role::Column::PersonId.eq(person.0))
            .filter(role::Column::RegionId.eq(region.0))
            .one(&tx.txn)
            .await
            .context("load the role")?;
        let from = existing.as_ref().map(|r| r.kind.clone());
        if from.as_deref() == Some(RoleKind::Coordinator.as_str()) && kind != RoleKind::Coordinator
        {
            keep_a_coordinator(&tx.txn, region).await?;
        }
        let model = match existing {
            Some(existing) if existing.kind == kind.as_str() => {
                return Err(DomainError::conflict(msg!(
                    "person-role-already",
                    kind = kind.as_str(),
                ))
                .into());
            }
            Some(existing) => {
                let mut model: role::ActiveModel = existing.into();
                model.kind = Set(kind.as_str().to_owned());
                model.update(&tx.txn).await.context("change the role")?
            }
            None => role::ActiveModel {
                id: Set(Uuid::now_v7()),
                person_id: Set(person.0),
                region_id: Set(region.0),
                kind: Set(kind.as_str().to_owned()),
                created_at: Set(Utc::now()),
            }
            .insert(&tx.txn)
            .await
            .context("insert the role")?,
        };
        record(
            &tx.txn,
            Change {
                actor,
                action: "role.set",
                entity_type: "person",
                entity_id: person.0,
                region: Some(region),
                summary: json!({ "from": from, "to": kind }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Removes `person`'s role in `region`.
    pub async fn remove_role(
        &self,
        actor: PersonId,
        person: PersonId,
        region: RegionId,
    ) -> StoreResult<()> {
        let tx = self.write().await?;
        let current = role::Entity::find()
            .filter(role::Column::PersonId.eq(person.0))
            .filter(role::Column::RegionId.eq(region.0))
            .one(&tx.txn)
            .await
            .context("load the role")?;
        if current.is_some_and(|r| r.kind == RoleKind::Coordinator.as_str()) {
            keep_a_coordinator(&tx.txn, region).await?;
        }
        let deleted = role::Entity::delete_many()
            .filter(role::Column::PersonId.eq(person.0))
            .filter(role::Column::RegionId.eq(region.0))
            .exec(&tx.txn)
            .await
            .context("remove the role")?;
        if deleted.rows_affected == 0 {
            return Err(DomainError::NotFound("role").into());
        }
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "role.remove",
                entity_type: "person",
                entity_id: person.0,
                region: Some(region),
                summary: json!({}),
            },
        )
        .await?;
        tx.commit().await
    }

    /// One person by id.
    pub async fn get_person(&self, id: PersonId) -> StoreResult<Option<person::Model>> {
        person::Entity::find_by_id(id.0)
            .one(&self.db)
            .await
            .context("load a person")
    }

    /// One person by e-mail address (already lower-cased).
    pub async fn person_by_email(&self, email: &str) -> StoreResult<Option<person::Model>> {
        person::Entity::find()
            .filter(person::Column::Email.eq(email))
            .one(&self.db)
            .await
            .context("load a person by e-mail")
    }

    /// People by ids, in any order.
    pub async fn people_by_ids(&self, ids: &[Uuid]) -> StoreResult<Vec<person::Model>> {
        person::Entity::find()
            .filter(person::Column::Id.is_in(ids.iter().copied()))
            .all(&self.db)
            .await
            .context("load people")
    }

    /// People with a role (`kind`, or any) in `region` (or everyone when `None`), in creation
    /// order after the cursor.
    pub async fn list_people(
        &self,
        region: Option<RegionId>,
        kind: Option<RoleKind>,
        after: Option<Uuid>,
        limit: u64,
    ) -> StoreResult<Vec<person::Model>> {
        let mut query = person::Entity::find().order_by_asc(person::Column::Id);
        if let Some(region) = region {
            let mut members = role::Entity::find()
                .select_only()
                .column(role::Column::PersonId)
                .filter(role::Column::RegionId.eq(region.0));
            if let Some(kind) = kind {
                members = members.filter(role::Column::Kind.eq(kind.as_str()));
            }
            let members = members.into_query();
            query = query.filter(person::Column::Id.in_subquery(members));
        }
        if let Some(after) = after {
            query = query.filter(person::Column::Id.gt(after));
        }
        query
            .limit(limit)
            .all(&self.db)
            .await
            .context("list people")
    }

    /// Who runs `region`: its coordinators; for `None` (the national pathways) the platform
    /// admins. Disabled accounts are left out.
    pub async fn coordinators_of(
        &self,
        region: Option<RegionId>,
    ) -> StoreResult<Vec<person::Model>> {
        let query = match region {
            Some(region) => person::Entity::find().filter(
                person::Column::Id.in_subquery(
                    role::Entity::find()
                        .select_only()
                        .column(role::Column::PersonId)
                        .filter(role::Column::RegionId.eq(region.0))
                        .filter(role::Column::Kind.eq(RoleKind::Coordinator.as_str()))
                        .into_query(),
                ),
            ),
            None => person::Entity::find().filter(person::Column::IsAdmin.eq(true)),
        };
        query
            .filter(person::Column::Disabled.eq(false))
            .order_by_asc(person::Column::Id)
            .all(&self.db)
            .await
            .context("load the coordinators")
    }

    /// Roles of these people.
    pub async fn roles_by_people(&self, people: &[Uuid]) -> StoreResult<Vec<role::Model>> {
        role::Entity::find()
            .filter(role::Column::PersonId.is_in(people.iter().copied()))
            .order_by_asc(role::Column::Id)
            .all(&self.db)
            .await
            .context("load roles of people")
    }

    /// Roles in these regions.
    pub async fn roles_by_regions(&self, regions: &[Uuid]) -> StoreResult<Vec<role::Model>> {
        role::Entity::find()
            .filter(role::Column::RegionId.is_in(regions.iter().copied()))
            .order_by_asc(role::Column::Id)
            .all(&self.db)
            .await
            .context("load roles in regions")
    }

    /// The viewer for a signed-in request, or `None` when the account is disabled or gone, or the
    /// session was signed out: role changes and disabling take effect on the next request.
    pub async fn load_viewer(
        &self,
        person: PersonId,
        session: SessionId,
    ) -> StoreResult<Option<Viewer>> {
        // One statement per request: the person, their live session and their roles.
        let query = Query::select()
            .column((person::Entity, person::Column::IsAdmin))
            .column((person::Entity, person::Column::Disabled))
            .column((role::Entity, role::Column::RegionId))
            .column((role::Entity, role::Column::Kind))
            .from(person::Entity)
            .join(
                JoinType::InnerJoin,
                session::Entity,
                Expr::col((session::Entity, session::Column::PersonId))
                    .equals((person::Entity, person::Column::Id))
                    .and(Expr::col((session::Entity, session::Column::Id)).eq(session.0))
                    .and(Expr::col((session::Entity, session::Column::RevokedAt)).is_null()),
            )
            .join(
                JoinType::LeftJoin,
                role::Entity,
                Expr::col((role::Entity, role::Column::PersonId))
                    .equals((person::Entity, person::Column::Id)),
            )
            .and_where(Expr::col((person::Entity, person::Column::Id)).eq(person.0))
            .to_owned();
        let rows = self.db.query_all(&query).await.context("load the viewer")?;
        let Some(first) = rows.first() else {
            return Ok(None);
        };
        let is_admin: bool = first.try_get("", "is_admin").context("read the viewer")?;
        let disabled: bool = first.try_get("", "disabled").context("read the viewer")?;
        if disabled {
            return Ok(None);
        }
        let mut roles = Vec::new();
        for row in &rows {
            let region: Option<Uuid> = row.try_get("", "region_id").context("read a role")?;
            let kind: Option<String> = row.try_get("", "kind").context("read a role")?;
            if let (Some(region), Some(kind)) = (region, kind)
                && let Ok(kind) = RoleKind::parse("role", &kind)
            {
                roles.push((RegionId(region), kind));
            }
        }
        Ok(Some(Viewer::signed_in(person, is_admin, roles)))
    }
}

/// Revokes every live session of `person` but `keep`.
pub(crate) async fn end_sessions(
    txn: &impl ConnectionTrait,
    person: PersonId,
    keep: Option<SessionId>,
) -> StoreResult<()> {
    let mut update = session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(Utc::now()))
        .filter(session::Column::PersonId.eq(person.0))
        .filter(session::Column::RevokedAt.is_null());
    if let Some(keep) = keep {
        update = update.filter(session::Column::Id.ne(keep.0));
    }
    update
        .exec(txn)
        .await
        .context("end the person's sessions")?;
    Ok(())
}

/// Refuses to let `region`'s last coordinator go: someone else must run it first. The region's
/// coordinator roles are locked (PostgreSQL), so two coordinators cannot step down at once.
async fn keep_a_coordinator(txn: &DatabaseTransaction, region: RegionId) -> StoreResult<()> {
    let coordinators = role::Entity::find()
        .filter(role::Column::RegionId.eq(region.0))
        .filter(role::Column::Kind.eq(RoleKind::Coordinator.as_str()))
        .lock_exclusive()
        .all(txn)
        .await
        .context("lock the region's coordinators")?;
    if coordinators.len() <= 1 {
        return Err(DomainError::conflict(msg!("region-last-coordinator")).into());
    }
    Ok(())
}

/// Person `id`, in the transaction.
async fn load_person(txn: &DatabaseTransaction, id: PersonId) -> StoreResult<person::Model> {
    person::Entity::find_by_id(id.0)
        .one(txn)
        .await
        .context("load the person")?
        .ok_or_else(|| DomainError::NotFound("person").into())
}
