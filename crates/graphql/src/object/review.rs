//! `PathwayReviewFlag`: one reason a published pathway needs a review.

use async_graphql::{Context, Enum, Object};
use chrono::{DateTime, Utc};
use verkosto_domain::policy;
use verkosto_store::review::ReviewFlag;

use super::Service;
use crate::{
    ApiResult,
    context::ContextExt,
    loader::{ServiceLoader, load_one},
};

/// Why a pathway needs a review.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "verkosto_domain::review::ReviewReason")]
pub enum ReviewReason {
    /// A service a step uses changed its channels, hours, status or eligibility since the
    /// pathway was last published or reviewed.
    ServiceChanged,
    /// A service a step uses was last assured more than 12 months ago.
    ServiceAssuranceOld,
    /// A service a step uses is temporarily closed.
    ServiceTemporarilyClosed,
}

/// A reason for reviewing a published pathway, raised by a service its steps use.
pub struct PathwayReviewFlag(pub ReviewFlag);

#[Object]
impl PathwayReviewFlag {
    /// Why.
    async fn reason(&self) -> ReviewReason {
        self.0.reason.into()
    }

    /// The service (when the viewer may see it).
    async fn service(&self, ctx: &Context<'_>) -> ApiResult<Option<Service>> {
        let viewer = ctx.viewer();
        Ok(load_one::<ServiceLoader, _>(ctx, self.0.service_id)
            .await?
            .filter(|s| policy::can_read_directory_entry(viewer, s.public))
            .map(Service))
    }

    /// When the service changed (for `SERVICE_CHANGED`).
    async fn changed_at(&self) -> Option<DateTime<Utc>> {
        self.0.changed_at
    }

    /// Which of the service's fields changed (`channels`, `hours`, `status`, `eligibility`).
    async fn changed_fields(&self) -> &[String] {
        &self.0.changed_fields
    }
}
