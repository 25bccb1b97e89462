//! Notification mail settings, through a real SMTP server (see `smtp.rs`): what each person can
//! turn off, that mail they turned off no longer comes, and the link every notification mail
//! ends with, which turns its kind off in one click (`List-Unsubscribe`, RFC 8058) or through
//! the web app's page (`unsubscribe`), and nothing else.

use serde_json::{Value, json};
use verkosto_testkit::{PersonBuilder, RegionBuilder, TestApp};

use crate::smtp::{Delivered, SmtpServer, app_mailing_to};

const SETTINGS: &str = "{ myMailNotifications { kind enabled } }";
const SET: &str = "mutation($k: NotificationMail!, $e: Boolean!) { setMailNotification(kind: $k, enabled: $e) { kind enabled } }";
const SUBMIT: &str = "mutation($id: ID!) { submitPathway(pathwayId: $id) { id } }";
const RETURN: &str = "mutation($id: ID!) { returnPathwayToDraft(pathwayId: $id) { id } }";
const UNSUBSCRIBE: &str = "mutation($t: String!) { unsubscribe(token: $t) { kind enabled } }";

/// The kinds the viewer's settings list, each with whether it is on.
async fn settings(app: &TestApp, token: &str) -> Vec<(String, bool)> {
    let answer = app.gql(Some(token), SETTINGS, json!({})).await;
    answer.data()["myMailNotifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["kind"].as_str().unwrap().to_owned(),
                s["enabled"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn mail_a_person_turned_off_no_longer_comes_and_the_mailed_link_turns_it_off_in_one_click() {
    let smtp = SmtpServer::start();
    let app = app_mailing_to(&smtp).await;
    let region = RegionBuilder::new("Pohjois-Pohjanmaa").insert(&app).await;
    let mut coordinators = Vec::new();
    for email in ["eka@oulu.example", "toka@oulu.example"] {
        let person = PersonBuilder::new(email)
            .coordinator_of(&region)
            .insert(&app)
            .await;
        coordinators.push(app.token(&person).await);
    }
    let (eka, toka) = (&coordinators[0], &coordinators[1]);
    let member = PersonBuilder::new("jasen@oulu.example")
        .member_of(&region)
        .insert(&app)
        .await;
    let member = app.token(&member).await;

    // Everything is on at first; a member is offered only the kinds that can reach a member.
    let all_on: Vec<(String, bool)> = [
        "REVIEW_REQUESTED",
        "PROPOSAL_DECIDED",
        "FEEDBACK_REPLIED",
        "JOIN_REQUESTED",
        "URGENT_FEEDBACK",
    ]
    .iter()
    .map(|kind| ((*kind).to_owned(), true))
    .collect();
    assert_eq!(settings(&app, eka).await, all_on);
    assert_eq!(
        settings(&app, &member).await,
        [
            ("PROPOSAL_DECIDED".to_owned(), true),
            ("FEEDBACK_REPLIED".to_owned(), true)
        ]
    );

    // The first coordinator turns review requests off on their account page.
    let set = app
        .gql(
            Some(eka),
            SET,
            json!({ "k": "REVIEW_REQUESTED", "e": false }),
        )
        .await;
    assert_eq!(
        set.data()["setMailNotification"],
        json!({ "kind": "REVIEW_REQUESTED", "enabled": false })
    );
    assert!(
        settings(&app, eka)
            .await
            .contains(&("REVIEW_REQUESTED".to_owned(), false))
    );

    // A member submits a pathway: only the second coordinator is told (mail goes out before
    // the mutation answers).
    let created = app
        .gql(
            Some(&member),
            "mutation($input: CreatePathwayInput!) { createPathway(input: $input) { id } }",
            json!({ "input": { "regionId": region.id.to_string(),
                "content": { "title": "Vapautuvan vangin polku", "language": "FI" } } }),
        )
        .await;
    let id = created.data()["createPathway"]["id"].clone();
    app.gql(Some(&member), SUBMIT, json!({ "id": id }))
        .await
        .data();
    let mails = smtp.delivered();
    assert_eq!(Delivered::recipients(&mails), ["toka@oulu.example"]);

    // The mail ends with the link that turns this kind off, in Finnish and English, and names it
    // in the headers a mail program's unsubscribe button uses.
    let mail = &mails[0];
    let header = mail.list_unsubscribe.as_deref().expect("List-Unsubscribe");
    let link = header
        .strip_prefix('<')
        .and_then(|h| h.strip_suffix('>'))
        .unwrap_or_else(|| panic!("one link in angle brackets: {header}"));
    let token = link
        .strip_prefix("https://verkosto.example/unsubscribe/")
        .unwrap_or_else(|| panic!("a link to the unsubscribe page: {link}"));
    assert_eq!(
        mail.one_click.as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    assert!(
        mail.body.contains("Et halua enää tällaisia viestejä?")
            && mail.body.contains("No longer want mail like this?")
            && mail.body.trim_end().ends_with(link),
        "{}",
        mail.body
    );

    // The link's token is no access token.
    let as_bearer = app.gql(Some(token), SETTINGS, json!({})).await;
    assert_eq!(as_bearer.error_code(), Some("UNAUTHENTICATED"));

    // The mail program's one click: a POST to the link, without signing in.
    let clicked = app
        .http
        .post(app.url(&format!("/unsubscribe/{token}")))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept-language", "en")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(clicked.status(), 200);
    assert!(clicked.text().await.unwrap().contains("turned off"));
    assert!(
        settings(&app, toka)
            .await
            .contains(&("REVIEW_REQUESTED".to_owned(), false))
    );

    // Returned and submitted again: the author hears of the return; neither coordinator of the
    // new submission.
    app.gql(Some(eka), RETURN, json!({ "id": id })).await.data();
    app.gql(Some(&member), SUBMIT, json!({ "id": id }))
        .await
        .data();
    let mails = smtp.delivered();
    assert_eq!(
        Delivered::recipients(&mails),
        ["jasen@oulu.example", "toka@oulu.example"]
    );

    // Links that are not ours, or cut short, are refused and change nothing.
    let cut = &token[..token.len() - 3];
    for bad in ["not-a-token", cut] {
        let answer = app.gql(None, UNSUBSCRIBE, json!({ "t": bad })).await;
        assert_eq!(answer.error_code(), Some("BAD_USER_INPUT"), "{bad}");
        assert_eq!(answer.error_field(), Some("token"));
        let clicked = app
            .http
            .post(app.url(&format!("/unsubscribe/{bad}")))
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .unwrap();
        assert_eq!(clicked.status(), 400, "{bad}");
    }
    let member_settings = settings(&app, &member).await;
    assert!(
        member_settings.iter().all(|(_, on)| *on),
        "{member_settings:?}"
    );

    // The member stops "returned / published" mail through the web app's page of the link (the
    // `unsubscribe` mutation); the second coordinator turns review requests back on.
    let member_mail = mails
        .iter()
        .find(|m| m.to == "jasen@oulu.example")
        .expect("the member's mail");
    let member_token = member_mail
        .list_unsubscribe
        .as_deref()
        .and_then(|h| h.rsplit('/').next())
        .and_then(|t| t.strip_suffix('>'))
        .expect("a link in the member's mail");
    let stopped = app
        .gql(None, UNSUBSCRIBE, json!({ "t": member_token }))
        .await;
    assert_eq!(
        stopped.data()["unsubscribe"],
        json!({ "kind": "PROPOSAL_DECIDED", "enabled": false })
    );
    app.gql(
        Some(toka),
        SET,
        json!({ "k": "REVIEW_REQUESTED", "e": true }),
    )
    .await
    .data();
    app.gql(Some(eka), RETURN, json!({ "id": id })).await.data();
    app.gql(Some(&member), SUBMIT, json!({ "id": id }))
        .await
        .data();
    assert_eq!(
        Delivered::recipients(&smtp.delivered()),
        [
            "jasen@oulu.example",
            "toka@oulu.example",
            "toka@oulu.example"
        ],
        "no mail to the member of the return, one to the second coordinator"
    );

    // Each change is audited as the person's own; refused links wrote nothing.
    let admin = PersonBuilder::new("admin@verkosto.example")
        .admin()
        .insert(&app)
        .await;
    let events = app
        .gql(
            Some(&app.token(&admin).await),
            "{ auditEvents(first: 100) { nodes { actor { email } action summary } } }",
            json!({}),
        )
        .await;
    let changes: Vec<(String, Value)> = events.data()["auditEvents"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "person.mail_notification")
        .map(|e| {
            (
                e["actor"]["email"].as_str().unwrap_or_default().to_owned(),
                e["summary"].clone(),
            )
        })
        .collect();
    let expected: Vec<(String, Value)> = [
        ("toka@oulu.example", "review_requested", true),
        ("jasen@oulu.example", "proposal_decided", false),
        ("toka@oulu.example", "review_requested", false),
        ("eka@oulu.example", "review_requested", false),
    ]
    .iter()
    .map(|(who, kind, enabled)| {
        (
            (*who).to_owned(),
            json!({ "kind": kind, "enabled": enabled }),
        )
    })
    .collect();
    assert_eq!(changes, expected);
}
