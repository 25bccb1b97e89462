//! Two people editing the same record: a save made from a reading that someone else's save has
//! overtaken is refused with CONFLICT and changes nothing, instead of silently undoing the other
//! change. Saves of services, organisations, pathway drafts, regions and events name the
//! `updatedAt` they read.

use serde_json::{Value, json};
use verkosto_store::entity::{organisation, region};
use verkosto_testkit::{OrganisationBuilder, PersonBuilder, RegionBuilder, TestApp};

use crate::readback::assert_refused_changing_nothing;

const SERVICE: &str = "mutation($id: ID!, $i: ServiceInput!, $since: DateTime) {
    updateService(id: $id, input: $i, ifUnchangedSince: $since) { eligibility updatedAt } }";
const ORGANISATION: &str = "mutation($id: ID!, $i: OrganisationInput!, $since: DateTime) {
    updateOrganisation(id: $id, input: $i, ifUnchangedSince: $since) { description updatedAt } }";
const DRAFT: &str = "mutation($id: ID!, $c: PathwayContentInput!, $since: DateTime) {
    updatePathwayDraft(pathwayId: $id, content: $c, ifUnchangedSince: $since) {
        openVersion { title updatedAt } } }";
const STALE: &[&str] = &["since you opened it", "reload"];

struct World {
    app: TestApp,
    alfa: region::Model,
    shelter: organisation::Model,
    /// Two coordinators of Alfa.
    first: String,
    second: String,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let alfa = RegionBuilder::new("Alfa").insert(&app).await;
    let shelter = OrganisationBuilder::new("Alfan turvakoti")
        .member_of(&alfa)
        .insert(&app)
        .await;
    let mut tokens = Vec::new();
    for email in ["eka@alfa.example", "toka@alfa.example"] {
        let person = PersonBuilder::new(email)
            .coordinator_of(&alfa)
            .insert(&app)
            .await;
        tokens.push(app.token(&person).await);
    }
    let second = tokens.pop().unwrap();
    let first = tokens.pop().unwrap();
    World {
        app,
        alfa,
        shelter,
        first,
        second,
    }
}

impl World {
    /// Runs `query` as `token`, expecting no errors; returns its one field.
    async fn ok(&self, token: &str, query: &str, variables: Value) -> Value {
        let answer = self.app.gql(Some(token), query, variables).await;
        answer
            .data()
            .as_object()
            .unwrap()
            .values()
            .next()
            .unwrap()
            .clone()
    }
}

#[tokio::test]
async fn a_service_saved_from_an_overtaken_reading_is_refused_and_a_fresh_one_saves() {
    let w = world().await;
    let created = w
        .ok(
            &w.first,
            "mutation($o: ID!) { createService(organisationId: $o, input: {
                name: \"Tukiryhmä\", kind: THERAPY_GROUP, eligibility: \"Kaikille\" }) { id updatedAt } }",
            json!({ "o": w.shelter.id.to_string() }),
        )
        .await;
    let id = created["id"].clone();
    let read = created["updatedAt"].clone();
    let input = |eligibility: &str| json!({ "name": "Tukiryhmä", "kind": "THERAPY_GROUP", "eligibility": eligibility });

    // Both opened the form at `read`; the first saves.
    let saved = w
        .ok(
            &w.first,
            SERVICE,
            json!({ "id": id, "i": input("Lähetteellä"), "since": read }),
        )
        .await;
    assert_eq!(saved["eligibility"], "Lähetteellä");
    assert_ne!(saved["updatedAt"], read);
    // The second's save would undo it: refused, nothing written.
    assert_refused_changing_nothing(
        &w.app,
        &w.second,
        SERVICE,
        json!({ "id": id, "i": input("Kaikille aikuisille"), "since": read }),
        "CONFLICT",
        None,
        STALE,
    )
    .await;
    // Reloaded, the second person saves on top of the first's change.
    let again = w
        .ok(
            &w.second,
            SERVICE,
            json!({ "id": id, "i": input("Lähetteellä, aikuisille"), "since": saved["updatedAt"] }),
        )
        .await;
    assert_eq!(again["eligibility"], "Lähetteellä, aikuisille");
}

#[tokio::test]
async fn two_saves_from_the_same_reading_at_once_let_exactly_one_through() {
    let w = world().await;
    let read = w
        .ok(
            &w.first,
            "query($id: ID!) { organisation(id: $id) { updatedAt } }",
            json!({ "id": w.shelter.id.to_string() }),
        )
        .await["updatedAt"]
        .clone();
    let save = |description: &str| {
        json!({ "id": w.shelter.id.to_string(), "since": read,
            "i": { "name": "Alfan turvakoti", "kind": "SHELTER", "description": description } })
    };
    let (one, two) = tokio::join!(
        w.app
            .gql(Some(&w.first), ORGANISATION, save("Ensimmäisen kuvaus")),
        w.app
            .gql(Some(&w.second), ORGANISATION, save("Toisen kuvaus"))
    );
    let codes: Vec<Option<&str>> = [&one, &two].iter().map(|a| a.error_code()).collect();
    assert_eq!(
        codes.iter().filter(|c| c.is_none()).count(),
        1,
        "one save goes through: {codes:?}"
    );
    assert!(codes.contains(&Some("CONFLICT")), "{codes:?}");
    let winner = if one.error_code().is_none() {
        "Ensimmäisen kuvaus"
    } else {
        "Toisen kuvaus"
    };
    let now = w
        .ok(
            &w.first,
            "query($id: ID!) { organisation(id: $id) { description } }",
            json!({ "id": w.shelter.id.to_string() }),
        )
        .await;
    assert_eq!(now["description"], winner);
}

#[tokio::test]
async fn a_pathway_draft_saved_from_an_overtaken_reading_is_refused_and_without_a_reading_saves() {
    let w = world().await;
    let created = w
        .ok(
            &w.first,
            "mutation($input: CreatePathwayInput!) { createPathway(input: $input) {
                id openVersion { updatedAt } } }",
            json!({ "input": { "regionId": w.alfa.id.to_string(),
                "content": { "title": "Luonnos", "language": "FI" } } }),
        )
        .await;
    let id = created["id"].clone();
    let read = created["openVersion"]["updatedAt"].clone();
    let content = |title: &str| json!({ "title": title, "language": "FI" });

    let saved = w
        .ok(
            &w.first,
            DRAFT,
            json!({ "id": id, "c": content("Ensimmäisen otsikko"), "since": read }),
        )
        .await;
    assert_eq!(saved["openVersion"]["title"], "Ensimmäisen otsikko");
    assert_refused_changing_nothing(
        &w.app,
        &w.second,
        DRAFT,
        json!({ "id": id, "c": content("Toisen otsikko"), "since": read }),
        "CONFLICT",
        None,
        STALE,
    )
    .await;
    // The same person saving twice from one editor: the second save names the first's result.
    let next = w
        .ok(
            &w.first,
            DRAFT,
            json!({ "id": id, "c": content("Tarkennettu otsikko"),
                "since": saved["openVersion"]["updatedAt"] }),
        )
        .await;
    assert_eq!(next["openVersion"]["title"], "Tarkennettu otsikko");
    // An API client that names no reading saves as before.
    let blind = w
        .ok(
            &w.second,
            DRAFT,
            json!({ "id": id, "c": content("Toisen otsikko") }),
        )
        .await;
    assert_eq!(blind["openVersion"]["title"], "Toisen otsikko");
}

#[tokio::test]
async fn a_region_or_event_saved_from_an_overtaken_reading_is_refused() {
    let w = world().await;
    let region = w.alfa.id.to_string();
    let read = w
        .ok(
            &w.first,
            "query($id: ID!) { region(id: $id) { updatedAt } }",
            json!({ "id": region }),
        )
        .await["updatedAt"]
        .clone();
    const REGION: &str = "mutation($id: ID!, $i: RegionInput!, $since: DateTime) {
        updateRegion(id: $id, input: $i, ifUnchangedSince: $since) { area } }";
    let area = |towns: &[&str]| json!({ "slug": w.alfa.slug, "name": { "fi": "Alfa" }, "country": "FI", "area": towns });
    w.ok(
        &w.first,
        REGION,
        json!({ "id": region, "i": area(&["Oulu", "Kempele"]), "since": read }),
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.second,
        REGION,
        json!({ "id": region, "i": area(&["Oulu"]), "since": read }),
        "CONFLICT",
        None,
        STALE,
    )
    .await;

    const EVENT: &str = "mutation($id: ID!, $i: EventInput!, $since: DateTime) {
        updateEvent(id: $id, input: $i, ifUnchangedSince: $since) { title updatedAt } }";
    let event = |title: &str| {
        json!({ "kind": "NETWORK_MEETING", "title": title,
            "startsAt": "2027-03-10T13:00", "endsAt": "2027-03-10T15:00", "place": "Kaupungintalo" })
    };
    let created = w
        .ok(
            &w.first,
            "mutation($r: ID!, $i: EventInput!) { createEvent(regionId: $r, input: $i) { id updatedAt } }",
            json!({ "r": region, "i": event("Verkostokokous") }),
        )
        .await;
    let (id, read) = (created["id"].clone(), created["updatedAt"].clone());
    w.ok(
        &w.first,
        EVENT,
        json!({ "id": id, "i": event("Kevään verkostokokous"), "since": read }),
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.second,
        EVENT,
        json!({ "id": id, "i": event("Maaliskuun kokous"), "since": read }),
        "CONFLICT",
        None,
        STALE,
    )
    .await;
}
