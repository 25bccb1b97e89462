//! The pathways of regions that this request's viewer may read, a page per region.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use uuid::Uuid;
use verkosto_domain::Viewer;
use verkosto_store::{
    Store,
    entity::{pathway, pathway_version},
    pathway::RegionPage,
};

use super::LoadError;

/// One region's page of its pathway list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RegionPathwaysKey {
    /// The region.
    pub region: Uuid,
    /// Which page.
    pub page: RegionPage,
}

/// Readable pathways by region and page, with their published versions when the page asks.
///
/// The permission filter and the page limit run inside the SQL query, one statement for all
/// regions asking for the same page.
pub struct PathwaysByRegionLoader {
    store: Store,
    viewer: Viewer,
}

impl PathwaysByRegionLoader {
    /// A loader for one request's viewer.
    pub fn new(store: Store, viewer: Viewer) -> Self {
        Self { store, viewer }
    }
}

impl Loader<RegionPathwaysKey> for PathwaysByRegionLoader {
    type Value = Vec<(pathway::Model, Option<pathway_version::Model>)>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[RegionPathwaysKey],
    ) -> Result<HashMap<RegionPathwaysKey, Self::Value>, Self::Error> {
        let mut by_page: HashMap<&RegionPage, Vec<Uuid>> = HashMap::new();
        for key in keys {
            by_page.entry(&key.page).or_default().push(key.region);
        }
        let mut pages: HashMap<RegionPathwaysKey, Self::Value> =
            keys.iter().map(|key| (key.clone(), Vec::new())).collect();
        for (page, regions) in by_page {
            let rows = self
                .store
                .readable_pathway_pages(&self.viewer, &regions, page)
                .await?;
            for row in rows {
                let key = RegionPathwaysKey {
                    region: row.0.region_id.unwrap_or_default(),
                    page: page.clone(),
                };
                if let Some(list) = pages.get_mut(&key) {
                    list.push(row);
                }
            }
        }
        Ok(pages)
    }
}
