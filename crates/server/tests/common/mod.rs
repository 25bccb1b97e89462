//! Helpers for the tests that run the `verkosto` binary as separate processes.

#![allow(dead_code, reason = "each test binary uses a different part")]

use std::{
    collections::BTreeMap,
    net::TcpListener,
    path::Path,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use serde_json::{Value, json};
use verkosto_store::Store;

/// A free port on 127.0.0.1.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts `verkosto serve` on `port` with the data directory `dir` and extra settings.
pub fn start(dir: &Path, port: u16, settings: &[(&str, &str)]) -> Child {
    let mut command = Command::new(env!("CARGO_BIN_EXE_verkosto"));
    command
        .arg("serve")
        .env("VERKOSTO_BIND", format!("127.0.0.1:{port}"))
        .env("VERKOSTO_DATA_DIR", dir)
        .env("VERKOSTO_DEMO", "true")
        .env("VERKOSTO_LOG", "warn")
        .env_remove("VERKOSTO_DATABASE_URL")
        .env_remove("VERKOSTO_MEILISEARCH_URL")
        .stdout(Stdio::null());
    for (key, value) in settings {
        command.env(key, value);
    }
    command.spawn().expect("start verkosto")
}

/// Waits until `/healthz` answers.
pub async fn wait_healthy(http: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while http.get(format!("{base}/healthz")).send().await.is_err() {
        assert!(
            Instant::now() < deadline,
            "the server did not start in 120 s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Posts a GraphQL operation.
pub async fn gql(
    http: &reqwest::Client,
    base: &str,
    token: Option<&str>,
    query: &str,
    variables: Value,
) -> reqwest::Result<Value> {
    let mut request = http
        .post(format!("{base}/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await?.json().await
}

/// Signs the demo admin in.
pub async fn admin_token(http: &reqwest::Client, base: &str) -> String {
    let login = gql(http, base, None, r#"mutation { login(email: "admin@example.org", password: "verkosto-demo") { accessToken } }"#, json!({}))
        .await
        .unwrap();
    login["data"]["login"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Waits until `searchStatus.pending` is 0; returns how long that took.
pub async fn wait_indexed(http: &reqwest::Client, base: &str) -> Duration {
    let started = Instant::now();
    loop {
        let status = gql(http, base, None, "{ searchStatus { pending } }", json!({}))
            .await
            .unwrap();
        if status["data"]["searchStatus"]["pending"] == 0 {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the index did not converge in 60 s"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The create-pathway mutation the tests write with.
pub const CREATE: &str = "mutation($r: ID!, $t: String!) { createPathway(input: { regionId: $r, content: { title: $t, language: FI, body: \"Kuormitustesti\" } }) { id } }";

/// The pathway documents the index should hold, by id, with their version numbers.
pub async fn expected_pathway_documents(store: &Store) -> BTreeMap<String, i64> {
    let admin =
        verkosto_domain::Viewer::signed_in(verkosto_domain::PersonId(uuid::Uuid::nil()), true, []);
    let mut expected = BTreeMap::new();
    let mut after = None;
    loop {
        let page = store
            .list_pathways(&admin, &Default::default(), after, 500)
            .await
            .unwrap();
        let Some(last) = page.last().map(|p| p.id) else {
            break;
        };
        let versions: Vec<uuid::Uuid> = page
            .iter()
            .flat_map(|p| [p.published_version_id, p.open_version_id])
            .flatten()
            .collect();
        let numbers: BTreeMap<uuid::Uuid, i64> = store
            .versions_by_ids(&versions)
            .await
            .unwrap()
            .into_iter()
            .map(|v| (v.id, i64::from(v.number)))
            .collect();
        for pathway in &page {
            if let Some(published) = pathway.published_version_id {
                expected.insert(format!("pathway:{}", pathway.id), numbers[&published]);
            }
            if let Some(open) = pathway.open_version_id {
                expected.insert(format!("pathway:{}:draft", pathway.id), numbers[&open]);
            }
        }
        after = Some(last);
    }
    expected
}

/// The pathway documents an index holds.
pub async fn indexed_pathway_documents(
    index: &dyn verkosto_search::SearchIndex,
) -> BTreeMap<String, i64> {
    index
        .document_versions()
        .await
        .unwrap()
        .into_iter()
        .filter(|(id, _)| id.starts_with("pathway:"))
        .collect()
}

/// A fresh PostgreSQL database and Meilisearch index for server processes to share, when
/// `VERKOSTO_TEST_POSTGRES_URL` and `VERKOSTO_TEST_MEILISEARCH_URL` name a server of each
/// (Meilisearch is not in the package registries).
pub struct Scaled {
    /// The database's URL.
    pub database: String,
    /// Meilisearch's URL.
    pub meili: String,
    /// Its API key (empty for none).
    pub key: String,
    /// The index uid.
    pub index: String,
}

impl Scaled {
    /// Makes the database and names the index, or `None` when the servers are not configured.
    pub async fn create(prefix: &str) -> Option<Self> {
        let postgres = std::env::var("VERKOSTO_TEST_POSTGRES_URL").ok()?;
        let meili = std::env::var("VERKOSTO_TEST_MEILISEARCH_URL").ok()?;
        let id = uuid::Uuid::new_v4().simple();
        let name = format!("verkosto_{prefix}_{id}");
        let admin = sea_orm::Database::connect(&postgres).await.unwrap();
        sea_orm::ConnectionTrait::execute_unprepared(&admin, &format!("CREATE DATABASE {name}"))
            .await
            .unwrap();
        Some(Self {
            database: format!("{}/{name}", postgres.rsplit_once('/').unwrap().0),
            meili,
            key: std::env::var("VERKOSTO_TEST_MEILISEARCH_KEY").unwrap_or_default(),
            index: format!("{prefix}-{id}"),
        })
    }

    /// The settings that point `verkosto serve` at them (with a shared signing secret).
    pub fn settings(&self) -> [(&str, &str); 5] {
        [
            ("VERKOSTO_DATABASE_URL", self.database.as_str()),
            ("VERKOSTO_MEILISEARCH_URL", self.meili.as_str()),
            ("VERKOSTO_MEILISEARCH_KEY", self.key.as_str()),
            ("VERKOSTO_MEILISEARCH_INDEX", self.index.as_str()),
            (
                "VERKOSTO_JWT_SECRET",
                "a shared secret of at least thirty-two bytes",
            ),
        ]
    }

    /// Opens the index, to compare it with the database.
    pub async fn open_index(&self) -> verkosto_search::meili_index::MeiliIndex {
        verkosto_search::meili_index::MeiliIndex::new(
            &self.meili,
            Some(self.key.as_str()).filter(|k| !k.is_empty()),
            &self.index,
        )
        .await
        .unwrap()
    }
}
