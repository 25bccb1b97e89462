//! The built web app: its hashed files under `/assets`, kept by browsers for a year, and
//! `index.html` for every other path (the app routes in the browser), checked again on each
//! visit; both compressed (brotli or gzip) as the browser accepts, under the web app's content
//! security policy. A file the build compressed beside it (`app.js.br`, `app.js.gz`) is sent as
//! it is; any other is compressed on the way out.

use std::path::Path;

use axum::{
    Router,
    extract::Request,
    http::{HeaderValue, header},
    middleware::{self, Next},
    response::Response,
    routing::MethodRouter,
};
use tower_http::{
    compression::CompressionLayer,
    services::{ServeDir, ServeFile},
};

use crate::security_headers;

/// A file whose name carries a hash of its content never changes.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Anything else is asked for again (answered 304 when unchanged), so a new build shows at once.
const REVALIDATE: &str = "no-cache";

/// The web app in `dir`, with `unsubscribe` (a mail program's one-click POST) at the address
/// whose GET is the app's page of the link.
pub fn routes<S: Clone + Send + Sync + 'static>(
    dir: &Path,
    unsubscribe: MethodRouter<S>,
) -> Router<S> {
    let index = ServeFile::new(dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    Router::new()
        .route(
            "/unsubscribe/{token}",
            unsubscribe.fallback_service(index.clone()),
        )
        .nest_service("/assets", files(&dir.join("assets")))
        .fallback_service(files(dir).fallback(index))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(cache_control))
        .layer(middleware::map_response(
            |mut response: Response| async move {
                security_headers::web_app(response.headers_mut());
                response
            },
        ))
}

/// The files in `dir`, each sent as the build compressed it when the browser accepts that.
fn files(dir: &Path) -> ServeDir {
    ServeDir::new(dir).precompressed_br().precompressed_gzip()
}

/// Sets how long a browser keeps what it was given: hashed assets for good, the rest until the
/// next visit. Errors are not kept. Every answer says it depends on the encodings the browser
/// accepts, so that no cache between hands a brotli file to a browser that asked for gzip.
async fn cache_control(request: Request, next: Next) -> Response {
    let asset = request.uri().path().starts_with("/assets/");
    let mut response = next.run(request).await;
    let success = response.status().is_success();
    let headers = response.headers_mut();
    if success {
        let value = if asset { IMMUTABLE } else { REVALIDATE };
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    let varies = headers
        .get_all(header::VARY)
        .iter()
        .any(|value| value.as_bytes().eq_ignore_ascii_case(b"accept-encoding"));
    if !varies {
        headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}
