//! The pathways of regions that this request's viewer may read.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use uuid::Uuid;
use verkosto_domain::Viewer;
use verkosto_store::{Store, entity::pathway};

use super::{LoadError, group_by};

/// Readable pathways by region id; the permission filter runs inside the SQL query.
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

impl Loader<Uuid> for PathwaysByRegionLoader {
    type Value = Vec<pathway::Model>;
    type Error = LoadError;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let rows = self
            .store
            .readable_pathways_by_regions(&self.viewer, keys)
            .await?;
        Ok(group_by(keys, rows, |row| {
            row.region_id.unwrap_or_default()
        }))
    }
}
