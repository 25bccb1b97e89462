//! PostgreSQL can close the server's connections under it (a restart, a failover, an
//! administrator's `pg_terminate_backend`, an idle timeout in a proxy). The requests that follow
//! are answered, and what was acknowledged before is still there.

use sea_orm::{ConnectionTrait, Database, DbBackend, Statement};
use serde_json::json;
use verkosto_testkit::{OrganisationBuilder, PersonBuilder, TestApp};

const CREATE_ORGANISATION: &str = "mutation($input: OrganisationInput!) {
    createOrganisation(input: $input) { id name } }";
const ORGANISATIONS: &str = "{ organisations(first: 100) { nodes { name } } }";

/// Closes every connection the server holds to its database; returns how many there were.
async fn drop_server_connections(app: &TestApp) -> i64 {
    let killer = Database::connect(app.database_url())
        .await
        .expect("connect beside the server");
    let row = killer
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS dropped
             FROM pg_stat_activity
             WHERE datname = current_database() AND pid <> pg_backend_pid()",
        ))
        .await
        .expect("terminate the server's connections")
        .expect("one row");
    killer.close().await.expect("close");
    row.try_get("", "dropped").expect("a count")
}

#[tokio::test]
async fn requests_after_the_database_dropped_every_connection_are_answered() {
    let app = TestApp::spawn().await;
    if app.backend() != "postgres" {
        eprintln!("skipped on SQLite: a database file cannot drop the server's connections");
        return;
    }
    let admin = PersonBuilder::new("admin@example.org")
        .admin()
        .insert(&app)
        .await;
    let token = app.token(&admin).await;
    let before = app
        .gql(
            Some(&token),
            CREATE_ORGANISATION,
            json!({ "input": { "name": "Ennen katkosta ry", "kind": "NGO" } }),
        )
        .await;
    assert_eq!(before.error_code(), None, "{before:?}");

    // Four requests at once leave several connections in the pool, all of which are dropped.
    let read = || app.gql(Some(&token), ORGANISATIONS, json!({}));
    tokio::join!(read(), read(), read(), read());
    let dropped = drop_server_connections(&app).await;
    assert!(dropped > 1, "the server held {dropped} connections to drop");

    for _ in 0..8 {
        let read = app.gql(Some(&token), ORGANISATIONS, json!({})).await;
        assert_eq!(read.error_code(), None, "a read after the drop: {read:?}");
        assert!(read.data().to_string().contains("Ennen katkosta ry"));
    }
    // A write whose first statement is BEGIN meets the dropped connections there.
    drop_server_connections(&app).await;
    OrganisationBuilder::new("Suoraan kantaan ry")
        .insert(&app)
        .await;

    drop_server_connections(&app).await;
    let after = app
        .gql(
            Some(&token),
            CREATE_ORGANISATION,
            json!({ "input": { "name": "Katkon jälkeen ry", "kind": "NGO" } }),
        )
        .await;
    assert_eq!(
        after.error_code(),
        None,
        "a write after the drop: {after:?}"
    );
    let read = app
        .gql(Some(&token), ORGANISATIONS, json!({}))
        .await
        .data()
        .to_string();
    assert!(
        read.contains("Suoraan kantaan ry") && read.contains("Katkon jälkeen ry"),
        "{read}"
    );
    app.stop().await;
}
