//! Throwaway databases: a SQLite file in a temporary directory, or a fresh PostgreSQL database.

use anyhow::{Context, bail};
use sea_orm::{ConnectionTrait, Database};
use tempfile::TempDir;

/// Which database the tests run on: `VERKOSTO_TEST_DATABASE` = `sqlite` (default) or `postgres`.
pub fn backend() -> &'static str {
    match std::env::var("VERKOSTO_TEST_DATABASE").as_deref() {
        Ok("postgres") => "postgres",
        _ => "sqlite",
    }
}

/// A database made for one test, with the directory the server keeps its files in.
pub struct TestDatabase {
    /// The URL the server connects to.
    pub url: String,
    /// The data directory (secrets, SQLite file); removed on drop.
    pub dir: TempDir,
}

impl TestDatabase {
    /// Makes a new empty database on the configured backend.
    pub async fn create() -> anyhow::Result<Self> {
        let dir = tempfile::Builder::new()
            .prefix("verkosto-test-")
            .tempdir()?;
        let url = match backend() {
            "postgres" => {
                let Ok(admin_url) = std::env::var("VERKOSTO_TEST_POSTGRES_URL") else {
                    bail!(
                        "VERKOSTO_TEST_DATABASE=postgres needs VERKOSTO_TEST_POSTGRES_URL; `scripts/test` sets both"
                    );
                };
                let name = format!("verkosto_test_{}", uuid::Uuid::new_v4().simple());
                let admin = Database::connect(&admin_url)
                    .await
                    .context("connect to the test PostgreSQL server")?;
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .context("create the test database")?;
                admin.close().await?;
                match admin_url.rsplit_once('/') {
                    Some((server, _)) => format!("{server}/{name}"),
                    None => bail!("VERKOSTO_TEST_POSTGRES_URL must end with /<database>"),
                }
            }
            _ => format!(
                "sqlite://{}?mode=rwc",
                dir.path().join("verkosto.db").display()
            ),
        };
        Ok(Self { url, dir })
    }
}
