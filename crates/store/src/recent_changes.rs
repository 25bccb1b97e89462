//! The recent-changes feed of regions, read from the audit log.
//!
//! **What a viewer sees.** Every item is an audit event about a pathway, of the actions in
//! [`FEED_ACTIONS`], in the regions asked for; a region's feed also shows the publishing of the
//! national pathways it has variants of ("base updated"). Of those:
//! - events about the published life of a pathway (published, archived, flagged by a service
//!   change, marked reviewed) show when the viewer may read that pathway *now*, by the same SQL
//!   condition as the pathway lists (`readable_pathways`): so an archived pathway's events are for
//!   its editors, and a pathway that has never been published shows nothing to its readers;
//! - events about drafts (a variant created, a base update taken into a draft) show only to the
//!   pathway's editors (its region's coordinators and admins), who may read every draft.
//!
//! Nothing else of the audit log (people, memberships, summaries) is exposed through the feed.

use sea_orm::{
    ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
};
use uuid::Uuid;
use verkosto_domain::{RegionId, Viewer};

use crate::{
    Store, StoreResult,
    entity::{audit_event, pathway, pathway_version},
    error::DbContext,
    pathway::readable_pathways,
};

/// Audit actions about a pathway's published life, shown to those who may read the pathway.
pub const PUBLISHED_LIFE_ACTIONS: [&str; 4] = [
    "pathway.publish",
    "pathway.archive",
    "pathway.flag_for_review",
    "pathway.mark_reviewed",
];

/// Audit actions about drafts, shown to the pathway's editors only.
pub const DRAFT_ACTIONS: [&str; 2] = ["pathway.create_variant", "pathway.take_base_update"];

/// Every audit action the feed shows.
pub const FEED_ACTIONS: [&str; 6] = [
    PUBLISHED_LIFE_ACTIONS[0],
    PUBLISHED_LIFE_ACTIONS[1],
    PUBLISHED_LIFE_ACTIONS[2],
    PUBLISHED_LIFE_ACTIONS[3],
    DRAFT_ACTIONS[0],
    DRAFT_ACTIONS[1],
];

impl Store {
    /// Feed items of `regions` (`None` = every region and national pathway) that `viewer` may
    /// see, newest first, after the cursor (an event id), at most `limit`.
    pub async fn list_recent_changes(
        &self,
        viewer: &Viewer,
        regions: Option<&[RegionId]>,
        after: Option<Uuid>,
        limit: u64,
    ) -> StoreResult<Vec<audit_event::Model>> {
        let readable = pathway::Entity::find()
            .select_only()
            .column(pathway::Column::Id)
            .filter(readable_pathways(viewer))
            .into_query();
        let editor = if viewer.is_admin() {
            Condition::all()
        } else {
            Condition::all().add(
                audit_event::Column::RegionId.is_in(viewer.coordinated_regions().map(Uuid::from)),
            )
        };
        let visible = Condition::any()
            .add(
                Condition::all()
                    .add(audit_event::Column::Action.is_in(PUBLISHED_LIFE_ACTIONS))
                    .add(audit_event::Column::EntityId.in_subquery(readable)),
            )
            .add(
                Condition::all()
                    .add(audit_event::Column::Action.is_in(DRAFT_ACTIONS))
                    .add(editor),
            );
        let mut query = audit_event::Entity::find()
            .filter(audit_event::Column::EntityType.eq("pathway"))
            .filter(audit_event::Column::Action.is_in(FEED_ACTIONS))
            .filter(visible)
            .order_by_desc(audit_event::Column::Id);
        if let Some(regions) = regions {
            let ids: Vec<Uuid> = regions.iter().map(|r| r.0).collect();
            let variant_bases = pathway::Entity::find()
                .select_only()
                .column(pathway::Column::BasedOnVersionId)
                .filter(pathway::Column::RegionId.is_in(ids.clone()))
                .filter(pathway::Column::BasedOnVersionId.is_not_null())
                .into_query();
            let adapted = pathway_version::Entity::find()
                .select_only()
                .column(pathway_version::Column::PathwayId)
                .filter(pathway_version::Column::Id.in_subquery(variant_bases))
                .into_query();
            query = query.filter(
                Condition::any()
                    .add(audit_event::Column::RegionId.is_in(ids))
                    .add(
                        Condition::all()
                            .add(audit_event::Column::RegionId.is_null())
                            .add(audit_event::Column::Action.eq("pathway.publish"))
                            .add(audit_event::Column::EntityId.in_subquery(adapted)),
                    ),
            );
        }
        if let Some(after) = after {
            query = query.filter(audit_event::Column::Id.lt(after));
        }
        query
            .limit(limit)
            .all(&self.db)
            .await
            .context("list recent changes")
    }
}
