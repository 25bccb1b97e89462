//! Dataloaders: each batches one relation into one SQL statement per request tick.
//!
//! `by_id` loads rows by primary key; `by_parent` loads the children of many parents at once;
//! `pathway` holds the viewer, because which pathways a region shows depends on who asks;
//! `audit` names what the audit log's events changed.

mod audit;
mod by_id;
mod by_parent;
mod pathway;
mod shared_pathways;

use std::{
    collections::HashMap,
    hash::Hash,
    sync::{Arc, Mutex},
};

use async_graphql::dataloader::DataLoader;
pub use audit::AuditSubjectLoader;
pub use by_id::*;
pub use by_parent::*;
pub use pathway::{PathwaysByRegionLoader, RegionPathwaysKey};
pub use shared_pathways::{ReviewFlagsLoader, VariantsByBaseLoader};
use uuid::Uuid;
use verkosto_domain::Viewer;
use verkosto_store::{Store, StoreError, entity::pathway_version, pathway_pages::VersionHead};

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

/// One region's page of a list that is read a page per region.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RegionPageKey<P> {
    /// The region.
    pub region: Uuid,
    /// Which page.
    pub page: P,
}

/// Loads the pages `keys` ask for: `fetch` reads one page for all the regions asking for it, in
/// one statement, as (region, row) pairs in page order.
pub(crate) async fn load_region_pages<P, T, Fut>(
    keys: &[RegionPageKey<P>],
    fetch: impl Fn(P, Vec<Uuid>) -> Fut,
) -> Result<HashMap<RegionPageKey<P>, Vec<T>>, LoadError>
where
    P: Clone + Eq + Hash,
    Fut: Future<Output = Result<Vec<(Uuid, T)>, StoreError>>,
{
    let mut by_page: HashMap<&P, Vec<Uuid>> = HashMap::new();
    for key in keys {
        by_page.entry(&key.page).or_default().push(key.region);
    }
    let mut pages: HashMap<RegionPageKey<P>, Vec<T>> =
        keys.iter().map(|key| (key.clone(), Vec::new())).collect();
    for (page, regions) in by_page {
        for (region, row) in fetch(page.clone(), regions).await? {
            let key = RegionPageKey {
                region,
                page: page.clone(),
            };
            if let Some(list) = pages.get_mut(&key) {
                list.push(row);
            }
        }
    }
    Ok(pages)
}

/// Times a loader's fetch steps aside before it runs. async-graphql resolves a list through
/// `FuturesUnordered`, which yields after every 32 items; stepping aside 64 times lets a level of
/// up to 2,048 items register its keys, so they land in one batch without sleeping.
const YIELDS_BEFORE_FETCH: usize = 64;

/// A loader that batches by yielding to the request's resolvers instead of sleeping a fixed delay.
fn batched<T: Send + Sync + 'static>(loader: T) -> DataLoader<T> {
    DataLoader::new(loader, |fetch| {
        tokio::spawn(async move {
            for _ in 0..YIELDS_BEFORE_FETCH {
                tokio::task::yield_now().await;
            }
            fetch.await;
        })
    })
    .delay(std::time::Duration::ZERO)
}

/// The heads of pathway versions a page query read ahead, each handed out once to the field
/// that asks.
///
/// A region's pathway page reads the heads of their published versions in the same statement;
/// other versions go through [`VersionLoader`]. Handing each out once keeps nothing across the
/// writes of a mutation.
#[derive(Default)]
pub struct PrefetchedVersions(Mutex<HashMap<Uuid, VersionHead>>);

impl PrefetchedVersions {
    /// Keeps `versions` for the fields about to ask for them.
    pub fn feed(&self, versions: impl IntoIterator<Item = VersionHead>) {
        if let Ok(mut kept) = self.0.lock() {
            kept.extend(versions.into_iter().map(|v| (v.id, v)));
        }
    }

    /// The head of version `id`, if a page read it ahead (and no field took it yet).
    pub(crate) fn take(&self, id: Uuid) -> Option<VersionHead> {
        self.0.lock().ok()?.remove(&id)
    }
}

/// Adds every loader of one request to `request`.
pub fn add_data_loaders(
    request: async_graphql::Request,
    store: &Store,
    viewer: &Viewer,
) -> async_graphql::Request {
    request
        .data(batched(AuditSubjectLoader(store.clone())))
        .data(batched(RegionLoader(store.clone())))
        .data(batched(OrganisationLoader(store.clone())))
        .data(batched(StepOrganisationLoader(store.clone())))
        .data(batched(PersonLoader(store.clone())))
        .data(batched(ServiceLoader(store.clone())))
        .data(batched(PathwayLoader(store.clone())))
        .data(batched(VersionLoader(store.clone())))
        .data(PrefetchedVersions::default())
        .data(batched(MembershipsByRegionLoader(store.clone())))
        .data(batched(MemberOrganisationsByRegionLoader(store.clone())))
        .data(batched(MembershipsByOrganisationLoader(store.clone())))
        .data(batched(ContactsByMembershipLoader(store.clone())))
        .data(batched(ServicesByOrganisationLoader(store.clone())))
        .data(batched(RolesByPersonLoader(store.clone())))
        .data(batched(RolesByRegionLoader(store.clone())))
        .data(batched(VersionsByPathwayLoader(store.clone())))
        .data(batched(StepsByVersionLoader(store.clone())))
        .data(batched(RegistrationsByEventLoader(store.clone())))
        .data(batched(ActionItemsByEventLoader(store.clone())))
        .data(batched(PathwaysByRegionLoader::new(
            store.clone(),
            viewer.clone(),
        )))
        .data(batched(VariantsByBaseLoader::new(
            store.clone(),
            viewer.clone(),
        )))
        .data(batched(ReviewFlagsLoader::new(
            store.clone(),
            chrono::Utc::now().date_naive(),
        )))
}

/// Loads one whole pathway version by id through [`VersionLoader`].
pub(crate) async fn load_version(
    ctx: &async_graphql::Context<'_>,
    id: Uuid,
) -> ApiResult<Option<pathway_version::Model>> {
    load_one::<VersionLoader, _>(ctx, id).await
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
