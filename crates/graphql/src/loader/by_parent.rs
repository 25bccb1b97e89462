//! Loaders of the children of many parents in one statement.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use uuid::Uuid;
use verkosto_store::{
    Store,
    entity::{
        action_item, event_registration, membership, membership_contact, organisation,
        pathway_step, pathway_version, role, service,
    },
    organisation::MemberPage,
};

use super::{LoadError, RegionPageKey, group_by, load_region_pages};

macro_rules! by_parent_loader {
    ($(#[$doc:meta])* $name:ident, $model:ty, $method:ident, $parent:ident) => {
        $(#[$doc])*
        pub struct $name(pub Store);

        impl Loader<Uuid> for $name {
            type Value = Vec<$model>;
            type Error = LoadError;

            async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
                let rows = self.0.$method(keys).await?;
                Ok(group_by(keys, rows, |row| row.$parent))
            }
        }
    };
}

by_parent_loader!(
    /// Memberships (every status) by region id.
    MembershipsByRegionLoader, membership::Model, memberships_by_regions, region_id
);
by_parent_loader!(
    /// Memberships (every status) by organisation id.
    MembershipsByOrganisationLoader, membership::Model, memberships_by_organisations, organisation_id
);
by_parent_loader!(
    /// Contact persons by membership id.
    ContactsByMembershipLoader, membership_contact::Model, contacts_by_memberships, membership_id
);
by_parent_loader!(
    /// Services by organisation id.
    ServicesByOrganisationLoader, service::Model, services_by_organisations, organisation_id
);
by_parent_loader!(
    /// Roles by person id.
    RolesByPersonLoader, role::Model, roles_by_people, person_id
);
by_parent_loader!(
    /// Roles by region id.
    RolesByRegionLoader, role::Model, roles_by_regions, region_id
);
by_parent_loader!(
    /// Versions by pathway id, newest first.
    VersionsByPathwayLoader, pathway_version::Model, versions_by_pathways, pathway_id
);
by_parent_loader!(
    /// Steps by version id, in order.
    StepsByVersionLoader, pathway_step::Model, steps_by_versions, version_id
);
by_parent_loader!(
    /// Registrations by event id, oldest first.
    RegistrationsByEventLoader, event_registration::Model, registrations_by_events, event_id
);
by_parent_loader!(
    /// Action items by event id, in the order they were agreed.
    ActionItemsByEventLoader, action_item::Model, action_items_by_events, event_id
);

/// One region's page of its member organisations.
pub type RegionMembersKey = RegionPageKey<MemberPage>;

/// Organisations with an active membership, a page per region, oldest membership first: one
/// statement for all regions asking for the same page.
pub struct MemberOrganisationsByRegionLoader(pub Store);

impl Loader<RegionMembersKey> for MemberOrganisationsByRegionLoader {
    type Value = Vec<organisation::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[RegionMembersKey],
    ) -> Result<HashMap<RegionMembersKey, Self::Value>, Self::Error> {
        load_region_pages(keys, |page, regions| async move {
            self.0.member_organisation_pages(&regions, &page).await
        })
        .await
    }
}
