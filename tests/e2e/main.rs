//! Verkosto's end-to-end tests: one binary, one module per user journey.
//!
//! Every test starts the real server with a fresh database: SQLite by default, PostgreSQL when
//! `VERKOSTO_TEST_DATABASE=postgres` (`scripts/test` runs the suite on both). It searches through
//! the embedded tantivy index, or Meilisearch with `VERKOSTO_TEST_SEARCH=meilisearch`.

#![expect(
    clippy::unwrap_used,
    reason = "in a test an unexpected None is a failure, reported with its line"
)]

mod audit;
mod auth;
mod authz_matrix;
mod concurrent_edits;
mod connection_loss;
mod dataloader;
mod demo;
mod hygiene;
mod import;
mod languages;
mod mail;
mod mail_settings;
mod meetings;
mod network;
mod network_pathways;
mod password_reset;
mod pathway_lifecycle;
mod personal_data;
mod readback;
mod refresh_cookie;
mod region_list;
mod search;
mod sign_in_wait;
mod smtp;
mod validation;
mod web_app;

/// A file at the workspace root, found from the package directory that cargo (or nextest) gives
/// the test when it runs. A path from `env!` is fixed when the binary is built, and a target
/// directory shared between clones (CI's cache) keeps a binary built in another checkout.
fn workspace_file(name: &str) -> std::path::PathBuf {
    let package = std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo or nextest");
    std::path::Path::new(&package).join("..").join(name)
}
