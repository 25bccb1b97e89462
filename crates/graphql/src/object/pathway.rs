//! `Pathway`, its immutable `PathwayVersion`s and their ordered `PathwayStep`s.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use tokio::sync::OnceCell;
use uuid::Uuid;
use verkosto_domain::{
    PersonId, VersionState as DomainState, msg,
    policy::{self, PathwayAccess},
};
use verkosto_store::{
    entity::{pathway, pathway_step, pathway_version},
    pathway::pathway_facts,
    pathway_pages::VersionHead,
};

use super::{
    Organisation, PathwayDiff, PathwayReviewFlag, Person, Region, Service, VariantBase,
    enums::{Language, PathwayStatus, TargetGroup, VersionState, Visibility, stored, stored_list},
    person::visible_person,
    to_id,
};
use crate::{
    ApiError, ApiResult, Code,
    context::ContextExt,
    loader::{
        PathwayLoader, PrefetchedVersions, RegionLoader, ReviewFlagsLoader, ServiceLoader,
        StepOrganisationLoader, StepsByVersionLoader, VariantsByBaseLoader, VersionLoader,
        VersionsByPathwayLoader, load_one, load_version,
    },
    pagination::{IdConnection, paginate_slice},
};

/// A care pathway (hoitopolku): who does what, in which order, for whom.
pub struct Pathway(pub pathway::Model);

/// What the viewer may do with a pathway, for showing the right buttons.
#[derive(SimpleObject)]
pub struct PathwayPermissions {
    /// May edit the open draft.
    pub edit_draft: bool,
    /// May start a new draft (members propose changes this way).
    pub start_draft: bool,
    /// May publish, archive, return to draft and change settings.
    pub publish: bool,
}

impl Pathway {
    /// The author of the open version, if one is open.
    async fn open_author(&self, ctx: &Context<'_>) -> ApiResult<Option<Uuid>> {
        match self.0.open_version_id {
            Some(id) => Ok(load_version(ctx, id).await?.map(|v| v.author_id)),
            None => Ok(None),
        }
    }

    /// The policy facts of this pathway.
    pub async fn facts(&self, ctx: &Context<'_>) -> ApiResult<policy::PathwayFacts> {
        Ok(pathway_facts(&self.0, self.open_author(ctx).await?))
    }

    /// How much of it the viewer may read.
    pub async fn access(&self, ctx: &Context<'_>) -> ApiResult<PathwayAccess> {
        Ok(policy::pathway_access(
            ctx.viewer(),
            &self.facts(ctx).await?,
        ))
    }

    /// Loads a pathway by id when the viewer may read it; otherwise `None`, as if it did not exist.
    pub async fn load_visible(ctx: &Context<'_>, id: Uuid) -> ApiResult<Option<Self>> {
        let Some(model) = load_one::<PathwayLoader, _>(ctx, id).await? else {
            return Ok(None);
        };
        let pathway = Pathway(model);
        Ok(pathway.access(ctx).await?.can_read().then_some(pathway))
    }

    /// Whether the viewer may see `version` of this pathway.
    pub(crate) async fn can_see_version(
        &self,
        ctx: &Context<'_>,
        version: VersionFacts<'_>,
    ) -> ApiResult<bool> {
        let access = self.access(ctx).await?;
        Ok(match access {
            PathwayAccess::None => false,
            PathwayAccess::Everything => true,
            PathwayAccess::Published | PathwayAccess::PublishedAndOwnDraft => {
                let frozen_public = version.state == DomainState::Published.as_str()
                    || version.state == DomainState::Superseded.as_str();
                let own_open = access == PathwayAccess::PublishedAndOwnDraft
                    && Some(version.id) == self.0.open_version_id
                    && ctx.viewer().person() == Some(PersonId(version.author_id));
                frozen_public || own_open
            }
        })
    }

    /// The version with `number`, when the viewer may see it.
    async fn version_numbered(
        &self,
        ctx: &Context<'_>,
        number: i32,
    ) -> ApiResult<Option<pathway_version::Model>> {
        let versions = ctx
            .loader::<VersionsByPathwayLoader>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        match versions.into_iter().find(|v| v.number == number) {
            Some(v) if self.can_see_version(ctx, (&v).into()).await? => Ok(Some(v)),
            _ => Ok(None),
        }
    }

    async fn version_by_id(
        &self,
        ctx: &Context<'_>,
        id: Option<Uuid>,
    ) -> ApiResult<Option<PathwayVersion>> {
        let Some(id) = id else { return Ok(None) };
        let version = match ctx.data::<PrefetchedVersions>()?.take(id) {
            Some(head) => PathwayVersion::from(head),
            None => match load_version(ctx, id).await? {
                Some(whole) => PathwayVersion::from(whole),
                None => return Ok(None),
            },
        };
        Ok(self
            .can_see_version(ctx, version.head().into())
            .await?
            .then_some(version))
    }
}

#[Object]
impl Pathway {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// The owning region; none for a national pathway.
    async fn region(&self, ctx: &Context<'_>) -> ApiResult<Option<Region>> {
        match self.0.region_id {
            Some(id) => Ok(load_one::<RegionLoader, _>(ctx, id).await?.map(Region)),
            None => Ok(None),
        }
    }

    /// National (base) pathway, owned by no region.
    async fn is_national(&self) -> bool {
        self.0.region_id.is_none()
    }

    /// Draft, in review, published or archived.
    async fn status(&self) -> Option<PathwayStatus> {
        stored(verkosto_domain::PathwayStatus::parse, &self.0.status)
    }

    /// Who may read the published version.
    async fn visibility(&self) -> Option<Visibility> {
        stored(verkosto_domain::Visibility::parse, &self.0.visibility)
    }

    /// When the content must be reviewed next.
    async fn review_due(&self) -> Option<NaiveDate> {
        self.0.review_due
    }

    /// The review date has passed.
    async fn review_overdue(&self) -> bool {
        self.0
            .review_due
            .is_some_and(|due| due < Utc::now().date_naive())
    }

    /// The version readers see.
    async fn published_version(&self, ctx: &Context<'_>) -> ApiResult<Option<PathwayVersion>> {
        self.version_by_id(ctx, self.0.published_version_id).await
    }

    /// The open draft or version in review, for its editors and its author.
    async fn open_version(&self, ctx: &Context<'_>) -> ApiResult<Option<PathwayVersion>> {
        self.version_by_id(ctx, self.0.open_version_id).await
    }

    /// The version to show this viewer: the published one, or else their open draft.
    async fn current_version(&self, ctx: &Context<'_>) -> ApiResult<Option<PathwayVersion>> {
        match self.version_by_id(ctx, self.0.published_version_id).await? {
            Some(v) => Ok(Some(v)),
            None => self.version_by_id(ctx, self.0.open_version_id).await,
        }
    }

    /// Version history, newest first (readers see published versions, editors all).
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn versions(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<IdConnection<PathwayVersion>> {
        let versions = ctx
            .loader::<VersionsByPathwayLoader>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        let mut rows = Vec::with_capacity(versions.len());
        for version in versions {
            let version = PathwayVersion::from(version);
            if self.can_see_version(ctx, version.head().into()).await? {
                rows.push((version.head().id, version));
            }
        }
        paginate_slice(rows, first, after)
    }

    /// The version with `number`.
    async fn version(&self, ctx: &Context<'_>, number: i32) -> ApiResult<Option<PathwayVersion>> {
        Ok(self
            .version_numbered(ctx, number)
            .await?
            .map(PathwayVersion::from))
    }

    /// What changed between two versions (by number).
    async fn diff(&self, ctx: &Context<'_>, from: i32, to: i32) -> ApiResult<PathwayDiff> {
        let missing = |n: i32| {
            ApiError::invalid(
                if n == from { "from" } else { "to" },
                msg!("pathway-version-number-missing", number = n),
            )
        };
        let old = self
            .version_numbered(ctx, from)
            .await?
            .ok_or_else(|| missing(from))?;
        let new = self
            .version_numbered(ctx, to)
            .await?
            .ok_or_else(|| missing(to))?;
        diff_versions(ctx, &old, &new).await
    }

    /// The regional variant's base version, for pathways made from a national one.
    async fn based_on(&self, ctx: &Context<'_>) -> ApiResult<Option<PathwayVersion>> {
        let Some(base_id) = self.0.based_on_version_id else {
            return Ok(None);
        };
        let Some(base) = load_version(ctx, base_id).await? else {
            return Ok(None);
        };
        let Some(base_pathway) = Pathway::load_visible(ctx, base.pathway_id).await? else {
            return Ok(None);
        };
        Ok(base_pathway
            .can_see_version(ctx, (&base).into())
            .await?
            .then_some(PathwayVersion::from(base)))
    }

    /// For a regional variant: the national pathway and version it came from, and whether the
    /// national pathway has moved on since (null for other pathways, or when the viewer may not
    /// read the national pathway).
    async fn base(&self, ctx: &Context<'_>) -> ApiResult<Option<VariantBase>> {
        VariantBase::of(ctx, self).await
    }

    /// For a national pathway: the regional variants made from it that the viewer may read.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn variants(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<IdConnection<Pathway>> {
        let variants = ctx
            .loader::<VariantsByBaseLoader>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        paginate_slice(
            variants.into_iter().map(|p| (p.id, Pathway(p))).collect(),
            first,
            after,
        )
    }

    /// Why the published pathway needs a review because of the services its steps use: a
    /// service changed since it was last published or reviewed, was assured over 12 months ago,
    /// or is temporarily closed. Empty for pathways that are not published.
    async fn review_flags(&self, ctx: &Context<'_>) -> ApiResult<Vec<PathwayReviewFlag>> {
        Ok(ctx
            .loader::<ReviewFlagsLoader>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(PathwayReviewFlag)
            .collect())
    }

    /// What the viewer may do with it.
    async fn viewer_can(&self, ctx: &Context<'_>) -> ApiResult<PathwayPermissions> {
        let viewer = ctx.viewer();
        let facts = self.facts(ctx).await?;
        let edit_draft = match (self.0.open_version_id, facts.open_draft_author) {
            (Some(_), Some(author)) => policy::require_edit_draft(viewer, &facts, author).is_ok(),
            _ => false,
        };
        Ok(PathwayPermissions {
            edit_draft,
            start_draft: self.0.open_version_id.is_none()
                && self.0.published_version_id.is_some()
                && policy::require_start_draft(viewer, &facts).is_ok(),
            publish: policy::require_publish(viewer, &facts).is_ok(),
        })
    }

    /// When it was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// What changed between two versions, with the names of the organisations and services their steps use.
pub(crate) async fn diff_versions(
    ctx: &Context<'_>,
    old: &pathway_version::Model,
    new: &pathway_version::Model,
) -> ApiResult<PathwayDiff> {
    let steps = ctx
        .loader::<StepsByVersionLoader>()?
        .load_many([old.id, new.id])
        .await?;
    let names = step_names(ctx, steps.values().flatten()).await?;
    Ok(PathwayDiff::between(
        old,
        steps.get(&old.id).map_or(&[][..], Vec::as_slice),
        new,
        steps.get(&new.id).map_or(&[][..], Vec::as_slice),
        &names,
    ))
}

/// Organisation and service names of steps, for rendering diffs.
async fn step_names<'a>(
    ctx: &Context<'_>,
    steps: impl Iterator<Item = &'a pathway_step::Model>,
) -> ApiResult<std::collections::HashMap<Uuid, String>> {
    let steps: Vec<&pathway_step::Model> = steps.collect();
    let orgs = ctx
        .loader::<StepOrganisationLoader>()?
        .load_many(steps.iter().filter_map(|s| s.organisation_id))
        .await?;
    let services = ctx
        .loader::<ServiceLoader>()?
        .load_many(steps.iter().filter_map(|s| s.service_id))
        .await?;
    Ok(orgs
        .into_iter()
        .map(|(id, o)| (id, o.name))
        .chain(services.into_iter().map(|(id, s)| (id, s.name)))
        .collect())
}

/// What decides who may see a version, borrowed from a whole version or its head.
pub(crate) struct VersionFacts<'a> {
    id: Uuid,
    state: &'a str,
    author_id: Uuid,
}

impl<'a> From<&'a pathway_version::Model> for VersionFacts<'a> {
    fn from(version: &'a pathway_version::Model) -> Self {
        Self {
            id: version.id,
            state: &version.state,
            author_id: version.author_id,
        }
    }
}

impl<'a> From<&'a VersionHead> for VersionFacts<'a> {
    fn from(version: &'a VersionHead) -> Self {
        Self {
            id: version.id,
            state: &version.state,
            author_id: version.author_id,
        }
    }
}

/// One immutable snapshot of a pathway (only a draft changes).
///
/// A pathway list reads the head of each published version (the columns a list shows); the
/// body, change note, target groups and tags are read with the whole version when a field asks
/// for them.
pub struct PathwayVersion {
    head: VersionHead,
    whole: OnceCell<pathway_version::Model>,
}

impl From<pathway_version::Model> for PathwayVersion {
    fn from(version: pathway_version::Model) -> Self {
        Self {
            head: VersionHead::from(&version),
            whole: OnceCell::new_with(Some(version)),
        }
    }
}

impl From<VersionHead> for PathwayVersion {
    fn from(head: VersionHead) -> Self {
        Self {
            head,
            whole: OnceCell::new(),
        }
    }
}

impl PathwayVersion {
    /// Its id, state and author, which decide who may see it.
    pub(crate) fn head(&self) -> &VersionHead {
        &self.head
    }

    /// The whole version, read once when only its head was.
    async fn whole(&self, ctx: &Context<'_>) -> ApiResult<&pathway_version::Model> {
        self.whole
            .get_or_try_init(|| async {
                load_one::<VersionLoader, _>(ctx, self.head.id)
                    .await?
                    .ok_or_else(|| ApiError::new(Code::NotFound, msg!("pathway-version-gone")))
            })
            .await
    }
}

#[Object]
impl PathwayVersion {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.head.id)
    }

    /// The pathway it belongs to.
    async fn pathway_id(&self) -> ID {
        to_id(self.head.pathway_id)
    }

    /// 1, 2, 3… in order of creation.
    async fn number(&self) -> i32 {
        self.head.number
    }

    /// Draft, in review, published or superseded.
    async fn state(&self) -> Option<VersionState> {
        stored(verkosto_domain::VersionState::parse, &self.head.state)
    }

    /// Title.
    async fn title(&self) -> &str {
        &self.head.title
    }

    /// One or two sentences.
    async fn summary(&self) -> &str {
        &self.head.summary
    }

    /// The language the text is written in.
    async fn language(&self) -> Option<Language> {
        stored(verkosto_domain::Language::parse, &self.head.language)
    }

    /// Who it is for.
    async fn target_groups(&self, ctx: &Context<'_>) -> ApiResult<Vec<TargetGroup>> {
        Ok(stored_list::<verkosto_domain::TargetGroup, TargetGroup>(
            &self.whole(ctx).await?.target_groups,
        ))
    }

    /// Keywords.
    async fn tags(&self, ctx: &Context<'_>) -> ApiResult<Vec<String>> {
        Ok(serde_json::from_value(self.whole(ctx).await?.tags.clone()).unwrap_or_default())
    }

    /// The body in Markdown.
    async fn body(&self, ctx: &Context<'_>) -> ApiResult<&str> {
        Ok(&self.whole(ctx).await?.body)
    }

    /// What changed and why.
    async fn change_note(&self, ctx: &Context<'_>) -> ApiResult<&str> {
        Ok(&self.whole(ctx).await?.change_note)
    }

    /// Who wrote it (when the viewer may see them).
    async fn author(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        visible_person(ctx, self.head.author_id).await
    }

    /// The ordered steps.
    async fn steps(&self, ctx: &Context<'_>) -> ApiResult<Vec<PathwayStep>> {
        Ok(ctx
            .loader::<StepsByVersionLoader>()?
            .load_one(self.head.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(PathwayStep)
            .collect())
    }

    /// When it was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.head.created_at
    }

    /// When its content last changed (the editor sends it back as `ifUnchangedSince`).
    async fn updated_at(&self, ctx: &Context<'_>) -> ApiResult<DateTime<Utc>> {
        Ok(self.whole(ctx).await?.updated_at)
    }

    /// When it was submitted for review.
    async fn submitted_at(&self) -> Option<DateTime<Utc>> {
        self.head.submitted_at
    }

    /// When it was published.
    async fn published_at(&self) -> Option<DateTime<Utc>> {
        self.head.published_at
    }
}

/// One step of a pathway version.
pub struct PathwayStep(pub pathway_step::Model);

#[Object]
impl PathwayStep {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// 1-based position in the pathway.
    async fn position(&self) -> i32 {
        self.0.position + 1
    }

    /// Short name.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// What happens.
    async fn description(&self) -> &str {
        &self.0.description
    }

    /// Who is responsible (when the viewer may see the organisation).
    async fn responsible_organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        let Some(id) = self.0.organisation_id else {
            return Ok(None);
        };
        let viewer = ctx.viewer();
        Ok(load_one::<StepOrganisationLoader, _>(ctx, id)
            .await?
            .filter(|o| policy::can_read_directory_entry(viewer, o.public))
            .map(Organisation))
    }

    /// The service used (when the viewer may see it).
    async fn service(&self, ctx: &Context<'_>) -> ApiResult<Option<Service>> {
        let Some(id) = self.0.service_id else {
            return Ok(None);
        };
        let viewer = ctx.viewer();
        Ok(load_one::<ServiceLoader, _>(ctx, id)
            .await?
            .filter(|s| policy::can_read_directory_entry(viewer, s.public))
            .map(Service))
    }

    /// Who can be referred onward and how.
    async fn referral_criteria(&self) -> &str {
        &self.0.referral_criteria
    }
}
