//! The HTTP surface: `/graphql` (POST, and GET for queries), `/graphiql`, health, readiness,
//! metrics, and mail programs' one-click unsubscribe.

use std::{convert::Infallible, path::Path, sync::Arc};

use async_graphql::{
    Positioned, ServerError,
    http::GraphiQLSource,
    parser::types::{ExecutableDocument, OperationDefinition, OperationType, VariableDefinition},
};
use async_graphql_axum::{GraphQLRequest, GraphQLResponse};
use axum::{
    Json, Router,
    extract::{FromRequestParts, Request, State},
    http::{HeaderMap, HeaderValue, StatusCode, header, request::Parts},
    response::{Html, IntoResponse, Response},
    routing::{get, post},
    serve::ListenerExt,
};
use serde_json::json;
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::{
    catch_panic::CatchPanicLayer,
    limit::RequestBodyLimitLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    trace::TraceLayer,
};
use verkosto_domain::{DomainError, Language, Message, PersonId, SessionId, Viewer, message, msg};
use verkosto_graphql::{
    AppSchema, Code, CurrentSession, RefreshCookie, RenderedParts, TokenIssuer, add_data_loaders,
    in_language, request_language,
};
use verkosto_search::UrgentWork;
use verkosto_store::{Store, StoreError};

use crate::{
    auth::JwtKeys,
    metrics::{CountRequestsLayer, ErrorLabels, Metrics},
    query_cache::QueryCache,
    security_headers, web_app,
};

/// Largest request body accepted (larger gets 413).
pub const BODY_LIMIT: usize = 1024 * 1024;

/// What every handler shares, behind one `Arc` (axum clones a route's state for each request).
pub struct AppState {
    /// The GraphQL schema with the store and token issuer.
    pub schema: AppSchema,
    /// The database.
    pub store: Store,
    /// Access-token keys.
    pub keys: Arc<JwtKeys>,
    /// Prometheus metrics.
    pub metrics: Arc<Metrics>,
    /// Parsed GraphQL documents by query text.
    pub queries: Arc<QueryCache>,
    /// Whether the refresh cookie is marked `Secure` (the public address is `https://`).
    pub secure_cookies: bool,
}

/// Every route and its handler, with the shared state; [`serve`] wraps them in the middleware.
pub fn router(state: AppState, web_dir: Option<&Path>) -> Router {
    let api = Router::new()
        .route("/graphql", get(graphql_get).post(graphql_post))
        .route("/graphiql", get(graphiql))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics));
    // POST is a mail program's one-click unsubscribe; GET is the web app's page of the link.
    let unsubscribe = post(unsubscribe_one_click);
    let app = match web_dir {
        Some(dir) => api.merge(web_app::routes(dir, unsubscribe)),
        None => api
            .route("/unsubscribe/{token}", unsubscribe)
            .route("/", get(landing)),
    };
    app.with_state(Arc::new(state))
}

/// Serves `routes` on `listener` until `shutdown` resolves.
///
/// Every request passes once through the security headers (HSTS when the public address is
/// `https`), its request id, panic catching, tracing, the request metrics and the body limit: the
/// middleware wraps the whole router, not each route, so a request does not clone and box the
/// middleware stack of its route.
///
/// The request id is the `X-Request-Id` a proxy in front sent, or a new UUID; the response
/// carries it back and every log line of the request names it, so the reference a person reads
/// beside "something went wrong" finds its log lines.
pub async fn serve(
    listener: TcpListener,
    routes: Router,
    metrics: Arc<Metrics>,
    https: bool,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = ServiceBuilder::new()
        .map_response(move |response| {
            let mut response = IntoResponse::into_response(response);
            security_headers::every_response(response.headers_mut(), https);
            response
        })
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(CatchPanicLayer::new())
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .layer(CountRequestsLayer(metrics))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .service(routes);
    // Each answer goes out as soon as it is written: without this, the last short piece of an
    // answer written in pieces (a file) waited for the client's delayed acknowledgement (40 ms).
    let listener = listener.tap_io(|connection| {
        if let Err(error) = connection.set_nodelay(true) {
            tracing::debug!(%error, "could not turn off Nagle's algorithm on a connection");
        }
    });
    axum::serve(
        listener,
        axum::ServiceExt::<Request>::into_make_service(app),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// The span of a request's log lines: method, path and request id.
fn request_span(request: &Request) -> tracing::Span {
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|id| id.to_str().ok())
        .unwrap_or_default();
    tracing::info_span!("request", method = %request.method(), path = request.uri().path(), id)
}

/// The viewer of a request, from its `Authorization: Bearer` access token.
pub struct Auth {
    viewer: Viewer,
    session: Option<SessionId>,
}

/// A request's access token, checked (signature, expiry, issuer, audience).
///
/// Its viewer is not loaded yet: the handler loads it with [`Token::auth`] once it knows what the
/// request is, so a save loads it as urgent work.
pub struct Token(Option<(PersonId, SessionId)>);

impl FromRequestParts<Arc<AppState>> for Token {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let Some(value) = parts.headers.get(header::AUTHORIZATION) else {
            return Ok(Self(None));
        };
        let token = value
            .to_str()
            .ok()
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .map(str::trim);
        match token.and_then(|t| state.keys.verify(t)) {
            Some(signed_in) => Ok(Self(Some(signed_in))),
            None => Err(unauthenticated(
                &msg!("access-token-invalid"),
                language_of(&parts.headers),
            )),
        }
    }
}

impl Token {
    /// The viewer the token names, as the database has them now (a disabled account or an ended
    /// session is refused); anonymous without a token.
    async fn auth(self, state: &AppState) -> Result<Auth, Response> {
        let Some((person, session)) = self.0 else {
            return Ok(Auth {
                viewer: Viewer::anonymous(),
                session: None,
            });
        };
        match state.store.load_viewer(person, session).await {
            Ok(Some(viewer)) => Ok(Auth {
                viewer,
                session: Some(session),
            }),
            Ok(None) => Err(unauthenticated(&msg!("session-ended"), request_language())),
            Err(err) => {
                tracing::error!(error = %err, "loading the viewer failed");
                Err(error_response(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Code::Internal,
                    &msg!("internal-error"),
                    request_language(),
                ))
            }
        }
    }
}

/// The refresh cookie of a request (a mutation may read it or set the next one).
pub struct SentCookie(RefreshCookie);

impl FromRequestParts<Arc<AppState>> for SentCookie {
    type Rejection = Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let header = parts
            .headers
            .get(header::COOKIE)
            .and_then(|value| value.to_str().ok());
        Ok(Self(RefreshCookie::from_header(
            header,
            state.secure_cookies,
        )))
    }
}

/// The language a request's messages are written in, from its `Accept-Language` header.
fn language_of(headers: &HeaderMap) -> Language {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .map_or(Language::English, message::negotiate)
}

/// A request's [`language_of`], for handlers that run the request in it with [`in_language`].
pub struct RequestLanguage(Language);

impl<S: Sync> FromRequestParts<S> for RequestLanguage {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(language_of(&parts.headers)))
    }
}

/// A GraphQL error response with `message` in `language`.
fn error_response(
    status: StatusCode,
    code: Code,
    message: &Message,
    language: Language,
) -> Response {
    let message = message.render(language);
    let body = json!({ "data": null, "errors": [{ "message": message, "extensions": { "code": code.as_str() } }] });
    (status, Json(body)).into_response()
}

fn unauthenticated(message: &Message, language: Language) -> Response {
    let mut response = error_response(
        StatusCode::UNAUTHORIZED,
        Code::Unauthenticated,
        message,
        language,
    );
    response
        .headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    response
}

async fn graphql_post(
    State(state): State<Arc<AppState>>,
    RequestLanguage(language): RequestLanguage,
    token: Token,
    SentCookie(cookie): SentCookie,
    request: GraphQLRequest,
) -> Response {
    let mut request = state.queries.prepare(request.into_inner()).data(cookie);
    // A save holds SQLite's one write lock: searches step aside until it is answered.
    let _urgent = is_mutation(&mut request).then(UrgentWork::begin);
    in_language(language, execute(&state, token, request)).await
}

async fn graphql_get(
    State(state): State<Arc<AppState>>,
    RequestLanguage(language): RequestLanguage,
    token: Token,
    request: GraphQLRequest,
) -> Response {
    let mut request = state.queries.prepare(request.into_inner());
    if is_mutation(&mut request) {
        let mut response = error_response(
            StatusCode::METHOD_NOT_ALLOWED,
            Code::BadUserInput,
            &msg!("mutation-needs-post"),
            language,
        );
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("POST"));
        return response;
    }
    in_language(language, execute(&state, token, request)).await
}

/// Whether the operation a request would run is a mutation (a query that does not parse is left
/// to the schema to report).
fn is_mutation(request: &mut async_graphql::Request) -> bool {
    let wanted = request.operation_name.clone();
    let Ok(document) = request.parsed_query() else {
        return false;
    };
    selected_operations(document, wanted.as_deref()).any(|op| op.node.ty == OperationType::Mutation)
}

/// The error for a variable the operation requires (non-null, no default) that the request
/// leaves out or sets to null: a request error, reported before anything runs. Left alone, the
/// field reading it failed with a message but no code.
fn missing_variable(request: &mut async_graphql::Request) -> Option<ServerError> {
    let wanted = request.operation_name.clone();
    let document = request.parsed_query().ok()?;
    let required: Vec<Positioned<VariableDefinition>> =
        selected_operations(document, wanted.as_deref())
            .flat_map(|op| &op.node.variable_definitions)
            .filter(|d| !d.node.var_type.node.nullable && d.node.default_value.is_none())
            .cloned()
            .collect();
    required
        .into_iter()
        .find(|definition| {
            request
                .variables
                .get(&definition.node.name.node)
                .is_none_or(|value| matches!(value, async_graphql::Value::Null))
        })
        .map(|definition| {
            ServerError::new(
                msg!(
                    "variable-missing",
                    name = definition.node.name.node.as_str(),
                    var_type = definition.node.var_type.node.to_string(),
                )
                .render(request_language()),
                Some(definition.pos),
            )
        })
}

/// The operations of `document` that a request naming `wanted` (or none) selects.
fn selected_operations<'a>(
    document: &'a ExecutableDocument,
    wanted: Option<&'a str>,
) -> impl Iterator<Item = &'a Positioned<OperationDefinition>> {
    document
        .operations
        .iter()
        .filter(move |(name, _)| match (wanted, name) {
            (Some(wanted), Some(name)) => wanted == name.as_str(),
            (Some(_), None) => false,
            (None, _) => true,
        })
        .map(|(_, op)| op)
}

/// Runs a request whose document [`QueryCache::prepare`] has handed it, as the viewer `token`
/// names.
async fn execute(state: &AppState, token: Token, request: async_graphql::Request) -> Response {
    let auth = match token.auth(state).await {
        Ok(auth) => auth,
        Err(refused) => return refused,
    };
    let rendered = Arc::new(RenderedParts::default());
    let mut request = request.data(auth.viewer.clone()).data(rendered.clone());
    if let Some(session) = auth.session {
        request = request.data(CurrentSession(session));
    }
    let mut request = add_data_loaders(request, &state.store, &auth.viewer);
    let mut response = match missing_variable(&mut request) {
        Some(error) => async_graphql::Response::from_errors(vec![error]),
        None => state.schema.execute(request).await,
    };
    let no_data = matches!(response.data, async_graphql::Value::Null);
    for error in &mut response.errors {
        let code = classify(error, no_data);
        state
            .metrics
            .graphql_errors
            .get_or_create(&ErrorLabels {
                code: code.to_owned(),
            })
            .inc();
    }
    if rendered.is_empty() {
        return GraphQLResponse::from(response).into_response();
    }
    // As `GraphQLResponse` writes it, with the rendered parts in their placeholders' places.
    let body = match serde_json::to_string(&response) {
        Ok(body) => rendered.splice(&body),
        Err(err) => {
            tracing::error!(error = %err, "writing a response failed");
            return error_response(
                StatusCode::INTERNAL_SERVER_ERROR,
                Code::Internal,
                &msg!("internal-error"),
                request_language(),
            );
        }
    };
    let mut http = (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/graphql-response+json"),
        )],
        body,
    )
        .into_response();
    http.headers_mut().extend(response.http_headers);
    http
}

/// Makes sure every error carries a code: parse, validation and limit errors are the client's.
fn classify(error: &mut ServerError, no_data: bool) -> &'static str {
    if let Some(async_graphql::Value::String(code)) =
        error.extensions.as_ref().and_then(|e| e.get("code"))
    {
        return [
            Code::Unauthenticated,
            Code::Forbidden,
            Code::NotFound,
            Code::BadUserInput,
            Code::Conflict,
            Code::Internal,
        ]
        .into_iter()
        .map(Code::as_str)
        .find(|known| known == code)
        .unwrap_or("INTERNAL");
    }
    let code = if error.path.is_empty() && no_data {
        Code::BadUserInput
    } else {
        Code::Internal
    };
    if code == Code::Internal {
        tracing::error!(message = %error.message, "graphql error without a code");
        error.message = msg!("internal-error").render(request_language());
    }
    error
        .extensions
        .get_or_insert_with(Default::default)
        .set("code", code.as_str());
    code.as_str()
}

async fn graphiql() -> Html<String> {
    Html(
        GraphiQLSource::build()
            .endpoint("/graphql")
            .title("Verkosto GraphiQL")
            .finish(),
    )
}

async fn landing() -> Html<&'static str> {
    Html(
        "<!doctype html><html lang=\"fi\"><head><meta charset=\"utf-8\"><title>Verkosto</title></head>\
         <body><h1>Verkosto</h1><p>API: <a href=\"/graphiql\">GraphiQL</a> · <code>POST /graphql</code></p></body></html>",
    )
}

/// One-click unsubscribe (RFC 8058): a mail program POSTs `List-Unsubscribe=One-Click` to the
/// link in a notification mail's `List-Unsubscribe` header, and that kind of mail is turned off
/// for its recipient. The answer is plain text, in the request's language.
async fn unsubscribe_one_click(
    State(state): State<Arc<AppState>>,
    axum::extract::Path(token): axum::extract::Path<String>,
    RequestLanguage(language): RequestLanguage,
) -> Response {
    let Some((person, kind)) = state.keys.verify_unsubscribe(&token) else {
        return (
            StatusCode::BAD_REQUEST,
            msg!("unsubscribe-invalid").render(language),
        )
            .into_response();
    };
    match state.store.set_mail_notification(person, kind, false).await {
        Ok(_) => msg!("unsubscribed").render(language).into_response(),
        Err(StoreError::Domain(DomainError::NotFound(_))) => (
            StatusCode::BAD_REQUEST,
            msg!("unsubscribe-invalid").render(language),
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "one-click unsubscribe failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn healthz() -> &'static str {
    "ok"
}

async fn readyz(State(state): State<Arc<AppState>>) -> Response {
    match state.store.ping().await {
        Ok(()) => "ready".into_response(),
        Err(err) => {
            tracing::warn!(error = %err, "database not ready");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

async fn metrics(State(state): State<Arc<AppState>>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        state.metrics.render(),
    )
        .into_response()
}
