//! The connection pool as the repositories use it. PostgreSQL can close connections while they
//! sit idle in the pool (a restart, a failover, `pg_terminate_backend`, a proxy's idle timeout);
//! the statement that meets one would fail although the database is there again. `Pool` runs
//! such a read, or a write transaction's `BEGIN`, once more on another connection: neither has
//! changed anything when it fails that way. A `COMMIT` that meets a closed connection is never
//! run again, so a change is acknowledged only when it is known to be committed.

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, ExecResult,
    QueryResult, RuntimeErr, Statement, TransactionTrait, sqlx,
};

/// SQLSTATEs with which PostgreSQL ends a session it is closing (`admin_shutdown`,
/// `crash_shutdown`, `cannot_connect_now`): the statement that reads one was never run.
const CLOSING_SESSION: [&str; 3] = ["57P01", "57P02", "57P03"];

/// The database connection pool, trying another connection when one was dropped.
#[derive(Clone)]
pub(crate) struct Pool {
    connection: DatabaseConnection,
    /// How often a statement may meet a dropped connection: every pooled connection can be one,
    /// and each failure throws one away, so one more than the pool holds reaches a fresh one.
    attempts: u32,
}

impl Pool {
    /// Wraps a connected pool of at most `max_connections` connections.
    pub(crate) fn new(connection: DatabaseConnection, max_connections: u32) -> Self {
        Self {
            connection,
            attempts: max_connections + 1,
        }
    }

    /// The sea-orm connection underneath (for migrations, pings and tests).
    pub(crate) fn inner(&self) -> &DatabaseConnection {
        &self.connection
    }

    /// Begins a transaction.
    pub(crate) async fn begin(&self) -> Result<DatabaseTransaction, DbErr> {
        self.again_if_dropped(|| self.connection.begin()).await
    }

    async fn again_if_dropped<T, F, Fut>(&self, run: F) -> Result<T, DbErr>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = Result<T, DbErr>>,
    {
        let mut attempt = 1;
        loop {
            match run().await {
                Err(error) if attempt < self.attempts && dropped_connection(&error) => {
                    tracing::warn!(%error, attempt, "the database dropped a connection; trying another");
                    attempt += 1;
                }
                answer => return answer,
            }
        }
    }
}

/// Whether `error` says the connection was gone before the statement could run.
fn dropped_connection(error: &DbErr) -> bool {
    let (DbErr::Conn(RuntimeErr::SqlxError(error))
    | DbErr::Exec(RuntimeErr::SqlxError(error))
    | DbErr::Query(RuntimeErr::SqlxError(error))) = error
    else {
        return false;
    };
    match error.as_ref() {
        sqlx::Error::Io(_) => true,
        sqlx::Error::Database(error) => error
            .code()
            .is_some_and(|code| CLOSING_SESSION.contains(&code.as_ref())),
        _ => false,
    }
}

#[sea_orm::prelude::async_trait::async_trait]
impl ConnectionTrait for Pool {
    fn get_database_backend(&self) -> DbBackend {
        self.connection.get_database_backend()
    }

    /// Runs a statement outside a transaction once: the repositories write only in transactions,
    /// and a statement whose connection failed may have changed something.
    async fn execute_raw(&self, statement: Statement) -> Result<ExecResult, DbErr> {
        self.connection.execute_raw(statement).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.connection.execute_unprepared(sql).await
    }

    async fn query_one_raw(&self, statement: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.again_if_dropped(|| self.connection.query_one_raw(statement.clone()))
            .await
    }

    async fn query_all_raw(&self, statement: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.again_if_dropped(|| self.connection.query_all_raw(statement.clone()))
            .await
    }

    fn support_returning(&self) -> bool {
        self.connection.support_returning()
    }
}
