//! The embedded search index belongs to one process at a time: `verkosto import-pathways` beside
//! a running embedded server is refused with a message that says what to do, and leaves the
//! server's index as it was; with the server stopped, the same command imports.

#![expect(
    clippy::unwrap_used,
    reason = "in a test an unexpected None is a failure"
)]

mod common;

use std::{
    path::Path,
    process::{Command, Output},
};

use common::{free_port, gql, start, wait_healthy, wait_indexed};
use serde_json::json;

const TITLE: &str = "Tuotu kansallinen hoitopolku";
const SEARCH: &str =
    "query($q: String!) { search(query: $q, first: 5) { totalCount edges { node { title } } } }";

fn import(dir: &Path, file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_verkosto"))
        .arg("import-pathways")
        .arg(file)
        .env("VERKOSTO_DATA_DIR", dir)
        .env("VERKOSTO_LOG", "warn")
        .env("RUST_BACKTRACE", "0")
        .env_remove("VERKOSTO_DATABASE_URL")
        .env_remove("VERKOSTO_MEILISEARCH_URL")
        .output()
        .expect("run verkosto import-pathways")
}

async fn search(http: &reqwest::Client, base: &str, query: &str) -> (u64, Vec<String>) {
    let answer = gql(http, base, None, SEARCH, json!({ "q": query }))
        .await
        .unwrap();
    let found = &answer["data"]["search"];
    let titles = found["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["title"].as_str().unwrap().to_owned())
        .collect();
    (found["totalCount"].as_u64().unwrap(), titles)
}

#[tokio::test]
async fn an_import_beside_a_running_embedded_server_is_refused_and_runs_once_it_stops() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pathways.jsonl");
    std::fs::write(
        &file,
        json!({
            "region": null,
            "author": "admin@example.org",
            "visibility": "public",
            "language": "fi",
            "title": TITLE,
            "body": "Tuodaan komentoriviltä.",
            "publish": true,
        })
        .to_string(),
    )
    .unwrap();
    let data = dir.path().join("data");
    let http = reqwest::Client::new();

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = start(&data, port, &[]);
    wait_healthy(&http, &base).await;
    wait_indexed(&http, &base).await;
    let before = search(&http, &base, "hoitopolku").await;
    assert!(before.0 > 0, "the demo data is searchable: {before:?}");

    let refused = import(&data, &file);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        !refused.status.success(),
        "the import ran beside the server"
    );
    assert!(
        stderr.contains("is open in another Verkosto process")
            && stderr.contains("stop that process and run the command again"),
        "{stderr}"
    );
    assert_eq!(
        search(&http, &base, "hoitopolku").await,
        before,
        "the server's index after the refused import"
    );
    assert!(
        search(&http, &base, TITLE)
            .await
            .1
            .iter()
            .all(|t| t != TITLE)
    );

    server.kill().unwrap();
    server.wait().unwrap();
    let imported = import(&data, &file);
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    assert!(
        String::from_utf8_lossy(&imported.stdout).contains("imported 1 pathway"),
        "{}",
        String::from_utf8_lossy(&imported.stdout)
    );

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = start(&data, port, &[]);
    wait_healthy(&http, &base).await;
    let (_, titles) = search(&http, &base, TITLE).await;
    assert_eq!(titles.first().map(String::as_str), Some(TITLE));
    server.kill().unwrap();
    server.wait().unwrap();
}
