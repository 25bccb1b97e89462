//! Loading the corpus through the store's real write path, and the HTTP client the benchmark
//! talks to the server with.

use std::{
    net::SocketAddr,
    path::Path,
    time::{Duration, Instant},
};

use anyhow::{Context, bail};
use serde_json::{Value, json};
use verkosto_domain::{
    Country, Language, OrganisationKind, PersonId, RegionId, RegionStatus, RoleKind,
    region::LocalizedName,
    text::{Email, NewPassword},
};
use verkosto_search::indexer::Indexer;
use verkosto_server::{config::Config, import::import_pathways};
use verkosto_store::{
    Store, credentials::hash_password, organisation::OrganisationFields, person::NewPerson,
    region::RegionFields,
};

use crate::corpus::Corpus;

/// The member of region 0 whose rights the searches use.
pub const MEMBER_EMAIL: &str = "jasen@bench.example";
/// The coordinator of region 0 who writes during the write→searchable run.
pub const COORDINATOR_EMAIL: &str = "koordinaattori0@bench.example";
/// The platform admin, who reads every region's network in the nested-list workload.
pub const ADMIN_EMAIL: &str = "yllapito@bench.example";
/// Member organisations of each region, one of each kind.
const ORGANISATION_KINDS: &[OrganisationKind] = &[
    OrganisationKind::Prison,
    OrganisationKind::CommunitySanctions,
    OrganisationKind::Police,
    OrganisationKind::ForensicPsychiatry,
    OrganisationKind::MentalHealthServices,
    OrganisationKind::SocialServices,
    OrganisationKind::Parish,
    OrganisationKind::Ngo,
];
/// Professionals (members) of each region besides its coordinator.
const PROFESSIONALS_PER_REGION: usize = 5;
/// The password of every bench account.
pub const PASSWORD: &str = "verkosto-bench-salasana";

/// The server's configuration: tantivy under `dir`, the database at `database_url` (embedded
/// SQLite under `dir` when none), on a free local port.
pub fn config(dir: &Path, database_url: Option<&str>) -> anyhow::Result<Config> {
    let dir = dir.display().to_string();
    Config::from_lookup(|key| match key {
        "VERKOSTO_BIND" => Some("127.0.0.1:0".to_owned()),
        "VERKOSTO_DATA_DIR" => Some(dir.clone()),
        "VERKOSTO_DATABASE_URL" => database_url.map(str::to_owned),
        "VERKOSTO_DEMO" => Some("false".to_owned()),
        _ => None,
    })
}

/// The loaded database.
pub struct Loaded {
    /// The indexer the import filled (it holds the store and the index's writer).
    pub indexer: Indexer,
    /// The regions, in corpus order.
    pub regions: Vec<RegionId>,
    /// The member of region 0.
    pub member: PersonId,
    /// Seconds the import took to validate and write the pathways.
    pub database_seconds: f64,
    /// Seconds the import then took to index them.
    pub index_seconds: f64,
    /// Pathways written.
    pub pathways: usize,
}

impl Loaded {
    /// The load figures as JSON.
    pub fn summary(&self) -> Value {
        json!({
            "pathways": self.pathways,
            "database_seconds": crate::stats::round(self.database_seconds),
            "index_seconds": crate::stats::round(self.index_seconds),
            "pathways_per_second": crate::stats::round(
                self.pathways as f64 / (self.database_seconds + self.index_seconds).max(1e-9)
            ),
        })
    }
}

/// Writes the corpus: regions, a coordinator each, one member, then every pathway through the
/// bulk import (`verkosto import-pathways`: one transaction, then the outbox drained into the
/// index).
pub async fn load(config: &Config, corpus: &Corpus) -> anyhow::Result<Loaded> {
    std::fs::create_dir_all(&config.data_dir)?;
    let store = Store::connect(&config.database_url).await?;
    let hash = hash_password(&NewPassword::parse("password", PASSWORD)?).await?;
    let mut regions = Vec::new();
    let mut coordinators = Vec::new();
    for i in 0..corpus.pathways.iter().map(|p| p.region).max().unwrap_or(0) + 1 {
        let region = store
            .create_region(
                None,
                RegionFields {
                    slug: format!("alue-{i}"),
                    name: LocalizedName {
                        fi: Some(format!("Alue {i}")),
                        ..Default::default()
                    },
                    country: Country::Finland,
                    area: vec![],
                    time_zone: "Europe/Helsinki".to_owned(),
                },
                RegionStatus::Active,
            )
            .await?;
        let region = RegionId(region.id);
        let coordinator = store
            .create_person(
                None,
                person(
                    &format!("koordinaattori{i}@bench.example"),
                    &hash,
                    region,
                    RoleKind::Coordinator,
                )?,
            )
            .await?;
        for (k, kind) in ORGANISATION_KINDS.iter().enumerate() {
            store
                .create_organisation(
                    None,
                    OrganisationFields {
                        name: format!("{} {i}", kind.as_str().replace('_', " ")),
                        kind: *kind,
                        business_id: None,
                        municipality: None,
                        description: String::new(),
                        channels: vec![],
                        public: k % 2 == 0,
                    },
                    Some(region),
                )
                .await?;
        }
        for p in 0..PROFESSIONALS_PER_REGION {
            store
                .create_person(
                    None,
                    person(
                        &format!("ammattilainen{i}.{p}@bench.example"),
                        &hash,
                        region,
                        RoleKind::Member,
                    )?,
                )
                .await?;
        }
        regions.push(region);
        coordinators.push(PersonId(coordinator.id));
    }
    let mut admin = person(ADMIN_EMAIL, &hash, regions[0], RoleKind::Member)?;
    admin.is_admin = true;
    admin.role = None;
    store.create_person(None, admin).await?;
    let member = store
        .create_person(
            None,
            person(MEMBER_EMAIL, &hash, regions[0], RoleKind::Member)?,
        )
        .await?;
    let indexer = verkosto_server::search::open_indexer(config, &store).await?;
    let report = import_pathways(&store, &indexer, import_file(corpus).as_slice(), |_| {})
        .await
        .map_err(|err| anyhow::anyhow!("the bulk import failed: {err}"))?;
    Ok(Loaded {
        indexer,
        regions,
        member: PersonId(member.id),
        database_seconds: report.database.as_secs_f64(),
        index_seconds: report.index.as_secs_f64(),
        pathways: report.pathways.len(),
    })
}

/// The corpus as an `import-pathways` file: one JSON line per pathway, written by its region's
/// coordinator and published.
pub fn import_file(corpus: &Corpus) -> Vec<u8> {
    let mut out = Vec::new();
    for p in &corpus.pathways {
        let line = json!({
            "region": format!("alue-{}", p.region),
            "author": format!("koordinaattori{}@bench.example", p.region),
            "visibility": p.visibility.as_str(),
            "language": p.language.as_str(),
            "title": p.title,
            "summary": p.summary,
            "body": p.body,
            "steps": p.steps.iter().map(|title| json!({ "title": title })).collect::<Vec<_>>(),
            "publish": true,
        });
        serde_json::to_writer(&mut out, &line).expect("a JSON value serialises");
        out.push(b'\n');
    }
    out
}

fn person(email: &str, hash: &str, region: RegionId, kind: RoleKind) -> anyhow::Result<NewPerson> {
    Ok(NewPerson {
        email: Email::parse("email", email)?,
        name: email.split('@').next().unwrap_or(email).to_owned(),
        title: String::new(),
        organisation: None,
        language: Language::Finnish,
        password_hash: Some(hash.to_owned()),
        is_admin: false,
        role: Some((region, kind)),
    })
}

/// A keep-alive HTTP client of the server's GraphQL endpoint.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    url: String,
}

/// What the write run measured.
pub struct WriteRun {
    /// createPathway + publishPathway, each write.
    pub mutations: Vec<Duration>,
    /// From the publish being acknowledged to the first search that finds it.
    pub searchable: Vec<Duration>,
}

const SEARCH: &str = "query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { title snippet } } } }";

impl Client {
    /// A client of the server at `addr`.
    pub fn new(addr: SocketAddr) -> Self {
        Self {
            http: reqwest::Client::new(),
            url: format!("http://{addr}/graphql"),
        }
    }

    /// Posts one operation; any `errors` fail the run (the correctness gate).
    async fn post(
        &self,
        token: Option<&str>,
        query: &str,
        variables: Value,
    ) -> anyhow::Result<Value> {
        let mut request = self
            .http
            .post(&self.url)
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let body: Value = request.send().await?.json().await?;
        if let Some(errors) = body.get("errors") {
            bail!("correctness gate: the server answered errors: {errors}");
        }
        Ok(body["data"].clone())
    }

    /// Signs in with the bench password; answers the access token.
    pub async fn login(&self, email: &str) -> anyhow::Result<String> {
        let data = self
            .post(
                None,
                "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
                json!({ "e": email, "p": PASSWORD }),
            )
            .await?;
        data["login"]["accessToken"]
            .as_str()
            .map(str::to_owned)
            .context("no access token")
    }

    /// Searches as `token`; answers the total.
    pub async fn search(&self, token: &str, text: &str) -> anyhow::Result<usize> {
        let data = self.post(Some(token), SEARCH, json!({ "q": text })).await?;
        Ok(data["search"]["totalCount"].as_u64().unwrap_or(0) as usize)
    }

    /// Whether searching for `word` finds the pathway titled with it: a hit of another
    /// pathway (the previous save's word is one typo away) does not count.
    pub async fn finds(&self, token: &str, word: &str) -> anyhow::Result<bool> {
        let data = self.post(Some(token), SEARCH, json!({ "q": word })).await?;
        Ok(data["search"]["edges"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e["node"]["title"].as_str())
            .any(|title| title.split_whitespace().any(|w| w == word)))
    }

    /// Searches anonymously; answers the total.
    pub async fn search_anonymous(&self, text: &str) -> anyhow::Result<usize> {
        let data = self.post(None, SEARCH, json!({ "q": text })).await?;
        Ok(data["search"]["totalCount"].as_u64().unwrap_or(0) as usize)
    }

    /// The id of the region with `slug`.
    pub async fn region_id(&self, slug: &str) -> anyhow::Result<String> {
        let data = self
            .post(
                None,
                "{ regions(first: 100) { edges { node { id slug } } } }",
                json!({}),
            )
            .await?;
        data["regions"]["edges"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|e| e["node"]["slug"] == slug)
            .and_then(|e| e["node"]["id"].as_str())
            .map(str::to_owned)
            .with_context(|| format!("no region {slug}"))
    }

    /// Saves a new draft pathway carrying `word` in `region` as `coordinator`; answers how long
    /// the mutation took.
    pub async fn create_draft(
        &self,
        coordinator: &str,
        region: &str,
        word: &str,
    ) -> anyhow::Result<Duration> {
        let started = Instant::now();
        self.post(
            Some(coordinator),
            "mutation($input: CreatePathwayInput!) { createPathway(input: $input) { id } }",
            json!({ "input": { "regionId": region, "visibility": "PUBLIC",
                "content": { "title": format!("Uusi hoitopolku {word}"), "language": "FI",
                    "body": format!("Vankilasta vapautuvan tuki: {word}.") } } }),
        )
        .await?;
        Ok(started.elapsed())
    }

    /// Creates and publishes `count` pathways as the coordinator, one at a time, each with a
    /// word of its own, and polls the member's search until each is found.
    pub async fn write_then_find(
        &self,
        coordinator: &str,
        member: &str,
        region: RegionId,
        count: usize,
    ) -> anyhow::Result<WriteRun> {
        let mut run = WriteRun {
            mutations: Vec::with_capacity(count),
            searchable: Vec::with_capacity(count),
        };
        for i in 0..count {
            let word = format!("kirjoitustesti{i}x{}", std::process::id());
            let started = Instant::now();
            let created = self
                .post(
                    Some(coordinator),
                    "mutation($input: CreatePathwayInput!) { createPathway(input: $input) { id } }",
                    json!({ "input": { "regionId": region.0.to_string(), "visibility": "PUBLIC",
                        "content": { "title": format!("Uusi hoitopolku {word}"), "language": "FI",
                            "body": format!("Vankilasta vapautuvan tuki: {word}.") } } }),
                )
                .await?;
            let id = created["createPathway"]["id"].clone();
            self.post(
                Some(coordinator),
                "mutation($id: ID!) { publishPathway(pathwayId: $id) { id } }",
                json!({ "id": id }),
            )
            .await?;
            let acknowledged = Instant::now();
            run.mutations.push(acknowledged - started);
            loop {
                if self.finds(member, &word).await? {
                    run.searchable.push(acknowledged.elapsed());
                    break;
                }
                if acknowledged.elapsed() > Duration::from_secs(10) {
                    bail!("correctness gate: write {i} was not searchable within 10 s");
                }
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        }
        Ok(run)
    }
}
