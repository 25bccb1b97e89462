//! The pathway lists of regions: a page of each region's readable pathways, with the columns of
//! their published versions that a list shows, in one statement.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, FromQueryResult, IdenStatic, Iterable, JoinType, Order,
    sea_query::{Alias, Expr, ExprTrait, Query, SelectStatement},
};
use uuid::Uuid;
use verkosto_domain::Viewer;

use crate::{
    Store, StoreResult,
    entity::{pathway, pathway_version},
    error::DbContext,
    pathway::readable_pathways,
    region_pages::{page_region_id, region_pages},
};

/// One page of each region's pathway list (the same page arguments for every region).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RegionPage {
    /// Rows after this pathway id.
    pub after: Option<Uuid>,
    /// How many rows, at most, per region.
    pub take: u64,
    /// Only these statuses (`PathwayStatus::as_str`); any when empty.
    pub statuses: Vec<String>,
    /// Read the head of each pathway's published version in the same statement.
    pub with_published: bool,
}

/// The columns of a pathway version that a list shows: all but its body, change note, target
/// groups and tags, which a list reads through the whole version when it asks for them.
#[derive(Clone, Debug, PartialEq, Eq, FromQueryResult)]
pub struct VersionHead {
    /// Its id.
    pub id: Uuid,
    /// The pathway it belongs to.
    pub pathway_id: Uuid,
    /// 1, 2, 3… in order of creation.
    pub number: i32,
    /// `VersionState::as_str`.
    pub state: String,
    /// Title.
    pub title: String,
    /// One or two sentences.
    pub summary: String,
    /// `Language::as_str`.
    pub language: String,
    /// Who wrote it.
    pub author_id: Uuid,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was submitted for review.
    pub submitted_at: Option<DateTime<Utc>>,
    /// When it was published.
    pub published_at: Option<DateTime<Utc>>,
}

impl VersionHead {
    /// The columns it is read from.
    const COLUMNS: [pathway_version::Column; 11] = [
        pathway_version::Column::Id,
        pathway_version::Column::PathwayId,
        pathway_version::Column::Number,
        pathway_version::Column::State,
        pathway_version::Column::Title,
        pathway_version::Column::Summary,
        pathway_version::Column::Language,
        pathway_version::Column::AuthorId,
        pathway_version::Column::CreatedAt,
        pathway_version::Column::SubmittedAt,
        pathway_version::Column::PublishedAt,
    ];

    /// The prefix of its columns' names in a page's rows.
    const PREFIX: &str = "version_";
}

impl From<&pathway_version::Model> for VersionHead {
    fn from(version: &pathway_version::Model) -> Self {
        Self {
            id: version.id,
            pathway_id: version.pathway_id,
            number: version.number,
            state: version.state.clone(),
            title: version.title.clone(),
            summary: version.summary.clone(),
            language: version.language.clone(),
            author_id: version.author_id,
            created_at: version.created_at,
            submitted_at: version.submitted_at,
            published_at: version.published_at,
        }
    }
}

impl Store {
    /// One page of readable pathways in each of `regions`, in one statement: the first
    /// `page.take` rows after `page.after`, by id, with the given statuses (any when empty), and
    /// with `page.with_published` the head of each one's published version. Rows come grouped
    /// by region, in page order.
    pub async fn readable_pathway_pages(
        &self,
        viewer: &Viewer,
        regions: &[Uuid],
        page: &RegionPage,
    ) -> StoreResult<Vec<(pathway::Model, Option<VersionHead>)>> {
        const ROWS: &str = "page_pathway";
        let ids = pathway_page_ids(viewer, page);
        let Some(mut query) = region_pages(
            self.db.get_database_backend(),
            regions,
            pathway::Entity,
            ROWS,
            pathway::Column::Id,
            ids,
        ) else {
            return Ok(Vec::new());
        };
        let rows_alias = Alias::new(ROWS);
        for column in pathway::Column::iter() {
            query.column((rows_alias.clone(), column));
        }
        if page.with_published {
            let version = Alias::new("page_version");
            query.join_as(
                JoinType::LeftJoin,
                pathway_version::Entity,
                version.clone(),
                Expr::col((version.clone(), pathway_version::Column::Id))
                    .equals((rows_alias, pathway::Column::PublishedVersionId)),
            );
            for column in VersionHead::COLUMNS {
                query.expr_as(
                    Expr::col((version.clone(), column)),
                    Alias::new(format!("{}{}", VersionHead::PREFIX, column.as_str())),
                );
            }
        }
        let rows = self
            .db
            .query_all(&query)
            .await
            .context("load pages of pathways of regions")?;
        let mut pages = rows
            .iter()
            .map(|row| {
                let head = if page.with_published {
                    VersionHead::from_query_result_optional(row, VersionHead::PREFIX)?
                } else {
                    None
                };
                Ok((pathway::Model::from_query_result(row, "")?, head))
            })
            .collect::<Result<Vec<_>, sea_orm::DbErr>>()
            .context("read pages of pathways of regions")?;
        pages.sort_unstable_by_key(|(pathway, _)| (pathway.region_id, pathway.id));
        Ok(pages)
    }
}

/// The ids of one region's pathways on a page of those `viewer` may read: a `SELECT` of
/// `pathway.id` correlated on [`page_region_id`], in page order.
pub(crate) fn pathway_page_ids(viewer: &Viewer, page: &RegionPage) -> SelectStatement {
    let mut ids = Query::select();
    ids.column((pathway::Entity, pathway::Column::Id))
        .from(pathway::Entity)
        .cond_where(readable_pathways(viewer))
        .and_where(pathway::Column::RegionId.into_expr().eq(page_region_id()));
    if let Some(after) = page.after {
        ids.and_where(pathway::Column::Id.gt(after));
    }
    if !page.statuses.is_empty() {
        ids.and_where(pathway::Column::Status.is_in(page.statuses.iter().cloned()));
    }
    ids.order_by((pathway::Entity, pathway::Column::Id), Order::Asc)
        .limit(page.take);
    ids
}
