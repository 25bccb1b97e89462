//! `verkosto-bench compare`: every workload against its reference in the same run, interleaved
//! round by round, reported as one table of ratios (absolute figures in a log file) and as JSON.
//!
//! The servers under test and PostgreSQL run pinned to core 0; wrk and this process (which paces
//! the writes) run on core 1. CPU milliseconds per request come from `/proc`.

use std::{
    io::Write as _,
    net::SocketAddr,
    path::{Path, PathBuf},
    time::{Duration, Instant},
};

use anyhow::{Context, bail};
use sea_orm::Database;
use serde_json::{Value, json};

use crate::{
    corpus::Corpus,
    load, postgraphile, postgres,
    process::{self, CpuScope, Pinned},
    queries::{Query, QueryClass},
    stats::{Summary, round},
    wrk::{self, Load, Measured},
};

/// The nested list as Verkosto spells it.
const NESTED: &str = "{ regions(first: 100) { edges { node { name
  organisations(first: 3) { edges { node { name kind } } }
  pathways(first: 5) { edges { node { status publishedVersion { title } } } } } } } }";

/// The first query after a cold start: the region list, as anyone may read it.
const COLD: &str = "{ regions(first: 100) { edges { node { name } } } }";

/// A search as the web app sends it while someone types.
const SEARCH: &str = "query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { title snippet } } } }";

/// How the run is shaped.
#[derive(clap::Args)]
pub struct CompareArgs {
    /// Pathways in the corpus: 1k, 10k or 100k (or a plain number).
    #[arg(long, default_value = "10k")]
    pub size: String,
    /// Regional networks the corpus spreads its pathways over (at most 100: the nested list reads
    /// the first 100).
    #[arg(long, default_value_t = crate::DEFAULT_REGIONS, value_parser = clap::value_parser!(u16).range(1..=100))]
    pub regions: u16,
    /// Seconds of each wrk run.
    #[arg(long, default_value_t = 2)]
    pub seconds: u64,
    /// Rounds of each workload; system and reference alternate within a round.
    #[arg(long, default_value_t = 2)]
    pub rounds: usize,
    /// wrk connections.
    #[arg(long, default_value_t = 8)]
    pub connections: u32,
    /// Writes per second in the write workload.
    #[arg(long, default_value_t = 50)]
    pub writes_per_second: u32,
    /// Seconds of each window of the write workload (searches alone, with writes, with probes).
    #[arg(long, default_value_t = 10)]
    pub write_seconds: u64,
    /// Pairs of write-workload windows (searches alone, then with writes), alternating: the
    /// search p99 with writes is compared over all of them, a save's p99 comes from
    /// `writes_per_second` × `write_seconds` × this many saves.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u64).range(1..))]
    pub write_pairs: u64,
    /// Seed of the corpus and the queries.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// Where the JSON report and the log of absolute figures go.
    #[arg(long, default_value = "bench-results")]
    pub out: PathBuf,
    /// Leave out PostgreSQL and PostGraphile (their rows say skipped).
    #[arg(long)]
    pub skip_postgres: bool,
}

/// The log of absolute figures, mirrored to stderr.
struct Log(std::fs::File);

impl Log {
    fn line(&mut self, text: &str) {
        eprintln!("  {text}");
        let _ = writeln!(self.0, "{text}");
    }
}

/// A server under measurement.
struct Target {
    name: &'static str,
    addr: SocketAddr,
    cpu: CpuScope,
    /// Verkosto's `/metrics` counts SQL statements.
    counts_statements: bool,
}

/// One workload's figures for one target, over all rounds.
#[derive(Clone, Debug, Default)]
struct Figures {
    /// Mean throughput of the rounds.
    throughput: f64,
    /// Mean p50 of the rounds.
    p50_ms: f64,
    /// The worst p99 of the rounds.
    p99_ms: f64,
    /// CPU ms per request on the server core.
    cpu_ms_per_request: f64,
    /// SQL statements per request (Verkosto only).
    statements_per_request: Option<f64>,
}

impl Figures {
    /// Several runs' figures as one, as rounds combine: mean throughput, p50 and CPU, worst p99.
    fn combined(runs: &[Figures]) -> Figures {
        let n = runs.len().max(1) as f64;
        let mean = |f: fn(&Figures) -> f64| runs.iter().map(f).sum::<f64>() / n;
        Figures {
            throughput: mean(|f| f.throughput),
            p50_ms: mean(|f| f.p50_ms),
            p99_ms: runs.iter().map(|f| f.p99_ms).fold(0.0, f64::max),
            cpu_ms_per_request: mean(|f| f.cpu_ms_per_request),
            statements_per_request: runs.first().and_then(|f| f.statements_per_request),
        }
    }

    fn json(&self) -> Value {
        json!({
            "requests_per_second": round(self.throughput),
            "p50_ms": round(self.p50_ms),
            "p99_ms": round(self.p99_ms),
            "cpu_ms_per_request": round(self.cpu_ms_per_request),
            "sql_statements_per_request": self.statements_per_request.map(round),
        })
    }
}

/// Runs wrk rounds over targets, interleaved.
struct Runner {
    seconds: u64,
    rounds: usize,
    connections: u32,
    dir: PathBuf,
    http: reqwest::Client,
}

impl Runner {
    /// One wrk run; with the CPU it cost.
    async fn once(&self, target: &Target, load: &Load) -> anyhow::Result<(Measured, f64)> {
        let cpu_before = target.cpu.cpu_ms();
        let measured = {
            let (addr, dir) = (target.addr, self.dir.clone());
            let load = load.clone();
            let (seconds, connections) = (self.seconds, self.connections);
            tokio::task::spawn_blocking(move || {
                wrk::run(addr, &load, Duration::from_secs(seconds), connections, &dir)
            })
            .await??
        };
        let cpu = target.cpu.cpu_ms() - cpu_before;
        Ok((measured, cpu))
    }

    /// SQL statements per request of `load`, counted over requests sent one at a time, once the
    /// requests wrk left in flight when it stopped have finished (their statements would
    /// otherwise count against these).
    async fn statements_per_request(
        &self,
        target: &Target,
        load: &Load,
    ) -> anyhow::Result<Option<f64>> {
        const REQUESTS: usize = 20;
        if !target.counts_statements {
            return Ok(None);
        }
        let mut before = self.statements(target).await?;
        loop {
            tokio::time::sleep(Duration::from_millis(200)).await;
            let now = self.statements(target).await?;
            if now == before {
                break;
            }
            before = now;
        }
        for i in 0..REQUESTS {
            let url = format!("http://{}{}", target.addr, load.path);
            let mut request = match load.bodies.get(i % load.bodies.len().max(1)) {
                Some(body) => self
                    .http
                    .post(url)
                    .header("content-type", "application/json")
                    .body(body.clone()),
                None => self.http.get(url),
            };
            if let Some(token) = &load.token {
                request = request.bearer_auth(token);
            }
            request.send().await?.error_for_status()?.bytes().await?;
        }
        let statements = self.statements(target).await? - before;
        Ok(Some(statements as f64 / REQUESTS as f64))
    }

    /// `rounds` rounds, each running every (target, load) in turn.
    async fn interleaved(&self, entries: &[(&Target, &Load)]) -> anyhow::Result<Vec<Figures>> {
        let mut runs: Vec<Vec<(Measured, f64)>> = vec![Vec::new(); entries.len()];
        for _ in 0..self.rounds {
            for (i, (target, load)) in entries.iter().enumerate() {
                runs[i].push(
                    self.once(target, load)
                        .await
                        .with_context(|| format!("{} under load", target.name))?,
                );
            }
        }
        let mut figures = Vec::with_capacity(entries.len());
        for ((target, load), runs) in entries.iter().zip(runs) {
            let runs: Vec<Figures> = runs
                .iter()
                .map(|(measured, cpu_ms)| Figures {
                    throughput: measured.throughput,
                    p50_ms: measured.p50_ms,
                    p99_ms: measured.p99_ms,
                    cpu_ms_per_request: cpu_ms / measured.requests.max(1) as f64,
                    statements_per_request: None,
                })
                .collect();
            figures.push(Figures {
                statements_per_request: self
                    .statements_per_request(target, load)
                    .await
                    .with_context(|| format!("{}: counting SQL statements", target.name))?,
                ..Figures::combined(&runs)
            });
        }
        Ok(figures)
    }

    /// Verkosto's SQL statement counter (0 for other servers).
    async fn statements(&self, target: &Target) -> anyhow::Result<u64> {
        if !target.counts_statements {
            return Ok(0);
        }
        let text = self
            .http
            .get(format!("http://{}/metrics", target.addr))
            .send()
            .await?
            .text()
            .await?;
        text.lines()
            .find_map(|l| l.strip_prefix("verkosto_sql_statements_total "))
            .and_then(|n| n.trim().parse().ok())
            .context("no verkosto_sql_statements_total in /metrics")
    }
}

/// A GraphQL request body.
fn body(query: &str, variables: Value) -> String {
    json!({ "query": query, "variables": variables }).to_string()
}

/// Posts `body` once and checks the answer (the correctness gate).
async fn sample(
    http: &reqwest::Client,
    addr: SocketAddr,
    token: Option<&str>,
    body: &str,
) -> anyhow::Result<Value> {
    let mut request = http
        .post(format!("http://{addr}/graphql"))
        .header("content-type", "application/json")
        .body(body.to_owned());
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let answer: Value = request.send().await?.json().await?;
    if let Some(errors) = answer.get("errors") {
        bail!("correctness gate: {addr} answered errors: {errors}");
    }
    Ok(answer["data"].clone())
}

/// Checks the nested list's shape: every region with 3 organisations and 5 pathways.
fn check_nested(data: &Value, regions: usize, postgraphile: bool) -> anyhow::Result<()> {
    let (list, orgs, paths) = if postgraphile {
        (
            &data["allRegions"]["nodes"],
            "/membershipsByRegionId/nodes",
            "/pathwaysByRegionId/nodes",
        )
    } else {
        (
            &data["regions"]["edges"],
            "/node/organisations/edges",
            "/node/pathways/edges",
        )
    };
    let list = list.as_array().context("no region list")?;
    let count =
        |item: &Value, path: &str| item.pointer(path).and_then(Value::as_array).map(Vec::len);
    if list.len() != regions
        || list
            .iter()
            .any(|r| count(r, orgs) != Some(3) || count(r, paths) != Some(5))
    {
        bail!(
            "correctness gate: the nested list should hold {regions} regions with 3 organisations and 5 pathways each"
        );
    }
    Ok(())
}

/// Polls `query` from the moment `server` was spawned until it is answered without errors;
/// answers the time since the spawn.
async fn first_answer(
    server: &mut Pinned,
    http: &reqwest::Client,
    addr: SocketAddr,
    query: &str,
) -> anyhow::Result<Duration> {
    let request = body(query, json!({}));
    loop {
        server.check_running()?;
        if sample(http, addr, None, &request).await.is_ok() {
            return Ok(server.started.elapsed());
        }
        if server.started.elapsed() > Duration::from_secs(120) {
            bail!("{} did not answer within 120 s", server.name);
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// Starts Verkosto (`verkosto serve`) pinned on the server core; answers it with its cold start
/// (process start to the first answered query).
async fn start_verkosto(
    name: &'static str,
    config_dir: &Path,
    database_url: Option<&str>,
    log: &Path,
    regions: usize,
    admin: &str,
    extra_cpu_roots: &[u32],
) -> anyhow::Result<(Pinned, Target, Duration)> {
    let addr = process::free_addr()?;
    let mut env = vec![
        ("VERKOSTO_BIND", addr.to_string()),
        ("VERKOSTO_DATA_DIR", config_dir.display().to_string()),
        ("VERKOSTO_DEMO", "false".to_owned()),
        ("VERKOSTO_LOG", "warn".to_owned()),
    ];
    if let Some(url) = database_url {
        env.push(("VERKOSTO_DATABASE_URL", url.to_owned()));
    }
    let mut server = Pinned::spawn(name, &process::sibling("verkosto")?, &["serve"], &env, log)?;
    let http = reqwest::Client::new();
    let cold = first_answer(&mut server, &http, addr, COLD).await?;
    let token = load::Client::new(addr).login(admin).await?;
    let data = sample(&http, addr, Some(&token), &body(NESTED, json!({}))).await?;
    check_nested(&data, regions, false)?;
    let mut roots = vec![server.pid()];
    roots.extend_from_slice(extra_cpu_roots);
    let target = Target {
        name,
        addr,
        cpu: CpuScope::of(&roots),
        counts_statements: true,
    };
    Ok((server, target, cold))
}

/// Runs the whole comparison.
pub async fn run(args: CompareArgs, size: usize, regions: usize) -> anyhow::Result<()> {
    // This process paces writes and checks answers: it belongs on the load core with wrk.
    process::pin_to_load_core(std::process::id())?;
    std::fs::create_dir_all(&args.out)?;
    let log_path = args.out.join(format!("compare-{size}.log"));
    let mut log = Log(std::fs::File::create(&log_path)?);
    let work = tempfile::Builder::new()
        .prefix("verkosto-bench.")
        .tempdir_in("/tmp")?;
    let corpus = crate::corpus::generate(size, regions, args.seed);
    let queries = crate::queries::generate(&corpus, 25, args.seed ^ 0x5eed);
    log.line(&format!(
        "verkosto-bench compare: {size} pathways, {regions} regions, seed {}, {} s × {} rounds, {} connections, {} pairs of write windows of {} s",
        args.seed,
        args.seconds,
        args.rounds,
        args.connections,
        args.write_pairs,
        args.write_seconds
    ));

    // Verkosto with embedded SQLite and tantivy: the bulk import, then the server.
    let sqlite_dir = work.path().join("sqlite");
    let import = import_into(&sqlite_dir, None, &corpus).await?;
    log.line(&format!(
        "Verkosto bulk import ({} pathways into SQLite + tantivy): {:.2} s",
        corpus.pathways.len(),
        import
    ));

    // PostgreSQL: Verkosto's schema and data, the text table, the COPY reference.
    let reference = if args.skip_postgres {
        Err("skipped: --skip-postgres".to_owned())
    } else {
        match prepare_postgres(&corpus, work.path(), &mut log).await {
            Ok(r) => Ok(r),
            Err(e) => Err(format!("skipped: {e:#}")),
        }
    };
    let (pg_cpu_root, pg_url) = match &reference {
        Ok((cluster, _)) => (vec![cluster.postmaster_pid()?], Some(cluster.url.clone())),
        Err(_) => (vec![], None),
    };

    // Cold starts, then idle memory, each server alone on the server core.
    let (mut verkosto, sqlite, cold) = start_verkosto(
        "Verkosto (SQLite)",
        &sqlite_dir,
        None,
        &work.path().join("verkosto-sqlite.log"),
        regions,
        load::ADMIN_EMAIL,
        &[],
    )
    .await?;
    let idle_mb = process::rss_mb(verkosto.pid())?;
    log.line(&format!(
        "Verkosto (SQLite) cold start to first answer: {:.1} ms; idle RSS {idle_mb:.1} MB",
        cold.as_secs_f64() * 1000.0
    ));
    let mut pg_side = match (&reference, &pg_url) {
        (Ok((cluster, _)), Some(url)) => {
            let verkosto_pg = start_verkosto(
                "Verkosto (PostgreSQL)",
                &work.path().join("pg"),
                Some(url),
                &work.path().join("verkosto-pg.log"),
                regions,
                load::ADMIN_EMAIL,
                &pg_cpu_root,
            )
            .await?;
            log.line(&format!(
                "Verkosto (PostgreSQL) cold start to first answer: {:.1} ms",
                verkosto_pg.2.as_secs_f64() * 1000.0
            ));
            let pg = start_postgraphile(cluster, work.path(), regions, &pg_cpu_root).await;
            match &pg {
                Ok((p, _, cold)) => log.line(&format!(
                    "PostGraphile cold start to first answer: {:.1} ms; idle RSS {:.1} MB",
                    cold.as_secs_f64() * 1000.0,
                    process::rss_mb(p.pid()).unwrap_or(0.0)
                )),
                Err(e) => log.line(&format!("PostGraphile {e}")),
            }
            Some((verkosto_pg, pg))
        }
        _ => None,
    };

    let runner = Runner {
        seconds: args.seconds,
        rounds: args.rounds,
        connections: args.connections,
        dir: work.path().to_owned(),
        http: reqwest::Client::new(),
    };
    let mut report = serde_json::Map::new();
    report.insert(
        "run".into(),
        json!({ "size": size, "regions": regions, "seed": args.seed, "seconds": args.seconds,
                "rounds": args.rounds, "connections": args.connections,
                "write_seconds": args.write_seconds,
                "cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1) }),
    );

    // /healthz against an axum hello-world.
    let mut hello = start_hello(work.path()).await?;
    let health = Load::get("/healthz");
    let figures = runner
        .interleaved(&[(&hello.1, &health), (&sqlite, &health)])
        .await?;
    log_figures(&mut log, "/healthz", &[&hello.1, &sqlite], &figures);
    report.insert(
        "healthz".into(),
        json!({ "axum_hello": figures[0].json(), "verkosto": figures[1].json() }),
    );
    hello.0.stop();

    // The nested list.
    let client = load::Client::new(sqlite.addr);
    let admin = client.login(load::ADMIN_EMAIL).await?;
    let nested = Load::post("/graphql", vec![body(NESTED, json!({}))], Some(admin));
    let pg_nested = Load::post(
        "/graphql",
        vec![body(postgraphile::NESTED, json!({}))],
        None,
    );
    let mut entries: Vec<(&Target, &Load)> = vec![(&sqlite, &nested)];
    let pg_admin;
    let verkosto_pg_nested;
    if let Some(((_, verkosto_pg, _), postgraphile)) = &pg_side {
        pg_admin = load::Client::new(verkosto_pg.addr)
            .login(load::ADMIN_EMAIL)
            .await?;
        verkosto_pg_nested = Load::post(
            "/graphql",
            vec![body(NESTED, json!({}))],
            Some(pg_admin.clone()),
        );
        entries.push((verkosto_pg, &verkosto_pg_nested));
        if let Ok((_, target, _)) = postgraphile {
            let data = sample(&runner.http, target.addr, None, &pg_nested.bodies[0]).await?;
            check_nested(&data, regions, true)?;
            entries.push((target, &pg_nested));
        }
    }
    let figures = runner.interleaved(&entries).await?;
    log_figures(
        &mut log,
        "nested list",
        &entries.iter().map(|e| e.0).collect::<Vec<_>>(),
        &figures,
    );
    report.insert(
        "nested".into(),
        Value::Object(
            entries
                .iter()
                .zip(&figures)
                .map(|(e, f)| (e.0.name.to_owned(), f.json()))
                .collect(),
        ),
    );

    // Search by class, as the member of region 0, against PostGraphile's ts_rank_cd function
    // asked the same question (the count and the top ten; Verkosto adds snippets).
    let member = client.login(load::MEMBER_EMAIL).await?;
    let postgraphile_target = pg_side
        .as_ref()
        .and_then(|(_, p)| p.as_ref().ok().map(|(_, t, _)| t));
    // The same server asked for less: the top ten without the count.
    let top_ten_target = postgraphile_target.map(|t| Target {
        name: "PostGraphile, top ten only",
        addr: t.addr,
        cpu: t.cpu.clone(),
        counts_statements: false,
    });
    let mut search_report = serde_json::Map::new();
    let mut mixed_bodies = None;
    for class in QueryClass::ALL.iter().map(Some).chain([None]) {
        let texts: Vec<&Query> = queries
            .iter()
            .filter(|q| class.is_none_or(|c| q.class == *c))
            .collect();
        let ours = Load::post(
            "/graphql",
            texts
                .iter()
                .map(|q| body(SEARCH, json!({ "q": q.text })))
                .collect(),
            Some(member.clone()),
        );
        for (q, b) in texts.iter().zip(&ours.bodies) {
            let data = sample(&runner.http, sqlite.addr, Some(&member), b).await?;
            if data["search"]["totalCount"].as_u64().unwrap_or(0) == 0 {
                bail!("correctness gate: Verkosto found nothing for {:?}", q.text);
            }
        }
        let reference = |query: &str| {
            Load::post(
                "/graphql",
                texts
                    .iter()
                    .map(|q| body(query, json!({ "q": q.text })))
                    .collect(),
                None,
            )
        };
        let theirs = reference(postgraphile::SEARCH);
        let theirs_top_ten = reference(postgraphile::SEARCH_TOP_TEN);
        let mut entries: Vec<(&Target, &Load)> = vec![(&sqlite, &ours)];
        if let (Some(target), Some(top_ten)) = (postgraphile_target, &top_ten_target) {
            sample(&runner.http, target.addr, None, &theirs.bodies[0]).await?;
            sample(&runner.http, target.addr, None, &theirs_top_ten.bodies[0]).await?;
            entries.push((target, &theirs));
            entries.push((top_ten, &theirs_top_ten));
        }
        let figures = runner.interleaved(&entries).await?;
        let name = class.map_or("mixed", |c| c.name());
        log_figures(
            &mut log,
            &format!("search ({name})"),
            &entries.iter().map(|e| e.0).collect::<Vec<_>>(),
            &figures,
        );
        if class.is_none() {
            mixed_bodies = Some(ours.bodies.clone());
        }
        search_report.insert(
            name.to_owned(),
            json!({ "verkosto": figures[0].json(),
                    "postgraphile": figures.get(1).map(Figures::json),
                    "postgraphile_top_ten": figures.get(2).map(Figures::json) }),
        );
    }
    report.insert("search".into(), Value::Object(search_report));

    // Writes at a steady rate while people search.
    let coordinator = client.login(load::COORDINATOR_EMAIL).await?;
    let bodies = mixed_bodies.context("no mixed search run")?;
    let writes = writes_while_searching(
        &runner,
        &sqlite,
        &Load::post("/graphql", bodies, Some(member.clone())),
        &client,
        &coordinator,
        &WriteShape {
            per_second: args.writes_per_second,
            window: Duration::from_secs(args.write_seconds),
            pairs: args.write_pairs,
        },
    )
    .await?;
    for (i, (alone, beside)) in writes.pairs.iter().enumerate() {
        log.line(&format!(
            "write windows, pair {}: search p99 alone {:.2} ms, with writes {:.2} ms",
            i + 1,
            alone.p99_ms,
            beside.p99_ms
        ));
    }
    log.line(&format!(
        "writes at {}/s while searching: createPathway p50 {:.2} ms p99 {:.2} ms; write→searchable p50 {:.1} ms p99 {:.1} ms; search p99 {:.2} ms (without writes {:.2} ms)",
        args.writes_per_second,
        writes.mutation.p50,
        writes.mutation.p99,
        writes.searchable.p50,
        writes.searchable.p99,
        writes.search().p99_ms,
        writes.search_alone().p99_ms
    ));
    let insert = match &reference {
        Ok((cluster, _)) => {
            let db = Database::connect(&cluster.url).await?;
            let count = args.writes_per_second as usize
                * args.write_seconds as usize
                * args.write_pairs as usize;
            Some(Summary::of(
                &postgres::paced_inserts(&db, count, args.writes_per_second).await?,
            ))
        }
        Err(_) => None,
    };
    if let Some(insert) = &insert {
        log.line(&format!(
            "PostgreSQL insert with generated tsvector at {}/s: p50 {:.2} ms p99 {:.2} ms",
            args.writes_per_second, insert.p50, insert.p99
        ));
    }
    report.insert(
        "writes".into(),
        json!({
            "per_second": args.writes_per_second,
            "mutation": writes.mutation.json(),
            "write_to_searchable": writes.searchable.json(),
            "search_while_writing": writes.search().json(),
            "search_without_writes": writes.search_alone().json(),
            "window_pairs_p99_ms": writes.pairs.iter()
                .map(|(alone, beside)| json!({ "alone": round(alone.p99_ms), "with_writes": round(beside.p99_ms) }))
                .collect::<Vec<_>>(),
            "postgres_insert": insert.as_ref().map(Summary::json),
        }),
    );

    // Memory after the run, cold starts, bulk import.
    let after_mb = process::rss_mb(verkosto.pid())?;
    let postgraphile_mb = pg_side
        .as_ref()
        .and_then(|(_, p)| p.as_ref().ok())
        .map(|(p, _, _)| process::rss_mb(p.pid()).unwrap_or(0.0));
    log.line(&format!(
        "memory after the run: Verkosto (SQLite) {after_mb:.1} MB{}",
        postgraphile_mb.map_or(String::new(), |m| format!("; PostGraphile {m:.1} MB"))
    ));
    let postgraphile_cold = pg_side
        .as_ref()
        .and_then(|(_, p)| p.as_ref().ok())
        .map(|(_, _, cold)| cold.as_secs_f64() * 1000.0);
    report.insert(
        "cold_start_ms".into(),
        json!({ "verkosto": round(cold.as_secs_f64() * 1000.0), "postgraphile": postgraphile_cold.map(round) }),
    );
    report.insert(
        "memory_mb".into(),
        json!({ "verkosto_idle": round(idle_mb), "verkosto_after_load": round(after_mb),
                "postgraphile_after_load": postgraphile_mb.map(round) }),
    );
    report.insert(
        "bulk_import_seconds".into(),
        json!({ "verkosto": round(import),
                "postgres_copy": reference.as_ref().ok().map(|(_, copy)| round(*copy)) }),
    );
    report.insert(
        "references".into(),
        json!({ "postgres": match &reference { Ok(_) => "ran".to_owned(), Err(e) => e.clone() },
                "postgraphile": match pg_side.as_ref().map(|(_, p)| p) {
                    Some(Ok(_)) => "ran".to_owned(),
                    Some(Err(e)) => e.clone(),
                    None => "skipped: no PostgreSQL".to_owned() } }),
    );
    verkosto.stop();
    if let Some(((server, _, _), postgraphile)) = &mut pg_side {
        server.stop();
        if let Ok((p, _, _)) = postgraphile {
            p.stop();
        }
    }

    let report = Value::Object(report);
    let table = crate::ratios::table(&report, size);
    println!("{}", crate::ratios::render(&table, size, regions));
    let json_path = args.out.join(format!("compare-{size}.json"));
    let full = json!({ "figures": report, "ratios": table });
    std::fs::write(&json_path, serde_json::to_string_pretty(&full)?)?;
    eprintln!(
        "absolute figures: {}\nJSON: {}",
        log_path.display(),
        json_path.display()
    );
    drop(reference);
    Ok(())
}

fn log_figures(log: &mut Log, workload: &str, targets: &[&Target], figures: &[Figures]) {
    for (t, f) in targets.iter().zip(figures) {
        log.line(&format!(
            "{workload} — {}: {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, {:.3} CPU-ms/req{}",
            t.name,
            f.throughput,
            f.p50_ms,
            f.p99_ms,
            f.cpu_ms_per_request,
            f.statements_per_request
                .map_or(String::new(), |s| format!(", {s:.2} SQL statements/req"))
        ));
    }
}

/// Loads the corpus into a Verkosto data directory (database and index); answers seconds.
async fn import_into(
    dir: &Path,
    database_url: Option<&str>,
    corpus: &Corpus,
) -> anyhow::Result<f64> {
    let config = load::config(dir, database_url)?;
    let loaded = load::load(&config, corpus).await?;
    Ok(loaded.database_seconds + loaded.index_seconds)
}

/// The throwaway cluster with Verkosto's data in it, the text table, and the COPY reference.
async fn prepare_postgres(
    corpus: &Corpus,
    work: &Path,
    log: &mut Log,
) -> anyhow::Result<(postgres::Cluster, f64)> {
    let cluster = postgres::Cluster::start()?;
    process::pin(cluster.postmaster_pid()?)?;
    let seconds = import_into(&work.join("pg"), Some(&cluster.url), corpus).await?;
    log.line(&format!(
        "Verkosto load into PostgreSQL + tantivy: {seconds:.2} s"
    ));
    let db = Database::connect(&cluster.url).await?;
    postgres::load_text(&db, corpus).await?;
    postgraphile::prepare(&cluster.url).await?;
    let copy = postgres::copy_import(&cluster, corpus, work).await?;
    log.line(&format!(
        "PostgreSQL COPY + tsvector + GIN of {} pathways: {copy:.2} s",
        corpus.pathways.len()
    ));
    Ok((cluster, copy))
}

/// Installs and starts PostGraphile over the cluster; answers it with its cold start.
async fn start_postgraphile(
    cluster: &postgres::Cluster,
    work: &Path,
    regions: usize,
    pg_roots: &[u32],
) -> Result<(Pinned, Target, Duration), String> {
    let started = async {
        let cli = postgraphile::install()?;
        let addr = process::free_addr()?;
        let mut server =
            postgraphile::start(&cli, &cluster.url, addr, &work.join("postgraphile.log"))?;
        let http = reqwest::Client::new();
        let cold = first_answer(&mut server, &http, addr, postgraphile::COLD).await?;
        let data = sample(&http, addr, None, &body(postgraphile::NESTED, json!({}))).await?;
        check_nested(&data, regions, true)?;
        let mut roots = vec![server.pid()];
        roots.extend_from_slice(pg_roots);
        let target = Target {
            name: "PostGraphile",
            addr,
            cpu: CpuScope::of(&roots),
            counts_statements: false,
        };
        anyhow::Ok((server, target, cold))
    };
    started.await.map_err(|e| format!("skipped: {e:#}"))
}

/// Starts the axum hello-world (this program's `hello` command) on the server core.
async fn start_hello(work: &Path) -> anyhow::Result<(Pinned, Target)> {
    let addr = process::free_addr()?;
    let mut hello = Pinned::spawn(
        "axum hello-world",
        &std::env::current_exe()?,
        &["hello", "--bind", &addr.to_string()],
        &[],
        &work.join("hello.log"),
    )?;
    process::wait_http(&mut hello, addr, "/healthz").await?;
    let target = Target {
        name: "axum hello-world",
        addr,
        cpu: CpuScope::of(&[hello.pid()]),
        counts_statements: false,
    };
    Ok((hello, target))
}

/// How the write workload runs.
struct WriteShape {
    /// Saves per second.
    per_second: u32,
    /// Length of each window.
    window: Duration,
    /// Pairs of windows (searches alone, then with saves).
    pairs: u64,
}

/// What the write workload measured.
struct WriteFigures {
    /// Every measured save, over all pairs.
    mutation: Summary,
    searchable: Summary,
    /// Each pair's searches: alone, then beside the saves.
    pairs: Vec<(Figures, Figures)>,
}

impl WriteFigures {
    /// The searches beside the saves, combined over the pairs as rounds combine.
    fn search(&self) -> Figures {
        Figures::combined(&self.pairs.iter().map(|p| p.1.clone()).collect::<Vec<_>>())
    }

    /// The searches alone, combined the same way.
    fn search_alone(&self) -> Figures {
        Figures::combined(&self.pairs.iter().map(|p| p.0.clone()).collect::<Vec<_>>())
    }
}

/// Saves pathways (createPathway, a draft its coordinator finds at once) at `shape.per_second`
/// while wrk searches, in windows of `shape.window`: pairs of the searches alone (the p99 the
/// writes are compared with) and then with the saves measured, alternating so that a slow
/// stretch of the machine falls on both sides; then once with a probe per save that searches for
/// it every 5 ms until found (write→searchable). Windows of equal length give the two search
/// p99s equal samples. One pair per side read 1.24–1.69× across runs with nothing changed on the
/// path (a merge or a slow second lands in one window or not), so the two sides are compared over
/// several pairs, as rounds are compared in the other workloads.
///
/// The probes are not part of the workload: under 50 saves/s and a commit every 500 ms,
/// twenty-odd of them poll at once beside wrk's eight connections, and in one run the search
/// p99 measured them more than the writes. Fewer probers measure late instead: one prober fell
/// behind the saves at 100k, where each search waits behind wrk's.
async fn writes_while_searching(
    runner: &Runner,
    target: &Target,
    search: &Load,
    client: &load::Client,
    coordinator: &str,
    shape: &WriteShape,
) -> anyhow::Result<WriteFigures> {
    let saves = Saves {
        runner,
        target,
        search,
        client,
        coordinator,
        region: client.region_id("alue-0").await?,
        per_second: shape.per_second,
        window: shape.window,
    };
    let mut pairs = Vec::new();
    let mut mutations = Vec::new();
    for pair in 0..shape.pairs {
        let alone = saves.searching().await?;
        let measured = saves.run(pair, false).await?;
        mutations.extend(measured.mutations);
        pairs.push((alone, measured.search));
    }
    let probed = saves.run(shape.pairs, true).await?;
    Ok(WriteFigures {
        mutation: Summary::of(&mutations),
        searchable: Summary::of(&probed.searchable),
        pairs,
    })
}

/// Saves at `per_second` by `coordinator` into `region`, beside wrk's searches.
struct Saves<'a> {
    runner: &'a Runner,
    target: &'a Target,
    search: &'a Load,
    client: &'a load::Client,
    coordinator: &'a str,
    region: String,
    per_second: u32,
    window: Duration,
}

/// One run of [`Saves`].
struct SaveRun {
    mutations: Vec<Duration>,
    /// Save to found, when probed.
    searchable: Vec<Duration>,
    search: Figures,
}

impl Saves<'_> {
    /// The searches for one window, alone or beside the saves.
    async fn searching(&self) -> anyhow::Result<Figures> {
        let single = Runner {
            seconds: self.window.as_secs(),
            rounds: 1,
            connections: self.runner.connections,
            dir: self.runner.dir.clone(),
            http: self.runner.http.clone(),
        };
        Ok(single
            .interleaved(&[(self.target, self.search)])
            .await?
            .remove(0))
    }

    /// One run, its saves' titles marked with its number `run`; with `probe`, each save is searched for every
    /// 5 ms until found.
    async fn run(&self, run: u64, probe: bool) -> anyhow::Result<SaveRun> {
        let Self {
            client,
            coordinator,
            per_second,
            window,
            ..
        } = *self;
        let region = self.region.as_str();
        let count = (per_second as u64 * window.as_secs()) as usize;
        let writing = async {
            let mut ticks = tokio::time::interval(Duration::from_secs(1) / per_second);
            let mut mutations = Vec::with_capacity(count);
            let mut probes = Vec::with_capacity(if probe { count } else { 0 });
            for i in 0..count {
                ticks.tick().await;
                let word = format!("tallennustesti{i}x{}r{run}", std::process::id());
                mutations.push(client.create_draft(coordinator, region, &word).await?);
                if !probe {
                    continue;
                }
                let (client, coordinator) = (client.clone(), coordinator.to_owned());
                let acknowledged = Instant::now();
                probes.push(tokio::spawn(async move {
                    while !client.finds(&coordinator, &word).await? {
                        if acknowledged.elapsed() > Duration::from_secs(10) {
                            bail!(
                                "correctness gate: a saved pathway was not searchable within 10 s"
                            );
                        }
                        tokio::time::sleep(Duration::from_millis(5)).await;
                    }
                    anyhow::Ok(acknowledged.elapsed())
                }));
            }
            let mut searchable = Vec::with_capacity(probes.len());
            for probe in probes {
                searchable.push(probe.await??);
            }
            anyhow::Ok((mutations, searchable))
        };
        let (search, written) = tokio::join!(self.searching(), writing);
        let (mutations, searchable) = written?;
        Ok(SaveRun {
            mutations,
            searchable,
            search: search?,
        })
    }
}
