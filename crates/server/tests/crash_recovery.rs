//! Killing the server with SIGKILL in the middle of writes loses no acknowledged write, and the
//! search index converges to the database once the server is back: embedded (SQLite and tantivy)
//! always, and on PostgreSQL and Meilisearch when both are configured (see `common::Scaled`).

#![expect(
    clippy::unwrap_used,
    reason = "in a test an unexpected None is a failure"
)]

mod common;

use std::{
    path::Path,
    process::Command,
    sync::{Arc, Mutex},
    time::Duration,
};

use common::{
    CREATE, Scaled, admin_token, expected_pathway_documents, free_port, gql,
    indexed_pathway_documents, start, wait_healthy, wait_indexed,
};
use serde_json::json;
use verkosto_search::{SearchIndex, tantivy_index::TantivyIndex};
use verkosto_store::Store;

const WRITES: usize = 1_000;
const KILL_AFTER: usize = 300;

/// Writes through a server on `dir` with `settings`, kills it with SIGKILL in the middle, starts it
/// again and waits for its index; returns the acknowledged pathway ids.
async fn kill_mid_writes_and_restart(dir: &Path, settings: &[(&str, &str)]) -> Vec<String> {
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let mut server = start(dir, port, settings);
    wait_healthy(&http, &base).await;
    let token = admin_token(&http, &base).await;
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
            for i in 0..WRITES {
                let vars = json!({ "r": region, "t": format!("Kaatumistesti {i}") });
                match gql(&http, &base, Some(&token), CREATE, vars).await {
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

    let mut server = start(dir, port, settings);
    wait_healthy(&http, &base).await;
    let converged = wait_indexed(&http, &base).await;
    println!(
        "killed after {} acknowledged writes; index converged {converged:?} after the restart answered",
        acknowledged.len()
    );
    Command::new("kill")
        .arg("-TERM")
        .arg(server.id().to_string())
        .status()
        .unwrap();
    server.wait().unwrap();

    acknowledged
}

/// The database holds every acknowledged write, and the index equals the database.
async fn assert_converged(acknowledged: &[String], store: &Store, index: &dyn SearchIndex) {
    let expected = expected_pathway_documents(store).await;
    for id in acknowledged {
        assert!(
            expected.contains_key(&format!("pathway:{id}:draft")),
            "acknowledged write {id} was lost"
        );
    }
    let indexed = indexed_pathway_documents(index).await;
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killing_the_server_mid_writes_loses_no_acknowledged_write_and_the_index_converges() {
    let dir = tempfile::tempdir().unwrap();
    let acknowledged = kill_mid_writes_and_restart(dir.path(), &[]).await;
    let store = Store::connect(&format!(
        "sqlite://{}?mode=rw",
        dir.path().join("verkosto.db").display()
    ))
    .await
    .unwrap();
    let index = TantivyIndex::open(&dir.path().join("index")).unwrap();
    assert_converged(&acknowledged, &store, &index).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_postgresql_and_meilisearch_too() {
    let Some(scaled) = Scaled::create("crash").await else {
        println!(
            "SKIPPED: set VERKOSTO_TEST_POSTGRES_URL and VERKOSTO_TEST_MEILISEARCH_URL to kill a server on PostgreSQL + Meilisearch"
        );
        return;
    };
    println!(
        "On PostgreSQL and {} (index {})",
        scaled.meili, scaled.index
    );
    let dir = tempfile::tempdir().unwrap();
    let acknowledged = kill_mid_writes_and_restart(dir.path(), &scaled.settings()).await;
    let store = Store::connect(&scaled.database).await.unwrap();
    let index = scaled.open_index().await;
    assert_converged(&acknowledged, &store, &index).await;
    index.delete_index().await.unwrap();
}
