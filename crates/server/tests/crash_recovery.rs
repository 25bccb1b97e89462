//! Killing the server with SIGKILL in the middle of writes loses no acknowledged write, and the
//! search index converges to the database once the server is back.

#![expect(
    clippy::unwrap_used,
    reason = "in a test an unexpected None is a failure"
)]

use std::{
    collections::BTreeMap,
    net::TcpListener,
    path::Path,
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use serde_json::{Value, json};
use verkosto_search::{SearchIndex, tantivy_index::TantivyIndex};
use verkosto_store::Store;

const WRITES: usize = 1_000;
const KILL_AFTER: usize = 300;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start(dir: &Path, port: u16) -> Child {
    Command::new(env!("CARGO_BIN_EXE_verkosto"))
        .arg("serve")
        .env("VERKOSTO_BIND", format!("127.0.0.1:{port}"))
        .env("VERKOSTO_DATA_DIR", dir)
        .env("VERKOSTO_DEMO", "true")
        .env("VERKOSTO_LOG", "warn")
        .env_remove("VERKOSTO_DATABASE_URL")
        .env_remove("VERKOSTO_MEILISEARCH_URL")
        .stdout(Stdio::null())
        .spawn()
        .expect("start verkosto")
}

async fn wait_healthy(http: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while http.get(format!("{base}/healthz")).send().await.is_err() {
        assert!(
            Instant::now() < deadline,
            "the server did not start in 120 s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn gql(
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killing_the_server_mid_writes_loses_no_acknowledged_write_and_the_index_converges() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let mut server = start(dir.path(), port);
    wait_healthy(&http, &base).await;
    let login = gql(&http, &base, None, r#"mutation { login(email: "admin@example.org", password: "verkosto-demo") { accessToken } }"#, json!({}))
        .await
        .unwrap();
    let token = login["data"]["login"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    let regions = gql(
        &http,
        &base,
        None,
        "{ regions(first: 1) { edges { node { id } } } }",
        json!({}),
    )
    .await
    .unwrap();
    let region = regions["data"]["regions"]["edges"][0]["node"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let writer = {
        let (http, base, token, acknowledged) = (
            http.clone(),
            base.clone(),
            token.clone(),
            acknowledged.clone(),
        );
        tokio::spawn(async move {
            let create = "mutation($r: ID!, $t: String!) { createPathway(input: { regionId: $r, content: { title: $t, language: FI, body: \"Kaatumistesti\" } }) { id } }";
            for i in 0..WRITES {
                match gql(
                    &http,
                    &base,
                    Some(&token),
                    create,
                    json!({ "r": region, "t": format!("Kaatumistesti {i}") }),
                )
                .await
                {
                    Ok(answer) => match answer["data"]["createPathway"]["id"].as_str() {
                        Some(id) => acknowledged.lock().unwrap().push(id.to_owned()),
                        None => break,
                    },
                    Err(_) => break,
                }
            }
        })
    };
    while acknowledged.lock().unwrap().len() < KILL_AFTER {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.kill().unwrap(); // SIGKILL
    server.wait().unwrap();
    writer.await.unwrap();
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() >= KILL_AFTER && acknowledged.len() < WRITES,
        "killed in the middle: {}",
        acknowledged.len()
    );

    let mut server = start(dir.path(), port);
    wait_healthy(&http, &base).await;
    let restarted = Instant::now();
    loop {
        let status = gql(
            &http,
            &base,
            None,
            "{ searchStatus { pending } }",
            json!({}),
        )
        .await
        .unwrap();
        if status["data"]["searchStatus"]["pending"] == 0 {
            break;
        }
        assert!(
            restarted.elapsed() < Duration::from_secs(60),
            "the index did not converge"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    println!(
        "killed after {} acknowledged writes; index converged {:?} after the restart answered",
        acknowledged.len(),
        restarted.elapsed()
    );
    Command::new("kill")
        .arg("-TERM")
        .arg(server.id().to_string())
        .status()
        .unwrap();
    server.wait().unwrap();

    let store = Store::connect(&format!(
        "sqlite://{}?mode=rw",
        dir.path().join("verkosto.db").display()
    ))
    .await
    .unwrap();
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
    for id in &acknowledged {
        assert!(
            expected.contains_key(&format!("pathway:{id}:draft")),
            "acknowledged write {id} was lost"
        );
    }
    let index = TantivyIndex::open(&dir.path().join("index")).unwrap();
    let indexed: BTreeMap<String, i64> = index
        .document_versions()
        .await
        .unwrap()
        .into_iter()
        .filter(|(id, _)| id.starts_with("pathway:"))
        .collect();
    assert_eq!(
        indexed.len(),
        expected.len(),
        "as many pathway documents in the index as in the database"
    );
    assert_eq!(
        indexed, expected,
        "the index equals the database: ids and versions"
    );
}
