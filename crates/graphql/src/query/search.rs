//! The `search` query: full-text search in the viewer's rights, with facets and snippets.

use async_graphql::{
    Context, ID, InputObject, Object, SimpleObject,
    connection::{Connection, Edge},
};
use verkosto_domain::msg;
use verkosto_search::{AccessScope, Facets, SearchFilter, SearchRequest, analysis};

use crate::{
    ApiError, ApiResult,
    context::{ContextExt, SharedSearch},
    object::{
        enums::{Language, OrganisationKind, PathwayStatus, TargetGroup},
        parse_id,
        search::{SearchDocumentType, SearchHit, SearchSummary},
    },
    pagination::{DEFAULT_PAGE, MAX_PAGE},
};

/// Longest accepted query, in characters.
const MAX_QUERY: usize = 500;
/// Deepest a client may page into one result.
const MAX_OFFSET: usize = 1_000;

/// Filters of a search; empty lists mean any.
#[derive(InputObject, Default)]
pub struct SearchFilterInput {
    /// Only these regions.
    #[graphql(default)]
    pub region_ids: Vec<ID>,
    /// Only documents involving these kinds of organisation.
    #[graphql(default)]
    pub organisation_kinds: Vec<OrganisationKind>,
    /// Only these target groups.
    #[graphql(default)]
    pub target_groups: Vec<TargetGroup>,
    /// Only documents in these languages.
    #[graphql(default)]
    pub languages: Vec<Language>,
    /// Only these document types.
    #[graphql(default)]
    pub types: Vec<SearchDocumentType>,
    /// Only pathways in these statuses.
    #[graphql(default)]
    pub statuses: Vec<PathwayStatus>,
}

impl SearchFilterInput {
    fn parse(&self) -> ApiResult<SearchFilter> {
        Ok(SearchFilter {
            regions: self
                .region_ids
                .iter()
                .enumerate()
                .map(|(i, id)| parse_id(&format!("filter.regionIds.{i}"), id))
                .collect::<ApiResult<_>>()?,
            organisation_kinds: self
                .organisation_kinds
                .iter()
                .map(|k| (*k).into())
                .collect(),
            target_groups: self.target_groups.iter().map(|t| (*t).into()).collect(),
            languages: self.languages.iter().map(|l| (*l).into()).collect(),
            doc_types: self.types.iter().map(|t| (*t).into()).collect(),
            statuses: self.statuses.iter().map(|s| (*s).into()).collect(),
        })
    }
}

/// How far the search index has caught up with the database.
#[derive(SimpleObject)]
pub struct SearchStatus {
    /// Changes written but not yet searchable; 0 means every acknowledged write can be found.
    pub pending: u64,
    /// The search engine.
    pub engine: String,
}

/// Search queries.
#[derive(Default)]
pub struct SearchQuery;

#[Object]
impl SearchQuery {
    /// Full-text search over pathways, services and organisations the viewer may read, in
    /// Finnish, Swedish, Norwegian or English; the last word matches as a prefix. An empty query
    /// lists everything within the filters; a query without a word (punctuation alone) finds
    /// nothing.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn search(
        &self,
        ctx: &Context<'_>,
        query: String,
        filter: Option<SearchFilterInput>,
        language: Option<Language>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<Connection<String, SearchHit, SearchSummary>> {
        if query.chars().count() > MAX_QUERY {
            return Err(ApiError::invalid(
                "query",
                msg!("search-query-too-long", max = MAX_QUERY),
            ));
        }
        let first = first.unwrap_or(DEFAULT_PAGE);
        if !(0..=MAX_PAGE).contains(&first) {
            return Err(ApiError::invalid(
                "first",
                msg!("number-out-of-range", min = 0, max = MAX_PAGE),
            ));
        }
        let offset = match after.as_deref() {
            Some(cursor) => cursor
                .parse::<usize>()
                .ok()
                .filter(|n| *n < MAX_OFFSET)
                .map(|n| n + 1)
                .ok_or_else(|| ApiError::invalid("after", msg!("search-cursor-foreign")))?,
            None => 0,
        };
        if !query.trim().is_empty() && analysis::words(&query).is_empty() {
            return Ok(Connection::with_additional_fields(
                false,
                false,
                SearchSummary {
                    total_count: 0,
                    facets: Facets::default().into(),
                },
            ));
        }
        let limit = usize::try_from(first).unwrap_or(0);
        let request = SearchRequest {
            text: query,
            language: language.map(Into::into),
            filter: filter.unwrap_or_default().parse()?,
            scope: AccessScope::of(ctx.viewer()),
            offset,
            limit,
            facets: ctx.look_ahead().field("facets").exists(),
        };
        let search = ctx.data::<SharedSearch>()?;
        let response = search
            .search(&request)
            .await
            .map_err(|e| ApiError::internal(&e))?;
        let total = response.total;
        let has_next =
            (offset + response.hits.len()) < usize::try_from(total).unwrap_or(usize::MAX);
        let mut connection = Connection::with_additional_fields(
            offset > 0,
            has_next,
            SearchSummary {
                total_count: total,
                facets: response.facets.into(),
            },
        );
        connection.edges.extend(
            response
                .hits
                .into_iter()
                .enumerate()
                .map(|(i, hit)| Edge::new((offset + i).to_string(), SearchHit(hit))),
        );
        Ok(connection)
    }

    /// How far the search index has caught up: tests and clients wait for `pending: 0`.
    async fn search_status(&self, ctx: &Context<'_>) -> ApiResult<SearchStatus> {
        let search = ctx.data::<SharedSearch>()?;
        Ok(SearchStatus {
            pending: ctx.store()?.outbox_pending().await?,
            engine: search.name(),
        })
    }
}
