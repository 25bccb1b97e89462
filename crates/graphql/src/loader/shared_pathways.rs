//! Loaders of a pathway's shared-work relations: its readable regional variants and its review flags.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use chrono::NaiveDate;
use uuid::Uuid;
use verkosto_domain::Viewer;
use verkosto_store::{Store, entity::pathway, review::ReviewFlag};

use super::{LoadError, group_by};

/// Regional variants by base pathway id, those this request's viewer may read, oldest first.
pub struct VariantsByBaseLoader {
    store: Store,
    viewer: Viewer,
}

impl VariantsByBaseLoader {
    /// A loader for one request's viewer.
    pub fn new(store: Store, viewer: Viewer) -> Self {
        Self { store, viewer }
    }
}

impl Loader<Uuid> for VariantsByBaseLoader {
    type Value = Vec<pathway::Model>;
    type Error = LoadError;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let rows = self.store.readable_variants_of(&self.viewer, keys).await?;
        let grouped = group_by(keys, rows, |(base, _)| *base);
        Ok(grouped
            .into_iter()
            .map(|(base, rows)| (base, rows.into_iter().map(|(_, p)| p).collect()))
            .collect())
    }
}

/// Review flags by pathway id, judged on the day the request runs (UTC).
pub struct ReviewFlagsLoader {
    store: Store,
    today: NaiveDate,
}

impl ReviewFlagsLoader {
    /// A loader judging staleness on `today`.
    pub fn new(store: Store, today: NaiveDate) -> Self {
        Self { store, today }
    }
}

impl Loader<Uuid> for ReviewFlagsLoader {
    type Value = Vec<ReviewFlag>;
    type Error = LoadError;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let flags = self.store.review_flags(keys, self.today).await?;
        Ok(group_by(keys, flags, |flag| flag.pathway_id))
    }
}
