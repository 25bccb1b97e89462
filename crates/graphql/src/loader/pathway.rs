//! The pathways of regions that this request's viewer may read, a page per region.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use verkosto_domain::Viewer;
use verkosto_store::{
    Store,
    entity::pathway,
    pathway_pages::{RegionPage, VersionHead},
};

use super::{LoadError, RegionPageKey, load_region_pages};

/// One region's page of its pathway list.
pub type RegionPathwaysKey = RegionPageKey<RegionPage>;

/// Readable pathways by region and page, with the heads of their published versions when the
/// page asks.
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
    type Value = Vec<(pathway::Model, Option<VersionHead>)>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[RegionPathwaysKey],
    ) -> Result<HashMap<RegionPathwaysKey, Self::Value>, Self::Error> {
        load_region_pages(keys, |page, regions| async move {
            let rows = self
                .store
                .readable_pathway_pages(&self.viewer, &regions, &page)
                .await?;
            Ok(rows
                .into_iter()
                .map(|row| (row.0.region_id.unwrap_or_default(), row))
                .collect())
        })
        .await
    }
}
