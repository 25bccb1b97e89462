//! Prometheus metrics: HTTP requests, GraphQL errors by code, SQL statements, the search
//! indexer's progress.

use std::{
    pin::Pin,
    sync::Arc,
    task::{Context, Poll, ready},
};

use axum::http::{Request, Response};
use pin_project_lite::pin_project;
use prometheus_client::{
    collector::Collector,
    encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric, text::encode},
    metrics::{
        counter::{ConstCounter, Counter},
        family::Family,
    },
    registry::Registry,
};
use verkosto_search::indexer::Indexer;
use verkosto_store::Store;

/// Labels of an HTTP request.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    /// The matched route, one of [`ROUTES`] or "other".
    pub route: &'static str,
    /// The response status code.
    pub status: u16,
}

/// The routes that requests are counted by; any other path counts as "other", so a scan of
/// made-up paths cannot grow the label set.
pub const ROUTES: [&str; 5] = ["/graphql", "/graphiql", "/healthz", "/readyz", "/metrics"];

/// The request label of a request path: the route it names, or "other".
pub fn route_label(path: &str) -> &'static str {
    ROUTES
        .iter()
        .find(|route| **route == path)
        .copied()
        .unwrap_or("other")
}

/// Labels of a GraphQL error.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ErrorLabels {
    /// `extensions.code`.
    pub code: String,
}

/// This server's metrics.
pub struct Metrics {
    registry: Registry,
    /// Requests by route and status.
    pub requests: Family<RequestLabels, Counter>,
    /// GraphQL errors by code.
    pub graphql_errors: Family<ErrorLabels, Counter>,
}

/// Reads the store's statement counters and the indexer's progress at scrape time.
struct SqlStatements(Store, Indexer);

impl std::fmt::Debug for SqlStatements {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SqlStatements")
    }
}

impl Collector for SqlStatements {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let (store, indexer) = (&self.0, &self.1);
        for (name, help, value) in [
            (
                "verkosto_sql_statements",
                "SQL statements run by requests since the server started",
                store.statement_count(),
            ),
            (
                "verkosto_sql_background_statements",
                "SQL statements run by the search indexer since the server started",
                store.background_statement_count(),
            ),
            (
                "verkosto_search_outbox_rows_applied",
                "search outbox rows this process applied to the index",
                indexer.rows_applied(),
            ),
            (
                "verkosto_search_commits",
                "batches of outbox rows this process committed to the index",
                indexer.commits(),
            ),
        ] {
            let counter = ConstCounter::new(value);
            let metric = encoder.encode_descriptor(name, help, None, counter.metric_type())?;
            counter.encode(metric)?;
        }
        Ok(())
    }
}

impl Metrics {
    /// Registers every metric; the SQL statement count is read from `store` at each scrape.
    pub fn new(store: Store, indexer: Indexer) -> Self {
        let mut registry = Registry::default();
        let requests = Family::<RequestLabels, Counter>::default();
        let graphql_errors = Family::<ErrorLabels, Counter>::default();
        registry.register(
            "verkosto_http_requests",
            "HTTP requests by route and status",
            requests.clone(),
        );
        registry.register(
            "verkosto_graphql_errors",
            "GraphQL errors by extensions.code",
            graphql_errors.clone(),
        );
        registry.register_collector(Box::new(SqlStatements(store, indexer)));
        Self {
            registry,
            requests,
            graphql_errors,
        }
    }

    /// The Prometheus text exposition.
    pub fn render(&self) -> String {
        let mut text = String::new();
        if encode(&mut text, &self.registry).is_err() {
            tracing::error!("could not encode metrics");
        }
        text
    }
}

/// Counts each request by route and status ([`Metrics::requests`]).
///
/// A tower layer rather than an axum `from_fn` middleware: that one clones and boxes the rest
/// of the stack on every request, and this runs on every request, `/healthz` included.
#[derive(Clone)]
pub struct CountRequestsLayer(pub Arc<Metrics>);

impl<S> tower::Layer<S> for CountRequestsLayer {
    type Service = CountRequests<S>;

    fn layer(&self, inner: S) -> Self::Service {
        CountRequests {
            inner,
            metrics: self.0.clone(),
        }
    }
}

/// The service of [`CountRequestsLayer`].
#[derive(Clone)]
pub struct CountRequests<S> {
    inner: S,
    metrics: Arc<Metrics>,
}

impl<S, B, R> tower::Service<Request<B>> for CountRequests<S>
where
    S: tower::Service<Request<B>, Response = Response<R>>,
{
    type Response = Response<R>;
    type Error = S::Error;
    type Future = Counted<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        Counted {
            route: route_label(request.uri().path()),
            metrics: self.metrics.clone(),
            response: self.inner.call(request),
        }
    }
}

pin_project! {
    /// A response on its way, counted when it is ready.
    pub struct Counted<F> {
        #[pin]
        response: F,
        route: &'static str,
        metrics: Arc<Metrics>,
    }
}

impl<F, R, E> Future for Counted<F>
where
    F: Future<Output = Result<Response<R>, E>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let result = ready!(this.response.poll(cx));
        if let Ok(response) = &result {
            this.metrics
                .requests
                .get_or_create(&RequestLabels {
                    route: this.route,
                    status: response.status().as_u16(),
                })
                .inc();
        }
        Poll::Ready(result)
    }
}
