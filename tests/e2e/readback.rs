//! Read-backs for the journeys that check "bad input changes nothing": a snapshot of every domain
//! table, the audit log, and how many search-outbox rows were ever written.
//!
//! The search indexer drains the outbox while a test runs, so counting the rows that are still
//! there would race with it. Outbox ids come from the database's own counter (SQLite
//! `AUTOINCREMENT`, a PostgreSQL sequence) and never go back, so "rows ever written" is read from
//! that counter instead.

use sea_orm::{ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, Statement};
use serde_json::Value;
use verkosto_domain::policy::AuditScope;
use verkosto_store::entity::{
    action_item, audit_event, event, event_registration, invitation, join_request, membership,
    membership_contact, organisation, pathway, pathway_feedback, pathway_review_flag, pathway_step,
    pathway_version, person, region, role, search_outbox, service,
};
use verkosto_testkit::{Gql, TestApp};

/// Every row of every domain table, each table sorted. Sessions and refresh tokens are left out
/// (signing in writes them), and so is the search outbox (the indexer empties it).
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot(Vec<(&'static str, Vec<Value>)>);

async fn rows<E: EntityTrait>(app: &TestApp) -> Vec<Value> {
    let mut rows = E::find()
        .into_json()
        .all(app.store.connection())
        .await
        .expect("read a table back");
    rows.sort_by_cached_key(Value::to_string);
    rows
}

/// Reads every domain table.
pub async fn snapshot(app: &TestApp) -> Snapshot {
    Snapshot(vec![
        ("region", rows::<region::Entity>(app).await),
        ("organisation", rows::<organisation::Entity>(app).await),
        ("membership", rows::<membership::Entity>(app).await),
        (
            "membership_contact",
            rows::<membership_contact::Entity>(app).await,
        ),
        ("person", rows::<person::Entity>(app).await),
        ("role", rows::<role::Entity>(app).await),
        ("service", rows::<service::Entity>(app).await),
        ("pathway", rows::<pathway::Entity>(app).await),
        (
            "pathway_version",
            rows::<pathway_version::Entity>(app).await,
        ),
        ("pathway_step", rows::<pathway_step::Entity>(app).await),
        ("invitation", rows::<invitation::Entity>(app).await),
        ("event", rows::<event::Entity>(app).await),
        (
            "event_registration",
            rows::<event_registration::Entity>(app).await,
        ),
        ("action_item", rows::<action_item::Entity>(app).await),
        ("join_request", rows::<join_request::Entity>(app).await),
        (
            "pathway_feedback",
            rows::<pathway_feedback::Entity>(app).await,
        ),
        (
            "pathway_review_flag",
            rows::<pathway_review_flag::Entity>(app).await,
        ),
        ("audit_event", rows::<audit_event::Entity>(app).await),
    ])
}

/// Fails, naming the first table that differs, unless both snapshots hold the same rows.
pub fn assert_unchanged(before: &Snapshot, after: &Snapshot, what: &str) {
    for ((table, old), (_, new)) in before.0.iter().zip(&after.0) {
        assert!(
            old == new,
            "{what} changed the table {table}:\nbefore {}\nafter  {}",
            serde_json::to_string_pretty(old).unwrap_or_default(),
            serde_json::to_string_pretty(new).unwrap_or_default()
        );
    }
}

/// How many audit events are recorded, read from the store (up to 1,000; beyond that counted in SQL).
pub async fn audit_event_count(app: &TestApp) -> usize {
    let listed = app
        .store
        .list_audit_events(&AuditScope::All, None, None, 1000)
        .await
        .expect("list the audit events")
        .len();
    if listed < 1000 {
        return listed;
    }
    let all = audit_event::Entity::find()
        .count(app.store.connection())
        .await
        .expect("count the audit events");
    usize::try_from(all).unwrap()
}

/// The search-outbox rows that still wait for the indexer.
pub async fn outbox_rows(app: &TestApp) -> Vec<search_outbox::Model> {
    app.store
        .list_outbox(1000)
        .await
        .expect("list the search outbox")
}

async fn single_i64(app: &TestApp, sql: &str) -> Option<i64> {
    let db = app.store.connection();
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("read the outbox id counter")?;
    row.try_get_by_index::<Option<i64>>(0)
        .expect("an integer column")
}

/// How many search-outbox rows were ever written: the highest id the database has handed out.
pub async fn outbox_rows_written(app: &TestApp) -> i64 {
    match app.store.connection().get_database_backend() {
        DbBackend::Sqlite => {
            let schema: String = {
                let db = app.store.connection();
                let row = db
                    .query_one_raw(Statement::from_string(
                        DbBackend::Sqlite,
                        "SELECT sql FROM sqlite_master WHERE name = 'search_outbox'",
                    ))
                    .await
                    .unwrap()
                    .expect("the search_outbox table");
                row.try_get_by_index(0).unwrap()
            };
            assert!(
                schema.to_uppercase().contains("AUTOINCREMENT"),
                "outbox ids must never be reused, or this counter means nothing: {schema}"
            );
            single_i64(
                app,
                "SELECT seq FROM sqlite_sequence WHERE name = 'search_outbox'",
            )
            .await
            .unwrap_or(0)
        }
        DbBackend::Postgres => {
            let sequence: String = {
                let db = app.store.connection();
                let row = db
                    .query_one_raw(Statement::from_string(
                        DbBackend::Postgres,
                        "SELECT pg_get_serial_sequence('search_outbox', 'id')",
                    ))
                    .await
                    .unwrap()
                    .expect("a sequence row");
                row.try_get_by_index(0)
                    .expect("search_outbox.id has a sequence")
            };
            single_i64(
                app,
                &format!("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {sequence}"),
            )
            .await
            .unwrap_or(0)
        }
        other => panic!("no outbox counter for {other:?}"),
    }
}

/// Asserts an answer is the error `code`; for `BAD_USER_INPUT` also that `extensions.field` is
/// `field` and that the message names it. Every fragment of `says` must be in the message.
pub fn assert_error(answer: &Gql, code: &str, field: Option<&str>, says: &[&str]) {
    let body = serde_json::to_string_pretty(&answer.body).unwrap_or_default();
    assert_eq!(answer.error_code(), Some(code), "{body}");
    let message = answer.error_message().unwrap_or_default();
    if let Some(field) = field {
        assert_eq!(answer.error_field(), Some(field), "{body}");
        assert!(
            message.contains(field),
            "the message names the field {field}: {body}"
        );
    }
    for fragment in says {
        assert!(
            message.to_lowercase().contains(&fragment.to_lowercase()),
            "the message says {fragment:?}: {body}"
        );
    }
}

/// Sends `query` as `token`, asserts it is refused like [`assert_error`], and that no domain table
/// changed (no row written, no audit event recorded).
pub async fn assert_refused_changing_nothing(
    app: &TestApp,
    token: &str,
    query: &str,
    variables: Value,
    code: &str,
    field: Option<&str>,
    says: &[&str],
) -> Gql {
    let before = snapshot(app).await;
    let audit_before = audit_event_count(app).await;
    let answer = app.gql(Some(token), query, variables).await;
    assert_error(&answer, code, field, says);
    assert_eq!(
        audit_event_count(app).await,
        audit_before,
        "a refused write records no audit event"
    );
    assert_unchanged(&before, &snapshot(app).await, query);
    answer
}

/// Asserts that the audit log of `region`, as `token` reads it (its newest 100 events), holds
/// every action in `actions`.
pub async fn assert_audited(app: &TestApp, token: &str, region: &str, actions: &[&str]) {
    let answer = app
        .gql(
            Some(token),
            "query($r: ID!) { auditEvents(regionId: $r, first: 100) { nodes { action } } }",
            serde_json::json!({ "r": region }),
        )
        .await;
    let recorded: Vec<&str> = answer.data()["auditEvents"]["nodes"]
        .as_array()
        .map(|nodes| nodes.iter().filter_map(|e| e["action"].as_str()).collect())
        .unwrap_or_default();
    for action in actions {
        assert!(
            recorded.contains(action),
            "{action} is audited: {recorded:?}"
        );
    }
}
