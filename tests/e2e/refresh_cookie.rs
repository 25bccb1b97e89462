//! The browser's session: the refresh token as an `HttpOnly` cookie that every tab shares,
//! rotated on each refresh, cleared on sign-out and when refused.

use serde_json::{Value, json};
use verkosto_testkit::{PersonBuilder, TEST_PASSWORD, TestApp};

const LOGIN: &str =
    "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { refreshToken } }";
const REFRESH_BY_COOKIE: &str = "mutation { refreshToken { accessToken refreshToken } }";
const VIEWER: &str = "{ viewer { email } }";

/// One answer over HTTP: its JSON and the `Set-Cookie` header it sent, if any.
struct Answer {
    body: Value,
    set_cookie: Option<String>,
}

impl Answer {
    fn code(&self) -> Option<&str> {
        self.body["errors"][0]["extensions"]["code"].as_str()
    }

    /// The cookie's value as set (empty when cleared).
    fn cookie_value(&self) -> Option<&str> {
        let set = self.set_cookie.as_deref()?;
        set.strip_prefix("verkosto_refresh=")?.split(';').next()
    }

    fn attributes(&self) -> Vec<String> {
        self.set_cookie
            .as_deref()
            .unwrap_or_default()
            .split(';')
            .skip(1)
            .map(|a| a.trim().to_owned())
            .collect()
    }
}

/// Posts `query` as a browser tab would: with the cookie it holds, no access token.
async fn post(app: &TestApp, cookie: Option<&str>, query: &str, variables: Value) -> Answer {
    let mut request = app
        .http
        .post(app.url("/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = cookie {
        request = request.header("Cookie", format!("theme=dark; verkosto_refresh={token}"));
    }
    let response = request.send().await.unwrap();
    let set_cookie = response
        .headers()
        .get("set-cookie")
        .map(|v| v.to_str().unwrap().to_owned());
    Answer {
        body: response.json().await.unwrap(),
        set_cookie,
    }
}

async fn sign_in(app: &TestApp) -> Answer {
    PersonBuilder::new("anna@example.org").insert(app).await;
    post(
        app,
        None,
        LOGIN,
        json!({ "e": "anna@example.org", "p": TEST_PASSWORD }),
    )
    .await
}

#[tokio::test]
async fn signing_in_sets_the_refresh_token_as_a_cookie_no_script_can_read() {
    let app = TestApp::spawn().await;
    let login = sign_in(&app).await;
    let token = login.body["data"]["login"]["refreshToken"]
        .as_str()
        .unwrap();
    assert_eq!(login.cookie_value(), Some(token));
    let mut attributes = login.attributes();
    attributes.sort();
    // No expiry: closing the browser ends the session. Not `Secure` on plain http.
    assert_eq!(
        attributes,
        ["HttpOnly", "Path=/graphql", "SameSite=Strict"],
        "{:?}",
        login.set_cookie
    );
}

#[tokio::test]
async fn the_cookie_is_secure_when_verkosto_is_served_over_https() {
    let app = TestApp::spawn_with(&[("VERKOSTO_PUBLIC_URL", "https://verkosto.example.org")]).await;
    let login = sign_in(&app).await;
    assert!(
        login.attributes().iter().any(|a| a == "Secure"),
        "{:?}",
        login.set_cookie
    );
}

#[tokio::test]
async fn a_tab_refreshes_with_the_cookie_alone_and_the_cookie_rotates() {
    let app = TestApp::spawn().await;
    let first = sign_in(&app).await;
    let first = first.cookie_value().unwrap().to_owned();

    let refreshed = post(&app, Some(&first), REFRESH_BY_COOKIE, json!({})).await;
    assert_eq!(refreshed.code(), None, "{}", refreshed.body);
    let second = refreshed.cookie_value().unwrap().to_owned();
    assert_ne!(second, first, "each refresh sets a new token");
    assert_eq!(
        refreshed.body["data"]["refreshToken"]["refreshToken"], second,
        "the cookie holds the same token the answer names"
    );
    let access = refreshed.body["data"]["refreshToken"]["accessToken"]
        .as_str()
        .unwrap();
    let me = app.gql(Some(access), VIEWER, json!({})).await;
    assert_eq!(me.data()["viewer"]["email"], "anna@example.org");

    // The next tab's refresh goes with the rotated cookie and works.
    let next = post(&app, Some(&second), REFRESH_BY_COOKIE, json!({})).await;
    assert_eq!(next.code(), None, "{}", next.body);
}

#[tokio::test]
async fn a_spent_cookie_is_refused_cleared_and_ends_the_session() {
    let app = TestApp::spawn().await;
    let first = sign_in(&app).await;
    let first = first.cookie_value().unwrap().to_owned();
    let refreshed = post(&app, Some(&first), REFRESH_BY_COOKIE, json!({})).await;
    let second = refreshed.cookie_value().unwrap().to_owned();

    let replay = post(&app, Some(&first), REFRESH_BY_COOKIE, json!({})).await;
    assert_eq!(replay.code(), Some("UNAUTHENTICATED"));
    assert_eq!(
        replay.cookie_value(),
        Some(""),
        "a refused cookie is cleared"
    );
    assert!(
        replay.attributes().iter().any(|a| a == "Max-Age=0"),
        "{:?}",
        replay.set_cookie
    );
    // A spent token means it leaked: the session is over for its newer token too.
    let after = post(&app, Some(&second), REFRESH_BY_COOKIE, json!({})).await;
    assert_eq!(after.code(), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn without_a_token_or_a_cookie_a_refresh_is_unauthenticated_and_sets_nothing() {
    let app = TestApp::spawn().await;
    let answer = post(&app, None, REFRESH_BY_COOKIE, json!({})).await;
    assert_eq!(answer.code(), Some("UNAUTHENTICATED"));
    assert!(
        answer.body["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty())
    );
    assert_eq!(answer.set_cookie, None);
}

#[tokio::test]
async fn signing_out_with_the_cookie_alone_ends_the_session_and_clears_the_cookie() {
    let app = TestApp::spawn().await;
    let login = sign_in(&app).await;
    let token = login.cookie_value().unwrap().to_owned();

    let out = post(&app, Some(&token), "mutation { logout }", json!({})).await;
    assert_eq!(out.body["data"]["logout"], true, "{}", out.body);
    assert_eq!(out.cookie_value(), Some(""));
    let refresh = post(&app, Some(&token), REFRESH_BY_COOKIE, json!({})).await;
    assert_eq!(refresh.code(), Some("UNAUTHENTICATED"));
}
