//! The audit log: every write is one transaction that also records its audit event (actor,
//! action, entity, region, time, summary of the change) and, for what search indexes, a search
//! outbox row. Admins read all of the log, coordinators their regions', members none of it.

use std::time::SystemTime;

use sea_orm::prelude::{DateTimeUtc, DateTimeWithTimeZone};
use serde_json::{Value, json};
use uuid::Uuid;
use verkosto_domain::OrganisationKind;
use verkosto_store::entity::{organisation, region};
use verkosto_testkit::{
    OrganisationBuilder, PathwayBuilder, PersonBuilder, RegionBuilder, TestApp, TestPerson,
};

use crate::readback::{
    assert_error, assert_refused_changing_nothing, audit_event_count, outbox_rows,
    outbox_rows_written,
};

const EVENTS: &str = "query($region: ID) { auditEvents(first: 100, regionId: $region) { nodes {
    at actor { id email } action entityType entityId regionId summary subject(language: SV) } } }";
const CREATE_PATHWAY: &str =
    "mutation($input: CreatePathwayInput!) { createPathway(input: $input) { id } }";
const UPDATE_DRAFT: &str = "mutation($id: ID!, $content: PathwayContentInput!) {
    updatePathwayDraft(pathwayId: $id, content: $content) { id } }";
const PUBLISH: &str = "mutation($id: ID!) { publishPathway(pathwayId: $id) { id } }";
const CREATE_ORGANISATION: &str = "mutation($input: OrganisationInput!, $regionId: ID) {
    createOrganisation(input: $input, regionId: $regionId) { id } }";
const UPDATE_ORGANISATION: &str = "mutation($id: ID!, $input: OrganisationInput!) {
    updateOrganisation(id: $id, input: $input) { id } }";
const CREATE_SERVICE: &str = "mutation($org: ID!, $input: ServiceInput!) {
    createService(organisationId: $org, input: $input) { id } }";
const UPDATE_SERVICE: &str = "mutation($id: ID!, $input: ServiceInput!) {
    updateService(id: $id, input: $input) { id } }";
const SET_ROLE: &str = "mutation($person: ID!, $region: ID!) {
    setRole(personId: $person, regionId: $region, role: MEMBER) { id } }";

struct World {
    app: TestApp,
    alfa: region::Model,
    beeta: region::Model,
    coordinator_alfa: TestPerson,
    admin_person: TestPerson,
    /// Tokens: coordinators of Alfa and Beeta, a member of Alfa, a platform admin.
    alfa_coord: String,
    beeta_coord: String,
    member: String,
    admin: String,
    /// An organisation in Alfa's network.
    shelter: organisation::Model,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let alfa = RegionBuilder::new("Alfa").insert(&app).await;
    let beeta = RegionBuilder::new("Beeta").insert(&app).await;
    let coordinator_alfa = PersonBuilder::new("koordinaattori.alfa@example.org")
        .coordinator_of(&alfa)
        .insert(&app)
        .await;
    let coordinator_beeta = PersonBuilder::new("koordinaattori.beeta@example.org")
        .coordinator_of(&beeta)
        .insert(&app)
        .await;
    let member = PersonBuilder::new("jasen@example.org")
        .member_of(&alfa)
        .insert(&app)
        .await;
    let admin_person = PersonBuilder::new("admin@example.org")
        .admin()
        .insert(&app)
        .await;
    let shelter = OrganisationBuilder::new("Alfan turvakoti")
        .kind(OrganisationKind::Shelter)
        .member_of(&alfa)
        .insert(&app)
        .await;
    World {
        alfa_coord: app.token(&coordinator_alfa).await,
        beeta_coord: app.token(&coordinator_beeta).await,
        member: app.token(&member).await,
        admin: app.token(&admin_person).await,
        app,
        alfa,
        beeta,
        coordinator_alfa,
        admin_person,
        shelter,
    }
}

impl World {
    /// Runs a mutation that must succeed; returns the id of what it returned.
    async fn write(&self, token: &str, query: &str, variables: Value) -> String {
        let answer = self.app.gql(Some(token), query, variables).await;
        let data = answer.data().as_object().unwrap();
        data.values().next().unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// The audit events `token` reads, newest first, optionally of `region`.
    async fn events(&self, token: &str, region: Option<&region::Model>) -> Vec<Value> {
        let answer = self
            .app
            .gql(
                Some(token),
                EVENTS,
                json!({ "region": region.map(|r| r.id.to_string()) }),
            )
            .await;
        answer.data()["auditEvents"]["nodes"]
            .as_array()
            .unwrap()
            .clone()
    }

    fn pathway_input(&self, region: &region::Model, title: &str) -> Value {
        json!({ "input": { "regionId": region.id.to_string(), "content": { "title": title, "language": "FI" } } })
    }
}

/// The first event with `action` on `entity`, with its position in the list.
fn find<'a>(events: &'a [Value], action: &str, entity: &str) -> (usize, &'a Value) {
    events
        .iter()
        .enumerate()
        .find(|(_, e)| e["action"] == action && e["entityId"] == entity)
        .unwrap_or_else(|| {
            panic!(
                "no {action} event for {entity} in {}",
                serde_json::to_string_pretty(events).unwrap()
            )
        })
}

fn at(event: &Value) -> DateTimeWithTimeZone {
    DateTimeWithTimeZone::parse_from_rfc3339(event["at"].as_str().unwrap()).unwrap()
}

#[tokio::test]
async fn the_admin_sees_each_write_with_its_actor_action_entity_region_time_and_summary() {
    let w = world().await;
    let newcomer = PersonBuilder::new("uusi@example.org").insert(&w.app).await;
    let start: DateTimeUtc = SystemTime::now().into();
    let pathway = w
        .write(
            &w.alfa_coord,
            CREATE_PATHWAY,
            w.pathway_input(&w.alfa, "Turvakotiin ohjaaminen"),
        )
        .await;
    w.write(&w.alfa_coord, PUBLISH, json!({ "id": pathway }))
        .await;
    let organisation = w
        .write(
            &w.alfa_coord,
            CREATE_ORGANISATION,
            json!({ "input": { "name": "Alfan vankila", "kind": "PRISON" }, "regionId": w.alfa.id.to_string() }),
        )
        .await;
    w.write(
        &w.admin,
        SET_ROLE,
        json!({ "person": newcomer.id.to_string(), "region": w.alfa.id.to_string() }),
    )
    .await;
    let end: DateTimeUtc = SystemTime::now().into();

    let events = w.events(&w.admin, None).await;
    let alfa = json!(w.alfa.id.to_string());
    let coordinator =
        json!({ "id": w.coordinator_alfa.id.to_string(), "email": w.coordinator_alfa.email });
    let admin = json!({ "id": w.admin_person.id.to_string(), "email": w.admin_person.email });

    let (created_at, created) = find(&events, "pathway.create", &pathway);
    assert_eq!(created["actor"], coordinator);
    assert_eq!(created["entityType"], "pathway");
    assert_eq!(created["regionId"], alfa);
    assert_eq!(created["summary"]["title"], "Turvakotiin ohjaaminen");

    let (published_at, published) = find(&events, "pathway.publish", &pathway);
    assert_eq!(published["actor"], coordinator);
    assert_eq!(published["regionId"], alfa);
    assert_eq!(published["summary"]["version"], 1);

    let (organisation_at, opened) = find(&events, "organisation.create", &organisation);
    assert_eq!(opened["actor"], coordinator);
    assert_eq!(opened["entityType"], "organisation");
    assert_eq!(opened["regionId"], alfa);
    assert_eq!(opened["summary"]["name"], "Alfan vankila");

    let (role_at, role) = find(&events, "role.set", &newcomer.id.to_string());
    assert_eq!(role["actor"], admin);
    assert_eq!(role["entityType"], "person");
    assert_eq!(role["regionId"], alfa);
    assert_eq!(role["summary"]["to"], "member");

    // Newest first, each stamped with when it happened.
    assert!(
        role_at < organisation_at && organisation_at < published_at && published_at < created_at,
        "{events:#?}"
    );
    for event in [created, published, opened, role] {
        let at = at(event);
        assert!(start <= at && at <= end, "{at} is during the test: {event}");
    }
    for pair in events.windows(2) {
        assert!(at(&pair[0]) >= at(&pair[1]), "newest first: {pair:#?}");
    }
}

#[tokio::test]
async fn each_event_names_what_it_changed_as_it_is_called_now_or_as_recorded_when_gone() {
    let w = world().await;
    let pathway = w
        .write(
            &w.alfa_coord,
            CREATE_PATHWAY,
            w.pathway_input(&w.alfa, "Ensimmäinen otsikko"),
        )
        .await;
    w.write(
        &w.alfa_coord,
        UPDATE_DRAFT,
        json!({ "id": pathway, "content": { "title": "Nykyinen otsikko", "language": "FI" } }),
    )
    .await;
    w.write(&w.alfa_coord, PUBLISH, json!({ "id": pathway }))
        .await;
    let feedback = w
        .write(
            &w.member,
            "mutation($p: ID!) { sendPathwayFeedback(pathwayId: $p, input: { message: \"Puhelinnumero on vaihtunut.\" }) { id } }",
            json!({ "p": pathway }),
        )
        .await;
    let organisation = w
        .write(
            &w.alfa_coord,
            CREATE_ORGANISATION,
            json!({ "input": { "name": "Alfan vankila", "kind": "PRISON" }, "regionId": w.alfa.id.to_string() }),
        )
        .await;
    let service = w
        .write(
            &w.alfa_coord,
            CREATE_SERVICE,
            json!({ "org": organisation, "input": { "name": "Tukipuhelin", "kind": "PHONE_LINE" } }),
        )
        .await;
    w.write(
        &w.alfa_coord,
        "mutation($id: ID!) { setMemberListVisibility(id: $id, visibility: COORDINATORS) { id } }",
        json!({ "id": w.alfa.id.to_string() }),
    )
    .await;
    let gone = w
        .write(
            &w.member,
            CREATE_PATHWAY,
            w.pathway_input(&w.alfa, "Poistettu luonnos"),
        )
        .await;
    w.app
        .gql(
            Some(&w.member),
            "mutation($id: ID!) { deletePathway(pathwayId: $id) }",
            json!({ "id": gone }),
        )
        .await
        .data();

    let events = w.events(&w.alfa_coord, Some(&w.alfa)).await;
    let subject = |action: &str, entity: &str| find(&events, action, entity).1["subject"].clone();
    for action in ["pathway.create", "pathway.update_draft", "pathway.publish"] {
        assert_eq!(subject(action, &pathway), "Nykyinen otsikko", "{action}");
    }
    assert_eq!(
        subject("pathway_feedback.send", &feedback),
        "Nykyinen otsikko"
    );
    assert_eq!(
        subject("organisation.create", &organisation),
        "Alfan vankila"
    );
    let membership = events
        .iter()
        .find(|e| e["action"] == "membership.create")
        .expect("the organisation joined Alfa's network");
    assert_eq!(membership["subject"], "Alfan vankila");
    assert_eq!(subject("service.create", &service), "Tukipuhelin");
    assert_eq!(
        subject("region.set_member_list_visibility", &w.alfa.id.to_string()),
        w.alfa.name_sv.clone().or(w.alfa.name_fi.clone()).unwrap()
    );
    for action in ["pathway.create", "pathway.delete"] {
        assert_eq!(subject(action, &gone), "Poistettu luonnos", "{action}");
    }
}

#[tokio::test]
async fn a_coordinator_reads_the_audit_log_of_their_regions_only() {
    let w = world().await;
    let in_alfa = w
        .write(
            &w.alfa_coord,
            CREATE_PATHWAY,
            w.pathway_input(&w.alfa, "Alfan polku"),
        )
        .await;
    let in_beeta = w
        .write(
            &w.beeta_coord,
            CREATE_PATHWAY,
            w.pathway_input(&w.beeta, "Beetan polku"),
        )
        .await;
    let alfa = json!(w.alfa.id.to_string());
    let beeta = json!(w.beeta.id.to_string());

    let mine = w.events(&w.alfa_coord, None).await;
    assert!(!mine.is_empty());
    assert!(
        mine.iter().all(|e| e["regionId"] == alfa),
        "only Alfa's events: {mine:#?}"
    );
    find(&mine, "pathway.create", &in_alfa);
    assert!(!mine.iter().any(|e| e["entityId"] == in_beeta.as_str()));
    assert_eq!(w.events(&w.alfa_coord, Some(&w.alfa)).await, mine);

    let other = w
        .app
        .gql(
            Some(&w.alfa_coord),
            EVENTS,
            json!({ "region": w.beeta.id.to_string() }),
        )
        .await;
    assert_error(&other, "FORBIDDEN", None, &["regions you coordinate"]);
    assert_eq!(other.body["data"], Value::Null);

    let theirs = w.events(&w.beeta_coord, None).await;
    assert!(theirs.iter().all(|e| e["regionId"] == beeta), "{theirs:#?}");
    find(&theirs, "pathway.create", &in_beeta);

    let everything = w.events(&w.admin, None).await;
    find(&everything, "pathway.create", &in_alfa);
    find(&everything, "pathway.create", &in_beeta);
    let beeta_only = w.events(&w.admin, Some(&w.beeta)).await;
    assert!(beeta_only.iter().all(|e| e["regionId"] == beeta));
    find(&beeta_only, "pathway.create", &in_beeta);
}

#[tokio::test]
async fn members_and_anonymous_visitors_cannot_read_the_audit_log() {
    let w = world().await;
    let member = w.app.gql(Some(&w.member), EVENTS, json!({})).await;
    assert_error(
        &member,
        "FORBIDDEN",
        None,
        &["only coordinators and platform admins"],
    );
    let own_region = w
        .app
        .gql(
            Some(&w.member),
            EVENTS,
            json!({ "region": w.alfa.id.to_string() }),
        )
        .await;
    assert_error(&own_region, "FORBIDDEN", None, &[]);
    let anonymous = w.app.gql(None, EVENTS, json!({})).await;
    assert_error(&anonymous, "UNAUTHENTICATED", None, &[]);
}

#[tokio::test]
async fn a_coordinator_sees_the_changes_made_to_the_organisations_and_services_of_their_region() {
    let w = world().await;
    let service = w
        .write(
            &w.alfa_coord,
            CREATE_SERVICE,
            json!({ "org": w.shelter.id.to_string(), "input": { "name": "Päivystys", "kind": "PHONE_LINE" } }),
        )
        .await;
    w.write(
        &w.alfa_coord,
        UPDATE_ORGANISATION,
        json!({ "id": w.shelter.id.to_string(), "input": { "name": "Alfan turvakoti ry", "kind": "SHELTER" } }),
    )
    .await;
    let mine = w.events(&w.alfa_coord, None).await;
    let (_, created) = find(&mine, "service.create", &service);
    assert_eq!(created["regionId"], w.alfa.id.to_string());
    find(&mine, "organisation.update", &w.shelter.id.to_string());
}

#[tokio::test]
async fn a_refused_write_records_no_audit_event() {
    let w = world().await;
    let published = PathwayBuilder::new(Some(&w.alfa), &w.coordinator_alfa)
        .published()
        .insert(&w.app)
        .await;
    let newest = w.events(&w.admin, None).await[0].clone();
    let count = audit_event_count(&w.app).await;
    // Bad input, a clash with the current state, and a write the viewer may not do.
    assert_refused_changing_nothing(
        &w.app,
        &w.alfa_coord,
        CREATE_PATHWAY,
        w.pathway_input(&w.alfa, ""),
        "BAD_USER_INPUT",
        Some("content.title"),
        &[],
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.alfa_coord,
        PUBLISH,
        json!({ "id": published.id.to_string() }),
        "CONFLICT",
        None,
        &[],
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.member,
        "mutation($id: ID!) { archivePathway(pathwayId: $id) { id } }",
        json!({ "id": published.id.to_string() }),
        "FORBIDDEN",
        None,
        &[],
    )
    .await;
    assert_eq!(audit_event_count(&w.app).await, count);
    assert_eq!(w.events(&w.admin, None).await[0], newest);
}

/// The outbox rows written since `since` that the indexer has not taken yet all name `entity`.
async fn assert_queued_rows_name(app: &TestApp, since: i64, entity: &str) {
    let entity = Uuid::parse_str(entity).unwrap();
    for row in outbox_rows(app).await.iter().filter(|r| r.id > since) {
        assert_eq!(row.entity_id, entity, "{row:?}");
    }
}

#[tokio::test]
async fn every_indexed_change_queues_a_search_outbox_row_with_its_audit_event() {
    let w = world().await;
    let before = (
        audit_event_count(&w.app).await,
        outbox_rows_written(&w.app).await,
    );
    // (what, token, query, variables, entity type): each write runs once, in this order; `{id}`
    // stands for the id the previous write of the same entity type returned.
    let mut ids: Vec<(&str, String)> = Vec::new();
    let writes: Vec<(&str, &str, &str, Value, &str)> = vec![
        (
            "createOrganisation",
            &w.admin,
            CREATE_ORGANISATION,
            json!({ "input": { "name": "Valtakunnallinen järjestö", "kind": "NGO" } }),
            "organisation",
        ),
        (
            "updateOrganisation",
            &w.admin,
            UPDATE_ORGANISATION,
            json!({ "input": { "name": "Valtakunnallinen järjestö ry", "kind": "NGO" } }),
            "organisation",
        ),
        (
            "createService",
            &w.admin,
            CREATE_SERVICE,
            json!({ "input": { "name": "Auttava puhelin", "kind": "PHONE_LINE" } }),
            "service",
        ),
        (
            "updateService",
            &w.admin,
            UPDATE_SERVICE,
            json!({ "input": { "name": "Auttava puhelin 24/7", "kind": "PHONE_LINE" } }),
            "service",
        ),
        (
            "createPathway",
            &w.alfa_coord,
            CREATE_PATHWAY,
            w.pathway_input(&w.alfa, "Polku"),
            "pathway",
        ),
        (
            "updatePathwayDraft",
            &w.alfa_coord,
            UPDATE_DRAFT,
            json!({ "content": { "title": "Polku, tarkennettu", "language": "FI" } }),
            "pathway",
        ),
        (
            "publishPathway",
            &w.alfa_coord,
            PUBLISH,
            json!({}),
            "pathway",
        ),
    ];
    let mut count = 0;
    for (what, token, query, mut variables, kind) in writes {
        let last = |kind: &str| {
            ids.iter()
                .rev()
                .find(|(k, _)| *k == kind)
                .map(|(_, id)| id.clone())
        };
        if let Some(id) = last(kind) {
            variables["id"] = json!(id);
        }
        if what == "createService" {
            variables["org"] = json!(last("organisation").unwrap());
        }
        let (audit, written) = (
            audit_event_count(&w.app).await,
            outbox_rows_written(&w.app).await,
        );
        let id = w.write(token, query, variables).await;
        assert_eq!(
            audit_event_count(&w.app).await,
            audit + 1,
            "{what} records one audit event"
        );
        let now_written = outbox_rows_written(&w.app).await;
        assert!(
            now_written > written,
            "{what} queues a search outbox row ({written} → {now_written})"
        );
        assert_queued_rows_name(&w.app, written, &id).await;
        count += 1;
        if !what.starts_with("update") && what != "publishPathway" {
            ids.push((kind, id));
        }
    }
    assert_eq!(audit_event_count(&w.app).await, before.0 + count);
    assert!(outbox_rows_written(&w.app).await >= before.1 + i64::try_from(count).unwrap());
    // The indexer takes every row in the end, so the changes become searchable.
    w.app.wait_until_searchable().await;
    assert!(outbox_rows(&w.app).await.is_empty());
}

#[tokio::test]
async fn a_refused_write_queues_nothing_for_the_search_index() {
    let w = world().await;
    let draft = PathwayBuilder::new(Some(&w.alfa), &w.coordinator_alfa)
        .insert(&w.app)
        .await;
    let service = w
        .write(
            &w.alfa_coord,
            CREATE_SERVICE,
            json!({ "org": w.shelter.id.to_string(), "input": { "name": "Päivystys", "kind": "PHONE_LINE" } }),
        )
        .await;
    w.write(
        &w.admin,
        CREATE_ORGANISATION,
        json!({ "input": { "name": "Yhdistys", "kind": "NGO", "businessId": "1234567-1" } }),
    )
    .await;
    w.app.wait_until_searchable().await;
    let refused: Vec<(&str, &str, Value, &str, Option<&str>)> = vec![
        (
            &w.alfa_coord,
            CREATE_PATHWAY,
            w.pathway_input(&w.alfa, " "),
            "BAD_USER_INPUT",
            Some("content.title"),
        ),
        (
            &w.alfa_coord,
            UPDATE_DRAFT,
            json!({ "id": draft.id.to_string(), "content": { "title": "Asiakas 131052-308T", "language": "FI" } }),
            "BAD_USER_INPUT",
            Some("content.title"),
        ),
        (
            &w.alfa_coord,
            UPDATE_SERVICE,
            json!({ "id": service, "input": { "name": "Päivystys", "kind": "PHONE_LINE",
                "hours": { "weekly": [{ "day": "MON", "opens": "18:00", "closes": "09:00" }] } } }),
            "BAD_USER_INPUT",
            Some("hours.weekly.0"),
        ),
        (
            &w.admin,
            CREATE_ORGANISATION,
            json!({ "input": { "name": "Toinen yhdistys", "kind": "NGO", "businessId": "1234567-1" } }),
            "CONFLICT",
            None,
        ),
        (
            &w.member,
            UPDATE_ORGANISATION,
            json!({ "id": w.shelter.id.to_string(), "input": { "name": "Kaapattu", "kind": "SHELTER" } }),
            "FORBIDDEN",
            None,
        ),
    ];
    for (token, query, variables, code, field) in refused {
        let (audit, written) = (
            audit_event_count(&w.app).await,
            outbox_rows_written(&w.app).await,
        );
        assert_refused_changing_nothing(&w.app, token, query, variables, code, field, &[]).await;
        assert_eq!(audit_event_count(&w.app).await, audit, "{query}");
        assert_eq!(
            outbox_rows_written(&w.app).await,
            written,
            "a refused write queues no outbox row: {query}"
        );
        assert!(outbox_rows(&w.app).await.is_empty(), "{query}");
    }
}
