//! `VariantBase`: where a regional variant came from, and whether its national base moved on.

use async_graphql::{Context, Object};
use verkosto_store::entity::pathway_version;

use super::{Pathway, PathwayDiff, PathwayVersion, pathway::diff_versions};
use crate::{ApiResult, loader::load_version};

/// The national pathway a regional variant was made from.
pub struct VariantBase {
    base: Pathway,
    from: pathway_version::Model,
    latest: Option<pathway_version::Model>,
    draft_holds: Option<i32>,
}

impl VariantBase {
    /// The base of `variant`, when it is a variant and the viewer may read its base version.
    pub(crate) async fn of(ctx: &Context<'_>, variant: &Pathway) -> ApiResult<Option<Self>> {
        let Some(from_id) = variant.0.based_on_version_id else {
            return Ok(None);
        };
        let Some(from) = load_version(ctx, from_id).await? else {
            return Ok(None);
        };
        let Some(base) = Pathway::load_visible(ctx, from.pathway_id).await? else {
            return Ok(None);
        };
        if !base.can_see_version(ctx, (&from).into()).await? {
            return Ok(None);
        }
        let latest = match base.0.published_version_id {
            Some(id) => load_version(ctx, id).await?,
            None => None,
        };
        // The open draft's own record, shown when the viewer may see that draft.
        let draft_holds = match variant.0.open_version_id {
            Some(open) => match load_version(ctx, open).await? {
                Some(draft) if variant.can_see_version(ctx, (&draft).into()).await? => {
                    match draft.based_on_version_id {
                        Some(id) => load_version(ctx, id).await?.map(|v| v.number),
                        None => Some(from.number),
                    }
                }
                _ => None,
            },
            None => None,
        };
        Ok(Some(Self {
            base,
            from,
            latest,
            draft_holds,
        }))
    }

    fn newer(&self) -> Option<&pathway_version::Model> {
        self.latest
            .as_ref()
            .filter(|latest| latest.number > self.from.number)
    }
}

#[Object]
impl VariantBase {
    /// The national pathway.
    async fn pathway(&self) -> &Pathway {
        &self.base
    }

    /// The national version the variant's published content came from (before its first
    /// publishing: the version its draft came from).
    async fn version(&self) -> PathwayVersion {
        PathwayVersion::from(self.from.clone())
    }

    /// That version's number.
    async fn version_number(&self) -> i32 {
        self.from.number
    }

    /// The national pathway's current published version number.
    async fn latest_version_number(&self) -> Option<i32> {
        self.latest.as_ref().map(|v| v.number)
    }

    /// "Base updated": the national pathway has published a newer version than the variant's.
    async fn updated(&self) -> bool {
        self.newer().is_some()
    }

    /// What changed in the national pathway from the variant's version to its latest one (null
    /// unless updated).
    async fn diff(&self, ctx: &Context<'_>) -> ApiResult<Option<PathwayDiff>> {
        match self.newer() {
            Some(latest) => Ok(Some(diff_versions(ctx, &self.from, latest).await?)),
            None => Ok(None),
        }
    }

    /// The national version the variant's open draft holds, for those who may see the draft:
    /// equal to `latestVersionNumber` once the update was taken and waits for publishing.
    async fn draft_version_number(&self) -> Option<i32> {
        self.draft_holds
    }
}
