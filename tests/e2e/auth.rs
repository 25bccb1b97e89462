//! Signing in and out: access tokens, rotating refresh tokens, revocation, roles on the next request.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use sea_orm::EntityTrait;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use verkosto_domain::{RegionId, RoleKind};
use verkosto_store::entity::refresh_token;
use verkosto_testkit::{PersonBuilder, RegionBuilder, TEST_PASSWORD, TestApp};

const VIEWER: &str = "{ viewer { email roles { kind } } }";
const REFRESH: &str =
    "mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }";

fn claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).expect("a JWT has three parts");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).expect("base64url payload"))
        .expect("JSON claims")
}

fn header(token: &str) -> Value {
    let head = token.split('.').next().expect("a JWT header");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(head).expect("base64url header"))
        .expect("JSON header")
}

#[tokio::test]
async fn login_returns_a_short_lived_pinned_access_token_and_a_refresh_token() {
    let app = TestApp::spawn().await;
    let person = PersonBuilder::new("anna@example.org").insert(&app).await;
    let session = app.login(&person.email, TEST_PASSWORD).await;
    let claims = claims(&session.access_token);
    assert_eq!(header(&session.access_token)["alg"], "HS256");
    assert_eq!(claims["iss"], "verkosto");
    assert_eq!(claims["aud"], "verkosto-api");
    assert_eq!(claims["sub"], person.id.to_string());
    let lifetime = claims["exp"].as_u64().unwrap() - claims["nbf"].as_u64().unwrap();
    assert!(
        lifetime <= 15 * 60,
        "access tokens live at most 15 minutes, not {lifetime} s"
    );
    assert!(
        session.refresh_token.len() >= 43,
        "a refresh token carries at least 256 bits"
    );
    let me = app
        .gql(Some(&session.access_token), VIEWER, json!({}))
        .await;
    assert_eq!(me.data()["viewer"]["email"], "anna@example.org");
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_account_answer_alike() {
    let app = TestApp::spawn().await;
    PersonBuilder::new("anna@example.org").insert(&app).await;
    let login =
        "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }";
    let wrong = app
        .gql(
            None,
            login,
            json!({ "e": "anna@example.org", "p": "not the password" }),
        )
        .await;
    let unknown = app
        .gql(
            None,
            login,
            json!({ "e": "nobody@example.org", "p": "not the password" }),
        )
        .await;
    assert_eq!(wrong.error_code(), Some("UNAUTHENTICATED"));
    assert_eq!(wrong.body, unknown.body);
}

#[tokio::test]
async fn refresh_tokens_are_stored_hashed_and_rotate_once() {
    let app = TestApp::spawn().await;
    let person = PersonBuilder::new("anna@example.org").insert(&app).await;
    let first = app.login(&person.email, TEST_PASSWORD).await;
    let stored = refresh_token::Entity::find()
        .all(app.store.connection())
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    let expected: String = Sha256::digest(first.refresh_token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(
        stored[0].token_hash, expected,
        "only the SHA-256 of the token is stored"
    );
    assert!(!stored[0].token_hash.contains(&first.refresh_token));

    let rotated = app
        .gql(None, REFRESH, json!({ "t": first.refresh_token }))
        .await;
    let second = rotated.data()["refreshToken"]["refreshToken"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_ne!(second, first.refresh_token);
    let access = rotated.data()["refreshToken"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        app.gql(Some(&access), VIEWER, json!({})).await.data()["viewer"]["email"],
        "anna@example.org"
    );

    // Using the first token again means it leaked: it is refused and the whole session ends.
    let replay = app
        .gql(None, REFRESH, json!({ "t": first.refresh_token }))
        .await;
    assert_eq!(replay.error_code(), Some("UNAUTHENTICATED"));
    let after_replay = app.gql(None, REFRESH, json!({ "t": second })).await;
    assert_eq!(after_replay.error_code(), Some("UNAUTHENTICATED"));
    let revoked = app.gql(Some(&access), VIEWER, json!({})).await;
    assert_eq!(revoked.status, 401);
    assert_eq!(revoked.error_code(), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn logout_ends_the_session_for_both_tokens() {
    let app = TestApp::spawn().await;
    let person = PersonBuilder::new("anna@example.org").insert(&app).await;
    let session = app.login(&person.email, TEST_PASSWORD).await;
    let out = app
        .gql(
            Some(&session.access_token),
            "mutation { logout }",
            json!({}),
        )
        .await;
    assert_eq!(out.data()["logout"], true);
    let after = app
        .gql(Some(&session.access_token), VIEWER, json!({}))
        .await;
    assert_eq!(after.status, 401);
    let refresh = app
        .gql(None, REFRESH, json!({ "t": session.refresh_token }))
        .await;
    assert_eq!(refresh.error_code(), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn a_disabled_account_is_refused_on_its_next_request() {
    let app = TestApp::spawn().await;
    let admin = PersonBuilder::new("admin@example.org")
        .admin()
        .insert(&app)
        .await;
    let person = PersonBuilder::new("anna@example.org").insert(&app).await;
    let token = app.token(&person).await;
    assert!(app.gql(Some(&token), VIEWER, json!({})).await.body["errors"].is_null());
    let admin_token = app.token(&admin).await;
    let disable = app
        .gql(
            Some(&admin_token),
            "mutation($id: ID!) { setPersonDisabled(id: $id, disabled: true) { disabled } }",
            json!({ "id": person.id.to_string() }),
        )
        .await;
    assert_eq!(disable.data()["setPersonDisabled"]["disabled"], true);
    let refused = app.gql(Some(&token), VIEWER, json!({})).await;
    assert_eq!(refused.status, 401);
    assert_eq!(refused.error_code(), Some("UNAUTHENTICATED"));
    let login =
        "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }";
    let again = app
        .gql(
            None,
            login,
            json!({ "e": person.email, "p": TEST_PASSWORD }),
        )
        .await;
    assert_eq!(again.error_code(), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn a_role_change_takes_effect_on_the_next_request() {
    let app = TestApp::spawn().await;
    let region = RegionBuilder::new("Alfa").insert(&app).await;
    let person = PersonBuilder::new("anna@example.org")
        .member_of(&region)
        .insert(&app)
        .await;
    let token = app.token(&person).await;
    let audit = "query($r: ID!) { auditEvents(regionId: $r, first: 1) { edges { cursor } } }";
    let vars = json!({ "r": region.id.to_string() });
    assert_eq!(
        app.gql(Some(&token), audit, vars.clone())
            .await
            .error_code(),
        Some("FORBIDDEN")
    );
    app.store
        .set_role(None, person.id, RegionId(region.id), RoleKind::Coordinator)
        .await
        .unwrap();
    let now = app.gql(Some(&token), audit, vars).await;
    assert!(
        now.body["errors"].is_null(),
        "the same token now carries the new role: {:?}",
        now.body
    );
}

#[tokio::test]
async fn a_tampered_or_foreign_token_is_refused_with_401() {
    let app = TestApp::spawn().await;
    let person = PersonBuilder::new("anna@example.org").insert(&app).await;
    let token = app.token(&person).await;
    let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
    let mut claims = claims(&token);
    claims["sub"] = json!(uuid::Uuid::new_v4().to_string());
    parts[1] = URL_SAFE_NO_PAD.encode(claims.to_string());
    let tampered = parts.join(".");
    let answer = app.gql(Some(&tampered), VIEWER, json!({})).await;
    assert_eq!(answer.status, 401);
    assert_eq!(answer.error_code(), Some("UNAUTHENTICATED"));
    let other = TestApp::spawn().await;
    let foreign = other.gql(Some(&token), VIEWER, json!({})).await;
    assert_eq!(
        foreign.status, 401,
        "another installation's secret signs other tokens"
    );
}

#[tokio::test]
async fn a_too_short_new_password_gets_a_clear_message_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let person = PersonBuilder::new("anna@example.org").insert(&app).await;
    let token = app.token(&person).await;
    let change = "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";
    let short = app
        .gql(
            Some(&token),
            change,
            json!({ "c": TEST_PASSWORD, "n": "lyhyt" }),
        )
        .await;
    assert_eq!(short.error_code(), Some("BAD_USER_INPUT"));
    assert_eq!(short.error_field(), Some("newPassword"));
    assert!(
        short.error_message().unwrap().contains("at least 12"),
        "{:?}",
        short.body
    );
    let session = app.login(&person.email, TEST_PASSWORD).await;
    assert!(
        !session.access_token.is_empty(),
        "the old password still works"
    );
}

#[tokio::test]
async fn changing_the_password_signs_out_other_sessions() {
    let app = TestApp::spawn().await;
    let person = PersonBuilder::new("anna@example.org").insert(&app).await;
    let laptop = app.token(&person).await;
    let phone = app.token(&person).await;
    let change = "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";
    let new_password = "a much longer new passphrase";
    let changed = app
        .gql(
            Some(&laptop),
            change,
            json!({ "c": TEST_PASSWORD, "n": new_password }),
        )
        .await;
    assert_eq!(changed.data()["changePassword"], true);
    assert_eq!(app.gql(Some(&phone), VIEWER, json!({})).await.status, 401);
    assert_eq!(
        app.gql(Some(&laptop), VIEWER, json!({})).await.data()["viewer"]["email"],
        "anna@example.org",
        "the session that changed it stays signed in"
    );
    let session = app.login(&person.email, new_password).await;
    assert!(!session.access_token.is_empty());
}
