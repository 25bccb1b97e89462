//! `Region`: one regional network, with its organisations, people and pathways.

use async_graphql::{ComplexObject, Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use uuid::Uuid;
use verkosto_domain::{
    MemberListVisibility as DomainListVisibility, MembershipStatus, RegionId,
    RoleKind as DomainRole,
    policy::{self, network::PeopleListing},
};
use verkosto_store::{entity::region, organisation::MemberPage, pathway_pages::RegionPage};

use super::{
    Membership, Onboarding, Organisation, Pathway, Person,
    enums::{
        Country, Language, MemberListVisibility, OrganisationKind, PathwayStatus, RegionStatus,
        RoleKind, stored,
    },
    to_id,
};
use crate::{
    ApiResult,
    context::ContextExt,
    loader::{
        MemberOrganisationsByRegionLoader, MembershipsByRegionLoader, OrganisationLoader,
        PathwayLoader, PathwaysByRegionLoader, PersonLoader, PrefetchedVersions, RegionMembersKey,
        RegionPathwaysKey, RolesByRegionLoader, load_one,
    },
    pagination::{IdConnection, connection_from, foreign_cursor, page_args, paginate_slice},
};

/// A region's name in the four languages.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct LocalizedName {
    /// Finnish.
    pub fi: Option<String>,
    /// Swedish.
    pub sv: Option<String>,
    /// Norwegian Bokmål.
    pub nb: Option<String>,
    /// English.
    pub en: Option<String>,
}

#[ComplexObject]
impl LocalizedName {
    /// The name in `language`, falling back to another language when missing.
    async fn get(&self, language: Language) -> String {
        self.domain().get(language.into()).to_owned()
    }
}

impl LocalizedName {
    fn domain(&self) -> verkosto_domain::region::LocalizedName {
        verkosto_domain::region::LocalizedName {
            fi: self.fi.clone(),
            sv: self.sv.clone(),
            nb: self.nb.clone(),
            en: self.en.clone(),
        }
    }
}

/// A regional network (alueverkosto) of organisations.
pub struct Region(pub region::Model);

impl Region {
    fn region_id(&self) -> RegionId {
        RegionId(self.0.id)
    }
}

#[Object]
impl Region {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// Address-friendly unique name, e.g. `pohjois-pohjanmaa`.
    async fn slug(&self) -> &str {
        &self.0.slug
    }

    /// The name in `language` (default Finnish), falling back to another language.
    async fn name(&self, language: Option<Language>) -> String {
        self.0
            .names()
            .get(language.map_or(verkosto_domain::Language::Finnish, Into::into))
            .to_owned()
    }

    /// The name in every language it has.
    async fn names(&self) -> LocalizedName {
        self.names_value()
    }

    /// Finland or Norway.
    async fn country(&self) -> Option<Country> {
        stored(verkosto_domain::Country::parse, &self.0.country)
    }

    /// Municipalities or counties the network covers.
    async fn area(&self) -> Vec<String> {
        serde_json::from_value(self.0.area.clone()).unwrap_or_default()
    }

    /// Onboarding, active or archived.
    async fn status(&self) -> Option<RegionStatus> {
        stored(verkosto_domain::RegionStatus::parse, &self.0.status)
    }

    /// IANA time zone of its meetings.
    async fn time_zone(&self) -> &str {
        &self.0.time_zone
    }

    /// The viewer's role here, if any.
    async fn viewer_role(&self, ctx: &Context<'_>) -> Option<RoleKind> {
        ctx.viewer().role_in(self.region_id()).map(RoleKind::from)
    }

    /// Active member organisations, optionally of some kinds; anonymous visitors see public ones.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn organisations(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        kinds: Option<Vec<OrganisationKind>>,
    ) -> ApiResult<IdConnection<Organisation>> {
        let (after, limit) = page_args(first, after.as_deref())?;
        let public_only = !policy::can_read_directory_entry(ctx.viewer(), false);
        let kinds: Vec<String> = kinds
            .unwrap_or_default()
            .into_iter()
            .map(|k| {
                verkosto_domain::OrganisationKind::from(k)
                    .as_str()
                    .to_owned()
            })
            .collect();
        if let Some(after) = after {
            let member = ctx
                .loader::<MembershipsByRegionLoader>()?
                .load_one(self.0.id)
                .await?
                .unwrap_or_default()
                .iter()
                .any(|m| {
                    m.organisation_id == after && m.status == MembershipStatus::Active.as_str()
                });
            let listed = load_one::<OrganisationLoader, _>(ctx, after)
                .await?
                .is_some_and(|o| {
                    (o.public || !public_only) && (kinds.is_empty() || kinds.contains(&o.kind))
                });
            if !(member && listed) {
                return Err(foreign_cursor());
            }
        }
        let key = RegionMembersKey {
            region: self.0.id,
            page: MemberPage {
                after,
                take: limit + 1,
                kinds,
                public_only,
            },
        };
        let rows = ctx
            .loader::<MemberOrganisationsByRegionLoader>()?
            .load_one(key)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(|o| (o.id, Organisation(o)))
            .collect();
        Ok(connection_from(rows, limit, after.is_some()))
    }

    /// Memberships: the network sees every status, others the active memberships they may read.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn memberships(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<IdConnection<Membership>> {
        let viewer = ctx.viewer();
        let network = policy::can_read_region_network(viewer, self.region_id());
        let memberships = ctx
            .loader::<MembershipsByRegionLoader>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        let organisations = ctx
            .loader::<OrganisationLoader>()?
            .load_many(memberships.iter().map(|m| m.organisation_id))
            .await?;
        let rows = memberships
            .into_iter()
            .filter(|m| {
                network
                    || (m.status == MembershipStatus::Active.as_str()
                        && organisations
                            .get(&m.organisation_id)
                            .is_some_and(|o| policy::can_read_directory_entry(viewer, o.public)))
            })
            .map(|m| (m.id, Membership(m)))
            .collect();
        paginate_slice(rows, first, after)
    }

    /// Pathways of this region the viewer may read.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn pathways(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        status: Option<Vec<PathwayStatus>>,
    ) -> ApiResult<IdConnection<Pathway>> {
        let (after, limit) = page_args(first, after.as_deref())?;
        if let Some(after) = after {
            let from_this_list = load_one::<PathwayLoader, _>(ctx, after)
                .await?
                .is_some_and(|p| p.region_id == Some(self.0.id));
            if !from_this_list {
                return Err(foreign_cursor());
            }
        }
        let key = RegionPathwaysKey {
            region: self.0.id,
            page: RegionPage {
                after,
                take: limit + 1,
                statuses: status
                    .unwrap_or_default()
                    .into_iter()
                    .map(|s| verkosto_domain::PathwayStatus::from(s).as_str().to_owned())
                    .collect(),
                with_published: ctx
                    .look_ahead()
                    .field("edges")
                    .field("node")
                    .field("publishedVersion")
                    .exists(),
            },
        };
        let pathways = ctx
            .loader::<PathwaysByRegionLoader>()?
            .load_one(key)
            .await?
            .unwrap_or_default();
        let mut rows = Vec::with_capacity(pathways.len());
        let mut published = Vec::new();
        for (pathway, version) in pathways {
            published.extend(version);
            rows.push((pathway.id, Pathway(pathway)));
        }
        ctx.data::<PrefetchedVersions>()?.feed(published);
        Ok(connection_from(rows, limit, after.is_some()))
    }

    /// The coordinators, for those in the network.
    async fn coordinators(&self, ctx: &Context<'_>) -> ApiResult<Vec<Person>> {
        self.people_with_role(ctx, Some(DomainRole::Coordinator))
            .await
    }

    /// Everyone with a role here, for those in the network.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn people(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<IdConnection<Person>> {
        let people = self.people_with_role(ctx, None).await?;
        paginate_slice(
            people.into_iter().map(|p| (p.0.id, p)).collect(),
            first,
            after,
        )
    }

    /// Who may list its people: everyone in the network, or coordinators only.
    async fn member_list_visibility(&self) -> MemberListVisibility {
        self.member_list_setting().into()
    }

    /// The onboarding checklist and coverage of organisation kinds, computed from the data
    /// (for anyone with a role in some region, and admins).
    async fn onboarding(&self, ctx: &Context<'_>) -> ApiResult<Option<Onboarding>> {
        let viewer = ctx.viewer();
        if !viewer.is_admin() && !viewer.has_any_role() {
            return Ok(None);
        }
        let store = ctx.store()?;
        let facts = store.onboarding_facts(self.region_id()).await?;
        let meeting = store.first_network_meeting_held(self.region_id()).await?;
        Ok(Some(Onboarding::new(facts, meeting)))
    }

    /// When it was opened.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it last changed (an edit form sends it back as `ifUnchangedSince`).
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

impl Region {
    /// The region's member-list setting.
    pub(crate) fn member_list_setting(&self) -> DomainListVisibility {
        DomainListVisibility::parse("stored", &self.0.member_list_visibility)
            .unwrap_or(DomainListVisibility::AllMembers)
    }

    fn names_value(&self) -> LocalizedName {
        LocalizedName {
            fi: self.0.name_fi.clone(),
            sv: self.0.name_sv.clone(),
            nb: self.0.name_nb.clone(),
            en: self.0.name_en.clone(),
        }
    }

    async fn people_with_role(
        &self,
        ctx: &Context<'_>,
        kind: Option<DomainRole>,
    ) -> ApiResult<Vec<Person>> {
        let kind = match policy::network::people_listing(
            ctx.viewer(),
            self.region_id(),
            self.member_list_setting(),
        ) {
            PeopleListing::Nobody => return Ok(vec![]),
            PeopleListing::CoordinatorsOnly => Some(DomainRole::Coordinator),
            PeopleListing::Everyone => kind,
        };
        let roles = ctx
            .loader::<RolesByRegionLoader>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        let ids: Vec<Uuid> = roles
            .iter()
            .filter(|r| kind.is_none_or(|k| r.kind == k.as_str()))
            .map(|r| r.person_id)
            .collect();
        let people = ctx
            .loader::<PersonLoader>()?
            .load_many(ids.iter().copied())
            .await?;
        Ok(ids
            .iter()
            .filter_map(|id| people.get(id))
            .map(|p| Person(p.clone()))
            .collect())
    }
}
