//! Connecting to SQLite or PostgreSQL, applying migrations, and the write transaction.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous},
};
use tokio::sync::{Mutex, Notify, OwnedMutexGuard};
use verkosto_migrations::{Migrator, MigratorTrait};

use crate::{StoreResult, error::DbContext, pool::Pool, region_list::RegionLists};

tokio::task_local! {
    /// Set while background work (the search indexer) runs, so its statements are counted apart.
    static BACKGROUND: ();
}

/// The database handle every repository method hangs off.
#[derive(Clone)]
pub struct Store {
    pub(crate) db: Pool,
    /// SQLite allows one writer; writers queue here instead of failing with "database is locked".
    write_lock: Arc<Mutex<()>>,
    statements: Arc<AtomicU64>,
    background_statements: Arc<AtomicU64>,
    /// Woken after every committed write, so the search indexer drains the outbox promptly.
    changes: Arc<Notify>,
    /// The region lists asked recently (see `region_list::RegionLists`).
    pub(crate) region_lists: Arc<RegionLists>,
}

/// A write transaction; dropping it without `commit` rolls back.
pub struct WriteTxn {
    pub(crate) txn: DatabaseTransaction,
    changes: Arc<Notify>,
    _guard: Option<OwnedMutexGuard<()>>,
}

impl WriteTxn {
    /// Commits every row of the change together.
    pub(crate) async fn commit(self) -> StoreResult<()> {
        self.txn.commit().await.context("commit the change")?;
        self.changes.notify_one();
        Ok(())
    }
}

/// Connections to PostgreSQL: two per core, at least four.
///
/// A statement is mostly CPU on the database's side, so connections beyond what its cores run at
/// once only queue there, switching between backends. Measured with the nested list at 10k, the
/// server and PostgreSQL sharing one core: 16 connections 441 requests/s with p99 73 ms, 8: 510
/// and 52 ms, 4: 527 and 38 ms, 2: 579 and 24 ms. Four is the floor: the indexer holds one
/// connection for its claimed outbox rows while it reads the documents through another.
fn postgres_pool_size() -> u32 {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    u32::try_from(cores * 2).unwrap_or(u32::MAX).max(4)
}

/// Rows a SQLite connection's worker thread may hand over before it waits for the reading task.
///
/// sqlx's default, 50, makes a statement that returns hundreds of rows (the nested region list
/// returns 600) ping-pong between the worker and the task row by row, each hand-off a futex
/// wake; every read collects its rows anyway, so buffering them costs no more memory.
const SQLITE_ROWS_IN_FLIGHT: usize = 4096;

/// A PostgreSQL connection idle this long is pinged before it is handed out again.
const POSTGRES_PING_AFTER_IDLE: Duration = Duration::from_secs(30);

impl Store {
    /// Connects to `url` (`sqlite://…?mode=rwc` or `postgres://…`) and applies pending migrations.
    pub async fn connect(url: &str) -> StoreResult<Self> {
        let mut options = ConnectOptions::new(url);
        options
            .sqlx_logging(false)
            .acquire_timeout(Duration::from_secs(30))
            // FULL: a commit is on disk before it is acknowledged, even if the machine loses power.
            .map_sqlx_sqlite_opts(|opts| {
                opts.journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full)
                    .busy_timeout(Duration::from_secs(10))
                    .foreign_keys(true)
                    .create_if_missing(true)
                    .row_buffer_size(SQLITE_ROWS_IN_FLIGHT)
            });
        let max_connections = if url.starts_with("sqlite:") {
            // A file on this machine cannot drop the connection: no ping before each statement
            // (on SQLite every ping is a round trip to the connection's worker thread).
            options.max_connections(4).test_before_acquire(false);
            4
        } else {
            // A server can: ping a connection that has been idle long enough to have been
            // silently dropped, and let busy ones through without the extra round trip (`Pool`
            // runs a read again when its connection turns out to be closed).
            let size = postgres_pool_size();
            options
                .max_connections(size)
                .test_before_acquire_if_idle_for(POSTGRES_PING_AFTER_IDLE);
            size
        };
        let mut db = Database::connect(options)
            .await
            .context("connect to the database")?;
        let statements = Arc::new(AtomicU64::new(0));
        let background_statements = Arc::new(AtomicU64::new(0));
        let (counter, background_counter) = (statements.clone(), background_statements.clone());
        db.set_metric_callback(move |info| {
            if BACKGROUND.try_with(|()| ()).is_ok() {
                background_counter.fetch_add(1, Ordering::Relaxed);
                return;
            }
            tracing::trace!(target: "verkosto_store::sql", elapsed = ?info.elapsed, sql = %info.statement.sql);
            counter.fetch_add(1, Ordering::Relaxed);
        });
        Migrator::up(&db, None)
            .await
            .context("apply database migrations")?;
        Ok(Self {
            db: Pool::new(db, max_connections),
            write_lock: Arc::new(Mutex::new(())),
            statements,
            background_statements,
            changes: Arc::new(Notify::new()),
            region_lists: Arc::default(),
        })
    }

    /// Starts a write transaction (queued behind other writers on SQLite).
    pub(crate) async fn write(&self) -> StoreResult<WriteTxn> {
        let guard = match self.db.get_database_backend() {
            DbBackend::Sqlite => Some(self.write_lock.clone().lock_owned().await),
            _ => None,
        };
        let txn = self.db.begin().await.context("begin a transaction")?;
        Ok(WriteTxn {
            txn,
            changes: self.changes.clone(),
            _guard: guard,
        })
    }

    /// Resolves after the next committed write (the search indexer waits on it).
    pub async fn changed(&self) {
        self.changes.notified().await;
    }

    /// How many SQL statements requests have run since the store was opened.
    pub fn statement_count(&self) -> u64 {
        self.statements.load(Ordering::Relaxed)
    }

    /// How many SQL statements background work (the search indexer) has run.
    pub fn background_statement_count(&self) -> u64 {
        self.background_statements.load(Ordering::Relaxed)
    }

    /// Runs `work` as background work: its statements count apart from the requests'.
    pub async fn in_background<F: Future>(&self, work: F) -> F::Output {
        BACKGROUND.scope((), work).await
    }

    /// Which database this is: `sqlite` or `postgres`.
    pub fn backend_name(&self) -> &'static str {
        match self.db.get_database_backend() {
            DbBackend::Sqlite => "sqlite",
            DbBackend::Postgres => "postgres",
            _ => "other",
        }
    }

    /// Settles the database after a bulk write. SQLite folds the write-ahead log into the
    /// database file and empties it, so the next process does not rebuild a large WAL index when
    /// it opens the database. PostgreSQL refreshes the planner's statistics, which autovacuum
    /// would otherwise do up to a minute later, planning the first queries for the old row counts.
    pub async fn after_bulk_write(&self) -> StoreResult<()> {
        let (sql, context) = match self.db.get_database_backend() {
            DbBackend::Sqlite => (
                "PRAGMA wal_checkpoint(TRUNCATE)",
                "checkpoint the write-ahead log",
            ),
            _ => ("ANALYZE", "refresh the planner statistics"),
        };
        self.db.execute_unprepared(sql).await.context(context)?;
        Ok(())
    }

    /// Answers whether the database takes queries (for `/readyz`).
    pub async fn ping(&self) -> StoreResult<()> {
        self.db.inner().ping().await.context("ping the database")
    }

    /// The raw connection, for tests and tools that need SQL.
    pub fn connection(&self) -> &DatabaseConnection {
        self.db.inner()
    }
}
