//! `verkosto-bench`: Verkosto's benchmarks, each with its reference measured in the same run.
//!
//! `verkosto-bench compare [--size 1k|10k|100k]` runs every workload (health check, nested list,
//! search by query class, writes while searching, cold start, memory, bulk import) side by side
//! with its reference (an axum hello-world, PostGraphile 4 and PostgreSQL) and prints a table of
//! ratios; see `compare`.
//!
//! `verkosto-bench search [--size 1k|10k|100k]` loads a seeded synthetic corpus through the
//! store's real write path, indexes it with the real indexer, and measures search latency per
//! query class through the `SearchIndex` port and through HTTP GraphQL, write→searchable latency,
//! and PostgreSQL full-text search over the same corpus. Absolute numbers drift from run to run
//! on a shared machine; compare the rows of one run.

// The server's merged GraphQL roots nest deeply in the compiled async resolvers.
#![recursion_limit = "256"]

mod compare;
mod corpus;
mod hello;
mod load;
mod postgraphile;
mod postgres;
mod process;
mod queries;
mod ratios;
mod stats;
mod wrk;

use std::{path::PathBuf, time::Duration};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use serde_json::{Value, json};
use verkosto_search::{AccessScope, SearchFilter, SearchRequest};

use crate::{
    queries::Query,
    stats::{ByClass, Summary, round},
};

/// Verkosto's benchmarks.
#[derive(Parser)]
#[command(name = "verkosto-bench", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Every workload side by side with its reference, as a table of ratios (and JSON).
    Compare(compare::CompareArgs),
    /// Search: corpus load and indexing throughput, query latency per class through the port and
    /// HTTP GraphQL, write→searchable latency, and PostgreSQL full-text search for comparison.
    Search(SearchArgs),
    /// Loads the corpus into a data directory and prints how to serve it (to profile a workload
    /// by hand: `perf record -p <server pid>` while `wrk` runs).
    Prepare {
        /// Pathways in the corpus: 1k, 10k or 100k (or a plain number).
        #[arg(long, default_value = "10k")]
        size: String,
        /// Regional networks the corpus spreads its pathways over.
        #[arg(long, default_value_t = DEFAULT_REGIONS, value_parser = clap::value_parser!(u16).range(1..=100))]
        regions: u16,
        /// Seed of the corpus.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// The data directory to create (embedded SQLite and tantivy).
        #[arg(long)]
        dir: PathBuf,
        /// A PostgreSQL database to load instead of the embedded SQLite (the index stays under
        /// `dir`), to profile the server on PostgreSQL.
        #[arg(long)]
        database_url: Option<String>,
    },
    /// The axum hello-world reference for `/healthz` (started by `compare`).
    #[command(hide = true)]
    Hello {
        /// Address to listen on.
        #[arg(long)]
        bind: std::net::SocketAddr,
    },
}

#[derive(clap::Args)]
struct SearchArgs {
    /// Pathways in the corpus: 1k, 10k or 100k (or a plain number).
    #[arg(long, default_value = "10k")]
    size: String,
    /// Queries of each class.
    #[arg(long, default_value_t = 100)]
    queries: usize,
    /// Writes measured for write→searchable latency.
    #[arg(long, default_value_t = 50)]
    writes: usize,
    /// Seed of the corpus and the queries.
    #[arg(long, default_value_t = 2026)]
    seed: u64,
    /// Also write the results as JSON here.
    #[arg(long)]
    json: Option<PathBuf>,
    /// Leave out the PostgreSQL comparison.
    #[arg(long)]
    skip_postgres: bool,
}

fn parse_size(text: &str) -> anyhow::Result<usize> {
    let lower = text.trim().to_lowercase();
    let (digits, factor) = match lower.strip_suffix('k') {
        Some(digits) => (digits, 1000),
        None => (lower.as_str(), 1),
    };
    let n: usize = digits
        .parse()
        .with_context(|| format!("--size {text:?}: use 1k, 10k, 100k or a number"))?;
    if n * factor == 0 {
        bail!("--size must be at least 1");
    }
    Ok(n * factor)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Compare(args) => {
            let size = parse_size(&args.size)?;
            let regions = usize::from(args.regions);
            compare::run(args, size, regions).await
        }
        Command::Search(args) => search(args).await,
        Command::Prepare {
            size,
            regions,
            seed,
            dir,
            database_url,
        } => {
            prepare(
                &size,
                usize::from(regions),
                seed,
                &dir,
                database_url.as_deref(),
            )
            .await
        }
        Command::Hello { bind } => hello::serve(bind).await,
    }
}

/// Regional networks in a corpus unless told otherwise: Finland's active networks and the one
/// still onboarding, as in the demo data.
const DEFAULT_REGIONS: u16 = 8;

async fn prepare(
    size: &str,
    regions: usize,
    seed: u64,
    dir: &std::path::Path,
    database_url: Option<&str>,
) -> anyhow::Result<()> {
    let size = parse_size(size)?;
    if dir.exists() {
        bail!("{} exists; name a new directory", dir.display());
    }
    let corpus = corpus::generate(size, regions, seed);
    let loaded = load::load(&load::config(dir, database_url)?, &corpus).await?;
    let database = database_url
        .map(|url| format!(" VERKOSTO_DATABASE_URL={url}"))
        .unwrap_or_default();
    println!(
        "{} pathways in {}; serve them with\n  VERKOSTO_DATA_DIR={}{database} VERKOSTO_DEMO=false verkosto serve\nand sign in as {} (password {})",
        loaded.pathways,
        dir.display(),
        dir.display(),
        load::ADMIN_EMAIL,
        load::PASSWORD,
    );
    Ok(())
}

async fn search(args: SearchArgs) -> anyhow::Result<()> {
    let size = parse_size(&args.size)?;
    let corpus = corpus::generate(size, usize::from(DEFAULT_REGIONS), args.seed);
    let queries = queries::generate(&corpus, args.queries, args.seed ^ 0x5eed);
    let dir = tempfile::tempdir()?;
    eprintln!(
        "verkosto-bench search: {size} pathways, {} queries, seed {}",
        queries.len(),
        args.seed
    );

    // Load through the bulk import (the real store and indexer).
    let config = load::config(dir.path(), None)?;
    let loaded = load::load(&config, &corpus).await?;
    eprintln!(
        "  imported in {:.1} s (database {:.1} s, index {:.1} s)",
        loaded.database_seconds + loaded.index_seconds,
        loaded.database_seconds,
        loaded.index_seconds
    );
    let documents = loaded.pathways;
    let index_seconds = loaded.index_seconds;

    // Through the port, as a member of region 0.
    let scope = AccessScope {
        admin: false,
        person: Some(loaded.member.0),
        member_of: vec![loaded.regions[0].0],
        coordinator_of: vec![],
    };
    let index = loaded.indexer.index().clone();
    let port = measure(&queries, |text| {
        let index = index.clone();
        let request = SearchRequest {
            text,
            language: None,
            filter: SearchFilter::default(),
            scope: scope.clone(),
            offset: 0,
            limit: 10,
            facets: false,
        };
        async move {
            let response = index.search(&request).await?;
            Ok(response.total as usize)
        }
    })
    .await?;
    drop(index);
    let load_summary = loaded.summary();
    let regions = loaded.regions.clone();
    drop(loaded);

    // Through HTTP GraphQL against the real server on this machine.
    let running = verkosto_server::start(&config).await?;
    let http = load::Client::new(running.addr);
    let member = http.login(load::MEMBER_EMAIL).await?;
    let coordinator = http.login(load::COORDINATOR_EMAIL).await?;
    let graphql = measure(&queries, |text| {
        let http = http.clone();
        let member = member.clone();
        async move { http.search(&member, &text).await }
    })
    .await?;
    let anonymous = measure(&queries, |text| {
        let http = http.clone();
        async move { http.search_anonymous(&text).await }
    })
    .await?;
    let writes = http
        .write_then_find(&coordinator, &member, regions[0], args.writes)
        .await?;
    running.shutdown().await?;

    let postgres = if args.skip_postgres {
        Err("skipped: --skip-postgres".to_owned())
    } else {
        match postgres::Cluster::start() {
            Ok(cluster) => postgres::run(&cluster, &corpus, &queries)
                .await
                .map_err(|e| format!("failed: {e:#}")),
            Err(e) => Err(format!("skipped: {e:#}")),
        }
    };

    let report = report(
        &args,
        size,
        &queries,
        &load_summary,
        documents,
        index_seconds,
        &port,
        &graphql,
        &anonymous,
        &writes,
        &postgres,
    );
    print_table(&report);
    if let Some(path) = &args.json {
        std::fs::write(path, serde_json::to_string_pretty(&report)?)
            .with_context(|| format!("write {}", path.display()))?;
        eprintln!("JSON written to {}", path.display());
    }
    Ok(())
}

/// Times the query set through Verkosto; a query that finds nothing fails the run (every query
/// of the set is known to match), so a broken engine reports failure, not numbers.
async fn measure<F, Fut>(queries: &[Query], run: F) -> anyhow::Result<ByClass>
where
    F: Fn(String) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<usize>>,
{
    let timed = stats::time_queries(queries, run).await?;
    if let Some(query) = timed.empty.first() {
        bail!(
            "correctness gate: the {} query {:?} found nothing; numbers withheld",
            query.class.name(),
            query.text
        );
    }
    Ok(timed.latencies)
}

fn classes_json(by_class: &ByClass) -> Value {
    let all: Vec<Duration> = by_class
        .iter()
        .flat_map(|(_, s)| s.iter().copied())
        .collect();
    let mut map = serde_json::Map::new();
    map.insert("mixed".into(), Summary::of(&all).json());
    for (class, samples) in by_class {
        map.insert(class.name().into(), Summary::of(samples).json());
    }
    Value::Object(map)
}

#[expect(clippy::too_many_arguments, reason = "one report of one run")]
fn report(
    args: &SearchArgs,
    size: usize,
    queries: &[Query],
    load: &Value,
    documents: usize,
    index_seconds: f64,
    port: &ByClass,
    graphql: &ByClass,
    anonymous: &ByClass,
    writes: &load::WriteRun,
    postgres: &Result<postgres::PostgresRun, String>,
) -> Value {
    let postgres = match postgres {
        Ok(run) => json!({
            "load_and_gin_seconds": round(run.load_seconds),
            "latency": classes_json(&run.latencies),
            "empty_results": run.empty.iter().map(|(c, n)| (c.name().to_owned(), json!(n))).collect::<serde_json::Map<_, _>>(),
        }),
        Err(why) => json!({ "skipped": why }),
    };
    json!({
        "machine": { "cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1) },
        "size": size,
        "seed": args.seed,
        "queries": queries.len(),
        "load": load,
        "indexing": {
            "pathways": documents,
            "seconds": round(index_seconds),
            "rows_per_second": round(documents as f64 / index_seconds.max(1e-9)),
        },
        "port_tantivy_member": classes_json(port),
        "http_graphql_member": classes_json(graphql),
        "http_graphql_anonymous": classes_json(anonymous),
        "writes": {
            "count": writes.searchable.len(),
            "mutation": Summary::of(&writes.mutations).json(),
            "write_to_searchable": Summary::of(&writes.searchable).json(),
        },
        "postgres_ts_rank_cd": postgres,
    })
}

fn print_table(report: &Value) {
    println!();
    println!(
        "verkosto-bench search — {} pathways, seed {}, {} cores",
        report["size"], report["seed"], report["machine"]["cores"]
    );
    println!(
        "bulk import: database {} s, then index {} s ({} pathways/s overall); indexing: {} pathways in {} s ({} pathways/s)",
        report["load"]["database_seconds"],
        report["load"]["index_seconds"],
        report["load"]["pathways_per_second"],
        report["indexing"]["pathways"],
        report["indexing"]["seconds"],
        report["indexing"]["rows_per_second"]
    );
    println!();
    println!(
        "{:<34} {:>10} {:>10} {:>10} {:>10} {:>10}",
        "latency p50 / p99 (ms)", "mixed", "stem", "inflected", "rare", "two words"
    );
    let row = |name: &str, value: &Value| {
        let cell = |class: &str| {
            let c = &value[class];
            if c.is_null() {
                "—".to_owned()
            } else {
                format!("{}/{}", c["p50_ms"], c["p99_ms"])
            }
        };
        println!(
            "{:<34} {:>10} {:>10} {:>10} {:>10} {:>10}",
            name,
            cell("mixed"),
            cell("stem"),
            cell("inflected"),
            cell("rare"),
            cell("two words")
        );
    };
    row(
        "tantivy through the port (member)",
        &report["port_tantivy_member"],
    );
    row(
        "HTTP GraphQL search (member)",
        &report["http_graphql_member"],
    );
    row(
        "HTTP GraphQL search (anonymous)",
        &report["http_graphql_anonymous"],
    );
    let pg = &report["postgres_ts_rank_cd"];
    if pg["skipped"].is_string() {
        println!(
            "{:<34} {}",
            "PostgreSQL ts_rank_cd + GIN",
            pg["skipped"].as_str().unwrap_or_default()
        );
    } else {
        row("PostgreSQL ts_rank_cd + GIN", &pg["latency"]);
        println!(
            "{:<34} {}",
            "  PostgreSQL empty results", pg["empty_results"]
        );
        println!(
            "{:<34} {} s",
            "  PostgreSQL load + GIN", pg["load_and_gin_seconds"]
        );
    }
    let w = &report["writes"];
    println!();
    println!(
        "writes through GraphQL (create + publish): p50 {} ms, p99 {} ms; write→searchable: p50 {} ms, p99 {} ms ({} writes)",
        w["mutation"]["p50_ms"],
        w["mutation"]["p99_ms"],
        w["write_to_searchable"]["p50_ms"],
        w["write_to_searchable"]["p99_ms"],
        w["count"]
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_people_write_them() {
        assert_eq!(parse_size("1k").unwrap(), 1000);
        assert_eq!(parse_size("100K").unwrap(), 100_000);
        assert_eq!(parse_size("250").unwrap(), 250);
        assert!(parse_size("lots").is_err());
        assert!(parse_size("0").is_err());
    }
}
