//! The search outbox: claiming rows for the indexer and removing them once applied.
//!
//! On PostgreSQL the rows are claimed with `FOR UPDATE SKIP LOCKED` inside a transaction held
//! until the index has them, so several server processes share one outbox and each row is applied
//! once. On SQLite (one process) rows are read, applied, then deleted; a crash in between only
//! applies them again, which is harmless because the indexer loads current state, not the event.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Statement, sea_query::LockBehavior, sea_query::LockType,
};

use uuid::Uuid;

use crate::{Store, StoreResult, entity::search_outbox, error::DbContext};

/// Outbox rows claimed by one indexer; finish it once the index has committed them.
pub struct OutboxBatch {
    /// The rows, oldest first.
    pub rows: Vec<search_outbox::Model>,
    txn: Option<DatabaseTransaction>,
}

impl OutboxBatch {
    /// On PostgreSQL, takes a transaction-scoped lock on each entity (in a fixed order, so two
    /// indexers never deadlock): another process indexing the same entity waits until this batch
    /// is committed, then loads the newer state — documents are never overwritten by older ones.
    pub async fn lock_entities(&self, entities: &[Uuid]) -> StoreResult<()> {
        let Some(txn) = &self.txn else { return Ok(()) };
        let mut sorted = entities.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        // One statement per chunk instead of one per entity, locking in the sorted order.
        for chunk in sorted.chunks(10_000) {
            let values: Vec<String> = (1..=chunk.len()).map(|i| format!("(${i}, {i})")).collect();
            let sql = format!(
                "SELECT count(pg_advisory_xact_lock(hashtextextended(id, 0))) FROM \
                 (SELECT id FROM (VALUES {}) AS t(id, n) ORDER BY n) AS ordered",
                values.join(", ")
            );
            txn.execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                sql,
                chunk.iter().map(|id| id.to_string().into()),
            ))
            .await
            .context("lock entities for indexing")?;
        }
        Ok(())
    }
}

impl Store {
    /// Claims up to `limit` of the oldest outbox rows that no other indexer holds.
    pub async fn claim_outbox(&self, limit: u64) -> StoreResult<OutboxBatch> {
        let query = search_outbox::Entity::find()
            .order_by_asc(search_outbox::Column::Id)
            .limit(limit);
        match self.db.get_database_backend() {
            DbBackend::Postgres => {
                let txn = self.db.begin().await.context("begin claiming the outbox")?;
                let rows = query
                    .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
                    .all(&txn)
                    .await
                    .context("claim outbox rows")?;
                Ok(OutboxBatch {
                    rows,
                    txn: Some(txn),
                })
            }
            _ => {
                let rows = query.all(&self.db).await.context("read outbox rows")?;
                Ok(OutboxBatch { rows, txn: None })
            }
        }
    }

    /// Removes a batch's rows after the index committed them.
    pub async fn finish_outbox(&self, batch: OutboxBatch) -> StoreResult<()> {
        let ids: Vec<i64> = batch.rows.iter().map(|r| r.id).collect();
        match batch.txn {
            Some(txn) => {
                if !ids.is_empty() {
                    search_outbox::Entity::delete_many()
                        .filter(search_outbox::Column::Id.is_in(ids))
                        .exec(&txn)
                        .await
                        .context("remove applied outbox rows")?;
                }
                txn.commit().await.context("finish the outbox batch")
            }
            None if ids.is_empty() => Ok(()),
            None => {
                let tx = self.write().await?;
                search_outbox::Entity::delete_many()
                    .filter(search_outbox::Column::Id.is_in(ids))
                    .exec(&tx.txn)
                    .await
                    .context("remove applied outbox rows")?;
                tx.txn.commit().await.context("finish the outbox batch")
            }
        }
    }

    /// How many outbox rows wait for the indexer.
    pub async fn outbox_pending(&self) -> StoreResult<u64> {
        use sea_orm::PaginatorTrait;
        search_outbox::Entity::find()
            .count(&self.db)
            .await
            .context("count the search outbox")
    }
}
