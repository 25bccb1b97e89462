//! `TestApp`: the real server on a free port with a fresh database, and an HTTP GraphQL client.

use std::{collections::HashMap, net::SocketAddr};

use anyhow::Context;
use serde_json::{Value, json};
use verkosto_server::{Running, config::Config};
use verkosto_store::Store;

use crate::{TestDatabase, TestPerson};

/// A running server for one test.
pub struct TestApp {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its database, for fixtures and read-backs.
    pub store: Store,
    /// An HTTP client.
    pub http: reqwest::Client,
    running: Option<Running>,
    database: TestDatabase,
}

/// A GraphQL answer: HTTP status and JSON body.
#[derive(Debug, Clone)]
pub struct Gql {
    /// The HTTP status code.
    pub status: u16,
    /// The JSON body.
    pub body: Value,
}

impl Gql {
    /// `data`, failing the test when there are errors.
    pub fn data(&self) -> &Value {
        assert!(
            self.body.get("errors").is_none(),
            "expected no errors, got {}",
            serde_json::to_string_pretty(&self.body).unwrap_or_default()
        );
        &self.body["data"]
    }

    /// The `extensions.code` of the first error, if any.
    pub fn error_code(&self) -> Option<&str> {
        self.body["errors"][0]["extensions"]["code"].as_str()
    }

    /// The message of the first error, if any.
    pub fn error_message(&self) -> Option<&str> {
        self.body["errors"][0]["message"].as_str()
    }

    /// The `extensions.field` of the first error, if any.
    pub fn error_field(&self) -> Option<&str> {
        self.body["errors"][0]["extensions"]["field"].as_str()
    }
}

/// The search engine the tests run on: the embedded tantivy index, or with
/// `VERKOSTO_TEST_SEARCH=meilisearch` a fresh index on the Meilisearch server that
/// `VERKOSTO_TEST_MEILISEARCH_URL` (and `_KEY`) name.
fn search_engine_settings() -> anyhow::Result<Vec<(String, String)>> {
    if std::env::var("VERKOSTO_TEST_SEARCH").as_deref() != Ok("meilisearch") {
        return Ok(Vec::new());
    }
    let url = std::env::var("VERKOSTO_TEST_MEILISEARCH_URL")
        .context("VERKOSTO_TEST_SEARCH=meilisearch needs VERKOSTO_TEST_MEILISEARCH_URL")?;
    let mut settings = vec![
        ("VERKOSTO_MEILISEARCH_URL".to_owned(), url),
        (
            "VERKOSTO_MEILISEARCH_INDEX".to_owned(),
            format!("test-{}", uuid::Uuid::new_v4().simple()),
        ),
    ];
    if let Ok(key) = std::env::var("VERKOSTO_TEST_MEILISEARCH_KEY") {
        settings.push(("VERKOSTO_MEILISEARCH_KEY".to_owned(), key));
    }
    Ok(settings)
}

/// Tokens of a signed-in test session.
#[derive(Debug, Clone)]
pub struct Session {
    /// The access JWT.
    pub access_token: String,
    /// The refresh token.
    pub refresh_token: String,
}

impl TestApp {
    /// Starts a server with an empty database.
    pub async fn spawn() -> Self {
        Self::spawn_with(&[]).await
    }

    /// Starts a server with the demo data loaded.
    pub async fn spawn_with_demo() -> Self {
        Self::spawn_with(&[("VERKOSTO_DEMO", "true")]).await
    }

    /// Starts a server with extra `VERKOSTO_*` settings.
    pub async fn spawn_with(settings: &[(&str, &str)]) -> Self {
        Self::try_spawn_with(settings)
            .await
            .expect("start the test server")
    }

    /// Starts a server, returning the error instead of failing (for configuration tests).
    pub async fn try_spawn_with(settings: &[(&str, &str)]) -> anyhow::Result<Self> {
        let database = TestDatabase::create().await?;
        let mut vars: HashMap<String, String> = HashMap::from([
            ("VERKOSTO_BIND".into(), "127.0.0.1:0".into()),
            (
                "VERKOSTO_DATA_DIR".into(),
                database.dir.path().display().to_string(),
            ),
            ("VERKOSTO_DATABASE_URL".into(), database.url.clone()),
            ("VERKOSTO_DEMO".into(), "false".into()),
        ]);
        vars.extend(search_engine_settings()?);
        for (key, value) in settings {
            vars.insert((*key).to_owned(), (*value).to_owned());
        }
        let config = Config::from_lookup(|key| vars.get(key).cloned())?;
        let running = verkosto_server::start(&config)
            .await
            .context("start the server")?;
        Ok(Self {
            addr: running.addr,
            store: running.store.clone(),
            http: reqwest::Client::new(),
            running: Some(running),
            database,
        })
    }

    /// `http://127.0.0.1:<port><path>`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Which database this app runs on.
    pub fn backend(&self) -> &'static str {
        self.store.backend_name()
    }

    /// The database URL (for reading back with SQL).
    pub fn database_url(&self) -> &str {
        &self.database.url
    }

    /// Posts a GraphQL operation, with `token` as the bearer access token.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Gql {
        self.gql_in(None, token, query, variables).await
    }

    /// Posts a GraphQL operation as [`gql`](Self::gql) does, asking for messages in
    /// `accept_language` (an `Accept-Language` header) when given.
    pub async fn gql_in(
        &self,
        accept_language: Option<&str>,
        token: Option<&str>,
        query: &str,
        variables: Value,
    ) -> Gql {
        let mut request = self
            .http
            .post(self.url("/graphql"))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(language) = accept_language {
            request = request.header("Accept-Language", language);
        }
        let response = request.send().await.expect("send the GraphQL request");
        let status = response.status().as_u16();
        let body = response.json().await.unwrap_or(Value::Null);
        Gql { status, body }
    }

    /// Signs in through the `login` mutation.
    pub async fn login(&self, email: &str, password: &str) -> Session {
        let answer = self
            .gql(
                None,
                "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken } }",
                json!({ "e": email, "p": password }),
            )
            .await;
        let login = &answer.data()["login"];
        Session {
            access_token: login["accessToken"].as_str().unwrap_or_default().to_owned(),
            refresh_token: login["refreshToken"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        }
    }

    /// Signs a fixture person in and returns the access token.
    pub async fn token(&self, person: &TestPerson) -> String {
        self.login(&person.email, crate::TEST_PASSWORD)
            .await
            .access_token
    }

    /// Waits until every acknowledged write is searchable (`searchStatus.pending` is 0), polling
    /// the API like a client would; fails the test after 60 s so a broken indexer cannot hang it.
    pub async fn wait_until_searchable(&self) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            let status = self
                .gql(None, "{ searchStatus { pending } }", json!({}))
                .await;
            if status.data()["searchStatus"]["pending"] == 0 {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the search index did not catch up in 60 s"
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    /// The server's search indexer (to run a command like `import-pathways` in-process).
    pub fn indexer(&self) -> &verkosto_search::indexer::Indexer {
        &self
            .running
            .as_ref()
            .expect("the server is running")
            .indexer
    }

    /// The token of the link that turns off `kind` of notification mail for `person`, signed by
    /// the server's keys as the mail it sends carries it.
    pub fn unsubscribe_token(
        &self,
        person: verkosto_domain::PersonId,
        kind: verkosto_domain::NotificationMail,
    ) -> String {
        use verkosto_graphql::TokenIssuer;
        self.running
            .as_ref()
            .expect("the server is running")
            .keys
            .unsubscribe_token(person, kind)
            .expect("sign an unsubscribe token")
    }

    /// SQL statements the server has run so far.
    pub fn sql_statements(&self) -> u64 {
        self.store.statement_count()
    }

    /// The server's `/metrics` page, as a scraper reads it.
    pub async fn metrics(&self) -> String {
        self.http
            .get(self.url("/metrics"))
            .send()
            .await
            .expect("GET /metrics")
            .text()
            .await
            .expect("the metrics text")
    }

    /// The value of counter `name` (with its `_total` suffix) on the `/metrics` page.
    pub async fn counter(&self, name: &str) -> u64 {
        let text = self.metrics().await;
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("no counter {name} in {text}"))
    }

    /// Stops the server and waits for it.
    pub async fn stop(mut self) {
        if let Some(running) = self.running.take() {
            running.shutdown().await.expect("stop the server");
        }
    }
}
