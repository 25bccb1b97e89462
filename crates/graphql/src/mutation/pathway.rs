//! The pathway lifecycle: create, draft, submit, publish, archive, restore, delete an unpublished one.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, NaiveDate, Utc};
use verkosto_domain::{
    DomainError, PathwayId, PathwayVersionId, PersonId, RegionId, Visibility as DomainVisibility,
    msg, policy,
};
use verkosto_store::pathway::PathwaySettings;

use crate::{
    ApiError, ApiResult,
    context::ContextExt,
    input::{CreatePathwayInput, PathwayContentInput},
    loader::load_version,
    notify,
    object::{Pathway, enums::Visibility, parse_id, to_id},
};

/// Pathway mutations.
#[derive(Default)]
pub struct PathwayMutation;

/// The pathway `id` with its policy facts, when the viewer may read it; otherwise not found.
pub(super) async fn readable(
    ctx: &Context<'_>,
    id: &ID,
) -> ApiResult<(PathwayId, policy::PathwayFacts)> {
    ctx.viewer().person_id()?;
    let id = parse_id("pathwayId", id)?;
    let pathway = Pathway::load_visible(ctx, id)
        .await?
        .ok_or(DomainError::NotFound("pathway"))?;
    Ok((PathwayId(id), pathway.facts(ctx).await?))
}

/// The reloaded pathway after a change.
async fn reloaded(ctx: &Context<'_>, id: PathwayId) -> ApiResult<Pathway> {
    let model = ctx
        .store()?
        .get_pathway(id)
        .await?
        .ok_or(DomainError::NotFound("pathway"))?;
    Ok(Pathway(model))
}

/// Requires that the viewer may edit the open draft.
fn require_draft_editor(ctx: &Context<'_>, facts: &policy::PathwayFacts) -> ApiResult<PersonId> {
    let viewer = ctx.viewer();
    let me = viewer.person_id()?;
    let author = facts
        .open_draft_author
        .ok_or_else(|| DomainError::conflict(msg!("pathway-draft-not-open")))?;
    policy::require_edit_draft(viewer, facts, author)?;
    Ok(me)
}

#[Object]
impl PathwayMutation {
    /// Creates a pathway with its first draft: members and coordinators of its region, admins for
    /// national ones; a regional variant (`basedOnVersionId`) only its region's coordinators.
    async fn create_pathway(
        &self,
        ctx: &Context<'_>,
        input: CreatePathwayInput,
    ) -> ApiResult<Pathway> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let region = match &input.region_id {
            Some(id) => {
                let region = RegionId(parse_id("regionId", id)?);
                ctx.store()?
                    .get_region(region)
                    .await?
                    .ok_or(DomainError::NotFound("region"))?;
                Some(region)
            }
            None => None,
        };
        policy::require_create_pathway(viewer, region)?;
        let based_on = match &input.based_on_version_id {
            Some(id) => {
                let version = parse_id("basedOnVersionId", id)?;
                let region = region.ok_or_else(|| {
                    ApiError::invalid("regionId", msg!("pathway-variant-needs-region"))
                })?;
                policy::shared_pathways::require_create_variant(viewer, region)?;
                let base = load_version(ctx, version).await?.ok_or_else(|| {
                    ApiError::invalid("basedOnVersionId", msg!("pathway-version-unknown"))
                })?;
                Pathway::load_visible(ctx, base.pathway_id)
                    .await?
                    .ok_or_else(|| {
                        ApiError::invalid("basedOnVersionId", msg!("pathway-version-unknown"))
                    })?;
                Some(PathwayVersionId(version))
            }
            None => None,
        };
        let content = input.content.parse("content")?;
        let settings = PathwaySettings {
            visibility: input
                .visibility
                .map_or(DomainVisibility::Network, Into::into),
            review_due: input.review_due,
        };
        let model = ctx
            .store()?
            .create_pathway(me, region, settings, content, based_on)
            .await?;
        Ok(Pathway(model))
    }

    /// Replaces the content of the open draft (coordinators; members their own drafts). With
    /// `ifUnchangedSince` (the draft's `updatedAt` the editor was read at), a save by someone else
    /// since then is refused with `CONFLICT` instead of overwritten.
    async fn update_pathway_draft(
        &self,
        ctx: &Context<'_>,
        pathway_id: ID,
        content: PathwayContentInput,
        if_unchanged_since: Option<DateTime<Utc>>,
    ) -> ApiResult<Pathway> {
        let (id, facts) = readable(ctx, &pathway_id).await?;
        let me = require_draft_editor(ctx, &facts)?;
        let content = content.parse("content")?;
        ctx.store()?
            .update_draft(me, id, content, if_unchanged_since)
            .await?;
        reloaded(ctx, id).await
    }

    /// Starts a new draft from the published version; readers keep seeing the published one.
    async fn start_pathway_draft(&self, ctx: &Context<'_>, pathway_id: ID) -> ApiResult<Pathway> {
        let (id, facts) = readable(ctx, &pathway_id).await?;
        policy::require_start_draft(ctx.viewer(), &facts)?;
        ctx.store()?
            .start_draft(ctx.viewer().person_id()?, id, None)
            .await?;
        reloaded(ctx, id).await
    }

    /// Starts a new draft holding the content of an old version.
    async fn restore_pathway_version(
        &self,
        ctx: &Context<'_>,
        pathway_id: ID,
        number: i32,
    ) -> ApiResult<Pathway> {
        let (id, facts) = readable(ctx, &pathway_id).await?;
        policy::require_start_draft(ctx.viewer(), &facts)?;
        let store = ctx.store()?;
        let versions = store.versions_by_pathways(&[id.0]).await?;
        let version = versions
            .iter()
            .find(|v| {
                v.number == number && v.state != verkosto_domain::VersionState::Draft.as_str()
            })
            .ok_or_else(|| {
                ApiError::invalid(
                    "number",
                    msg!("pathway-frozen-version-missing", number = number),
                )
            })?;
        store
            .start_draft(
                ctx.viewer().person_id()?,
                id,
                Some(PathwayVersionId(version.id)),
            )
            .await?;
        reloaded(ctx, id).await
    }

    /// Submits the open draft for review; it is frozen until published or returned.
    async fn submit_pathway(&self, ctx: &Context<'_>, pathway_id: ID) -> ApiResult<Pathway> {
        let (id, facts) = readable(ctx, &pathway_id).await?;
        let me = require_draft_editor(ctx, &facts)?;
        let submitted = ctx.store()?.submit_draft(me, id).await?;
        notify::review_requested(ctx, me, &submitted).await?;
        reloaded(ctx, id).await
    }

    /// Returns the version in review to draft for more work (coordinators, admins).
    async fn return_pathway_to_draft(
        &self,
        ctx: &Context<'_>,
        pathway_id: ID,
    ) -> ApiResult<Pathway> {
        let (id, facts) = readable(ctx, &pathway_id).await?;
        policy::require_publish(ctx.viewer(), &facts)?;
        let me = ctx.viewer().person_id()?;
        let returned = ctx.store()?.return_to_draft(me, id).await?;
        notify::proposal_decided(ctx, me, facts.open_draft_author, &returned, false).await?;
        Ok(Pathway(returned))
    }

    /// Discards the open draft (its editors); the published version stays.
    async fn discard_pathway_draft(&self, ctx: &Context<'_>, pathway_id: ID) -> ApiResult<Pathway> {
        let (id, facts) = readable(ctx, &pathway_id).await?;
        let me = require_draft_editor(ctx, &facts)?;
        Ok(Pathway(ctx.store()?.discard_draft(me, id).await?))
    }

    /// Deletes a pathway that was never published, with its draft (the draft's editors); answers
    /// its id. A published pathway is archived instead.
    async fn delete_pathway(&self, ctx: &Context<'_>, pathway_id: ID) -> ApiResult<ID> {
        let (id, facts) = readable(ctx, &pathway_id).await?;
        let me = require_draft_editor(ctx, &facts)?;
        ctx.store()?.delete_unpublished(me, id).await?;
        Ok(to_id(id.0))
    }

    /// Publishes the open version (coordinators of its region, admins); it becomes immutable.
    async fn publish_pathway(&self, ctx: &Context<'_>, pathway_id: ID) -> ApiResult<Pathway> {
        let (id, facts) = readable(ctx, &pathway_id).await?;
        policy::require_publish(ctx.viewer(), &facts)?;
        let me = ctx.viewer().person_id()?;
        let published = ctx.store()?.publish_pathway(me, id).await?;
        notify::proposal_decided(ctx, me, facts.open_draft_author, &published, true).await?;
        Ok(Pathway(published))
    }

    /// Archives the pathway (coordinators of its region, admins); readers no longer see it.
    async fn archive_pathway(&self, ctx: &Context<'_>, pathway_id: ID) -> ApiResult<Pathway> {
        let (id, facts) = readable(ctx, &pathway_id).await?;
        policy::require_publish(ctx.viewer(), &facts)?;
        Ok(Pathway(
            ctx.store()?
                .archive_pathway(ctx.viewer().person_id()?, id)
                .await?,
        ))
    }

    /// Changes who may read the pathway and when it is due for review (coordinators, admins).
    async fn set_pathway_settings(
        &self,
        ctx: &Context<'_>,
        pathway_id: ID,
        visibility: Visibility,
        review_due: Option<NaiveDate>,
    ) -> ApiResult<Pathway> {
        let (id, facts) = readable(ctx, &pathway_id).await?;
        policy::require_publish(ctx.viewer(), &facts)?;
        let settings = PathwaySettings {
            visibility: visibility.into(),
            review_due,
        };
        Ok(Pathway(
            ctx.store()?
                .set_pathway_settings(ctx.viewer().person_id()?, id, settings)
                .await?,
        ))
    }
}
