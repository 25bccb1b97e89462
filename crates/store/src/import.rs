//! Bulk import of pathways: the lookups an import file is validated against, and writing many
//! validated pathways with multi-row INSERTs in one transaction.
//!
//! Each imported pathway gets what the API's create (and publish) path gives it: the pathway
//! row, version 1 with its steps, the published state when asked, the `pathway.create` (and
//! `pathway.publish`) audit events and one search outbox row. The whole import is one
//! transaction: all of it is written, or (on any error) none of it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, FromQueryResult, QueryFilter,
    sea_query::{Expr, ExprTrait, JoinType, Query},
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{
    MembershipStatus, PathwayId, PathwayStatus, PathwayVersionId, PersonId, RegionId, RoleKind,
    VersionState, Viewer,
};

use crate::{
    Store, StoreResult,
    entity::{
        audit_event, membership, organisation, pathway, pathway_step, pathway_version, person,
        region, role, search_outbox,
    },
    error::DbContext,
    pathway::{PathwayContent, PathwaySettings},
    pathway_rows::{step_rows, version_row},
};

/// Most bound values in one statement (SQLite allows 32,766, PostgreSQL 65,535).
const MAX_PARAMS: usize = 30_000;

/// One validated pathway to import.
#[derive(Debug, Clone)]
pub struct NewPathway {
    /// Who wrote it (and publishes it when `publish`).
    pub author: PersonId,
    /// The owning region; `None` for a national pathway.
    pub region: Option<RegionId>,
    /// Visibility and review date.
    pub settings: PathwaySettings,
    /// Its first version (steps' organisations already resolved to members of the region).
    pub content: PathwayContent,
    /// Publish version 1 at once, as `publishPathway` would.
    pub publish: bool,
}

/// A person an import names as an author, as the policy sees them.
#[derive(Debug, Clone)]
pub struct ImportAuthor {
    /// Their rights (no session: an import acts for them from the command line).
    pub viewer: Viewer,
    /// Whether the account is disabled (a disabled account cannot write through the API either).
    pub disabled: bool,
}

/// Everything an import file is validated against, loaded in a few queries.
#[derive(Debug, Clone, Default)]
pub struct ImportDirectory {
    /// Regions by slug.
    pub regions: HashMap<String, RegionId>,
    /// Authors by (lower-cased) e-mail address.
    pub authors: HashMap<String, ImportAuthor>,
    /// Organisation ids by lower-cased name (several when names clash).
    pub organisations: HashMap<String, Vec<Uuid>>,
    /// The organisations that are members (not left) of each region.
    pub members: HashMap<RegionId, BTreeSet<Uuid>>,
    /// Lower-cased titles of the current versions of pathways, by region (`None` = national).
    pub titles: HashMap<Option<RegionId>, BTreeSet<String>>,
}

#[derive(FromQueryResult)]
struct TitleRow {
    region_id: Option<Uuid>,
    title: String,
}

impl Store {
    /// Loads the regions, authors, organisations, memberships and existing pathway titles an
    /// import naming `emails` (lower-cased) is checked against.
    pub async fn import_directory(&self, emails: &[String]) -> StoreResult<ImportDirectory> {
        let regions = region::Entity::find()
            .all(&self.db)
            .await
            .context("load regions for the import")?;
        let people = person::Entity::find()
            .filter(person::Column::Email.is_in(emails.iter().cloned()))
            .all(&self.db)
            .await
            .context("load the import's authors")?;
        let roles = role::Entity::find()
            .filter(role::Column::PersonId.is_in(people.iter().map(|p| p.id)))
            .all(&self.db)
            .await
            .context("load the authors' roles")?;
        let organisations = organisation::Entity::find()
            .all(&self.db)
            .await
            .context("load organisations for the import")?;
        let memberships = membership::Entity::find()
            .filter(membership::Column::Status.ne(MembershipStatus::Left.as_str()))
            .all(&self.db)
            .await
            .context("load memberships for the import")?;
        let current = Query::select()
            .column((pathway::Entity, pathway::Column::RegionId))
            .column((pathway_version::Entity, pathway_version::Column::Title))
            .from(pathway::Entity)
            .join(
                JoinType::InnerJoin,
                pathway_version::Entity,
                Expr::col((pathway_version::Entity, pathway_version::Column::Id))
                    .equals((pathway::Entity, pathway::Column::PublishedVersionId))
                    .or(
                        Expr::col((pathway_version::Entity, pathway_version::Column::Id))
                            .equals((pathway::Entity, pathway::Column::OpenVersionId)),
                    ),
            )
            .and_where(
                Expr::col((pathway::Entity, pathway::Column::Status))
                    .ne(PathwayStatus::Archived.as_str()),
            )
            .to_owned();
        let titles = TitleRow::find_by_statement(self.db.get_database_backend().build(&current))
            .all(&self.db)
            .await
            .context("load the titles of current pathways")?;

        let mut directory = ImportDirectory {
            regions: regions
                .into_iter()
                .map(|r| (r.slug, RegionId(r.id)))
                .collect(),
            ..ImportDirectory::default()
        };
        let mut roles_of: BTreeMap<Uuid, Vec<(RegionId, RoleKind)>> = BTreeMap::new();
        for role in roles {
            if let Ok(kind) = RoleKind::parse("role", &role.kind) {
                roles_of
                    .entry(role.person_id)
                    .or_default()
                    .push((RegionId(role.region_id), kind));
            }
        }
        for person in people {
            let roles = roles_of.remove(&person.id).unwrap_or_default();
            directory.authors.insert(
                person.email.to_lowercase(),
                ImportAuthor {
                    viewer: Viewer::signed_in(PersonId(person.id), person.is_admin, roles),
                    disabled: person.disabled,
                },
            );
        }
        for organisation in organisations {
            directory
                .organisations
                .entry(organisation.name.trim().to_lowercase())
                .or_default()
                .push(organisation.id);
        }
        for membership in memberships {
            directory
                .members
                .entry(RegionId(membership.region_id))
                .or_default()
                .insert(membership.organisation_id);
        }
        for row in titles {
            directory
                .titles
                .entry(row.region_id.map(RegionId))
                .or_default()
                .insert(row.title.to_lowercase());
        }
        Ok(directory)
    }

    /// Writes every pathway of an import in one transaction; returns the new pathway ids.
    pub async fn import_pathways(&self, pathways: &[NewPathway]) -> StoreResult<Vec<PathwayId>> {
        let tx = self.write().await?;
        let ids = write_all(&tx.txn, pathways).await?;
        tx.commit().await?;
        Ok(ids)
    }
}

/// Pathways whose rows are built and inserted together. Building every row of a large import
/// before inserting any kept millions of small strings alive at once, and glibc's malloc spent
/// more time searching its fragmented free lists than the rest of the write; a chunk's rows are
/// freed before the next chunk's are built (100k pathways: database half 13–18 s → 5–6 s).
const PATHWAYS_PER_CHUNK: usize = 1_000;

/// The rows of every pathway, a chunk of pathways at a time, each chunk inserted table by table
/// in statements of at most [`MAX_PARAMS`].
async fn write_all(
    txn: &DatabaseTransaction,
    pathways: &[NewPathway],
) -> StoreResult<Vec<PathwayId>> {
    let now = Utc::now();
    let mut ids = Vec::with_capacity(pathways.len());
    for chunk in pathways.chunks(PATHWAYS_PER_CHUNK) {
        let rows = ChunkRows::build(chunk, now, &mut ids);
        rows.insert(txn).await?;
    }
    Ok(ids)
}

/// The rows of one chunk of imported pathways, table by table.
struct ChunkRows {
    pathways: Vec<pathway::ActiveModel>,
    versions: Vec<pathway_version::ActiveModel>,
    steps: Vec<pathway_step::ActiveModel>,
    audit_events: Vec<audit_event::ActiveModel>,
    outbox: Vec<search_outbox::ActiveModel>,
}

impl ChunkRows {
    /// Builds the rows of `chunk`, pushing each new pathway's id onto `ids`.
    fn build(chunk: &[NewPathway], now: DateTime<Utc>, ids: &mut Vec<PathwayId>) -> Self {
        let mut rows = Self {
            pathways: Vec::with_capacity(chunk.len()),
            versions: Vec::with_capacity(chunk.len()),
            steps: Vec::new(),
            audit_events: Vec::with_capacity(chunk.len() * 2),
            outbox: Vec::with_capacity(chunk.len()),
        };
        for new in chunk {
            let id = PathwayId::new();
            let version = PathwayVersionId::new();
            let (status, state) = if new.publish {
                (PathwayStatus::Published, VersionState::Published)
            } else {
                (PathwayStatus::Draft, VersionState::Draft)
            };
            ids.push(id);
            rows.pathways.push(pathway::ActiveModel {
                id: Set(id.0),
                region_id: Set(new.region.map(Uuid::from)),
                based_on_version_id: Set(None),
                visibility: Set(new.settings.visibility.as_str().to_owned()),
                status: Set(status.as_str().to_owned()),
                review_due: Set(new.settings.review_due),
                published_version_id: Set(new.publish.then_some(version.0)),
                open_version_id: Set((!new.publish).then_some(version.0)),
                created_by: Set(new.author.0),
                created_at: Set(now),
                updated_at: Set(now),
            });
            let content = &new.content;
            let mut row = version_row(version, id, 1, new.author, content, None, now);
            row.state = Set(state.as_str().to_owned());
            row.published_at = Set(new.publish.then_some(now));
            row.published_by = Set(new.publish.then_some(new.author.0));
            rows.versions.push(row);
            rows.steps.extend(step_rows(version.0, &content.steps));
            let event = |action: &str, summary| audit_event::ActiveModel {
                id: Set(Uuid::now_v7()),
                at: Set(now),
                actor_id: Set(Some(new.author.0)),
                action: Set(action.to_owned()),
                entity_type: Set("pathway".to_owned()),
                entity_id: Set(id.0),
                region_id: Set(new.region.map(Uuid::from)),
                summary: Set(summary),
            };
            rows.audit_events.push(event(
                "pathway.create",
                json!({
                    "title": content.title,
                    "visibility": new.settings.visibility,
                    "basedOn": null,
                    "source": "import",
                }),
            ));
            if new.publish {
                rows.audit_events
                    .push(event("pathway.publish", json!({ "version": 1 })));
            }
            rows.outbox.push(search_outbox::ActiveModel {
                entity_type: Set("pathway".to_owned()),
                entity_id: Set(id.0),
                created_at: Set(now),
                ..Default::default()
            });
        }
        rows
    }

    async fn insert(self, txn: &DatabaseTransaction) -> StoreResult<()> {
        insert_chunked::<pathway::Entity>(txn, self.pathways, 11, "insert imported pathways")
            .await?;
        insert_chunked::<pathway_version::Entity>(
            txn,
            self.versions,
            19,
            "insert imported versions",
        )
        .await?;
        insert_chunked::<pathway_step::Entity>(txn, self.steps, 8, "insert imported steps").await?;
        insert_chunked::<audit_event::Entity>(
            txn,
            self.audit_events,
            8,
            "write the import's audit events",
        )
        .await?;
        insert_chunked::<search_outbox::Entity>(
            txn,
            self.outbox,
            3,
            "write the import's outbox rows",
        )
        .await
    }
}

/// `insert_many` in statements of at most [`MAX_PARAMS`] bound values (`columns` per row).
async fn insert_chunked<E: EntityTrait>(
    txn: &impl ConnectionTrait,
    rows: Vec<E::ActiveModel>,
    columns: usize,
    context: &'static str,
) -> StoreResult<()>
where
    E::ActiveModel: Send,
{
    let per_statement = (MAX_PARAMS / columns).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<E::ActiveModel> = rows.by_ref().take(per_statement).collect();
        E::insert_many(chunk)
            .exec_without_returning(txn)
            .await
            .context(context)?;
    }
    Ok(())
}
