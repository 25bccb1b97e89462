//! The whole benchmark command at a tiny size: it passes its correctness gate and reports every
//! figure (the figures themselves are for people to read, not for tests to judge).

use std::process::Command;

use serde_json::Value;
use verkosto_store::Store;
use verkosto_testkit::{TestDatabase, backend};

#[test]
fn a_tiny_search_benchmark_passes_its_gate_and_reports_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("bench.json");
    let output = Command::new(env!("CARGO_BIN_EXE_verkosto-bench"))
        .args([
            "search",
            "--size",
            "200",
            "--queries",
            "5",
            "--writes",
            "3",
            "--skip-postgres",
            "--json",
        ])
        .arg(&json)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "the benchmark failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(report["size"], 200);
    assert_eq!(report["queries"], 20);
    assert_eq!(report["load"]["pathways"], 200);
    // Every pathway went through the bulk import and was indexed.
    assert_eq!(report["indexing"]["pathways"], 200);
    for section in [
        "port_tantivy_member",
        "http_graphql_member",
        "http_graphql_anonymous",
    ] {
        for class in ["mixed", "stem", "inflected", "rare", "two words"] {
            let count = report[section][class]["count"].as_u64().unwrap();
            assert!(count > 0, "{section} {class} measured");
        }
    }
    assert_eq!(report["writes"]["count"], 3);
    assert_eq!(
        report["postgres_ts_rank_cd"]["skipped"],
        "skipped: --skip-postgres"
    );
    let table = String::from_utf8_lossy(&output.stdout);
    assert!(table.contains("HTTP GraphQL search (member)"), "{table}");
}

/// On PostgreSQL (`VERKOSTO_TEST_DATABASE=postgres`) the corpus goes into a fresh database
/// through `--database-url`; on SQLite into the data directory's file.
#[tokio::test]
async fn prepare_spreads_the_corpus_over_the_regions_asked_for() {
    let database = TestDatabase::create().await.unwrap();
    let data = database.dir.path().join("corpus");
    let mut command = Command::new(env!("CARGO_BIN_EXE_verkosto-bench"));
    command
        .args(["prepare", "--size", "40", "--regions", "5", "--dir"])
        .arg(&data);
    let url = if backend() == "postgres" {
        command.args(["--database-url", &database.url]);
        database.url.clone()
    } else {
        format!("sqlite://{}?mode=rw", data.join("verkosto.db").display())
    };
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "prepare failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let store = Store::connect(&url).await.unwrap();
    assert_eq!(store.list_regions(None, None, 100).await.unwrap().len(), 5);
}

#[test]
fn a_region_count_outside_one_to_a_hundred_is_refused_before_anything_is_written() {
    for regions in ["0", "101"] {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("corpus");
        let output = Command::new(env!("CARGO_BIN_EXE_verkosto-bench"))
            .args(["prepare", "--size", "40", "--regions", regions, "--dir"])
            .arg(&data)
            .output()
            .unwrap();
        assert!(!output.status.success(), "--regions {regions} was accepted");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("--regions"), "{stderr}");
        assert!(
            !data.exists(),
            "--regions {regions} wrote {}",
            data.display()
        );
    }
}
