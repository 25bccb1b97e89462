//! The outbox indexer: one task drains the store's search outbox into an index, committing once
//! per batch (a tantivy commit costs ~20 ms, so one per mutation would slow every write).
//!
//! A batch is applied from the entities' current state, committed, and only then removed from the
//! outbox, so after any crash the index converges to the database when the server starts again.

use std::{
    collections::BTreeSet,
    sync::{
        Arc,
        atomic::{AtomicI64, AtomicU64, Ordering},
    },
    time::Duration,
};

use uuid::Uuid;
use verkosto_domain::Viewer;
use verkosto_store::{
    Store, organisation::OrganisationFilter, pathway::PathwayFilter, service::ServiceFilter,
};

use crate::{SearchIndex, SearchResult, documents::documents_for_many};

/// Most outbox rows applied in one commit.
///
/// A batch is hydrated in a handful of queries and a commit costs tens of milliseconds, so large
/// batches carry bulk writes (an import) quickly, while everyday writes come a few at a time and
/// are committed as soon as they are read.
pub const BATCH_SIZE: u64 = 5_000;
/// Entities hydrated together while rebuilding the whole index.
const REBUILD_CHUNK: usize = 2_000;
/// Longest wait between checks when no change is signalled (another process may write).
const IDLE_POLL: Duration = Duration::from_millis(500);
/// Shortest time between two drains of the running indexer.
///
/// A commit costs about 20 ms of CPU whatever it holds (tantivy sets up and writes a whole
/// segment: its term tables, a term dictionary per field) and merges follow, so under a stream of
/// writes the writes of this window share one commit, at the price of at most this much more
/// write→searchable latency; a write after a quiet spell is drained at once. Measured at 50
/// writes/s with the server on one core: 5.1–6.2 ms of CPU per write while commits ran back to
/// back (13 a second), 1.9–2.2 ms with one commit per 500 ms.
pub const MIN_DRAIN_INTERVAL: Duration = Duration::from_millis(500);

/// Drains the outbox into `index`.
#[derive(Clone)]
pub struct Indexer {
    store: Store,
    index: Arc<dyn SearchIndex>,
    indexed_up_to: Arc<AtomicI64>,
    rows_applied: Arc<AtomicU64>,
    commits: Arc<AtomicU64>,
    /// Held while a batch (or a rebuild) goes from the outbox into the index: one at a time.
    ///
    /// On SQLite the outbox has no row locks, so two drains in one process (the running loop
    /// and an import draining its own rows) read the same rows, and one's commit published the
    /// other's deletes before its new documents: an imported pathway vanished from search for
    /// half a second after the import returned.
    writing: Arc<tokio::sync::Mutex<()>>,
}

impl Indexer {
    /// An indexer for `index`, fed by `store`.
    pub fn new(store: Store, index: Arc<dyn SearchIndex>) -> Self {
        Self {
            store,
            index,
            indexed_up_to: Arc::new(AtomicI64::new(0)),
            rows_applied: Arc::new(AtomicU64::new(0)),
            commits: Arc::new(AtomicU64::new(0)),
            writing: Arc::default(),
        }
    }

    /// The highest outbox row id this indexer has applied and committed.
    pub fn indexed_up_to(&self) -> i64 {
        self.indexed_up_to.load(Ordering::Relaxed)
    }

    /// How many outbox rows this indexer has applied (with several processes, the sum over all of
    /// them equals the rows written: each row is applied once).
    pub fn rows_applied(&self) -> u64 {
        self.rows_applied.load(Ordering::Relaxed)
    }

    /// How many batches this indexer has committed to the index.
    pub fn commits(&self) -> u64 {
        self.commits.load(Ordering::Relaxed)
    }

    /// The index it writes.
    pub fn index(&self) -> &Arc<dyn SearchIndex> {
        &self.index
    }

    /// Applies one batch of outbox rows; returns how many rows it applied.
    pub async fn drain_once(&self) -> SearchResult<usize> {
        self.store.in_background(self.drain_batch()).await
    }

    async fn drain_batch(&self) -> SearchResult<usize> {
        let _writing = self.writing.lock().await;
        let batch = self.store.claim_outbox(BATCH_SIZE).await?;
        if batch.rows.is_empty() {
            self.store.finish_outbox(batch).await?;
            return Ok(0);
        }
        let entities: BTreeSet<(String, Uuid)> = batch
            .rows
            .iter()
            .map(|r| (r.entity_type.clone(), r.entity_id))
            .collect();
        let ids: Vec<Uuid> = entities.iter().map(|(_, id)| *id).collect();
        batch.lock_entities(&ids).await?;
        self.apply(&entities).await?;
        self.index.commit().await?;
        self.commits.fetch_add(1, Ordering::Relaxed);
        let applied = batch.rows.len();
        let last = batch.rows.iter().map(|r| r.id).max().unwrap_or(0);
        self.store.finish_outbox(batch).await?;
        self.indexed_up_to.fetch_max(last, Ordering::Relaxed);
        self.rows_applied
            .fetch_add(applied as u64, Ordering::Relaxed);
        Ok(applied)
    }

    /// Replaces the documents of `entities` with their current state (an organisation's services too).
    async fn apply(&self, entities: &BTreeSet<(String, Uuid)>) -> SearchResult<()> {
        let mut targets: BTreeSet<(String, Uuid)> = entities.clone();
        for (kind, id) in entities {
            if kind == "organisation" {
                for service in self.store.services_by_organisations(&[*id]).await? {
                    targets.insert(("service".to_owned(), service.id));
                }
            }
        }
        let ids: Vec<Uuid> = targets.iter().map(|(_, id)| *id).collect();
        self.index.delete_entities(&ids).await?;
        let targets: Vec<(String, Uuid)> = targets.into_iter().collect();
        let documents = documents_for_many(&self.store, &targets).await?;
        if !documents.is_empty() {
            self.index.upsert(documents).await?;
        }
        Ok(())
    }

    /// Drains until the outbox is empty.
    pub async fn drain_all(&self) -> SearchResult<usize> {
        self.drain_all_reporting(|_| {}).await
    }

    /// Drains until the outbox is empty, reporting the rows applied so far after each batch.
    pub async fn drain_all_reporting(
        &self,
        mut progress: impl FnMut(usize),
    ) -> SearchResult<usize> {
        let mut total = 0;
        loop {
            let applied = self.drain_once().await?;
            total += applied;
            if applied == 0 {
                return Ok(total);
            }
            progress(total);
        }
    }

    /// Runs forever: drains one batch per signalled write (or half second), at most once per
    /// [`MIN_DRAIN_INTERVAL`].
    ///
    /// After a full batch (a bulk write) the next one is drained at once.
    ///
    /// Under a steady stream of writes, draining until the outbox is empty never ends: each
    /// commit takes long enough for the next few writes to arrive, so commits ran back to back,
    /// a few documents each (13 a second at 50 writes/s), and the interval never applied.
    pub fn spawn(self) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut last_drain: Option<tokio::time::Instant> = None;
            loop {
                if let Some(last) = last_drain {
                    tokio::time::sleep_until(last + MIN_DRAIN_INTERVAL).await;
                }
                last_drain = Some(tokio::time::Instant::now());
                match self.drain_once().await {
                    Ok(applied) if applied as u64 >= BATCH_SIZE => {
                        last_drain = None;
                        continue;
                    }
                    Ok(_) => {}
                    Err(err) => {
                        tracing::error!(error = %err, "search indexing failed; retrying");
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    }
                }
                let _ = tokio::time::timeout(IDLE_POLL, self.store.changed()).await;
            }
        })
    }

    /// Rebuilds the whole index from the database, reporting `(done, total)` as it goes.
    pub async fn rebuild(&self, progress: impl FnMut(u64, u64)) -> SearchResult<u64> {
        self.store.in_background(self.rebuild_all(progress)).await
    }

    async fn rebuild_all(&self, mut progress: impl FnMut(u64, u64)) -> SearchResult<u64> {
        let _writing = self.writing.lock().await;
        let admin = Viewer::signed_in(verkosto_domain::PersonId(Uuid::nil()), true, []);
        let mut entities: Vec<(String, Uuid)> = Vec::new();
        let mut after = None;
        loop {
            let page = self
                .store
                .list_pathways(&admin, &PathwayFilter::default(), after, 1_000)
                .await?;
            let Some(last) = page.last().map(|p| p.id) else {
                break;
            };
            entities.extend(page.into_iter().map(|p| ("pathway".to_owned(), p.id)));
            after = Some(last);
        }
        let mut after = None;
        loop {
            let page = self
                .store
                .list_services(&ServiceFilter::default(), after, 1_000)
                .await?;
            let Some(last) = page.last().map(|s| s.id) else {
                break;
            };
            entities.extend(page.into_iter().map(|s| ("service".to_owned(), s.id)));
            after = Some(last);
        }
        let mut after = None;
        loop {
            let page = self
                .store
                .list_organisations(&OrganisationFilter::default(), after, 1_000)
                .await?;
            let Some(last) = page.last().map(|o| o.id) else {
                break;
            };
            entities.extend(page.into_iter().map(|o| ("organisation".to_owned(), o.id)));
            after = Some(last);
        }
        let total = entities.len() as u64;
        self.index.clear().await?;
        let mut done = 0u64;
        for chunk in entities.chunks(REBUILD_CHUNK) {
            let documents = documents_for_many(&self.store, chunk).await?;
            if !documents.is_empty() {
                self.index.upsert(documents).await?;
            }
            done += chunk.len() as u64;
            progress(done, total);
        }
        self.index.commit().await?;
        self.index.compact().await?;
        Ok(total)
    }
}
