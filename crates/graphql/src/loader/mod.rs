//! Dataloaders: each batches one relation into one SQL statement per request tick.
//!
//! `by_id` loads rows by primary key; `by_parent` loads the children of many parents at once;
//! `pathway` holds the viewer, because which pathways a region shows depends on who asks.

mod by_id;
mod by_parent;
mod pathway;

use std::{collections::HashMap, sync::Arc};

use async_graphql::dataloader::DataLoader;
pub use by_id::*;
pub use by_parent::*;
pub use pathway::PathwaysByRegionLoader;
use uuid::Uuid;
use verkosto_domain::Viewer;
use verkosto_store::{Store, StoreError};

use crate::{ApiResult, context::ContextExt};

/// The error every loader returns (cloneable, as async-graphql requires).
pub type LoadError = Arc<StoreError>;

/// Groups `rows` by `key`, keeping their order, with an empty list for keys that have none.
pub(crate) fn group_by<T: Clone>(
    keys: &[Uuid],
    rows: Vec<T>,
    key: impl Fn(&T) -> Uuid,
) -> HashMap<Uuid, Vec<T>> {
    let mut groups: HashMap<Uuid, Vec<T>> = keys.iter().map(|k| (*k, Vec::new())).collect();
    for row in rows {
        groups.entry(key(&row)).or_default().push(row);
    }
    groups
}

/// Adds every loader of one request to `request`.
pub fn add_data_loaders(
    request: async_graphql::Request,
    store: &Store,
    viewer: &Viewer,
) -> async_graphql::Request {
    let spawn = |fut| tokio::spawn(fut);
    request
        .data(DataLoader::new(RegionLoader(store.clone()), spawn))
        .data(DataLoader::new(OrganisationLoader(store.clone()), spawn))
        .data(DataLoader::new(PersonLoader(store.clone()), spawn))
        .data(DataLoader::new(ServiceLoader(store.clone()), spawn))
        .data(DataLoader::new(PathwayLoader(store.clone()), spawn))
        .data(DataLoader::new(VersionLoader(store.clone()), spawn))
        .data(DataLoader::new(
            MembershipsByRegionLoader(store.clone()),
            spawn,
        ))
        .data(DataLoader::new(
            MembershipsByOrganisationLoader(store.clone()),
            spawn,
        ))
        .data(DataLoader::new(
            ContactsByMembershipLoader(store.clone()),
            spawn,
        ))
        .data(DataLoader::new(
            ServicesByOrganisationLoader(store.clone()),
            spawn,
        ))
        .data(DataLoader::new(RolesByPersonLoader(store.clone()), spawn))
        .data(DataLoader::new(RolesByRegionLoader(store.clone()), spawn))
        .data(DataLoader::new(
            VersionsByPathwayLoader(store.clone()),
            spawn,
        ))
        .data(DataLoader::new(StepsByVersionLoader(store.clone()), spawn))
        .data(DataLoader::new(
            PathwaysByRegionLoader::new(store.clone(), viewer.clone()),
            spawn,
        ))
}

/// Loads one row by id through loader `L`.
pub(crate) async fn load_one<L, V>(
    ctx: &async_graphql::Context<'_>,
    id: Uuid,
) -> ApiResult<Option<V>>
where
    L: async_graphql::dataloader::Loader<Uuid, Value = V, Error = LoadError>,
    V: Send + Sync + Clone + 'static,
{
    Ok(ctx.loader::<L>()?.load_one(id).await?)
}
