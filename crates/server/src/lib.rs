#![doc = include_str!("../README.md")]
// The merged query and mutation roots nest deeply in the compiled async resolvers.
#![recursion_limit = "256"]

pub mod auth;
pub mod config;
pub mod import;
pub mod mail;
pub mod metrics;
pub mod query_cache;
pub mod routes;
pub mod runtime;
pub mod search;
mod security_headers;
pub mod seed;
mod web_app;

use std::{net::SocketAddr, sync::Arc};

use anyhow::Context;
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};
use verkosto_graphql::{SharedMailer, SharedTokenIssuer};
use verkosto_search::indexer::Indexer;
use verkosto_store::Store;

use crate::{
    auth::{JwtKeys, signing_secret},
    config::Config,
    metrics::Metrics,
    routes::{AppState, router, serve},
};

/// A server that answers requests until it is shut down.
pub struct Running {
    /// The address it listens on (with the real port when 0 was asked for).
    pub addr: SocketAddr,
    /// Its database.
    pub store: Store,
    /// The search indexer (tests wait on it or compare its index with the database).
    pub indexer: Indexer,
    /// The keys it signs tokens with (tests mint an unsubscribe link's token with them).
    pub keys: Arc<JwtKeys>,
    indexer_task: tokio::task::JoinHandle<()>,
    shutdown: oneshot::Sender<()>,
    task: JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// Stops accepting, lets requests in flight finish, and waits.
    pub async fn shutdown(self) -> anyhow::Result<()> {
        let _ = self.shutdown.send(());
        self.task.await.context("server task")?.context("server")?;
        self.indexer_task.abort();
        Ok(())
    }

    /// Waits until the server stops (on Ctrl-C or SIGTERM when started by `serve`).
    pub async fn wait(self) -> anyhow::Result<()> {
        self.task.await.context("server task")?.context("server")?;
        self.indexer_task.abort();
        Ok(())
    }
}

/// Connects to the database (applying migrations), seeds demo data into an empty embedded
/// database, binds the address and starts serving. Returns once requests are answered.
pub async fn start(config: &Config) -> anyhow::Result<Running> {
    if config.database_url.starts_with("sqlite:") || config.jwt_secret.is_none() {
        std::fs::create_dir_all(&config.data_dir)
            .with_context(|| format!("create the data directory {}", config.data_dir.display()))?;
    }
    let store = Store::connect(&config.database_url)
        .await
        .with_context(|| format!("open the database {}", redact(&config.database_url)))?;
    let keys = Arc::new(JwtKeys::new(&signing_secret(config)?));
    let indexer = search::open_indexer(config, &store).await?;
    let listener = TcpListener::bind(config.bind)
        .await
        .with_context(|| format!("listen on {}", config.bind))?;
    let addr = listener.local_addr()?;
    let public_url = config
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{addr}"));
    let https = public_url.starts_with("https://");
    let mailer = Arc::new(mail::OutboundMail::new(config, public_url)?);
    let schema = verkosto_graphql::build(
        store.clone(),
        keys.clone() as SharedTokenIssuer,
        indexer.index().clone(),
        mailer as SharedMailer,
    );
    if config.seeds_demo() && seed::seed_demo_if_empty(&schema, &store).await? {
        tracing::info!("seeded the demo data into the empty database");
    }
    // Converge with the database (after a crash, too) before answering searches.
    let applied = indexer
        .drain_all()
        .await
        .context("bring the search index up to date")?;
    if applied > 0 {
        tracing::info!(
            changes = applied,
            "search index caught up with the database"
        );
    }
    let indexer_task = indexer.clone().spawn();
    let state = AppState {
        schema,
        store: store.clone(),
        keys: keys.clone(),
        metrics: Arc::new(Metrics::new(store.clone(), indexer.clone())),
        queries: Arc::default(),
        secure_cookies: https,
    };
    let metrics = state.metrics.clone();
    let routes = router(state, config.web_dir.as_deref());
    let (shutdown, signal) = oneshot::channel::<()>();
    let task = tokio::spawn(serve(listener, routes, metrics, https, async move {
        tokio::select! {
            _ = signal => {}
            _ = termination() => {}
        }
    }));
    tracing::info!(%addr, "verkosto is listening: GraphiQL at http://{addr}/graphiql");
    match &config.web_dir {
        Some(dir) => tracing::info!(dir = %dir.display(), "serving the web app at http://{addr}/"),
        None => tracing::info!(
            "no web app to serve (build it with `npm run build` in frontend/, or start with scripts/run)"
        ),
    }
    Ok(Running {
        addr,
        store,
        indexer,
        keys,
        indexer_task,
        shutdown,
        task,
    })
}

/// Resolves on Ctrl-C or SIGTERM.
async fn termination() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}

/// A database URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}
