//! Care pathways and their versions: drafting, review, publishing, archiving, restoring.
//!
//! A pathway row points at its published version and at its one open version (a draft or a
//! version in review). Every version but a draft is frozen; publishing supersedes the previous
//! published version, so readers keep seeing it while a new draft is edited.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, sea_query::Expr,
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{
    DomainError, Language, MembershipStatus, OrganisationId, PathwayId, PathwayStatus,
    PathwayVersionId, PersonId, RegionId, ServiceId, TargetGroup, VersionState, Viewer, Visibility,
    msg, policy::PathwayFacts,
};

use crate::{
    Store, StoreResult,
    audit::{Change, record},
    entity::{
        action_item, membership, organisation, pathway, pathway_feedback, pathway_review_flag,
        pathway_step, pathway_version, service,
    },
    error::DbContext,
    pathway_rows::{
        insert_pathway, insert_steps, insert_version, load_pathway, load_version, next_number,
        set_pointers, version_content,
    },
    unchanged::unchanged_since,
};

/// One validated step of a pathway version.
#[derive(Debug, Clone)]
pub struct StepFields {
    /// Short name of the step.
    pub title: String,
    /// What happens in it.
    pub description: String,
    /// Who is responsible.
    pub organisation: Option<OrganisationId>,
    /// The service used.
    pub service: Option<ServiceId>,
    /// Who can be referred onward and how.
    pub referral_criteria: String,
}

/// The validated content of a pathway version.
#[derive(Debug, Clone)]
pub struct PathwayContent {
    /// Title.
    pub title: String,
    /// One or two sentences.
    pub summary: String,
    /// The language the text is written in.
    pub language: Language,
    /// Who the pathway is for.
    pub target_groups: Vec<TargetGroup>,
    /// Free keywords.
    pub tags: Vec<String>,
    /// Markdown body.
    pub body: String,
    /// Ordered steps.
    pub steps: Vec<StepFields>,
    /// What changed and why.
    pub change_note: String,
}

/// The pathway-level settings coordinators keep.
#[derive(Debug, Clone, Copy)]
pub struct PathwaySettings {
    /// Who may read the published version.
    pub visibility: Visibility,
    /// When the content must be reviewed next.
    pub review_due: Option<NaiveDate>,
}

/// Filters for listing pathways.
#[derive(Debug, Clone, Default)]
pub struct PathwayFilter {
    /// Only pathways of these regions.
    pub regions: Vec<RegionId>,
    /// Only national pathways.
    pub national_only: bool,
    /// Only these statuses.
    pub statuses: Vec<PathwayStatus>,
    /// Only pathways whose open version (a draft or one in review) the viewer wrote.
    pub mine: bool,
    /// Only pathways with a version in review that the viewer may publish.
    pub awaiting_my_review: bool,
}

/// The ids of the versions matching `condition`, for `open_version_id IN (…)`.
fn open_versions(condition: sea_orm::sea_query::SimpleExpr) -> sea_orm::sea_query::SelectStatement {
    pathway_version::Entity::find()
        .select_only()
        .column(pathway_version::Column::Id)
        .filter(condition)
        .into_query()
}

/// The facts the policy needs, from a pathway row and the author of its open version.
pub fn pathway_facts(model: &pathway::Model, open_version_author: Option<Uuid>) -> PathwayFacts {
    PathwayFacts {
        region: model.region_id.map(RegionId),
        status: PathwayStatus::parse("status", &model.status).unwrap_or(PathwayStatus::Draft),
        visibility: Visibility::parse("visibility", &model.visibility)
            .unwrap_or(Visibility::Network),
        has_published_version: model.published_version_id.is_some(),
        open_draft_author: open_version_author.map(PersonId),
    }
}

/// The SQL condition for "pathways the viewer may read" (the policy's `pathway_access`).
pub fn readable_pathways(viewer: &Viewer) -> Condition {
    if viewer.is_admin() {
        return Condition::all();
    }
    let mine: Vec<Uuid> = viewer.regions().map(Uuid::from).collect();
    let coordinated: Vec<Uuid> = viewer.coordinated_regions().map(Uuid::from).collect();
    let mut visible =
        Condition::any().add(pathway::Column::Visibility.eq(Visibility::Public.as_str()));
    if viewer.has_any_role() {
        visible = visible
            .add(pathway::Column::Visibility.eq(Visibility::AllMembers.as_str()))
            .add(
                Condition::all()
                    .add(pathway::Column::Visibility.eq(Visibility::Network.as_str()))
                    .add(
                        Condition::any()
                            .add(pathway::Column::RegionId.is_in(mine.clone()))
                            .add(pathway::Column::RegionId.is_null()),
                    ),
            );
    }
    let mut readable = Condition::any()
        .add(pathway::Column::RegionId.is_in(coordinated))
        .add(
            Condition::all()
                .add(pathway::Column::Status.ne(PathwayStatus::Archived.as_str()))
                .add(pathway::Column::PublishedVersionId.is_not_null())
                .add(visible),
        );
    if let Some(me) = viewer.person().filter(|_| viewer.has_any_role()) {
        let own_drafts = pathway_version::Entity::find()
            .select_only()
            .column(pathway_version::Column::Id)
            .filter(pathway_version::Column::AuthorId.eq(me.0))
            .into_query();
        readable = readable.add(
            Condition::all()
                .add(pathway::Column::Status.ne(PathwayStatus::Archived.as_str()))
                .add(pathway::Column::RegionId.is_in(mine))
                .add(pathway::Column::OpenVersionId.in_subquery(own_drafts)),
        );
    }
    readable
}

impl Store {
    /// Creates a pathway with its first draft version.
    pub async fn create_pathway(
        &self,
        actor: PersonId,
        region: Option<RegionId>,
        settings: PathwaySettings,
        content: PathwayContent,
        based_on: Option<PathwayVersionId>,
    ) -> StoreResult<pathway::Model> {
        let tx = self.write().await?;
        let steps = check_steps(&tx.txn, region, &content.steps).await?;
        if let Some(base) = based_on {
            let base_version = pathway_version::Entity::find_by_id(base.0)
                .one(&tx.txn)
                .await
                .context("load the base version")?;
            let is_published = base_version.as_ref().is_some_and(|v| {
                v.state == VersionState::Published.as_str()
                    || v.state == VersionState::Superseded.as_str()
            });
            if !is_published {
                return Err(DomainError::invalid(
                    "basedOnVersionId",
                    msg!("variant-must-start-from-published"),
                )
                .into());
            }
            crate::variant::require_national_base(
                &tx.txn,
                base_version.as_ref(),
                "basedOnVersionId",
            )
            .await?;
        }
        let id = PathwayId::new();
        let version = PathwayVersionId::new();
        insert_pathway(&tx.txn, id, actor, region, settings, based_on).await?;
        insert_version(&tx.txn, id, version, 1, actor, &content, &steps, None).await?;
        let model = set_pointers(&tx.txn, id, |m| m.open_version_id = Set(Some(version.0))).await?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "pathway.create",
                entity_type: "pathway",
                entity_id: id.0,
                region,
                summary: json!({ "title": content.title, "visibility": settings.visibility, "basedOn": based_on }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Opens a new draft copied from `from` (default: the published version).
    pub async fn start_draft(
        &self,
        actor: PersonId,
        id: PathwayId,
        from: Option<PathwayVersionId>,
    ) -> StoreResult<pathway_version::Model> {
        let tx = self.write().await?;
        let current = load_pathway(&tx.txn, id).await?;
        if let Some(open) = current.open_version_id {
            let open = load_version(&tx.txn, open).await?;
            return Err(DomainError::conflict(msg!(
                "pathway-version-still-open",
                number = open.number,
                state = open.state,
            ))
            .into());
        }
        let source_id = match from.map(Uuid::from).or(current.published_version_id) {
            Some(source) => source,
            None => {
                return Err(DomainError::conflict(msg!("pathway-no-published-version")).into());
            }
        };
        let source = load_version(&tx.txn, source_id).await?;
        if source.pathway_id != id.0 {
            return Err(DomainError::NotFound("pathway_version").into());
        }
        let steps = pathway_step::Entity::find()
            .filter(pathway_step::Column::VersionId.eq(source.id))
            .order_by_asc(pathway_step::Column::Position)
            .all(&tx.txn)
            .await
            .context("load the steps to copy")?;
        let number = next_number(&tx.txn, id).await?;
        let restoring = from.is_some();
        let change_note = if restoring {
            format!("Restored from version {}", source.number)
        } else {
            String::new()
        };
        let content = version_content(&source, steps, change_note)?;
        let version_id = PathwayVersionId::new();
        let version = insert_version(
            &tx.txn,
            id,
            version_id,
            number,
            actor,
            &content,
            &content.steps,
            restoring.then_some(source.id),
        )
        .await?;
        set_pointers(&tx.txn, id, |m| m.open_version_id = Set(Some(version_id.0))).await?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: if restoring {
                    "pathway.restore_version"
                } else {
                    "pathway.start_draft"
                },
                entity_type: "pathway",
                entity_id: id.0,
                region: current.region_id.map(RegionId),
                summary: json!({ "version": number, "from": source.number }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(version)
    }

    /// Replaces the content of the open draft, unless it changed since `read_at` (see `unchanged`).
    pub async fn update_draft(
        &self,
        actor: PersonId,
        id: PathwayId,
        content: PathwayContent,
        read_at: Option<DateTime<Utc>>,
    ) -> StoreResult<pathway_version::Model> {
        let tx = self.write().await?;
        let current = load_pathway(&tx.txn, id).await?;
        let draft = open_version_in(&tx.txn, &current, VersionState::Draft, "edit").await?;
        unchanged_since(read_at, draft.updated_at)?;
        let steps = check_steps(&tx.txn, current.region_id.map(RegionId), &content.steps).await?;
        pathway_step::Entity::delete_many()
            .filter(pathway_step::Column::VersionId.eq(draft.id))
            .exec(&tx.txn)
            .await
            .context("clear the draft's steps")?;
        insert_steps(&tx.txn, draft.id, &steps).await?;
        let number = draft.number;
        let mut model: pathway_version::ActiveModel = draft.into();
        model.title = Set(content.title.clone());
        model.summary = Set(content.summary.clone());
        model.language = Set(content.language.as_str().to_owned());
        model.target_groups = Set(json!(content.target_groups));
        model.tags = Set(json!(content.tags));
        model.body = Set(content.body.clone());
        model.change_note = Set(content.change_note.clone());
        model.updated_at = Set(Utc::now());
        let version = model.update(&tx.txn).await.context("update the draft")?;
        touch(&tx.txn, id).await?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "pathway.update_draft",
                entity_type: "pathway",
                entity_id: id.0,
                region: current.region_id.map(RegionId),
                summary: json!({ "version": number, "title": content.title, "steps": content.steps.len() }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(version)
    }

    /// Submits the open draft for review; it is frozen until published or returned.
    pub async fn submit_draft(
        &self,
        actor: PersonId,
        id: PathwayId,
    ) -> StoreResult<pathway::Model> {
        self.move_open_version(
            actor,
            id,
            VersionState::Draft,
            VersionState::InReview,
            "pathway.submit",
            "submit",
        )
        .await
    }

    /// Returns a version in review to its author as a draft.
    pub async fn return_to_draft(
        &self,
        actor: PersonId,
        id: PathwayId,
    ) -> StoreResult<pathway::Model> {
        self.move_open_version(
            actor,
            id,
            VersionState::InReview,
            VersionState::Draft,
            "pathway.return_to_draft",
            "return",
        )
        .await
    }

    async fn move_open_version(
        &self,
        actor: PersonId,
        id: PathwayId,
        from: VersionState,
        to: VersionState,
        action: &'static str,
        verb: &str,
    ) -> StoreResult<pathway::Model> {
        let tx = self.write().await?;
        let current = load_pathway(&tx.txn, id).await?;
        let version = open_version_in(&tx.txn, &current, from, verb).await?;
        let number = version.number;
        let mut model: pathway_version::ActiveModel = version.into();
        model.state = Set(to.as_str().to_owned());
        model.submitted_at = Set((to == VersionState::InReview).then(Utc::now));
        model.updated_at = Set(Utc::now());
        model.update(&tx.txn).await.context("move the version")?;
        let never_published = current.published_version_id.is_none();
        let archived = current.status == PathwayStatus::Archived.as_str();
        let pathway = set_pointers(&tx.txn, id, |m| {
            if never_published && !archived {
                m.status = Set(match to {
                    VersionState::InReview => PathwayStatus::InReview,
                    _ => PathwayStatus::Draft,
                }
                .as_str()
                .to_owned());
            }
        })
        .await?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action,
                entity_type: "pathway",
                entity_id: id.0,
                region: current.region_id.map(RegionId),
                summary: json!({ "version": number, "from": from, "to": to }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(pathway)
    }

    /// Publishes the open version; the previous published version is superseded.
    pub async fn publish_pathway(
        &self,
        actor: PersonId,
        id: PathwayId,
    ) -> StoreResult<pathway::Model> {
        let tx = self.write().await?;
        let current = load_pathway(&tx.txn, id).await?;
        let Some(open) = current.open_version_id else {
            return Err(DomainError::conflict(msg!("pathway-nothing-to-publish")).into());
        };
        let version = load_version(&tx.txn, open).await?;
        let number = version.number;
        let now = Utc::now();
        if let Some(previous) = current.published_version_id {
            pathway_version::Entity::update_many()
                .col_expr(
                    pathway_version::Column::State,
                    Expr::value(VersionState::Superseded.as_str()),
                )
                .filter(pathway_version::Column::Id.eq(previous))
                .exec(&tx.txn)
                .await
                .context("supersede the previous version")?;
        }
        let base = version.based_on_version_id;
        let mut model: pathway_version::ActiveModel = version.into();
        model.state = Set(VersionState::Published.as_str().to_owned());
        model.published_at = Set(Some(now));
        model.published_by = Set(Some(actor.0));
        model.updated_at = Set(now);
        model.update(&tx.txn).await.context("publish the version")?;
        let pathway = set_pointers(&tx.txn, id, |m| {
            m.published_version_id = Set(Some(open));
            m.open_version_id = Set(None);
            m.status = Set(PathwayStatus::Published.as_str().to_owned());
            // A variant's published content now comes from the base version its draft took.
            if base.is_some() {
                m.based_on_version_id = Set(base);
            }
        })
        .await?;
        crate::review::clear_flags(&tx.txn, id).await?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "pathway.publish",
                entity_type: "pathway",
                entity_id: id.0,
                region: current.region_id.map(RegionId),
                summary: json!({ "version": number }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(pathway)
    }

    /// Archives a pathway: readers no longer see it.
    pub async fn archive_pathway(
        &self,
        actor: PersonId,
        id: PathwayId,
    ) -> StoreResult<pathway::Model> {
        let tx = self.write().await?;
        let current = load_pathway(&tx.txn, id).await?;
        if current.status == PathwayStatus::Archived.as_str() {
            return Err(DomainError::conflict(msg!("pathway-archived-already")).into());
        }
        let from = current.status.clone();
        let pathway = set_pointers(&tx.txn, id, |m| {
            m.status = Set(PathwayStatus::Archived.as_str().to_owned())
        })
        .await?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "pathway.archive",
                entity_type: "pathway",
                entity_id: id.0,
                region: current.region_id.map(RegionId),
                summary: json!({ "from": from }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(pathway)
    }

    /// Throws away the open draft (a pathway's only version cannot be discarded; archive it).
    pub async fn discard_draft(
        &self,
        actor: PersonId,
        id: PathwayId,
    ) -> StoreResult<pathway::Model> {
        let tx = self.write().await?;
        let current = load_pathway(&tx.txn, id).await?;
        let Some(open) = current.open_version_id else {
            return Err(DomainError::conflict(msg!("pathway-no-draft-to-discard")).into());
        };
        if current.published_version_id.is_none() {
            return Err(DomainError::conflict(msg!("pathway-discard-only-version")).into());
        }
        let version = load_version(&tx.txn, open).await?;
        let pathway = set_pointers(&tx.txn, id, |m| m.open_version_id = Set(None)).await?;
        pathway_version::Entity::delete_by_id(open)
            .exec(&tx.txn)
            .await
            .context("delete the draft")?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "pathway.discard_draft",
                entity_type: "pathway",
                entity_id: id.0,
                region: current.region_id.map(RegionId),
                summary: json!({ "version": version.number, "title": version.title }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(pathway)
    }

    /// Deletes a pathway that was never published, with its versions (readers never saw it).
    ///
    /// Feedback on it or a meeting's action item pointing at it keeps it: those are other
    /// people's records, so it is archived instead.
    pub async fn delete_unpublished(&self, actor: PersonId, id: PathwayId) -> StoreResult<()> {
        let tx = self.write().await?;
        let current = load_pathway(&tx.txn, id).await?;
        if current.published_version_id.is_some() {
            return Err(DomainError::conflict(msg!("pathway-delete-published")).into());
        }
        let feedback = pathway_feedback::Entity::find()
            .filter(pathway_feedback::Column::PathwayId.eq(id.0))
            .count(&tx.txn)
            .await
            .context("count the pathway's feedback")?;
        let action_items = action_item::Entity::find()
            .filter(action_item::Column::PathwayId.eq(id.0))
            .count(&tx.txn)
            .await
            .context("count the action items on the pathway")?;
        if feedback + action_items > 0 {
            return Err(DomainError::conflict(msg!("pathway-delete-referenced")).into());
        }
        let title = match current.open_version_id {
            Some(open) => Some(load_version(&tx.txn, open).await?.title),
            None => None,
        };
        pathway_review_flag::Entity::delete_many()
            .filter(pathway_review_flag::Column::PathwayId.eq(id.0))
            .exec(&tx.txn)
            .await
            .context("delete the pathway's review flags")?;
        pathway_version::Entity::delete_many()
            .filter(pathway_version::Column::PathwayId.eq(id.0))
            .exec(&tx.txn)
            .await
            .context("delete the pathway's versions")?;
        pathway::Entity::delete_by_id(id.0)
            .exec(&tx.txn)
            .await
            .context("delete the pathway")?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "pathway.delete",
                entity_type: "pathway",
                entity_id: id.0,
                region: current.region_id.map(RegionId),
                summary: json!({ "title": title }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Changes visibility and review-due date.
    pub async fn set_pathway_settings(
        &self,
        actor: PersonId,
        id: PathwayId,
        settings: PathwaySettings,
    ) -> StoreResult<pathway::Model> {
        let tx = self.write().await?;
        let current = load_pathway(&tx.txn, id).await?;
        let pathway = set_pointers(&tx.txn, id, |m| {
            m.visibility = Set(settings.visibility.as_str().to_owned());
            m.review_due = Set(settings.review_due);
        })
        .await?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "pathway.set_settings",
                entity_type: "pathway",
                entity_id: id.0,
                region: current.region_id.map(RegionId),
                summary: json!({ "visibility": settings.visibility, "reviewDue": settings.review_due }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(pathway)
    }

    /// One pathway by id (no permission check).
    pub async fn get_pathway(&self, id: PathwayId) -> StoreResult<Option<pathway::Model>> {
        pathway::Entity::find_by_id(id.0)
            .one(&self.db)
            .await
            .context("load a pathway")
    }

    /// Pathways by ids, in any order.
    pub async fn pathways_by_ids(&self, ids: &[Uuid]) -> StoreResult<Vec<pathway::Model>> {
        pathway::Entity::find()
            .filter(pathway::Column::Id.is_in(ids.iter().copied()))
            .all(&self.db)
            .await
            .context("load pathways")
    }

    /// Pathways the viewer may read, filtered, in creation order after the cursor.
    pub async fn list_pathways(
        &self,
        viewer: &Viewer,
        filter: &PathwayFilter,
        after: Option<Uuid>,
        limit: u64,
    ) -> StoreResult<Vec<pathway::Model>> {
        let mut query = pathway::Entity::find()
            .filter(readable_pathways(viewer))
            .order_by_asc(pathway::Column::Id);
        if !filter.regions.is_empty() {
            query =
                query.filter(pathway::Column::RegionId.is_in(filter.regions.iter().map(|r| r.0)));
        }
        if filter.national_only {
            query = query.filter(pathway::Column::RegionId.is_null());
        }
        if !filter.statuses.is_empty() {
            query = query
                .filter(pathway::Column::Status.is_in(filter.statuses.iter().map(|s| s.as_str())));
        }
        if filter.mine {
            let me = viewer.person().map_or(Uuid::nil(), Uuid::from);
            query = query.filter(
                pathway::Column::OpenVersionId
                    .in_subquery(open_versions(pathway_version::Column::AuthorId.eq(me))),
            );
        }
        if filter.awaiting_my_review {
            query = query.filter(pathway::Column::OpenVersionId.in_subquery(open_versions(
                pathway_version::Column::State.eq(VersionState::InReview.as_str()),
            )));
            if !viewer.is_admin() {
                let coordinated: Vec<Uuid> = viewer.coordinated_regions().map(Uuid::from).collect();
                query = query.filter(pathway::Column::RegionId.is_in(coordinated));
            }
        }
        if let Some(after) = after {
            query = query.filter(pathway::Column::Id.gt(after));
        }
        query
            .limit(limit)
            .all(&self.db)
            .await
            .context("list pathways")
    }

    /// Versions by ids, in any order.
    pub async fn versions_by_ids(&self, ids: &[Uuid]) -> StoreResult<Vec<pathway_version::Model>> {
        pathway_version::Entity::find()
            .filter(pathway_version::Column::Id.is_in(ids.iter().copied()))
            .all(&self.db)
            .await
            .context("load pathway versions")
    }

    /// Versions of these pathways, newest first.
    pub async fn versions_by_pathways(
        &self,
        pathways: &[Uuid],
    ) -> StoreResult<Vec<pathway_version::Model>> {
        pathway_version::Entity::find()
            .filter(pathway_version::Column::PathwayId.is_in(pathways.iter().copied()))
            .order_by_desc(pathway_version::Column::Number)
            .all(&self.db)
            .await
            .context("load versions of pathways")
    }

    /// Steps of these versions, in order.
    pub async fn steps_by_versions(
        &self,
        versions: &[Uuid],
    ) -> StoreResult<Vec<pathway_step::Model>> {
        pathway_step::Entity::find()
            .filter(pathway_step::Column::VersionId.is_in(versions.iter().copied()))
            .order_by_asc(pathway_step::Column::Position)
            .all(&self.db)
            .await
            .context("load steps of versions")
    }
}

/// The open version, which must be in `state` for the action `verb` (`edit`, `submit` or
/// `return`: the `$action` choices of the `pathway-no-open-draft` and `pathway-version-wrong-state`
/// messages).
async fn open_version_in(
    txn: &DatabaseTransaction,
    pathway: &pathway::Model,
    state: VersionState,
    verb: &str,
) -> StoreResult<pathway_version::Model> {
    let Some(open) = pathway.open_version_id else {
        return Err(DomainError::conflict(msg!("pathway-no-open-draft", action = verb)).into());
    };
    // Locked (PostgreSQL) until the change commits: see `unchanged`.
    let version = pathway_version::Entity::find_by_id(open)
        .lock_exclusive()
        .one(txn)
        .await
        .context("load the open version")?
        .ok_or(DomainError::NotFound("pathway_version"))?;
    if version.state != state.as_str() {
        return Err(DomainError::conflict(msg!(
            "pathway-version-wrong-state",
            number = version.number,
            state = version.state,
            wanted = state.as_str(),
            action = verb,
        ))
        .into());
    }
    Ok(version)
}

/// Checks each step's organisation and service against the pathway's region, filling in the
/// organisation of a step that names only a service. Errors name the field as the API takes it
/// (`content.steps.2.organisationId`).
async fn check_steps(
    txn: &DatabaseTransaction,
    region: Option<RegionId>,
    steps: &[StepFields],
) -> StoreResult<Vec<StepFields>> {
    let service_ids: Vec<Uuid> = steps
        .iter()
        .filter_map(|s| s.service.map(Uuid::from))
        .collect();
    let services = service::Entity::find()
        .filter(service::Column::Id.is_in(service_ids))
        .all(txn)
        .await
        .context("load the steps' services")?;
    let mut checked = Vec::with_capacity(steps.len());
    for (i, step) in steps.iter().enumerate() {
        let mut step = step.clone();
        if let Some(service_id) = step.service {
            let Some(service) = services.iter().find(|s| s.id == service_id.0) else {
                return Err(DomainError::invalid(
                    format!("content.steps.{i}.serviceId"),
                    msg!("pathway-step-no-such-service", step = i + 1),
                )
                .into());
            };
            match step.organisation {
                Some(org) if org.0 != service.organisation_id => {
                    return Err(DomainError::invalid(
                        format!("content.steps.{i}.serviceId"),
                        msg!(
                            "pathway-step-service-of-another-organisation",
                            step = i + 1,
                            service = &service.name,
                        ),
                    )
                    .into());
                }
                Some(_) => {}
                None => step.organisation = Some(OrganisationId(service.organisation_id)),
            }
        }
        checked.push(step);
    }
    let org_ids: Vec<Uuid> = checked
        .iter()
        .filter_map(|s| s.organisation.map(Uuid::from))
        .collect();
    let organisations = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(org_ids.clone()))
        .all(txn)
        .await
        .context("load the steps' organisations")?;
    let members: Vec<Uuid> = match region {
        Some(region) => membership::Entity::find()
            .filter(membership::Column::RegionId.eq(region.0))
            .filter(membership::Column::OrganisationId.is_in(org_ids))
            .filter(membership::Column::Status.ne(MembershipStatus::Left.as_str()))
            .all(txn)
            .await
            .context("load the region's memberships")?
            .into_iter()
            .map(|m| m.organisation_id)
            .collect(),
        None => organisations.iter().map(|o| o.id).collect(),
    };
    for (i, step) in checked.iter().enumerate() {
        let Some(org) = step.organisation else {
            continue;
        };
        let Some(found) = organisations.iter().find(|o| o.id == org.0) else {
            return Err(DomainError::invalid(
                format!("content.steps.{i}.organisationId"),
                msg!("pathway-step-no-such-organisation", step = i + 1),
            )
            .into());
        };
        if !members.contains(&org.0) {
            return Err(DomainError::invalid(
                format!("content.steps.{i}.organisationId"),
                msg!(
                    "pathway-step-organisation-not-in-network",
                    step = i + 1,
                    organisation = &found.name,
                ),
            )
            .into());
        }
    }
    Ok(checked)
}

async fn touch(txn: &DatabaseTransaction, id: PathwayId) -> StoreResult<()> {
    set_pointers(txn, id, |_| {}).await.map(|_| ())
}
