//! Relay cursor connections: the page-size rules and the one helper every list uses.

use async_graphql::{
    OutputType,
    connection::{Connection, Edge},
};
use uuid::Uuid;
use verkosto_domain::msg;

use crate::{ApiError, ApiResult};

/// Page size when `first` is not given.
pub const DEFAULT_PAGE: i32 = 20;
/// Largest page a client may ask for.
pub const MAX_PAGE: i32 = 100;

/// A connection whose cursors are row ids.
pub type IdConnection<N> = Connection<String, N>;

/// Checks `first` and decodes `after` into a row id.
pub fn page_args(first: Option<i32>, after: Option<&str>) -> ApiResult<(Option<Uuid>, u64)> {
    let first = first.unwrap_or(DEFAULT_PAGE);
    if !(0..=MAX_PAGE).contains(&first) {
        return Err(ApiError::invalid(
            "first",
            msg!("page-size-out-of-range", max = MAX_PAGE),
        ));
    }
    let after = after
        .map(|cursor| {
            Uuid::parse_str(cursor).map_err(|_| ApiError::invalid("after", msg!("cursor-foreign")))
        })
        .transpose()?;
    Ok((after, u64::try_from(first).unwrap_or(0)))
}

/// Builds a page from rows fetched with `limit + 1` (the extra row says there is a next page).
pub fn connection_from<N: OutputType>(
    mut rows: Vec<(Uuid, N)>,
    limit: u64,
    has_previous: bool,
) -> IdConnection<N> {
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let has_next = rows.len() > limit;
    rows.truncate(limit);
    let mut connection = Connection::new(has_previous, has_next);
    connection.edges.extend(
        rows.into_iter()
            .map(|(id, node)| Edge::new(id.to_string(), node)),
    );
    connection
}

/// Fetches one page through `fetch(after, limit + 1)`.
pub async fn paginate<N, F, Fut>(
    first: Option<i32>,
    after: Option<String>,
    fetch: F,
) -> ApiResult<IdConnection<N>>
where
    N: OutputType,
    F: FnOnce(Option<Uuid>, u64) -> Fut,
    Fut: Future<Output = ApiResult<Vec<(Uuid, N)>>>,
{
    let (after_id, limit) = page_args(first, after.as_deref())?;
    let rows = fetch(after_id, limit + 1).await?;
    Ok(connection_from(rows, limit, after_id.is_some()))
}

/// The error for an `after` that no edge of this list handed out.
pub fn foreign_cursor() -> ApiError {
    ApiError::invalid("after", msg!("cursor-foreign"))
}

/// Pages through a list already in memory (nested lists loaded by a dataloader), in its order.
pub fn paginate_slice<N: OutputType>(
    rows: Vec<(Uuid, N)>,
    first: Option<i32>,
    after: Option<String>,
) -> ApiResult<IdConnection<N>> {
    let (after_id, limit) = page_args(first, after.as_deref())?;
    let start = match after_id {
        Some(after) => rows
            .iter()
            .position(|(id, _)| *id == after)
            .map(|i| i + 1)
            .ok_or_else(foreign_cursor)?,
        None => 0,
    };
    let rest: Vec<_> = rows.into_iter().skip(start).collect();
    Ok(connection_from(rest, limit, start > 0))
}
