//! One statement for a page of rows from each of several regions.
//!
//! Each region's page is its own `LIMIT`ed read of an index range, correlated on the region:
//! SQLite runs it as a list subquery per region (`id IN (…)`), PostgreSQL as a `LATERAL` join.
//! The page's conditions (who may read what, the cursor, the filters) appear once in the
//! statement whatever the number of regions, so the statement's text depends only on the shape
//! of the request, and the database's statement cache keeps its plan.

use sea_orm::{
    DbBackend,
    sea_query::{Alias, Condition, Expr, ExprTrait, IntoIden, Query, SelectStatement},
};
use uuid::Uuid;

use crate::entity::region;

/// The alias of the region a page is read for; a page's conditions name its id as
/// [`page_region_id`].
pub(crate) const PAGE_REGION: &str = "page_region";

/// The alias of a page of ids that its rows are read back by (PostgreSQL's lateral page here).
pub(crate) const PAGE_IDS: &str = "page_ids";

/// The id of the region whose page is being read, for the page's own conditions.
pub(crate) fn page_region_id() -> Expr {
    Expr::col((Alias::new(PAGE_REGION), region::Column::Id))
}

/// `SELECT … FROM region AS page_region JOIN <table> AS <alias>`, where the rows of `table`
/// joined to each region of `regions` are those whose `id` column `page` selects: a `SELECT` of
/// that one column, with its order and `LIMIT`, whose conditions name [`page_region_id`]. The
/// caller adds the columns (and further joins); rows come in no particular order. `None` when
/// there are no regions.
pub(crate) fn region_pages(
    backend: DbBackend,
    regions: &[Uuid],
    table: impl IntoIden,
    alias: &str,
    id: impl IntoIden,
    page: SelectStatement,
) -> Option<SelectStatement> {
    if regions.is_empty() {
        return None;
    }
    let id = id.into_iden();
    let mut query = Query::select();
    query
        .from_as(region::Entity, Alias::new(PAGE_REGION))
        .and_where(
            Expr::col((Alias::new(PAGE_REGION), region::Column::Id)).is_in(regions.iter().copied()),
        );
    let row_id = Expr::col((Alias::new(alias), id.clone()));
    if backend == DbBackend::Postgres {
        query
            .join_lateral(
                sea_orm::JoinType::InnerJoin,
                page,
                Alias::new(PAGE_IDS),
                Condition::all(),
            )
            .join_as(
                sea_orm::JoinType::InnerJoin,
                table,
                Alias::new(alias),
                row_id.equals((Alias::new(PAGE_IDS), id)),
            );
    } else {
        query.join_as(
            sea_orm::JoinType::InnerJoin,
            table,
            Alias::new(alias),
            row_id.in_subquery(page),
        );
    }
    Some(query)
}
