//! The reference for `/healthz`: an axum hello-world with nothing in front of it.

use std::net::SocketAddr;

use axum::{Router, routing::get};

/// Serves `GET /healthz` → `ok` on `bind` until killed.
pub async fn serve(bind: SocketAddr) -> anyhow::Result<()> {
    let app = Router::new().route("/healthz", get(|| async { "ok" }));
    let listener = tokio::net::TcpListener::bind(bind).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
