//! Opening the configured search engine and its indexer; rebuilding an index from the database.

use std::sync::Arc;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use verkosto_search::{
    SearchIndex, indexer::Indexer, meili_index::MeiliIndex, tantivy_index::TantivyIndex,
};
use verkosto_store::Store;

use crate::config::{Config, SearchEngine};

/// Opens the configured index; an embedded index of an older layout is rebuilt from the database.
pub async fn open_indexer(config: &Config, store: &Store) -> anyhow::Result<Indexer> {
    let (index, rebuild): (Arc<dyn SearchIndex>, bool) = match &config.search {
        SearchEngine::Embedded => {
            let dir = config.data_dir.join("index");
            let index = TantivyIndex::open(&dir)
                .with_context(|| format!("open the search index {}", dir.display()))?;
            let rebuild = index.needs_rebuild();
            (Arc::new(index), rebuild)
        }
        SearchEngine::Meilisearch { url, key, index } => {
            let index = MeiliIndex::new(url, key.as_deref(), index)
                .await
                .with_context(|| format!("connect to Meilisearch at {url}"))?;
            let rebuild = index.needs_rebuild().await?;
            (Arc::new(index), rebuild)
        }
    };
    let indexer = Indexer::new(store.clone(), index);
    if rebuild {
        tracing::info!("the search index has an older layout; rebuilding it from the database");
        let total = indexer
            .rebuild(|_, _| {})
            .await
            .context("rebuild the search index")?;
        tracing::info!(entities = total, "search index rebuilt");
    }
    Ok(indexer)
}

/// `verkosto reindex`: rebuilds the index from the database, with a progress bar.
pub async fn reindex(config: &Config) -> anyhow::Result<()> {
    let store = Store::connect(&config.database_url).await?;
    let indexer = open_indexer(config, &store).await?;
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({per_sec}, {eta} left)")
            .context("progress bar template")?
            .progress_chars("=> "),
    );
    bar.set_message(format!("indexing into {}", indexer.index().name()));
    let total = indexer
        .rebuild(|done, total| {
            bar.set_length(total);
            bar.set_position(done);
        })
        .await?;
    bar.finish_with_message("indexed");
    println!("rebuilt the search index: {total} pathways, services and organisations");
    Ok(())
}
