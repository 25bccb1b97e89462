//! The reference GraphQL server: PostGraphile 4 from npm, over the same PostgreSQL data as
//! Verkosto's PostgreSQL run, with a `ts_rank_cd` search function for the search workload.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::{Context, bail};
use sea_orm::{ConnectionTrait, Database};

use crate::process::Pinned;

/// The npm package, pinned.
const PACKAGE: &str = "postgraphile@4.9.0";

/// Where PostGraphile is installed: a cache outside the repository, reused between runs.
fn home() -> PathBuf {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("verkosto-bench").join("postgraphile")
}

/// Installs PostGraphile from npm when it is not there yet; answers its CLI script.
pub fn install() -> anyhow::Result<PathBuf> {
    let dir = home();
    let cli = dir.join("node_modules/postgraphile/cli.js");
    if cli.exists() {
        return Ok(cli);
    }
    std::fs::create_dir_all(&dir)?;
    if !dir.join("package.json").exists() {
        std::fs::write(dir.join("package.json"), "{\"private\": true}\n")?;
    }
    let output = Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--silent", PACKAGE])
        .current_dir(&dir)
        .output()
        .context("run npm (Node.js is needed for PostGraphile)")?;
    if !output.status.success() || !cli.exists() {
        bail!(
            "npm install {PACKAGE} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(cli)
}

/// The search function PostGraphile exposes as `searchPathways(q, memberRegion)`: the same SQL
/// as the bare PostgreSQL reference, ranked by `ts_rank_cd` over the GIN-indexed tsvector.
const SEARCH_FUNCTION: &str = "
CREATE OR REPLACE FUNCTION search_pathways(q text, member_region integer)
RETURNS SETOF bench_pathway_text LANGUAGE sql STABLE AS $$
  SELECT t.* FROM bench_pathway_text t, websearch_to_tsquery('finnish', q) query
   WHERE t.tsv @@ query AND (t.visibility IN ('public', 'all_members') OR t.region = member_region)
   ORDER BY ts_rank_cd(t.tsv, query) DESC
$$";

/// A pathway's published version is a plain column in Verkosto's schema (a foreign key would be
/// circular); this smart comment tells PostGraphile to treat it as one.
const PUBLISHED_VERSION_RELATION: &str = "COMMENT ON TABLE pathway IS
  E'@foreignKey (published_version_id) references pathway_version (id)'";

/// Prepares the database at `url` for PostGraphile: the search function (after the text table
/// exists) and the published-version relation.
pub async fn prepare(url: &str) -> anyhow::Result<()> {
    let db = Database::connect(url).await?;
    db.execute_unprepared(SEARCH_FUNCTION).await?;
    db.execute_unprepared(PUBLISHED_VERSION_RELATION).await?;
    Ok(())
}

/// The nested list as PostGraphile spells it.
pub const NESTED: &str = "{ allRegions(first: 100) { nodes { nameFi
  membershipsByRegionId(first: 3) { nodes { organisationByOrganisationId { name kind } } }
  pathwaysByRegionId(first: 5) { nodes { status pathwayVersionByPublishedVersionId { title } } } } } }";

/// The first query after a cold start, as PostGraphile spells it.
pub const COLD: &str = "{ allRegions(first: 100) { nodes { nameFi } } }";

/// A search as PostGraphile spells it, asking what Verkosto's search answers: how many match,
/// and the top ten of the function.
pub const SEARCH: &str = "query($q: String!) { searchPathways(q: $q, memberRegion: 0, first: 10) { totalCount nodes { id title } } }";

/// The top ten alone, without the count (logged beside [`SEARCH`], so the figure of the reference
/// that does less stays in view).
pub const SEARCH_TOP_TEN: &str = "query($q: String!) { searchPathways(q: $q, memberRegion: 0, first: 10) { nodes { id title } } }";

/// Starts PostGraphile on `addr` over `url`, pinned to the server core.
pub fn start(cli: &Path, url: &str, addr: SocketAddr, log: &Path) -> anyhow::Result<Pinned> {
    Pinned::spawn(
        "PostGraphile",
        Path::new("node"),
        &[
            &cli.display().to_string(),
            "--connection",
            url,
            "--schema",
            "public",
            "--host",
            &addr.ip().to_string(),
            "--port",
            &addr.port().to_string(),
            "--disable-query-log",
            "--disable-graphiql",
        ],
        &[("NODE_ENV", "production".to_owned())],
        log,
    )
}
