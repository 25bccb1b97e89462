//! Regional variants of national pathways: creating one, taking the base's changes into it.

use async_graphql::{Context, ID, Object};
use verkosto_domain::{
    DomainError, PathwayId, RegionId, Visibility as DomainVisibility, policy::shared_pathways,
};

use super::pathway::readable;
use crate::{
    ApiResult,
    context::ContextExt,
    object::{Pathway, enums::Visibility, parse_id},
};

/// Variant mutations.
#[derive(Default)]
pub struct VariantMutation;

#[Object]
impl VariantMutation {
    /// Creates the region's variant of a published national pathway: a draft copying the
    /// national pathway's published version, recording it as the variant's base. Steps keep
    /// their organisation only when it belongs to the region's network (coordinators of the
    /// region, admins). `visibility` applies once published (default: the region's network).
    async fn create_pathway_variant(
        &self,
        ctx: &Context<'_>,
        pathway_id: ID,
        region_id: ID,
        visibility: Option<Visibility>,
    ) -> ApiResult<Pathway> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let base = parse_id("pathwayId", &pathway_id)?;
        let region = RegionId(parse_id("regionId", &region_id)?);
        let store = ctx.store()?;
        store
            .get_region(region)
            .await?
            .ok_or(DomainError::NotFound("region"))?;
        Pathway::load_visible(ctx, base)
            .await?
            .ok_or(DomainError::NotFound("pathway"))?;
        shared_pathways::require_create_variant(viewer, region)?;
        let visibility = visibility.map_or(DomainVisibility::Network, Into::into);
        Ok(Pathway(
            store
                .create_variant(me, PathwayId(base), region, visibility)
                .await?,
        ))
    }

    /// Takes the national pathway's latest published version into the variant's open draft, or
    /// into a new draft when none is open: each part the variant never changed takes the national
    /// text, each part the variant changed keeps the region's (named in the change note). The
    /// draft records the national version taken; publishing it clears "base updated".
    async fn take_pathway_base_update(
        &self,
        ctx: &Context<'_>,
        pathway_id: ID,
    ) -> ApiResult<Pathway> {
        let (id, facts) = readable(ctx, &pathway_id).await?;
        shared_pathways::require_take_base_update(ctx.viewer(), facts.region)?;
        Ok(Pathway(
            ctx.store()?
                .take_base_update(ctx.viewer().person_id()?, id)
                .await?,
        ))
    }
}
