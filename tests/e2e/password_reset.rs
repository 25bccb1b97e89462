//! A forgotten password: the link arrives by mail through a real SMTP server (see `smtp.rs`),
//! works once and for an hour, signs the person out everywhere else; asking tells nobody who has
//! an account.

use mail_parser::MessageParser;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
};
use serde_json::json;
use verkosto_store::entity::{audit_event, password_reset};
use verkosto_testkit::{PersonBuilder, TEST_PASSWORD, TestApp, TestPerson};

use crate::{
    readback::assert_error,
    smtp::{SmtpServer, app_mailing_to},
};

const REQUEST: &str = "mutation($e: String!) { requestPasswordReset(email: $e) }";
const RESET: &str = "mutation($t: String!, $n: String!) {
    resetPassword(token: $t, newPassword: $n) { accessToken refreshToken viewer { email } } }";
const VIEWER: &str = "{ viewer { email } }";
const NEW_PASSWORD: &str = "a brand new passphrase of mine";

/// The token of the reset link in a mailed message's body.
pub fn mailed_token(body: &str) -> String {
    body.split_whitespace()
        .find_map(|w| w.strip_prefix("https://verkosto.example/reset-password/"))
        .unwrap_or_else(|| panic!("the body carries the reset link: {body}"))
        .to_owned()
}

/// Where the link with `token` stands, as its page asks before the person types a password.
async fn link_state(app: &TestApp, token: &str) -> String {
    let answer = app
        .gql(
            None,
            "query($t: String!) { passwordResetLink(token: $t) }",
            json!({ "t": token }),
        )
        .await;
    answer.data()["passwordResetLink"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// How many reset links `person` has had.
async fn links_of(app: &TestApp, person: &TestPerson) -> u64 {
    password_reset::Entity::find()
        .filter(password_reset::Column::PersonId.eq(person.id.0))
        .count(app.store.connection())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_forgotten_password_is_reset_through_the_mailed_link_and_other_sessions_end() {
    let smtp = SmtpServer::start();
    let app = app_mailing_to(&smtp).await;
    let person = PersonBuilder::new("anna@example.org").insert(&app).await;
    let laptop = app.token(&person).await;
    let phone = app.token(&person).await;
    // Anna reads Verkosto in Swedish: the mail is in Swedish, then English.
    let swedish = app
        .gql(
            Some(&laptop),
            "mutation($id: ID!) { updatePerson(id: $id, input: { name: \"Anna Berg\", language: SV }) { language } }",
            json!({ "id": person.id.to_string() }),
        )
        .await;
    assert_eq!(swedish.data()["updatePerson"]["language"], "SV");

    // Typed as people type it: capitals and a stray space.
    let asked = app
        .gql(None, REQUEST, json!({ "e": " Anna@Example.org" }))
        .await;
    assert_eq!(asked.data()["requestPasswordReset"], true);
    let messages = smtp.wait_for(1).await;
    assert_eq!(messages.len(), 1, "one message delivered");
    let message = MessageParser::default().parse(&messages[0]).unwrap();
    let to = message
        .to()
        .and_then(|a| a.first())
        .and_then(|a| a.address());
    assert_eq!(to, Some("anna@example.org"));
    assert_eq!(message.subject(), Some("Verkosto: val av nytt lösenord"));
    let body = message.body_text(0).unwrap().into_owned();
    let in_swedish = body.find("Hej Anna Berg");
    let in_english = body.find("Hello Anna Berg");
    assert!(
        in_swedish.is_some() && in_swedish < in_english,
        "Swedish first, then English: {body}"
    );
    assert!(body.contains("within an hour"), "{body}");
    let token = mailed_token(&body);
    assert_eq!(link_state(&app, &token).await, "USABLE");

    // Too short: said at the field, and the link still works afterwards.
    let short = app
        .gql(None, RESET, json!({ "t": token, "n": "lyhyt" }))
        .await;
    assert_error(
        &short,
        "BAD_USER_INPUT",
        Some("newPassword"),
        &["at least 12"],
    );

    let reset = app
        .gql(None, RESET, json!({ "t": token, "n": NEW_PASSWORD }))
        .await;
    let payload = &reset.data()["resetPassword"];
    assert_eq!(payload["viewer"]["email"], "anna@example.org");
    let fresh = payload["accessToken"].as_str().unwrap();
    assert_eq!(
        app.gql(Some(fresh), VIEWER, json!({})).await.data()["viewer"]["email"],
        "anna@example.org",
        "the reset signs in"
    );
    for (name, old) in [("laptop", &laptop), ("phone", &phone)] {
        assert_eq!(
            app.gql(Some(old), VIEWER, json!({})).await.status,
            401,
            "the {name}'s session ended"
        );
    }
    let old = app
        .gql(
            None,
            "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
            json!({ "e": "anna@example.org", "p": TEST_PASSWORD }),
        )
        .await;
    assert_eq!(
        old.error_code(),
        Some("UNAUTHENTICATED"),
        "the old password is gone"
    );
    assert!(
        !app.login("anna@example.org", NEW_PASSWORD)
            .await
            .access_token
            .is_empty()
    );

    let again = app
        .gql(
            None,
            RESET,
            json!({ "t": token, "n": "yet another passphrase" }),
        )
        .await;
    assert_error(&again, "BAD_USER_INPUT", Some("token"), &["used already"]);
    assert_eq!(link_state(&app, &token).await, "USED");
    assert!(
        !app.login("anna@example.org", NEW_PASSWORD)
            .await
            .access_token
            .is_empty()
    );
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::EntityId.eq(person.id.0))
        .filter(
            audit_event::Column::Action
                .is_in(["person.request_password_reset", "person.reset_password"]),
        )
        .count(app.store.connection())
        .await
        .unwrap();
    assert_eq!(audited, 2, "the request and the reset are in the audit log");
}

#[tokio::test]
async fn asking_tells_nobody_who_has_an_account_and_an_account_gets_three_links_an_hour() {
    let smtp = SmtpServer::start();
    let app = app_mailing_to(&smtp).await;
    let person = PersonBuilder::new("anna@example.org").insert(&app).await;
    let gone = PersonBuilder::new("poissa@example.org").insert(&app).await;
    let admin = PersonBuilder::new("admin@example.org")
        .admin()
        .insert(&app)
        .await;
    let admin = app.token(&admin).await;
    app.gql(
        Some(&admin),
        "mutation($id: ID!) { setPersonDisabled(id: $id, disabled: true) { id } }",
        json!({ "id": gone.id.to_string() }),
    )
    .await
    .data();

    // An unknown address and a disabled account get the same answer as a real one, and no mail.
    for address in [
        "nobody@example.org",
        "poissa@example.org",
        "anna@example.org",
    ] {
        let asked = app.gql(None, REQUEST, json!({ "e": address })).await;
        assert_eq!(asked.data()["requestPasswordReset"], true, "{address}");
    }
    let messages = smtp.wait_for(1).await;
    assert_eq!(messages.len(), 1);
    let message = MessageParser::default().parse(&messages[0]).unwrap();
    let to = message
        .to()
        .and_then(|a| a.first())
        .and_then(|a| a.address());
    assert_eq!(to, Some("anna@example.org"));
    assert_eq!(links_of(&app, &gone).await, 0);

    // Not an address at all: said at the field.
    let bad = app
        .gql(None, REQUEST, json!({ "e": "anna.example.org" }))
        .await;
    assert_error(&bad, "BAD_USER_INPUT", Some("email"), &[]);

    // Two more links this hour; the fourth request answers the same but makes no link.
    for _ in 0..3 {
        let asked = app
            .gql(None, REQUEST, json!({ "e": "anna@example.org" }))
            .await;
        assert_eq!(asked.data()["requestPasswordReset"], true);
    }
    assert_eq!(links_of(&app, &person).await, 3);
    assert_eq!(smtp.wait_for(3).await.len(), 3);

    // Using the newest link retires the older ones.
    let bodies: Vec<String> = smtp
        .messages()
        .iter()
        .map(|m| {
            MessageParser::default()
                .parse(m)
                .unwrap()
                .body_text(0)
                .unwrap()
                .into_owned()
        })
        .collect();
    let tokens: Vec<String> = bodies.iter().map(|b| mailed_token(b)).collect();
    let newest = tokens.last().unwrap();
    let reset = app
        .gql(None, RESET, json!({ "t": newest, "n": NEW_PASSWORD }))
        .await;
    assert_eq!(
        reset.data()["resetPassword"]["viewer"]["email"],
        "anna@example.org"
    );
    let older = app
        .gql(
            None,
            RESET,
            json!({ "t": tokens[0], "n": "yet another passphrase" }),
        )
        .await;
    assert_error(&older, "BAD_USER_INPUT", Some("token"), &["used already"]);
}

#[tokio::test]
async fn an_expired_or_unknown_link_is_refused_and_the_password_stays() {
    let smtp = SmtpServer::start();
    let app = app_mailing_to(&smtp).await;
    let person = PersonBuilder::new("anna@example.org").insert(&app).await;
    let asked = app
        .gql(None, REQUEST, json!({ "e": "anna@example.org" }))
        .await;
    assert_eq!(asked.data()["requestPasswordReset"], true);
    let messages = smtp.wait_for(1).await;
    let body = MessageParser::default()
        .parse(&messages[0])
        .unwrap()
        .body_text(0)
        .unwrap()
        .into_owned();
    let token = mailed_token(&body);

    let unknown = app
        .gql(
            None,
            RESET,
            json!({ "t": "not-a-token", "n": NEW_PASSWORD }),
        )
        .await;
    assert_error(
        &unknown,
        "BAD_USER_INPUT",
        Some("token"),
        &["not valid", "ask for a new one"],
    );
    assert_eq!(link_state(&app, "not-a-token").await, "UNKNOWN");
    assert_eq!(link_state(&app, &token).await, "USABLE");

    // An hour passes.
    let row = password_reset::Entity::find()
        .filter(password_reset::Column::PersonId.eq(person.id.0))
        .one(app.store.connection())
        .await
        .unwrap()
        .unwrap();
    let mut row: password_reset::ActiveModel = row.into();
    row.expires_at = Set(chrono::Utc::now() - chrono::Duration::minutes(1));
    row.update(app.store.connection()).await.unwrap();
    let late = app
        .gql(None, RESET, json!({ "t": token, "n": NEW_PASSWORD }))
        .await;
    assert_error(
        &late,
        "BAD_USER_INPUT",
        Some("token"),
        &["expired", "ask for a new one"],
    );
    assert_eq!(link_state(&app, &token).await, "EXPIRED");
    assert!(
        !app.login("anna@example.org", TEST_PASSWORD)
            .await
            .access_token
            .is_empty(),
        "the password stays as it was"
    );
}
