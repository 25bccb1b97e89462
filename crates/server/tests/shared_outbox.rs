//! Two server processes sharing one PostgreSQL database and one Meilisearch index apply each
//! search outbox row once (`FOR UPDATE SKIP LOCKED`), and the index equals the database.
//!
//! Runs when `VERKOSTO_TEST_POSTGRES_URL` and `VERKOSTO_TEST_MEILISEARCH_URL` are set (Meilisearch
//! is not in the package registries); otherwise it says plainly that it was skipped.

#![expect(
    clippy::unwrap_used,
    reason = "in a test an unexpected None is a failure"
)]

mod common;

use std::process::Command;

use common::{
    CREATE, Scaled, admin_token, expected_pathway_documents, free_port, gql,
    indexed_pathway_documents, start, wait_healthy, wait_indexed,
};
use sea_orm::{ConnectionTrait, Database, Statement};
use serde_json::json;
use verkosto_store::Store;

const WRITES: usize = 200;

async fn applied_rows(http: &reqwest::Client, base: &str) -> u64 {
    let text = http
        .get(format!("{base}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("verkosto_search_outbox_rows_applied_total "))
        .and_then(|n| n.trim().parse().ok())
        .expect("the applied-rows counter")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_share_the_outbox_and_apply_each_row_once() {
    let Some(scaled) = Scaled::create("shared").await else {
        println!(
            "SKIPPED: set VERKOSTO_TEST_POSTGRES_URL and VERKOSTO_TEST_MEILISEARCH_URL to run two processes on PostgreSQL + Meilisearch"
        );
        return;
    };
    let settings = scaled.settings();
    let (dir_one, dir_two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let http = reqwest::Client::new();
    let (port_one, port_two) = (free_port(), free_port());
    let bases = [
        format!("http://127.0.0.1:{port_one}"),
        format!("http://127.0.0.1:{port_two}"),
    ];
    // The first process seeds the demo; the second finds the data there.
    let mut one = start(dir_one.path(), port_one, &settings);
    wait_healthy(&http, &bases[0]).await;
    let mut two = start(dir_two.path(), port_two, &settings);
    wait_healthy(&http, &bases[1]).await;
    println!(
        "Two processes on PostgreSQL and {} (index {})",
        scaled.meili, scaled.index
    );

    let token = admin_token(&http, &bases[0]).await;
    let regions = gql(
        &http,
        &bases[0],
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
    let mut writers = Vec::new();
    for (w, base) in bases.iter().enumerate() {
        let (http, base, token, region) =
            (http.clone(), base.clone(), token.clone(), region.clone());
        writers.push(tokio::spawn(async move {
            for i in 0..WRITES / 2 {
                let vars = json!({ "r": region, "t": format!("Jaettu jono {w}-{i}") });
                let answer = gql(&http, &base, Some(&token), CREATE, vars).await.unwrap();
                assert!(
                    answer["data"]["createPathway"]["id"].is_string(),
                    "{answer}"
                );
            }
        }));
    }
    for writer in writers {
        writer.await.unwrap();
    }
    wait_indexed(&http, &bases[0]).await;

    let written: i64 = {
        let db = Database::connect(&scaled.database).await.unwrap();
        let row = db
            .query_one_raw(Statement::from_string(
                sea_orm::DbBackend::Postgres,
                "SELECT last_value FROM search_outbox_id_seq",
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get_by_index(0).unwrap()
    };
    let applied = [
        applied_rows(&http, &bases[0]).await,
        applied_rows(&http, &bases[1]).await,
    ];
    println!(
        "outbox rows written {written}; applied by process one {}, by process two {}",
        applied[0], applied[1]
    );
    assert!(applied[1] > 0, "both processes took part in indexing");
    assert_eq!(
        applied[0] + applied[1],
        u64::try_from(written).unwrap(),
        "each outbox row is applied exactly once"
    );

    for server in [&mut one, &mut two] {
        Command::new("kill")
            .arg("-TERM")
            .arg(server.id().to_string())
            .status()
            .unwrap();
        server.wait().unwrap();
    }
    let store = Store::connect(&scaled.database).await.unwrap();
    let expected = expected_pathway_documents(&store).await;
    let index = scaled.open_index().await;
    let indexed = indexed_pathway_documents(&index).await;
    assert_eq!(
        indexed, expected,
        "the index equals the database: ids and versions"
    );
    index.delete_index().await.unwrap();
}
