//! The facts behind a region's onboarding checklist, computed from the data (nothing is ticked by hand).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use verkosto_domain::{MembershipStatus, OrganisationKind, RegionId, RoleKind, VersionState};

use crate::{
    Store, StoreResult,
    entity::{membership, organisation, pathway, pathway_version, person, role},
    error::DbContext,
};

/// What a region has done of its onboarding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnboardingFacts {
    /// A coordinator has an account with a password (accepted their invitation).
    pub coordinator_accepted: bool,
    /// Active member organisations, counted by kind (kinds with none are absent).
    pub organisations_by_kind: BTreeMap<OrganisationKind, u32>,
    /// When the region's first pathway was published.
    pub first_pathway_published: Option<DateTime<Utc>>,
}

impl Store {
    /// Computes the onboarding facts of `region`.
    pub async fn onboarding_facts(&self, region: RegionId) -> StoreResult<OnboardingFacts> {
        let coordinators: Vec<uuid::Uuid> = role::Entity::find()
            .filter(role::Column::RegionId.eq(region.0))
            .filter(role::Column::Kind.eq(RoleKind::Coordinator.as_str()))
            .all(&self.db)
            .await
            .context("load the coordinators")?
            .into_iter()
            .map(|r| r.person_id)
            .collect();
        let coordinator_accepted = !coordinators.is_empty()
            && person::Entity::find()
                .filter(person::Column::Id.is_in(coordinators))
                .filter(person::Column::PasswordHash.is_not_null())
                .filter(person::Column::Disabled.eq(false))
                .one(&self.db)
                .await
                .context("load the coordinators' accounts")?
                .is_some();

        let members: Vec<uuid::Uuid> = membership::Entity::find()
            .filter(membership::Column::RegionId.eq(region.0))
            .filter(membership::Column::Status.eq(MembershipStatus::Active.as_str()))
            .all(&self.db)
            .await
            .context("load the memberships")?
            .into_iter()
            .map(|m| m.organisation_id)
            .collect();
        let mut organisations_by_kind = BTreeMap::new();
        if !members.is_empty() {
            for organisation in organisation::Entity::find()
                .filter(organisation::Column::Id.is_in(members))
                .all(&self.db)
                .await
                .context("load the member organisations")?
            {
                let kind = OrganisationKind::parse("kind", &organisation.kind)
                    .unwrap_or(OrganisationKind::Other);
                *organisations_by_kind.entry(kind).or_insert(0) += 1;
            }
        }

        let pathways: Vec<uuid::Uuid> = pathway::Entity::find()
            .filter(pathway::Column::RegionId.eq(region.0))
            .all(&self.db)
            .await
            .context("load the region's pathways")?
            .into_iter()
            .map(|p| p.id)
            .collect();
        let first_pathway_published = if pathways.is_empty() {
            None
        } else {
            pathway_version::Entity::find()
                .filter(pathway_version::Column::PathwayId.is_in(pathways))
                .filter(pathway_version::Column::State.is_in([
                    VersionState::Published.as_str(),
                    VersionState::Superseded.as_str(),
                ]))
                .filter(pathway_version::Column::PublishedAt.is_not_null())
                .order_by_asc(pathway_version::Column::PublishedAt)
                .limit(1)
                .one(&self.db)
                .await
                .context("find the first published version")?
                .and_then(|v| v.published_at)
        };
        Ok(OnboardingFacts {
            coordinator_accepted,
            organisations_by_kind,
            first_pathway_published,
        })
    }
}
