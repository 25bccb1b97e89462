//! Messages come in the language the client asks for with `Accept-Language` (Finnish, Swedish,
//! Norwegian Bokmål, English; English when it names none of them), with the same code and field
//! in every language, and the refused write changes nothing whatever the language.

use serde_json::{Value, json};
use verkosto_domain::{Language, OrganisationKind, msg};
use verkosto_testkit::{
    OrganisationBuilder, PathwayBuilder, PersonBuilder, RegionBuilder, TestApp, TestPathway,
};

use crate::readback::{assert_unchanged, snapshot};

const UPDATE_DRAFT: &str = "mutation($id: ID!, $content: PathwayContentInput!) {
    updatePathwayDraft(pathwayId: $id, content: $content) { id } }";

/// The headers a Finnish, Swedish, Norwegian, English and German browser send.
const BROWSERS: [(&str, Language); 5] = [
    ("fi-FI,fi;q=0.9,en-US;q=0.8,en;q=0.7", Language::Finnish),
    ("sv-FI,sv;q=0.9,fi;q=0.8", Language::Swedish),
    (
        "nb-NO,no;q=0.9,nn;q=0.8,en;q=0.5",
        Language::NorwegianBokmal,
    ),
    ("en-GB,en;q=0.9", Language::English),
    ("de-DE,de;q=0.9", Language::English),
];

struct World {
    app: TestApp,
    token: String,
    draft: TestPathway,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let alfa = RegionBuilder::new("Alfa").insert(&app).await;
    let coordinator = PersonBuilder::new("koordinaattori@example.org")
        .coordinator_of(&alfa)
        .insert(&app)
        .await;
    let shelter = OrganisationBuilder::new("Alfan turvakoti")
        .kind(OrganisationKind::Shelter)
        .member_of(&alfa)
        .insert(&app)
        .await;
    let draft = PathwayBuilder::new(Some(&alfa), &coordinator)
        .title("Turvakotiin ohjaaminen")
        .step("Yhteydenotto", Some(&shelter))
        .insert(&app)
        .await;
    let token = app.token(&coordinator).await;
    World { app, token, draft }
}

/// A draft whose body holds the official example henkilötunnus.
fn content_with_henkilotunnus() -> Value {
    json!({
        "title": "Turvakotiin ohjaaminen",
        "language": "FI",
        "body": "Asiakas 131052-308T soitti.",
        "steps": [{ "title": "Yhteydenotto" }],
    })
}

#[tokio::test]
async fn the_personal_data_refusal_comes_in_each_browsers_language_and_changes_nothing() {
    let w = world().await;
    let english = msg!("text-personal-data", kind = "henkilotunnus").to_string();
    let mut seen = Vec::new();
    for (header, language) in BROWSERS {
        let before = snapshot(&w.app).await;
        let answer = w
            .app
            .gql_in(
                Some(header),
                Some(&w.token),
                UPDATE_DRAFT,
                json!({ "id": w.draft.id.to_string(), "content": content_with_henkilotunnus() }),
            )
            .await;
        assert_eq!(answer.error_code(), Some("BAD_USER_INPUT"), "{header}");
        assert_eq!(answer.error_field(), Some("content.body"), "{header}");
        let message = answer.error_message().unwrap();
        let reason = message
            .strip_prefix("content.body: ")
            .unwrap_or_else(|| panic!("{header}: {message:?} does not name the field first"));
        assert_eq!(
            reason,
            msg!("text-personal-data", kind = "henkilotunnus").render(language),
            "{header}"
        );
        assert_eq!(
            reason == english,
            language == Language::English,
            "{header}: {reason:?} is English exactly when English was asked for"
        );
        assert!(
            !reason.contains("131052-308T"),
            "the refusal does not repeat the code"
        );
        assert_unchanged(&before, &snapshot(&w.app).await, UPDATE_DRAFT);
        seen.push(reason.to_owned());
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 4, "four languages, four texts: {seen:?}");
}

#[tokio::test]
async fn without_accept_language_the_api_answers_in_english() {
    let w = world().await;
    let answer = w
        .app
        .gql(
            Some(&w.token),
            UPDATE_DRAFT,
            json!({ "id": w.draft.id.to_string(), "content": content_with_henkilotunnus() }),
        )
        .await;
    let message = answer.error_message().unwrap();
    assert!(
        message.starts_with("content.body: the text contains what looks like a Finnish personal identity code (henkilötunnus)"),
        "{message}"
    );
}

#[tokio::test]
async fn not_found_and_a_rejected_token_are_answered_in_swedish_and_norwegian() {
    let w = world().await;
    let missing = w
        .app
        .gql_in(
            Some("sv"),
            Some(&w.token),
            "mutation($id: ID!) { submitPathway(pathwayId: $id) { id } }",
            json!({ "id": "0190b6a4-0000-7000-8000-000000000000" }),
        )
        .await;
    assert_eq!(missing.error_code(), Some("NOT_FOUND"));
    assert_eq!(
        missing.error_message(),
        Some(
            msg!("not-found", entity = "pathway")
                .render(Language::Swedish)
                .as_str()
        )
    );
    assert_ne!(missing.error_message(), Some("pathway not found"));

    let refused = w
        .app
        .gql_in(
            Some("nb-NO"),
            Some("not-a-token"),
            "{ viewer { id } }",
            json!({}),
        )
        .await;
    assert_eq!(refused.status, 401);
    assert_eq!(refused.error_code(), Some("UNAUTHENTICATED"));
    assert_eq!(
        refused.error_message(),
        Some(
            msg!("access-token-invalid")
                .render(Language::NorwegianBokmal)
                .as_str()
        )
    );
}
