//! The rows of pathways, their versions and steps, read and written inside a transaction: shared
//! by the lifecycle ([`crate::pathway`]), regional variants, reviews and the bulk import.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder,
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{
    DomainError, Language, OrganisationId, PathwayId, PathwayStatus, PathwayVersionId, PersonId,
    RegionId, ServiceId, VersionState,
};

use crate::{
    StoreResult,
    entity::{pathway, pathway_step, pathway_version},
    error::DbContext,
    pathway::{PathwayContent, PathwaySettings, StepFields},
};

/// The content of a stored version with its `steps`, as a new version would hold it.
pub(crate) fn version_content(
    version: &pathway_version::Model,
    steps: Vec<pathway_step::Model>,
    change_note: String,
) -> StoreResult<PathwayContent> {
    Ok(PathwayContent {
        title: version.title.clone(),
        summary: version.summary.clone(),
        language: Language::parse("language", &version.language)?,
        target_groups: serde_json::from_value(version.target_groups.clone()).unwrap_or_default(),
        tags: serde_json::from_value(version.tags.clone()).unwrap_or_default(),
        body: version.body.clone(),
        steps: steps
            .into_iter()
            .map(|s| StepFields {
                title: s.title,
                description: s.description,
                organisation: s.organisation_id.map(OrganisationId),
                service: s.service_id.map(ServiceId),
                referral_criteria: s.referral_criteria,
            })
            .collect(),
        change_note,
    })
}

/// The pathway row, or `NotFound`.
pub(crate) async fn load_pathway(
    txn: &DatabaseTransaction,
    id: PathwayId,
) -> StoreResult<pathway::Model> {
    pathway::Entity::find_by_id(id.0)
        .one(txn)
        .await
        .context("load the pathway")?
        .ok_or_else(|| DomainError::NotFound("pathway").into())
}

/// The version row, or `NotFound`.
pub(crate) async fn load_version(
    txn: &DatabaseTransaction,
    id: Uuid,
) -> StoreResult<pathway_version::Model> {
    pathway_version::Entity::find_by_id(id)
        .one(txn)
        .await
        .context("load the pathway version")?
        .ok_or_else(|| DomainError::NotFound("pathway_version").into())
}

/// The number the pathway's next version takes.
pub(crate) async fn next_number(txn: &DatabaseTransaction, id: PathwayId) -> StoreResult<i32> {
    let last = pathway_version::Entity::find()
        .filter(pathway_version::Column::PathwayId.eq(id.0))
        .order_by_desc(pathway_version::Column::Number)
        .one(txn)
        .await
        .context("find the last version number")?;
    Ok(last.map_or(1, |v| v.number + 1))
}

/// Inserts a pathway row in draft, with no versions yet.
pub(crate) async fn insert_pathway(
    txn: &DatabaseTransaction,
    id: PathwayId,
    actor: PersonId,
    region: Option<RegionId>,
    settings: PathwaySettings,
    based_on: Option<PathwayVersionId>,
) -> StoreResult<()> {
    let now = Utc::now();
    pathway::ActiveModel {
        id: Set(id.0),
        region_id: Set(region.map(Uuid::from)),
        based_on_version_id: Set(based_on.map(Uuid::from)),
        visibility: Set(settings.visibility.as_str().to_owned()),
        status: Set(PathwayStatus::Draft.as_str().to_owned()),
        review_due: Set(settings.review_due),
        published_version_id: Set(None),
        open_version_id: Set(None),
        created_by: Set(actor.0),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(txn)
    .await
    .context("insert a pathway")?;
    Ok(())
}

/// A new draft version's row (the caller changes state and publishing fields if it needs to).
pub(crate) fn version_row(
    id: PathwayVersionId,
    pathway: PathwayId,
    number: i32,
    author: PersonId,
    content: &PathwayContent,
    restored_from: Option<Uuid>,
    now: chrono::DateTime<Utc>,
) -> pathway_version::ActiveModel {
    pathway_version::ActiveModel {
        id: Set(id.0),
        pathway_id: Set(pathway.0),
        number: Set(number),
        state: Set(VersionState::Draft.as_str().to_owned()),
        title: Set(content.title.clone()),
        summary: Set(content.summary.clone()),
        language: Set(content.language.as_str().to_owned()),
        target_groups: Set(json!(content.target_groups)),
        tags: Set(json!(content.tags)),
        body: Set(content.body.clone()),
        change_note: Set(content.change_note.clone()),
        author_id: Set(author.0),
        restored_from_id: Set(restored_from),
        created_at: Set(now),
        updated_at: Set(now),
        submitted_at: Set(None),
        published_at: Set(None),
        published_by: Set(None),
        based_on_version_id: Set(None),
    }
}

/// The rows of a version's steps, in order.
pub(crate) fn step_rows(
    version: Uuid,
    steps: &[StepFields],
) -> impl Iterator<Item = pathway_step::ActiveModel> + '_ {
    steps
        .iter()
        .enumerate()
        .map(move |(i, step)| pathway_step::ActiveModel {
            id: Set(Uuid::now_v7()),
            version_id: Set(version),
            position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
            title: Set(step.title.clone()),
            description: Set(step.description.clone()),
            organisation_id: Set(step.organisation.map(Uuid::from)),
            service_id: Set(step.service.map(Uuid::from)),
            referral_criteria: Set(step.referral_criteria.clone()),
        })
}

/// Inserts a draft version of `content` with its `steps`.
#[expect(clippy::too_many_arguments, reason = "one row with its parts")]
pub(crate) async fn insert_version(
    txn: &DatabaseTransaction,
    pathway: PathwayId,
    id: PathwayVersionId,
    number: i32,
    author: PersonId,
    content: &PathwayContent,
    steps: &[StepFields],
    restored_from: Option<Uuid>,
) -> StoreResult<pathway_version::Model> {
    let version = version_row(
        id,
        pathway,
        number,
        author,
        content,
        restored_from,
        Utc::now(),
    )
    .insert(txn)
    .await
    .context("insert a pathway version")?;
    insert_steps(txn, id.0, steps).await?;
    Ok(version)
}

/// Inserts the rows of a version's steps.
pub(crate) async fn insert_steps(
    txn: &DatabaseTransaction,
    version: Uuid,
    steps: &[StepFields],
) -> StoreResult<()> {
    if steps.is_empty() {
        return Ok(());
    }
    pathway_step::Entity::insert_many(step_rows(version, steps))
        .exec_without_returning(txn)
        .await
        .context("insert pathway steps")?;
    Ok(())
}

/// Applies `change` to the pathway row and bumps `updated_at`.
pub(crate) async fn set_pointers(
    txn: &DatabaseTransaction,
    id: PathwayId,
    change: impl FnOnce(&mut pathway::ActiveModel),
) -> StoreResult<pathway::Model> {
    let current = load_pathway(txn, id).await?;
    let mut model: pathway::ActiveModel = current.into();
    change(&mut model);
    model.updated_at = Set(Utc::now());
    model.update(txn).await.context("update the pathway")
}
