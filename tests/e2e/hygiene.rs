//! GraphQL and HTTP hygiene: health, GraphiQL, limits, methods, error codes, request ids, the
//! schema file.

use sea_orm::ConnectionTrait;
use serde_json::{Value, json};
use verkosto_testkit::{PersonBuilder, TestApp};

#[tokio::test]
async fn healthz_answers_once_the_server_is_ready() {
    let app = TestApp::spawn().await;
    let response = app.http.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "ok");
    let ready = app.http.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), 200);
}

#[tokio::test]
async fn graphiql_is_served_at_its_path() {
    let app = TestApp::spawn().await;
    let response = app.http.get(app.url("/graphiql")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .to_lowercase()
            .contains("graphiql")
    );
}

#[tokio::test]
async fn a_mutation_sent_with_get_is_refused_with_405() {
    let app = TestApp::spawn().await;
    let response = app
        .http
        .get(app.url("/graphql"))
        .query(&[("query", "mutation { logout }")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers()["allow"], "POST");
}

#[tokio::test]
async fn a_query_sent_with_get_is_answered() {
    let app = TestApp::spawn().await;
    let response = app
        .http
        .get(app.url("/graphql"))
        .query(&[("query", "{ regions(first: 1) { edges { cursor } } }")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["data"]["regions"]["edges"], json!([]));
}

#[tokio::test]
async fn a_body_over_one_mebibyte_gets_413() {
    let app = TestApp::spawn().await;
    let padding = "x".repeat(1024 * 1024 + 1);
    let response = app
        .http
        .post(app.url("/graphql"))
        .header("content-type", "application/json")
        .body(
            json!({ "query": "{ regions { edges { cursor } } }", "variables": { "pad": padding } })
                .to_string(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
}

#[tokio::test]
async fn a_query_nested_deeper_than_ten_is_refused_as_bad_input() {
    let app = TestApp::spawn().await;
    let deep = "{ regions(first: 1) { edges { node { memberships(first: 1) { edges { node { organisation { memberships { region { memberships(first: 1) { edges { node { id } } } } } } } } } } } } }";
    let answer = app.gql(None, deep, json!({})).await;
    assert_eq!(
        answer.error_code(),
        Some("BAD_USER_INPUT"),
        "{:?}",
        answer.body
    );
    assert!(
        answer
            .error_message()
            .unwrap()
            .to_lowercase()
            .contains("deep"),
        "{:?}",
        answer.body
    );
}

#[tokio::test]
async fn a_query_over_the_complexity_limit_is_refused_as_bad_input() {
    let app = TestApp::spawn().await;
    let wide = "{ regions(first: 100) { edges { node { pathways(first: 100) { edges { node { id status visibility reviewDue } } } } } } }";
    let answer = app.gql(None, wide, json!({})).await;
    assert_eq!(
        answer.error_code(),
        Some("BAD_USER_INPUT"),
        "{:?}",
        answer.body
    );
    assert!(
        answer
            .error_message()
            .unwrap()
            .to_lowercase()
            .contains("complex"),
        "{:?}",
        answer.body
    );
}

#[tokio::test]
async fn first_above_one_hundred_is_refused_naming_the_argument() {
    let app = TestApp::spawn().await;
    let answer = app
        .gql(
            None,
            "{ regions(first: 101) { edges { cursor } } }",
            json!({}),
        )
        .await;
    assert_eq!(answer.error_code(), Some("BAD_USER_INPUT"));
    assert_eq!(answer.error_field(), Some("first"));
}

#[tokio::test]
async fn a_syntax_error_carries_a_code() {
    let app = TestApp::spawn().await;
    let answer = app.gql(None, "{ regions(first: ", json!({})).await;
    assert_eq!(
        answer.error_code(),
        Some("BAD_USER_INPUT"),
        "{:?}",
        answer.body
    );
}

#[tokio::test]
async fn a_required_variable_left_out_is_refused_as_bad_input_naming_it() {
    let app = TestApp::spawn().await;
    for (query, variables) in [
        (
            "query($q: String!) { search(query: $q) { totalCount } }",
            json!({}),
        ),
        (
            "query($q: String!) { search(query: $q) { totalCount } }",
            json!({ "q": null }),
        ),
        (
            "mutation($e: String!) { login(email: $e, password: \"verkosto-demo\") { accessToken } }",
            json!({}),
        ),
    ] {
        let answer = app.gql(None, query, variables).await;
        assert_eq!(
            answer.error_code(),
            Some("BAD_USER_INPUT"),
            "{:?}",
            answer.body
        );
        let message = answer.body["errors"][0]["message"].as_str().unwrap_or("");
        assert!(
            message.contains("$q") || message.contains("$e"),
            "the message should name the variable: {message}"
        );
        assert_eq!(answer.body["data"], serde_json::Value::Null);
    }
    // A variable with a default may be left out.
    let answer = app
        .gql(
            None,
            "query($q: String! = \"vankila\") { search(query: $q) { totalCount } }",
            json!({}),
        )
        .await;
    assert!(answer.body["errors"].is_null(), "{:?}", answer.body);
}

#[tokio::test]
async fn metrics_count_requests_and_sql_statements() {
    let app = TestApp::spawn().await;
    app.gql(None, "{ regions { edges { cursor } } }", json!({}))
        .await;
    let missing = app.http.get(app.url("/no-such-page")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    let text = app.metrics().await;
    assert!(
        text.contains("verkosto_http_requests_total{route=\"/graphql\",status=\"200\"} 1"),
        "{text}"
    );
    assert!(
        text.contains("verkosto_http_requests_total{route=\"other\",status=\"404\"} 1"),
        "{text}"
    );
    let statements = app.counter("verkosto_sql_statements_total").await;
    assert!(statements > 0, "{text}");
}

fn request_id(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("x-request-id")
        .expect("every answer names its request id")
        .to_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn every_answer_names_its_request_id_and_keeps_the_one_a_proxy_sent() {
    let app = TestApp::spawn().await;
    let mut ids = Vec::new();
    for path in ["/healthz", "/graphiql", "/no-such-page"] {
        let response = app.http.get(app.url(path)).send().await.unwrap();
        let id = request_id(&response);
        assert!(uuid::Uuid::parse_str(&id).is_ok(), "{path}: {id}");
        ids.push(id);
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 3, "a new id for each request: {ids:?}");
    let proxied = app
        .http
        .get(app.url("/healthz"))
        .header("x-request-id", "lb-7f3a9c")
        .send()
        .await
        .unwrap();
    assert_eq!(request_id(&proxied), "lb-7f3a9c");
}

#[tokio::test]
async fn a_database_failure_is_an_internal_error_with_a_request_id_and_no_sql() {
    let app = TestApp::spawn().await;
    let person = PersonBuilder::new("anna@example.org").insert(&app).await;
    let token = app.token(&person).await;
    app.store
        .connection()
        .execute_unprepared("ALTER TABLE organisation RENAME TO organisation_gone")
        .await
        .unwrap();
    let response = app
        .http
        .post(app.url("/graphql"))
        .bearer_auth(&token)
        .json(&json!({ "query": "{ organisations(first: 5) { nodes { id name } } }" }))
        .send()
        .await
        .unwrap();
    let id = request_id(&response);
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "INTERNAL",
        "{body}"
    );
    assert_eq!(
        body["errors"][0]["message"],
        "internal error; it has been logged, please try again later"
    );
    // The error's path names the field asked for; its message and extensions say nothing more.
    let error = &body["errors"][0];
    let text = format!("{} {}", error["message"], error["extensions"]).to_lowercase();
    for leak in [
        "organisation",
        "select",
        "no such table",
        "relation",
        "sqlx",
        ".rs:",
    ] {
        assert!(!text.contains(leak), "{leak} in {body}");
    }
    assert!(uuid::Uuid::parse_str(&id).is_ok(), "{id}");
}

#[test]
fn schema_graphql_is_up_to_date() {
    let path = crate::workspace_file("schema.graphql");
    let on_disk = std::fs::read_to_string(&path).expect("read schema.graphql");
    assert!(
        on_disk == verkosto_graphql::sdl(),
        "schema.graphql is stale: run `cargo run -- export-schema` and commit it"
    );
}

#[tokio::test]
async fn production_refuses_to_start_without_a_signing_secret() {
    let result = TestApp::try_spawn_with(&[("VERKOSTO_ENV", "production")]).await;
    let err = result
        .err()
        .expect("production without a secret must not start");
    assert!(
        format!("{err:#}").contains("VERKOSTO_JWT_SECRET"),
        "{err:#}"
    );
}
