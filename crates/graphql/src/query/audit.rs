//! The audit log: admins read all of it, coordinators their regions'.

use async_graphql::{Context, ID, Object};
use verkosto_domain::{
    DomainError, RegionId, msg,
    policy::{self, AuditScope},
};

use crate::{
    ApiResult,
    context::ContextExt,
    object::{AuditEvent, parse_id},
    pagination::{IdConnection, paginate},
};

/// Audit queries.
#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// Recorded changes, newest first, optionally of one region.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn audit_events(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        region_id: Option<ID>,
    ) -> ApiResult<IdConnection<AuditEvent>> {
        let scope = policy::audit_scope(ctx.viewer())?;
        let region = region_id
            .as_ref()
            .map(|id| parse_id("regionId", id).map(RegionId))
            .transpose()?;
        if let (Some(region), AuditScope::Regions(mine)) = (region, &scope)
            && !mine.contains(&region)
        {
            return Err(DomainError::forbidden(msg!("audit-log-own-regions-only")).into());
        }
        let store = ctx.store()?;
        paginate(first, after, |after, limit| async move {
            let rows = store
                .list_audit_events(&scope, region, after, limit)
                .await?;
            Ok(rows.into_iter().map(|e| (e.id, AuditEvent(e))).collect())
        })
        .await
    }
}
