//! The `verkosto` command: `serve` (default), `migrate`, `seed`, `reindex`, `import-pathways`,
//! `export-schema [--check]`.

// The merged GraphQL roots nest deeply in the compiled async resolvers.
#![recursion_limit = "256"]

use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;
use verkosto_server::config::Config;

const IMPORT_HELP: &str = "Import pathways from a JSON Lines file, all or nothing, and index them.

Each line is one pathway (field names as in the GraphQL pathway inputs):

  {\"region\": \"helsinki\", \"author\": \"coordinator@example.org\", \"visibility\": \"public\",
   \"language\": \"fi\", \"title\": \"...\", \"summary\": \"...\", \"body\": \"...\",
   \"steps\": [{\"title\": \"...\", \"description\": \"...\", \"organisation\": \"<name>\",
              \"referralCriteria\": \"...\"}], \"publish\": true}

region: a region slug, or null for a national pathway. author: the e-mail address of a
coordinator of the region or of a platform admin. visibility: network (default), all_members
or public. language: fi, sv, nb or en. Optional: targetGroups, tags, reviewDue (YYYY-MM-DD),
changeNote. steps[].organisation names a member organisation of the region. publish: publish
version 1 at once (default false: a draft).

Every line is validated first, as the API validates it; on any bad line nothing is written and
the command lists the lines. The pathways are written in one transaction and indexed before the
command ends. A title that a current pathway of the same region has is refused, so running a
file again imports nothing. Uses VERKOSTO_DATABASE_URL, VERKOSTO_DATA_DIR and the search engine
settings like `serve`.";

#[derive(Parser)]
#[command(
    name = "verkosto",
    version,
    about = "Coordination platform for regional networks that prevent sexual violence"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API, GraphiQL and the web app (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Load the demo data into an empty database and exit.
    Seed,
    /// Rebuild the search index from the database.
    Reindex,
    /// Import pathways from a JSON Lines file, all or nothing, and index them.
    #[command(long_about = IMPORT_HELP)]
    ImportPathways {
        /// The JSON Lines file, one pathway per line.
        file: PathBuf,
    },
    /// Write the GraphQL schema (SDL) to a file, or check that the file is current.
    ExportSchema {
        /// Where the schema lives.
        #[arg(long, default_value = "schema.graphql")]
        path: PathBuf,
        /// Fail instead of writing when the file differs from the schema.
        #[arg(long)]
        check: bool,
    },
}

fn main() -> anyhow::Result<()> {
    let command = Cli::parse().command.unwrap_or(Command::Serve);
    if matches!(command, Command::Serve) {
        tune_malloc();
    }
    verkosto_server::runtime::build()
        .context("start the async runtime")?
        .block_on(run(command))
}

/// Keeps the long-running server's glibc malloc from holding memory it no longer uses. Set
/// before any thread starts, so it holds for all of them. The one-shot commands keep glibc's
/// defaults, which are faster for a bulk write: with these settings the index half of a 100k
/// `import-pathways` took 12.1 s instead of 9.7 s (the tantivy writer's large buffers mapped and
/// unmapped again for every batch).
///
/// - Two arenas: glibc gives each thread that allocates under contention an arena of its own, up
///   to eight per core, and an arena keeps the memory it once held (after the 10k benchmark:
///   144 MB with the default, 96 MB with two).
/// - Blocks of 256 KiB and more come from their own mappings and go back to the system when
///   freed, and free memory above 1 MiB at a heap's top is returned. By default glibc raises its
///   mapping threshold to the largest block freed so far, so after the index writer's
///   multi-megabyte tables (one set per commit) such blocks were carved from the heap and stayed
///   there: 105 MB after the 10k benchmark with the default, 59 MB with these, at the same
///   throughput.
#[allow(unsafe_code)] // mallopt has no safe wrapper in the ecosystem.
fn tune_malloc() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only adjusts glibc's allocator parameters; no other thread exists yet.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 256 * 1024);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 1024 * 1024);
    }
}

async fn run(command: Command) -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("VERKOSTO_LOG")
                .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    match command {
        Command::Serve => {
            let config = Config::from_env()?;
            verkosto_server::start(&config).await?.wait().await
        }
        Command::Migrate => {
            let config = Config::from_env()?;
            verkosto_store::Store::connect(&config.database_url).await?;
            tracing::info!("migrations applied");
            Ok(())
        }
        Command::Seed => {
            let mut config = Config::from_env()?;
            config.demo = verkosto_server::config::DemoSeed::Always;
            let store = verkosto_store::Store::connect(&config.database_url).await?;
            let keys = std::sync::Arc::new(verkosto_server::auth::JwtKeys::new(
                &verkosto_server::auth::signing_secret(&config)?,
            ));
            let indexer = verkosto_server::search::open_indexer(&config, &store).await?;
            let mailer = std::sync::Arc::new(verkosto_server::mail::OutboundMail::new(
                &config,
                config
                    .public_url
                    .clone()
                    .unwrap_or_else(|| format!("http://{}", config.bind)),
            )?);
            let schema =
                verkosto_graphql::build(store.clone(), keys, indexer.index().clone(), mailer);
            if verkosto_server::seed::seed_demo_if_empty(&schema, &store).await? {
                indexer.drain_all().await?;
                tracing::info!("demo data loaded and indexed");
            } else {
                tracing::info!("the database has data already; nothing seeded");
            }
            Ok(())
        }
        Command::Reindex => verkosto_server::search::reindex(&Config::from_env()?).await,
        Command::ImportPathways { file } => {
            verkosto_server::import::run(&Config::from_env()?, &file).await
        }
        Command::ExportSchema { path, check } => {
            let sdl = verkosto_graphql::sdl();
            if check {
                let current = std::fs::read_to_string(&path)
                    .with_context(|| format!("read {}", path.display()))?;
                if current != sdl {
                    bail!(
                        "{} is stale; run `cargo run -- export-schema` and commit the result",
                        path.display()
                    );
                }
                println!("{} is up to date", path.display());
            } else {
                std::fs::write(&path, sdl).with_context(|| format!("write {}", path.display()))?;
                println!("wrote {}", path.display());
            }
            Ok(())
        }
    }
}
