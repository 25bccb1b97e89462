//! One statement for a page of rows from each of several parents (regions).

use sea_orm::sea_query::{Asterisk, Query, SelectStatement, UnionType};

/// Every `SELECT` of `pages`, each wrapped as a subquery so its own `ORDER BY` and `LIMIT` hold,
/// joined by `UNION ALL`; `None` when there are none.
pub(crate) fn union_all(
    pages: impl IntoIterator<Item = SelectStatement>,
) -> Option<SelectStatement> {
    let mut pages = pages.into_iter().enumerate().map(|(i, page)| {
        Query::select()
            .column(Asterisk)
            .from_subquery(page, format!("page{i}"))
            .to_owned()
    });
    let mut query = pages.next()?;
    for page in pages {
        query.union(UnionType::All, page);
    }
    Some(query)
}
