//! PostgreSQL full-text search over the same corpus, for comparison: a generated `tsvector`
//! column in each pathway's language, a GIN index, `websearch_to_tsquery` and `ts_rank_cd`, with
//! the same reader's visibility filter. The cluster is a throwaway one from `scripts/pg-cluster`.

use std::{
    path::{Path, PathBuf},
    process::Command,
    time::Instant,
};

use anyhow::{Context, bail};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbBackend, Statement, Value};
use verkosto_domain::{Language, Visibility};

use crate::{
    corpus::Corpus,
    queries::{Query, QueryClass},
};

/// A running throwaway cluster, stopped and removed when dropped.
pub struct Cluster {
    dir: PathBuf,
    /// Its connection URL.
    pub url: String,
}

/// `scripts/pg-cluster`, built into the bench so that its binary runs from anywhere.
const PG_CLUSTER: &str = include_str!("../../../scripts/pg-cluster");

/// `scripts/pg-cluster` with `action` on `dir`.
fn pg_cluster(action: &str, dir: &Path) -> Command {
    let mut command = Command::new("bash");
    command
        .arg("-c")
        .arg(PG_CLUSTER)
        .arg("scripts/pg-cluster")
        .arg(action)
        .arg(dir);
    command
}

impl Cluster {
    /// Starts one under /tmp (the `postgres` user must reach it when run as root).
    pub fn start() -> anyhow::Result<Self> {
        let dir = tempfile::Builder::new()
            .prefix("verkosto-bench-pg.")
            .tempdir_in("/tmp")?
            .keep();
        let output = pg_cluster("start", &dir)
            .output()
            .context("run scripts/pg-cluster")?;
        if !output.status.success() {
            let _ = std::fs::remove_dir_all(&dir);
            bail!(
                "scripts/pg-cluster start failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        let url = String::from_utf8(output.stdout)?.trim().to_owned();
        Ok(Self { dir, url })
    }

    /// The postmaster's process id (its backends are its children).
    pub fn postmaster_pid(&self) -> anyhow::Result<u32> {
        let text = std::fs::read_to_string(self.dir.join("data/postmaster.pid"))?;
        Ok(text.lines().next().unwrap_or_default().trim().parse()?)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = pg_cluster("stop", &self.dir).output();
    }
}

/// What the PostgreSQL run measured.
pub struct PostgresRun {
    /// Seconds to load the rows and build the GIN index.
    pub load_seconds: f64,
    /// Latencies per class.
    pub latencies: crate::stats::ByClass,
    /// Queries per class that found nothing.
    pub empty: Vec<(QueryClass, usize)>,
}

fn config(language: Language) -> &'static str {
    match language {
        Language::Finnish => "fi",
        Language::Swedish => "sv",
        Language::NorwegianBokmal => "nb",
        Language::English => "en",
    }
}

/// Loads the corpus and runs `queries` as a member of region 0.
pub async fn run(
    cluster: &Cluster,
    corpus: &Corpus,
    queries: &[Query],
) -> anyhow::Result<PostgresRun> {
    let db = Database::connect(&cluster.url).await?;
    let load_seconds = load_text(&db, corpus).await?;
    let timed = crate::stats::time_queries(queries, |text| {
        let db = db.clone();
        async move { search(&db, &text).await }
    })
    .await?;
    let empty = QueryClass::ALL
        .iter()
        .map(|class| {
            (
                *class,
                timed.empty.iter().filter(|q| q.class == *class).count(),
            )
        })
        .collect();
    Ok(PostgresRun {
        load_seconds,
        latencies: timed.latencies,
        empty,
    })
}

/// The text table: a generated `tsvector` in each row's language.
const TEXT_TABLE: &str = "CREATE TABLE bench_pathway_text (
    id integer PRIMARY KEY, region integer NOT NULL, visibility text NOT NULL,
    lang text NOT NULL, title text NOT NULL, body text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector(
        CASE lang WHEN 'fi' THEN 'finnish'::regconfig WHEN 'sv' THEN 'swedish'::regconfig
                  WHEN 'nb' THEN 'norwegian'::regconfig ELSE 'english'::regconfig END,
        title || ' ' || body)) STORED)";

/// Creates the text table, loads the corpus into it and builds its GIN index; answers seconds.
pub async fn load_text(db: &DatabaseConnection, corpus: &Corpus) -> anyhow::Result<f64> {
    let started = Instant::now();
    db.execute_unprepared(TEXT_TABLE).await?;
    for (chunk_index, chunk) in corpus.pathways.chunks(500).enumerate() {
        let mut sql = String::from(
            "INSERT INTO bench_pathway_text (id, region, visibility, lang, title, body) VALUES ",
        );
        let mut values: Vec<Value> = Vec::with_capacity(chunk.len() * 6);
        for (i, p) in chunk.iter().enumerate() {
            let n = i * 6;
            if i > 0 {
                sql.push(',');
            }
            sql.push_str(&format!(
                "(${}, ${}, ${}, ${}, ${}, ${})",
                n + 1,
                n + 2,
                n + 3,
                n + 4,
                n + 5,
                n + 6
            ));
            values.push(((chunk_index * 500 + i) as i32).into());
            values.push((p.region as i32).into());
            values.push(p.visibility.as_str().into());
            values.push(config(p.language).into());
            values.push(p.title.clone().into());
            values.push(text_of(p).into());
        }
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            sql,
            values,
        ))
        .await?;
    }
    db.execute_unprepared(
        "CREATE INDEX bench_pathway_text_tsv ON bench_pathway_text USING gin (tsv)",
    )
    .await?;
    db.execute_unprepared("ANALYZE bench_pathway_text").await?;
    Ok(started.elapsed().as_secs_f64())
}

/// A pathway's searchable text besides its title.
fn text_of(p: &crate::corpus::SyntheticPathway) -> String {
    format!("{} {} {}", p.summary, p.body, p.steps.join(" "))
}

/// The bulk-import reference: `COPY` of the whole corpus from a file into a fresh table with the
/// generated tsvector, then its GIN index (through `psql`); answers seconds.
pub async fn copy_import(cluster: &Cluster, corpus: &Corpus, dir: &Path) -> anyhow::Result<f64> {
    let file = dir.join("corpus.tsv");
    let mut tsv = String::new();
    let clean = |t: &str| t.replace(['\t', '\n', '\\'], " ");
    for (i, p) in corpus.pathways.iter().enumerate() {
        tsv.push_str(&format!(
            "{i}\t{}\t{}\t{}\t{}\t{}\n",
            p.region,
            p.visibility.as_str(),
            config(p.language),
            clean(&p.title),
            clean(&text_of(p))
        ));
    }
    std::fs::write(&file, tsv)?;
    let db = Database::connect(&cluster.url).await?;
    db.execute_unprepared(&TEXT_TABLE.replace("bench_pathway_text", "bench_copy"))
        .await?;
    let started = Instant::now();
    let output = Command::new("psql")
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", &cluster.url, "-c"])
        .arg(format!(
            "\\copy bench_copy (id, region, visibility, lang, title, body) FROM '{}'",
            file.display()
        ))
        .arg("-c")
        .arg("CREATE INDEX bench_copy_tsv ON bench_copy USING gin (tsv)")
        .output()
        .context("run psql")?;
    let seconds = started.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(&file);
    if !output.status.success() {
        bail!(
            "psql COPY failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    db.execute_unprepared("DROP TABLE bench_copy").await?;
    Ok(seconds)
}

/// Inserts `count` rows into the text table at `per_second`, each with its generated tsvector;
/// answers each insert's latency.
pub async fn paced_inserts(
    db: &DatabaseConnection,
    count: usize,
    per_second: u32,
) -> anyhow::Result<Vec<std::time::Duration>> {
    let mut ticks = tokio::time::interval(std::time::Duration::from_secs(1) / per_second);
    let mut latencies = Vec::with_capacity(count);
    for i in 0..count {
        ticks.tick().await;
        let started = Instant::now();
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "INSERT INTO bench_pathway_text (id, region, visibility, lang, title, body)
             VALUES ($1, 0, 'public', 'fi', $2, $3)",
            [
                (10_000_000 + i as i32).into(),
                format!("Uusi hoitopolku {i}").into(),
                "Vankilasta vapautuvan tuki ja lähete.".into(),
            ],
        ))
        .await?;
        latencies.push(started.elapsed());
    }
    Ok(latencies)
}

/// The top ten for `text`, read by a member of region 0; answers how many came back.
async fn search(db: &DatabaseConnection, text: &str) -> anyhow::Result<usize> {
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT id, ts_rank_cd(tsv, q) AS rank
               FROM bench_pathway_text, websearch_to_tsquery('finnish', $1) q
              WHERE tsv @@ q AND (visibility IN ($2, $3) OR region = 0)
              ORDER BY rank DESC LIMIT 10",
            [
                text.into(),
                Visibility::Public.as_str().into(),
                Visibility::AllMembers.as_str().into(),
            ],
        ))
        .await?;
    Ok(rows.len())
}
