//! `Organisation`, its contact `Channel`s and its `Membership`s in regions.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;
use verkosto_domain::{MembershipStatus as DomainMembershipStatus, RegionId, policy};
use verkosto_store::entity::{membership, organisation};

use super::{
    Person, Region, Service,
    enums::{ChannelKind, MembershipStatus, OrganisationKind, stored},
    to_id,
};
use crate::{
    ApiResult,
    context::ContextExt,
    loader::{
        ContactsByMembershipLoader, MembershipsByOrganisationLoader, OrganisationLoader,
        PersonLoader, RegionLoader, ServicesByOrganisationLoader, load_one,
    },
    pagination::{IdConnection, paginate_slice},
};

/// One way to reach an organisation or a service.
#[derive(SimpleObject, Clone)]
pub struct Channel {
    /// Phone, e-mail, web, chat, address or video.
    pub kind: ChannelKind,
    /// The number, address or link.
    pub value: String,
    /// What it is for.
    pub label: Option<String>,
}

/// Parses a stored JSON list of channels.
pub(crate) fn channels(value: &serde_json::Value) -> Vec<Channel> {
    serde_json::from_value::<Vec<verkosto_domain::contact::Channel>>(value.clone())
        .unwrap_or_default()
        .into_iter()
        .map(|c| Channel {
            kind: c.kind.into(),
            value: c.value,
            label: c.label,
        })
        .collect()
}

/// A member organisation: prison, police, psychiatry, NGO…
pub struct Organisation(pub organisation::Model);

#[Object]
impl Organisation {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// Its name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// What kind of organisation it is.
    async fn kind(&self) -> Option<OrganisationKind> {
        stored(verkosto_domain::OrganisationKind::parse, &self.0.kind)
    }

    /// Finnish Y-tunnus or Norwegian organisasjonsnummer.
    async fn business_id(&self) -> Option<&str> {
        self.0.business_id.as_deref()
    }

    /// Home municipality.
    async fn municipality(&self) -> Option<&str> {
        self.0.municipality.as_deref()
    }

    /// A few sentences about it.
    async fn description(&self) -> &str {
        &self.0.description
    }

    /// How to reach it.
    async fn channels(&self) -> Vec<Channel> {
        channels(&self.0.channels)
    }

    /// Whether anonymous visitors may see it.
    async fn public(&self) -> bool {
        self.0.public
    }

    /// When it last changed (an edit form sends it back as `ifUnchangedSince`).
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// Services it offers that the viewer may read.
    #[graphql(
        complexity = "first.unwrap_or(crate::pagination::DEFAULT_PAGE).clamp(0, crate::pagination::MAX_PAGE) as usize * child_complexity"
    )]
    async fn services(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<IdConnection<Service>> {
        let services = ctx
            .loader::<ServicesByOrganisationLoader>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        let viewer = ctx.viewer();
        let rows = services
            .into_iter()
            .filter(|s| policy::can_read_directory_entry(viewer, s.public))
            .map(|s| (s.id, Service(s)))
            .collect();
        paginate_slice(rows, first, after)
    }

    /// Its active memberships in regional networks.
    async fn memberships(&self, ctx: &Context<'_>) -> ApiResult<Vec<Membership>> {
        let memberships = ctx
            .loader::<MembershipsByOrganisationLoader>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        let viewer = ctx.viewer();
        Ok(memberships
            .into_iter()
            .filter(|m| {
                m.status == DomainMembershipStatus::Active.as_str()
                    || policy::can_read_region_network(viewer, RegionId(m.region_id))
            })
            .map(Membership)
            .collect())
    }
}

/// An organisation's place in a region's network.
pub struct Membership(pub membership::Model);

#[Object]
impl Membership {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// The region.
    async fn region(&self, ctx: &Context<'_>) -> ApiResult<Option<Region>> {
        Ok(load_one::<RegionLoader, _>(ctx, self.0.region_id)
            .await?
            .map(Region))
    }

    /// The organisation.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        Ok(
            load_one::<OrganisationLoader, _>(ctx, self.0.organisation_id)
                .await?
                .map(Organisation),
        )
    }

    /// Invited, requested, active or left.
    async fn status(&self) -> Option<MembershipStatus> {
        stored(verkosto_domain::MembershipStatus::parse, &self.0.status)
    }

    /// Member since.
    async fn since(&self) -> Option<NaiveDate> {
        self.0.since
    }

    /// The people to contact about this membership (for those in the region's network).
    async fn contacts(&self, ctx: &Context<'_>) -> ApiResult<Vec<Person>> {
        if !policy::can_read_region_network(ctx.viewer(), RegionId(self.0.region_id)) {
            return Ok(vec![]);
        }
        let contacts = ctx
            .loader::<ContactsByMembershipLoader>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        let ids: Vec<Uuid> = contacts.iter().map(|c| c.person_id).collect();
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
