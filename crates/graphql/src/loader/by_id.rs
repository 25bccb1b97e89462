//! Loaders of rows by their primary key.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use uuid::Uuid;
use verkosto_store::{
    Store,
    entity::{organisation, pathway, pathway_version, person, region, service},
};

use super::LoadError;

macro_rules! by_id_loader {
    ($(#[$doc:meta])* $name:ident, $model:ty, $method:ident) => {
        $(#[$doc])*
        pub struct $name(pub Store);

        impl Loader<Uuid> for $name {
            type Value = $model;
            type Error = LoadError;

            async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
                let rows = self.0.$method(keys).await?;
                Ok(rows.into_iter().map(|row| (row.id, row)).collect())
            }
        }
    };
}

by_id_loader!(
    /// Regions by id.
    RegionLoader, region::Model, regions_by_ids
);
by_id_loader!(
    /// Organisations by id.
    OrganisationLoader, organisation::Model, organisations_by_ids
);
by_id_loader!(
    /// Organisations named by pathway steps.
    ///
    /// Steps sit deeper in a query than a region's member list; with a loader of their own each
    /// level is one batch, where a shared loader would merge the two only when timing lines up.
    StepOrganisationLoader, organisation::Model, organisations_by_ids
);
by_id_loader!(
    /// People by id.
    PersonLoader, person::Model, people_by_ids
);
by_id_loader!(
    /// Services by id.
    ServiceLoader, service::Model, services_by_ids
);
by_id_loader!(
    /// Pathways by id (no permission filter: callers check the policy).
    PathwayLoader, pathway::Model, pathways_by_ids
);
by_id_loader!(
    /// Pathway versions by id.
    VersionLoader, pathway_version::Model, versions_by_ids
);
