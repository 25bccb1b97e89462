//! The review list: published pathways due for review or flagged by their services.

use async_graphql::{Context, ID, Object};
use chrono::{Days, Utc};
use verkosto_domain::{DomainError, RegionId, msg, policy::shared_pathways};

use crate::{
    ApiError, ApiResult,
    context::ContextExt,
    object::{Pathway, parse_id},
    pagination::{IdConnection, paginate_slice},
};

/// Look-ahead of the review list when `withinDays` is not given, in days.
const DEFAULT_WITHIN_DAYS: i32 = 30;
/// Longest look-ahead of the review list, in days.
const MAX_WITHIN_DAYS: i32 = 366;

/// Review queries.
#[derive(Default)]
pub struct ReviewQuery;

#[Object]
impl ReviewQuery {
    /// Published pathways of a region (without `regionId`: national ones, for admins) whose
    /// review date has passed or comes within `withinDays` (default 30), or that a service flags for review
    /// (see `Pathway.reviewFlags`); earliest review date first, undated flagged ones last.
    /// Everyone in the region reads it; coordinators act on it with `markPathwayReviewed`.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn pathways_due_for_review(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        region_id: Option<ID>,
        within_days: Option<i32>,
    ) -> ApiResult<IdConnection<Pathway>> {
        let region = region_id
            .as_ref()
            .map(|id| parse_id("regionId", id).map(RegionId))
            .transpose()?;
        let store = ctx.store()?;
        if let Some(region) = region {
            store
                .get_region(region)
                .await?
                .ok_or(DomainError::NotFound("region"))?;
        }
        shared_pathways::require_read_review_list(ctx.viewer(), region)?;
        let within_days = within_days.unwrap_or(DEFAULT_WITHIN_DAYS);
        let days = u64::try_from(within_days)
            .ok()
            .filter(|_| within_days <= MAX_WITHIN_DAYS)
            .ok_or_else(|| {
                ApiError::invalid(
                    "withinDays",
                    msg!("number-out-of-range", min = 0, max = MAX_WITHIN_DAYS),
                )
            })?;
        let today = Utc::now().date_naive();
        let until = today.checked_add_days(Days::new(days)).unwrap_or(today);
        let due = store.list_due_for_review(region, until, today).await?;
        paginate_slice(
            due.into_iter().map(|p| (p.id, Pathway(p))).collect(),
            first,
            after,
        )
    }
}
