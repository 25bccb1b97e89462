//! Password guessing is slowed down: after five wrong passwords an address waits before the next
//! try, even with the right password, on every server of the database; other addresses go on; an
//! unknown address waits alike; a reset link ends the wait. The addresses tried are not kept.

use mail_parser::MessageParser;
use sea_orm::EntityTrait;
use serde_json::json;
use verkosto_store::entity::{person, wrong_password};
use verkosto_testkit::{Gql, PersonBuilder, TEST_PASSWORD, TestApp, TestPerson};

use crate::{
    password_reset::mailed_token,
    readback::assert_error,
    smtp::{SmtpServer, app_mailing_to},
};

const LOGIN: &str =
    "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }";
const CHANGE: &str =
    "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";
const WRONG: &str = "not the password at all";

/// Tries to sign in as `email` with a wrong password `times` times; each is refused as wrong.
async fn guess(app: &TestApp, email: &str, times: usize) {
    for _ in 0..times {
        let answer = app
            .gql(None, LOGIN, json!({ "e": email, "p": WRONG }))
            .await;
        assert_eq!(
            answer.error_code(),
            Some("UNAUTHENTICATED"),
            "{:?}",
            answer.body
        );
    }
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> Gql {
    app.gql(None, LOGIN, json!({ "e": email, "p": password }))
        .await
}

#[tokio::test]
async fn after_five_wrong_passwords_the_address_waits_even_with_the_right_one() {
    let app = TestApp::spawn().await;
    let anna = PersonBuilder::new("anna@example.org").insert(&app).await;
    let ben = PersonBuilder::new("ben@example.org").insert(&app).await;
    guess(&app, &anna.email, 5).await;

    // As people type it: the same address.
    let paused = sign_in(&app, " Anna@Example.org", TEST_PASSWORD).await;
    assert_error(
        &paused,
        "BAD_USER_INPUT",
        Some("password"),
        &["too many wrong passwords", "try again in 1 min"],
    );
    assert!(paused.body["data"].is_null(), "no token while paused");

    let other = sign_in(&app, &ben.email, TEST_PASSWORD).await;
    assert!(
        other.data()["login"]["accessToken"].is_string(),
        "another address signs in: {:?}",
        other.body
    );

    let kept = wrong_password::Entity::find()
        .all(app.store.connection())
        .await
        .unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].count, 5);
    assert_eq!(kept[0].address_hash.len(), 64, "a SHA-256 hash");
    assert!(!kept[0].address_hash.contains("anna"));
}

#[tokio::test]
async fn the_wait_holds_on_every_server_of_the_database() {
    let first = TestApp::spawn().await;
    let anna = PersonBuilder::new("anna@example.org").insert(&first).await;
    let second = TestApp::spawn_with(&[("VERKOSTO_DATABASE_URL", first.database_url())]).await;
    guess(&first, &anna.email, 3).await;
    guess(&second, &anna.email, 2).await;
    let paused = sign_in(&first, &anna.email, TEST_PASSWORD).await;
    assert_error(&paused, "BAD_USER_INPUT", Some("password"), &["1 min"]);
    let paused = sign_in(&second, &anna.email, TEST_PASSWORD).await;
    assert_error(&paused, "BAD_USER_INPUT", Some("password"), &["1 min"]);
}

#[tokio::test]
async fn a_burst_of_simultaneous_guesses_gets_no_more_tries_than_one_by_one() {
    let first = TestApp::spawn().await;
    let anna = PersonBuilder::new("anna@example.org").insert(&first).await;
    let second = TestApp::spawn_with(&[("VERKOSTO_DATABASE_URL", first.database_url())]).await;
    let tries = (0..24).map(|i| {
        let app = if i % 2 == 0 { &first } else { &second };
        app.gql(None, LOGIN, json!({ "e": anna.email, "p": WRONG }))
    });
    let answers = futures::future::join_all(tries).await;
    let codes: Vec<_> = answers.iter().map(Gql::error_code).collect();
    let checked = codes
        .iter()
        .filter(|c| **c == Some("UNAUTHENTICATED"))
        .count();
    let paused = codes
        .iter()
        .filter(|c| **c == Some("BAD_USER_INPUT"))
        .count();
    assert_eq!((checked, paused), (5, 19), "{codes:?}");
    let after = sign_in(&first, &anna.email, TEST_PASSWORD).await;
    assert_error(&after, "BAD_USER_INPUT", Some("password"), &["1 min"]);
}

#[tokio::test]
async fn an_unknown_address_waits_alike_so_the_pause_tells_nobody_who_has_an_account() {
    let app = TestApp::spawn().await;
    PersonBuilder::new("anna@example.org").insert(&app).await;
    guess(&app, "anna@example.org", 5).await;
    guess(&app, "nobody@example.org", 5).await;
    let known = sign_in(&app, "anna@example.org", WRONG).await;
    let unknown = sign_in(&app, "nobody@example.org", WRONG).await;
    assert_error(&known, "BAD_USER_INPUT", Some("password"), &["1 min"]);
    assert_eq!(known.body, unknown.body);
}

/// Asks to change the password of `token`'s person from `current` to a new one.
async fn change_password(app: &TestApp, token: &str, current: &str) -> Gql {
    app.gql(
        Some(token),
        CHANGE,
        json!({ "c": current, "n": "a brand new passphrase" }),
    )
    .await
}

/// The stored hash of the person's password.
async fn password_hash(app: &TestApp, person: &TestPerson) -> Option<String> {
    person::Entity::find_by_id(person.id.0)
        .one(app.store.connection())
        .await
        .unwrap()
        .unwrap()
        .password_hash
}

#[tokio::test]
async fn wrong_current_passwords_count_toward_the_same_wait() {
    let app = TestApp::spawn().await;
    let anna = PersonBuilder::new("anna@example.org").insert(&app).await;
    let token = app.token(&anna).await;
    let before = password_hash(&app, &anna).await;
    for _ in 0..5 {
        let wrong = change_password(&app, &token, WRONG).await;
        assert_error(
            &wrong,
            "BAD_USER_INPUT",
            Some("currentPassword"),
            &["not your current password"],
        );
    }
    let paused = change_password(&app, &token, TEST_PASSWORD).await;
    assert_error(
        &paused,
        "BAD_USER_INPUT",
        Some("currentPassword"),
        &["too many wrong passwords"],
    );
    assert_eq!(password_hash(&app, &anna).await, before, "unchanged");
    let login = sign_in(&app, &anna.email, TEST_PASSWORD).await;
    assert_error(&login, "BAD_USER_INPUT", Some("password"), &["1 min"]);
}

#[tokio::test]
async fn the_right_password_is_not_counted_even_when_the_change_is_refused() {
    let app = TestApp::spawn().await;
    let anna = PersonBuilder::new("anna@example.org").insert(&app).await;
    let token = app.token(&anna).await;
    for _ in 0..4 {
        change_password(&app, &token, WRONG).await;
    }
    let too_short = app
        .gql(
            Some(&token),
            CHANGE,
            json!({ "c": TEST_PASSWORD, "n": "short" }),
        )
        .await;
    assert_error(&too_short, "BAD_USER_INPUT", Some("newPassword"), &["12"]);
    let fifth = change_password(&app, &token, WRONG).await;
    assert_error(
        &fifth,
        "BAD_USER_INPUT",
        Some("currentPassword"),
        &["not your current password"],
    );
    let paused = change_password(&app, &token, WRONG).await;
    assert_error(
        &paused,
        "BAD_USER_INPUT",
        Some("currentPassword"),
        &["1 min"],
    );
}

#[tokio::test]
async fn a_reset_link_ends_the_wait() {
    let smtp = SmtpServer::start();
    let app = app_mailing_to(&smtp).await;
    let anna = PersonBuilder::new("anna@example.org").insert(&app).await;
    guess(&app, &anna.email, 5).await;
    let asked = app
        .gql(
            None,
            "mutation($e: String!) { requestPasswordReset(email: $e) }",
            json!({ "e": anna.email }),
        )
        .await;
    assert_eq!(asked.data()["requestPasswordReset"], true);
    let messages = smtp.wait_for(1).await;
    let message = MessageParser::default().parse(&messages[0]).unwrap();
    let token = mailed_token(&message.body_text(0).unwrap());
    let new_password = "a brand new passphrase of mine";
    let reset = app
        .gql(
            None,
            "mutation($t: String!, $n: String!) { resetPassword(token: $t, newPassword: $n) { accessToken } }",
            json!({ "t": token, "n": new_password }),
        )
        .await;
    assert!(
        reset.data()["resetPassword"]["accessToken"].is_string(),
        "{:?}",
        reset.body
    );
    let login = sign_in(&app, &anna.email, new_password).await;
    assert!(
        login.data()["login"]["accessToken"].is_string(),
        "signs in at once: {:?}",
        login.body
    );
}
