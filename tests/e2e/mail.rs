//! Mail through a real SMTP server (see `smtp.rs`): invitations (the delivered message is read
//! back, parsed, and its link used); join requests and their outcomes; and what the review of a
//! pathway, urgent feedback and its reply tell the people they concern.

use mail_parser::MessageParser;
use serde_json::json;
use verkosto_domain::OrganisationKind;
use verkosto_testkit::{OrganisationBuilder, PersonBuilder, RegionBuilder, TestApp};

use crate::smtp::{Delivered, SmtpServer, app_mailing_to, free_port};

const INVITE: &str = "mutation($region: ID!, $input: InvitationInput!) {
    invitePerson(regionId: $region, input: $input) {
        delivery link invitation { id status timesSent deliveryError } } }";

#[tokio::test]
async fn an_invitation_is_mailed_through_smtp_and_its_link_signs_the_person_up() {
    let smtp = SmtpServer::start();
    let app = app_mailing_to(&smtp).await;
    let region = RegionBuilder::new("Pohjois-Pohjanmaa").insert(&app).await;
    let prison = OrganisationBuilder::new("Oulun vankila")
        .kind(OrganisationKind::Prison)
        .member_of(&region)
        .insert(&app)
        .await;
    let coordinator = PersonBuilder::new("koordinaattori@oulu.example")
        .coordinator_of(&region)
        .insert(&app)
        .await;
    let token = app.token(&coordinator).await;
    // A Swedish-speaking coordinator: the mail is in Finnish (the region's), Swedish and English.
    let answer = app
        .gql_in(
            Some("sv-FI,sv;q=0.9"),
            Some(&token),
            INVITE,
            json!({ "region": region.id.to_string(), "input": {
                "email": "ohjaaja@vankila.example", "name": "Otto Ohjaaja",
                "organisationId": prison.id.to_string() } }),
        )
        .await;
    let issued = &answer.data()["invitePerson"];
    assert_eq!(issued["delivery"], "SENT", "{issued}");
    // With mail, nobody but the recipient sees the link.
    assert_eq!(issued["link"], serde_json::Value::Null);
    assert_eq!(issued["invitation"]["timesSent"], 1);

    let messages = smtp.messages();
    assert_eq!(messages.len(), 1, "one message delivered");
    let message = MessageParser::default().parse(&messages[0]).unwrap();
    let to = message
        .to()
        .and_then(|a| a.first())
        .and_then(|a| a.address());
    assert_eq!(to, Some("ohjaaja@vankila.example"));
    let from = message
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address());
    assert_eq!(from, Some("verkosto@verkosto.example"));
    assert_eq!(message.subject(), Some("Verkosto: Pohjois-Pohjanmaa"));
    let body = message.body_text(0).unwrap().into_owned();
    assert!(body.contains("Hei Otto Ohjaaja"), "{body}");
    // The fixture coordinator's name is the local part of their address.
    let finnish = body
        .find("koordinaattori kutsuu sinut Verkostoon alueverkostoon Pohjois-Pohjanmaa jäsenenä.");
    let swedish = body.find("koordinaattori bjuder in dig till det regionala nätverket");
    let english = body.find("koordinaattori invites you to the regional network Pohjois-Pohjanmaa in Verkosto as a member.");
    assert!(
        finnish.is_some() && finnish < swedish && swedish < english,
        "names the inviter in Finnish, Swedish and English, in that order: {body}"
    );
    let link = body
        .split_whitespace()
        .find(|w| w.starts_with("https://verkosto.example/invitation/"))
        .unwrap_or_else(|| panic!("the body carries the link: {body}"));
    let mailed_token = link.rsplit('/').next().unwrap();

    let accepted = app
        .gql(
            None,
            "mutation($t: String!) { acceptInvitation(token: $t, password: \"oma hyvä salasana\") {
                viewer { email roles { kind } } } }",
            json!({ "t": mailed_token }),
        )
        .await;
    assert_eq!(
        accepted.data()["acceptInvitation"]["viewer"],
        json!({ "email": "ohjaaja@vankila.example", "roles": [{ "kind": "MEMBER" }] })
    );

    // A declined join request reaches its requester by mail, with the reason.
    let elsewhere = RegionBuilder::new("Lappi").insert(&app).await;
    let asker = PersonBuilder::new("hakija@lappi.example")
        .member_of(&elsewhere)
        .insert(&app)
        .await;
    let asker = app.token(&asker).await;
    let asked = app
        .gql(
            Some(&asker),
            "mutation($r: ID!, $o: ID!) { requestToJoin(regionId: $r, organisationId: $o) { id } }",
            json!({ "r": region.id.to_string(), "o": prison.id.to_string() }),
        )
        .await;
    let request = asked.data()["requestToJoin"]["id"].clone();
    // The region's coordinator hears of the request.
    let asking = Delivered::parse_all(&smtp.wait_for(2).await);
    let Delivered { subject, body, .. } = asking
        .iter()
        .find(|m| m.to == "koordinaattori@oulu.example")
        .expect("a message to the coordinator");
    assert_eq!(subject, "Verkosto: Pohjois-Pohjanmaa");
    assert!(
        body.contains("hakija (Oulun vankila) pyytää päästä alueverkostoon Pohjois-Pohjanmaa")
            && body.contains(&format!(
                "https://verkosto.example/regions/{}/network",
                region.id
            )),
        "{body}"
    );
    app.gql(
        Some(&token),
        "mutation($id: ID!) { declineJoinRequest(id: $id, reason: \"Verkosto on Oulun seudun toimijoille.\") { status } }",
        json!({ "id": request }),
    )
    .await;
    let messages = smtp.wait_for(3).await;
    assert_eq!(messages.len(), 3, "the outcome was mailed");
    let outcome = messages
        .iter()
        .map(|m| MessageParser::default().parse(m).unwrap())
        .find(|m| {
            m.to().and_then(|a| a.first()).and_then(|a| a.address()) == Some("hakija@lappi.example")
        })
        .expect("a message to the requester");
    let body = outcome.body_text(0).unwrap().into_owned();
    assert!(
        body.contains("Verkosto on Oulun seudun toimijoille.")
            && body.contains("pyyntöäsi liittyä alueverkostoon Pohjois-Pohjanmaa ei hyväksytty")
            && body.contains("your request to join Pohjois-Pohjanmaa was declined"),
        "the outcome in Finnish and English, with the reason: {body}"
    );
}

#[tokio::test]
async fn an_unreachable_mail_server_keeps_the_invitation_and_says_why() {
    // A port nobody listens on.
    let port = free_port();
    let app =
        TestApp::spawn_with(&[("VERKOSTO_SMTP_URL", &format!("smtp://127.0.0.1:{port}"))]).await;
    let region = RegionBuilder::new("Lappi").insert(&app).await;
    let coordinator = PersonBuilder::new("koordinaattori@lappi.example")
        .coordinator_of(&region)
        .insert(&app)
        .await;
    let token = app.token(&coordinator).await;
    let answer = app
        .gql(
            Some(&token),
            INVITE,
            json!({ "region": region.id.to_string(), "input": {
                "email": "uusi@lappi.example", "name": "Uusi Ihminen" } }),
        )
        .await;
    let issued = &answer.data()["invitePerson"];
    assert_eq!(issued["delivery"], "FAILED", "{issued}");
    assert_eq!(issued["invitation"]["status"], "PENDING");
    assert_eq!(issued["invitation"]["timesSent"], 0);
    assert!(
        issued["invitation"]["deliveryError"]
            .as_str()
            .is_some_and(|e| e.contains("mail server")),
        "{issued}"
    );
    // The acknowledged invitation is kept: the coordinator sees it and can resend it later.
    let listed = app
        .gql(
            Some(&token),
            "query($r: ID!) { invitations(regionId: $r) { nodes { email status deliveryError } } }",
            json!({ "r": region.id.to_string() }),
        )
        .await;
    let nodes = &listed.data()["invitations"]["nodes"];
    assert_eq!(nodes[0]["email"], "uusi@lappi.example");
    assert!(nodes[0]["deliveryError"].is_string());
}

#[tokio::test]
async fn reviews_and_replies_reach_the_people_they_concern_by_mail() {
    let smtp = SmtpServer::start();
    let app = app_mailing_to(&smtp).await;
    let region = RegionBuilder::new("Pohjois-Pohjanmaa").insert(&app).await;
    let mut coordinators = Vec::new();
    for email in [
        "eka.koordinaattori@oulu.example",
        "toka.koordinaattori@oulu.example",
    ] {
        let person = PersonBuilder::new(email)
            .coordinator_of(&region)
            .insert(&app)
            .await;
        coordinators.push(app.token(&person).await);
    }
    let member = PersonBuilder::new("maija.jasen@oulu.example")
        .member_of(&region)
        .insert(&app)
        .await;
    let member = app.token(&member).await;
    const SUBMIT: &str = "mutation($id: ID!) { submitPathway(pathwayId: $id) { id } }";

    // A member submits a new pathway: both coordinators hear of it, the member does not.
    let created = app
        .gql(
            Some(&member),
            "mutation($input: CreatePathwayInput!) { createPathway(input: $input) { id } }",
            json!({ "input": { "regionId": region.id.to_string(),
                "content": { "title": "Vapautuvan vangin polku", "language": "FI" } } }),
        )
        .await;
    let id = created.data()["createPathway"]["id"].clone();
    on_pathway(&app, &member, SUBMIT, &id).await;
    let link = format!("https://verkosto.example/pathways/{}", id.as_str().unwrap());
    let mails = Delivered::parse_all(&smtp.wait_for(2).await);
    assert_eq!(
        Delivered::recipients(&mails),
        [
            "eka.koordinaattori@oulu.example",
            "toka.koordinaattori@oulu.example"
        ]
    );
    for Delivered { subject, body, .. } in &mails {
        assert_eq!(subject, "Verkosto: Vapautuvan vangin polku");
        assert!(
            body.contains(
                "maija jasen lähetti hoitopolun ”Vapautuvan vangin polku” tarkistettavaksi"
            ) && body.contains(
                "maija jasen submitted the care pathway “Vapautuvan vangin polku” for review"
            ) && body.contains(&link),
            "in Finnish and English, with the link: {body}"
        );
    }

    // Returned for more work, then published: the author hears both; the coordinators nothing.
    on_pathway(
        &app,
        &coordinators[0],
        "mutation($id: ID!) { returnPathwayToDraft(pathwayId: $id) { id } }",
        &id,
    )
    .await;
    let to_member = |count: usize| {
        let smtp = &smtp;
        async move {
            let all = Delivered::parse_all(&smtp.wait_for(count).await);
            assert_eq!(all.len(), count, "{all:#?}");
            all.into_iter()
                .filter(|m| m.to == "maija.jasen@oulu.example")
                .map(|m| m.body)
                .collect::<Vec<_>>()
        }
    };
    let returned = to_member(3).await;
    assert_eq!(returned.len(), 1);
    assert!(
        returned[0].contains("palautettiin sinulle muokattavaksi") && returned[0].contains(&link),
        "{returned:?}"
    );
    on_pathway(&app, &member, SUBMIT, &id).await;
    smtp.wait_for(5).await;
    on_pathway(
        &app,
        &coordinators[1],
        "mutation($id: ID!) { publishPathway(pathwayId: $id) { id } }",
        &id,
    )
    .await;
    let published = to_member(6).await;
    assert_eq!(published.len(), 2);
    assert!(
        published
            .iter()
            .any(|b| b.contains("versiosi hoitopolusta ”Vapautuvan vangin polku” julkaistiin")),
        "{published:?}"
    );

    // Urgent feedback, answered: the coordinators hear of it, the sender gets the reply.
    let sent = app
        .gql(
            Some(&member),
            "mutation($id: ID!) { sendPathwayFeedback(pathwayId: $id, input: { message: \"Vaihe 2 puuttuu.\", urgent: true }) { id } }",
            json!({ "id": id }),
        )
        .await;
    let feedback = sent.data()["sendPathwayFeedback"]["id"].clone();
    // Urgent: both coordinators hear of it at once, with the message.
    let urgent = Delivered::parse_all(&smtp.wait_for(8).await);
    let told: Vec<&str> = urgent
        .iter()
        .filter(|Delivered { body, .. }| {
            body.contains("maija jasen lähetti kiireellistä palautetta hoitopolusta ”Vapautuvan vangin polku”")
                && body.contains("Vaihe 2 puuttuu.")
        })
        .map(|m| m.to.as_str())
        .collect();
    assert_eq!(told.len(), 2, "{urgent:#?}");
    app.gql(
        Some(&coordinators[0]),
        "mutation($id: ID!) { replyToPathwayFeedback(id: $id, reply: \"Lisätty, kiitos!\") { id } }",
        json!({ "id": feedback }),
    )
    .await
    .data();
    let replied = to_member(9).await;
    assert!(
        replied.iter().any(|b| b.contains(
            "koordinaattorit vastasivat palautteeseesi hoitopolusta ”Vapautuvan vangin polku”"
        ) && b.contains("Lisätty, kiitos!")),
        "{replied:?}"
    );
}

/// Runs `query` with `$id` = `id` as `token`, expecting no errors.
async fn on_pathway(app: &TestApp, token: &str, query: &str, id: &serde_json::Value) {
    app.gql(Some(token), query, json!({ "id": id })).await;
}
