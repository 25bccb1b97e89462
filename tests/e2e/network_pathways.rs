//! Pathways as a network's shared work: regional variants of national pathways and their "base
//! updated" state, feedback and its triage, review dates and the review list, services that flag
//! pathways for review, and the recent-changes feed.

use chrono::{Days, Months, NaiveDate, Utc};
use serde_json::{Value, json};
use verkosto_domain::OrganisationKind;
use verkosto_store::entity::{organisation, region};
use verkosto_testkit::{
    Gql, OrganisationBuilder, PathwayBuilder, PersonBuilder, RegionBuilder, TestApp, TestPerson,
};

use crate::readback::{assert_error, assert_refused_changing_nothing};

const CREATE: &str =
    "mutation($input: CreatePathwayInput!) { createPathway(input: $input) { id } }";
const PUBLISH: &str = "mutation($id: ID!) { publishPathway(pathwayId: $id) { id status } }";
const START_DRAFT: &str = "mutation($id: ID!) { startPathwayDraft(pathwayId: $id) { id } }";
const UPDATE_DRAFT: &str = "mutation($id: ID!, $content: PathwayContentInput!) {
    updatePathwayDraft(pathwayId: $id, content: $content) { id } }";
const CREATE_VARIANT: &str = "mutation($p: ID!, $r: ID!) { createPathwayVariant(pathwayId: $p, regionId: $r) {
    id status isNational region { id }
    openVersion { number state title body changeNote
        steps { title responsibleOrganisation { name } service { name } } }
    base { pathway { id } versionNumber latestVersionNumber updated diff { changed } draftVersionNumber }
} }";
const TAKE: &str = "mutation($id: ID!) { takePathwayBaseUpdate(pathwayId: $id) {
    status openVersion { number state title body changeNote steps { title responsibleOrganisation { name } } }
    publishedVersion { number }
    base { versionNumber latestVersionNumber updated draftVersionNumber }
} }";
const BASE: &str = "query($id: ID!) { pathway(id: $id) { base {
    pathway { id } versionNumber latestVersionNumber updated draftVersionNumber
    diff { from to changed title { before after } body { kind text } }
} } }";
const SEND: &str =
    "mutation($p: ID!, $i: PathwayFeedbackInput!) { sendPathwayFeedback(pathwayId: $p, input: $i) {
    id message urgent status reply pathway { id } sender { email } } }";
const SET_STATUS: &str = "mutation($id: ID!, $s: FeedbackStatus!) { setPathwayFeedbackStatus(id: $id, status: $s) { id status } }";
const REPLY: &str = "mutation($id: ID!, $r: String!) { replyToPathwayFeedback(id: $id, reply: $r) {
    id status reply repliedAt repliedBy { email } } }";
const QUEUE: &str = "query($r: ID, $s: [FeedbackStatus!], $first: Int, $after: String) {
    pathwayFeedbackQueue(regionId: $r, status: $s, first: $first, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { message urgent status } } }";
const MINE: &str =
    "{ myPathwayFeedback { nodes { message status reply repliedBy { email } pathway { id } } } }";
const DUE: &str = "query($r: ID, $d: Int) { pathwaysDueForReview(regionId: $r, withinDays: $d) {
    nodes { id reviewDue reviewOverdue currentVersion { title } } } }";
const FLAGS: &str = "query($id: ID!) { pathway(id: $id) { reviewDue reviewFlags {
    reason service { name } changedAt changedFields } } }";
const MARK_REVIEWED: &str =
    "mutation($id: ID!, $d: NaiveDate!) { markPathwayReviewed(pathwayId: $id, nextReviewDue: $d) {
    id reviewDue reviewFlags { reason } } }";
const UPDATE_SERVICE: &str =
    "mutation($id: ID!, $i: ServiceInput!) { updateService(id: $id, input: $i) { id } }";
const FEED: &str = "query($r: ID, $first: Int, $after: String) { recentChanges(regionId: $r, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { kind pathway { id } region { id } versionNumber baseVersionNumber service { name } changedFields reviewDue }
} }";

struct World {
    app: TestApp,
    alfa: region::Model,
    beta: region::Model,
    coordinator: TestPerson,
    member: TestPerson,
    /// Tokens: coordinator and member of Alfa, member and coordinator of Beta, platform admin.
    coord: String,
    memb: String,
    memb_beta: String,
    coord_beta: String,
    admin: String,
    /// In Alfa's network.
    shelter: organisation::Model,
    /// In Beta's network only.
    police_beta: organisation::Model,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let alfa = RegionBuilder::new("Alfa").insert(&app).await;
    let beta = RegionBuilder::new("Beta").insert(&app).await;
    let coordinator = PersonBuilder::new("koordinaattori@example.org")
        .coordinator_of(&alfa)
        .insert(&app)
        .await;
    let member = PersonBuilder::new("jasen@example.org")
        .member_of(&alfa)
        .insert(&app)
        .await;
    let member_beta = PersonBuilder::new("jasen.beta@example.org")
        .member_of(&beta)
        .insert(&app)
        .await;
    let coordinator_beta = PersonBuilder::new("koordinaattori.beta@example.org")
        .coordinator_of(&beta)
        .insert(&app)
        .await;
    let admin = PersonBuilder::new("admin@example.org")
        .admin()
        .insert(&app)
        .await;
    let shelter = OrganisationBuilder::new("Alfan turvakoti")
        .kind(OrganisationKind::Shelter)
        .member_of(&alfa)
        .insert(&app)
        .await;
    let police_beta = OrganisationBuilder::new("Betan poliisi")
        .kind(OrganisationKind::Police)
        .member_of(&beta)
        .insert(&app)
        .await;
    World {
        coord: app.token(&coordinator).await,
        memb: app.token(&member).await,
        memb_beta: app.token(&member_beta).await,
        coord_beta: app.token(&coordinator_beta).await,
        admin: app.token(&admin).await,
        app,
        alfa,
        beta,
        coordinator,
        member,
        shelter,
        police_beta,
    }
}

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn days_from_today(days: i64) -> String {
    let day = if days >= 0 {
        today().checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        today().checked_sub_days(Days::new(days.unsigned_abs()))
    };
    day.unwrap().to_string()
}

impl World {
    async fn gql(&self, token: &str, query: &str, variables: Value) -> Gql {
        self.app.gql(Some(token), query, variables).await
    }

    /// Runs `query` as `token`, expecting no errors; returns its one field.
    async fn ok(&self, token: &str, query: &str, variables: Value) -> Value {
        let answer = self.gql(token, query, variables).await;
        answer
            .data()
            .as_object()
            .unwrap()
            .values()
            .next()
            .unwrap()
            .clone()
    }

    /// The id of `pathway`'s published version, as its region's coordinator reads it.
    async fn published_version_id(&self, pathway: &str) -> Value {
        self.ok(
            &self.coord,
            "query($id: ID!) { pathway(id: $id) { publishedVersion { id } } }",
            json!({ "id": pathway }),
        )
        .await["publishedVersion"]["id"]
            .clone()
    }

    /// A national pathway published by the admin, with a step of Alfa's shelter and one of
    /// Beta's police; returns its id.
    async fn national(&self, title: &str, body: &str) -> String {
        let created = self
            .ok(
                &self.admin,
                CREATE,
                json!({ "input": { "visibility": "ALL_MEMBERS", "content": {
                    "title": title, "language": "FI", "body": body,
                    "steps": [
                        { "title": "Turvakoti", "organisationId": self.shelter.id.to_string() },
                        { "title": "Rikosilmoitus", "organisationId": self.police_beta.id.to_string() },
                    ] } } }),
            )
            .await;
        let id = created["id"].as_str().unwrap().to_owned();
        self.ok(&self.admin, PUBLISH, json!({ "id": id })).await;
        id
    }

    /// Starts a draft of `pathway` as `token`, sets `content`, publishes it as `publisher`.
    async fn new_version(&self, token: &str, publisher: &str, pathway: &str, content: Value) {
        self.ok(token, START_DRAFT, json!({ "id": pathway })).await;
        self.ok(
            token,
            UPDATE_DRAFT,
            json!({ "id": pathway, "content": content }),
        )
        .await;
        self.ok(publisher, PUBLISH, json!({ "id": pathway })).await;
    }

    /// Alfa's variant of `national`, created by Alfa's coordinator.
    async fn variant(&self, national: &str) -> Value {
        self.ok(
            &self.coord,
            CREATE_VARIANT,
            json!({ "p": national, "r": self.alfa.id.to_string() }),
        )
        .await
    }

    /// A published pathway of Alfa by its coordinator, readable by its network.
    async fn published(&self, title: &str) -> String {
        PathwayBuilder::new(Some(&self.alfa), &self.coordinator)
            .title(title)
            .published()
            .insert(&self.app)
            .await
            .id
            .to_string()
    }

    async fn send(&self, token: &str, pathway: &str, message: &str, urgent: bool) -> Value {
        self.ok(
            token,
            SEND,
            json!({ "p": pathway, "i": { "message": message, "urgent": urgent } }),
        )
        .await
    }

    async fn queue(
        &self,
        token: &str,
        region: Option<&region::Model>,
        status: Value,
    ) -> Vec<Value> {
        let queue = self
            .ok(
                token,
                QUEUE,
                json!({ "r": region.map(|r| r.id.to_string()), "s": status }),
            )
            .await;
        queue["nodes"].as_array().unwrap().clone()
    }

    /// Audit events of `action` on `entity`, as the admin reads them.
    async fn events(&self, action: &str, entity: &str) -> Vec<Value> {
        let log = self
            .ok(
                &self.admin,
                "{ auditEvents(first: 100) { nodes { action entityId regionId summary actor { email } } } }",
                json!({}),
            )
            .await;
        log["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] == action && e["entityId"] == entity)
            .cloned()
            .collect()
    }

    /// A service of Alfa's shelter, created by the coordinator with `input`; returns its id.
    async fn service(&self, input: Value) -> String {
        let created = self
            .ok(
                &self.coord,
                "mutation($o: ID!, $i: ServiceInput!) { createService(organisationId: $o, input: $i) { id } }",
                json!({ "o": self.shelter.id.to_string(), "i": input }),
            )
            .await;
        created["id"].as_str().unwrap().to_owned()
    }

    /// A pathway of Alfa whose one step uses `service`, published unless `draft`.
    async fn using_service(&self, title: &str, service: &str, draft: bool) -> String {
        let created = self
            .ok(
                &self.coord,
                CREATE,
                json!({ "input": { "regionId": self.alfa.id.to_string(), "content": {
                    "title": title, "language": "FI",
                    "steps": [{ "title": "Ryhmä", "serviceId": service }] } } }),
            )
            .await;
        let id = created["id"].as_str().unwrap().to_owned();
        if !draft {
            self.ok(&self.coord, PUBLISH, json!({ "id": id })).await;
        }
        id
    }

    async fn flags(&self, token: &str, pathway: &str) -> Value {
        self.ok(token, FLAGS, json!({ "id": pathway })).await
    }

    async fn due(&self, token: &str, region: Option<&region::Model>, within: i32) -> Vec<String> {
        let due = self
            .ok(
                token,
                DUE,
                json!({ "r": region.map(|r| r.id.to_string()), "d": within }),
            )
            .await;
        due["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["currentVersion"]["title"].as_str().unwrap().to_owned())
            .collect()
    }

    async fn feed(&self, token: &str, region: Option<&region::Model>) -> Vec<Value> {
        let feed = self
            .ok(
                token,
                FEED,
                json!({ "r": region.map(|r| r.id.to_string()), "first": 100 }),
            )
            .await;
        feed["nodes"].as_array().unwrap().clone()
    }
}

fn group_service(name: &str) -> Value {
    json!({ "name": name, "kind": "THERAPY_GROUP", "eligibility": "Ajanvaraus puhelimitse",
        "assuredOn": today().to_string(),
        "hours": { "weekly": [{ "day": "MON", "opens": "09:00", "closes": "15:00" }] } })
}

fn kinds(feed: &[Value]) -> Vec<&str> {
    feed.iter().map(|n| n["kind"].as_str().unwrap()).collect()
}

// ---- Regional variants -------------------------------------------------------------------------

#[tokio::test]
async fn a_coordinator_adapts_a_national_pathway_for_their_region() {
    let w = world().await;
    let national = w
        .national(
            "Kansallinen hoitopolku",
            "# Kansallinen\n\nYhteinen runko.\n",
        )
        .await;
    let variant = w.variant(&national).await;
    assert_eq!(variant["status"], "DRAFT");
    assert_eq!(variant["isNational"], false);
    assert_eq!(variant["region"]["id"], w.alfa.id.to_string());
    // The first draft copies the national published version; steps keep their organisation
    // only when it is in Alfa's network.
    assert_eq!(
        variant["openVersion"],
        json!({ "number": 1, "state": "DRAFT", "title": "Kansallinen hoitopolku",
            "body": "# Kansallinen\n\nYhteinen runko.", "changeNote": "Regional variant of national version 1",
            "steps": [
                { "title": "Turvakoti", "responsibleOrganisation": { "name": "Alfan turvakoti" }, "service": null },
                { "title": "Rikosilmoitus", "responsibleOrganisation": null, "service": null },
            ] })
    );
    assert_eq!(
        variant["base"],
        json!({ "pathway": { "id": national }, "versionNumber": 1, "latestVersionNumber": 1,
            "updated": false, "diff": null, "draftVersionNumber": 1 })
    );
    let variant_id = variant["id"].as_str().unwrap();

    // The national pathway lists its variants to those who may read them: the draft variant is
    // for Alfa's coordinators (and admins) until it is published.
    let variants =
        "query($id: ID!) { pathway(id: $id) { variants { nodes { id region { id } } } } }";
    for (token, listed) in [
        (&w.coord, true),
        (&w.admin, true),
        (&w.memb, false),
        (&w.coord_beta, false),
    ] {
        let read = w.ok(token, variants, json!({ "id": national })).await;
        let expected = if listed {
            json!([{ "id": variant_id, "region": { "id": w.alfa.id.to_string() } }])
        } else {
            json!([])
        };
        assert_eq!(read["variants"]["nodes"], expected);
    }
    w.ok(&w.coord, PUBLISH, json!({ "id": variant_id })).await;
    let read = w.ok(&w.memb, variants, json!({ "id": national })).await;
    assert_eq!(read["variants"]["nodes"][0]["id"], variant_id);

    let events = w.events("pathway.create_variant", variant_id).await;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["regionId"], w.alfa.id.to_string());
    assert_eq!(events[0]["actor"]["email"], w.coordinator.email);
    assert_eq!(events[0]["summary"]["baseVersion"], 1);
    assert_eq!(events[0]["summary"]["base"], national);
}

#[tokio::test]
async fn a_variant_shows_base_updated_with_the_diff_and_takes_the_change_into_a_draft() {
    let w = world().await;
    let national = w
        .national("Kansallinen hoitopolku", "Ensimmäinen kappale.\n")
        .await;
    let variant = w.variant(&national).await;
    let id = variant["id"].as_str().unwrap().to_owned();
    // Alfa renames its variant and publishes it.
    w.ok(
        &w.coord,
        UPDATE_DRAFT,
        json!({ "id": id, "content": { "title": "Alfan hoitopolku", "language": "FI",
            "body": "Ensimmäinen kappale.",
            "steps": [{ "title": "Turvakoti", "organisationId": w.shelter.id.to_string() },
                      { "title": "Rikosilmoitus" }] } }),
    )
    .await;
    w.ok(&w.coord, PUBLISH, json!({ "id": id })).await;
    let read = w.ok(&w.memb, BASE, json!({ "id": id })).await;
    assert_eq!(read["base"]["updated"], false);

    // The national pathway publishes version 2: a new title, a new paragraph, a new step.
    w.new_version(
        &w.admin,
        &w.admin,
        &national,
        json!({ "title": "Kansallinen hoitopolku 2", "language": "FI",
            "body": "Ensimmäinen kappale.\nUusi kappale.\n",
            "steps": [{ "title": "Turvakoti", "organisationId": w.shelter.id.to_string() },
                      { "title": "Rikosilmoitus", "organisationId": w.police_beta.id.to_string() },
                      { "title": "Seuranta", "organisationId": w.shelter.id.to_string() }] }),
    )
    .await;
    // Every reader of the variant sees "base updated" and what changed nationally.
    for token in [&w.memb, &w.coord] {
        let base = &w.ok(token, BASE, json!({ "id": id })).await["base"];
        assert_eq!(base["updated"], true);
        assert_eq!(base["versionNumber"], 1);
        assert_eq!(base["latestVersionNumber"], 2);
        assert_eq!(base["diff"]["from"], 1);
        assert_eq!(base["diff"]["to"], 2);
        assert_eq!(
            base["diff"]["title"],
            json!({ "before": "Kansallinen hoitopolku", "after": "Kansallinen hoitopolku 2" })
        );
        assert!(
            base["diff"]["body"]
                .as_array()
                .unwrap()
                .contains(&json!({ "kind": "INSERTED", "text": "Uusi kappale." })),
            "{base}"
        );
    }
    // The member cannot take it; the coordinator takes it into a new draft: the body and the
    // steps Alfa never changed come from the national version, Alfa's own title stays.
    let refused = w.gql(&w.memb, TAKE, json!({ "id": id })).await;
    assert_error(&refused, "FORBIDDEN", None, &["coordinators"]);
    let taken = w.ok(&w.coord, TAKE, json!({ "id": id })).await;
    assert_eq!(taken["status"], "PUBLISHED");
    assert_eq!(taken["publishedVersion"]["number"], 1);
    assert_eq!(
        taken["openVersion"],
        json!({ "number": 2, "state": "DRAFT", "title": "Alfan hoitopolku",
            "body": "Ensimmäinen kappale.\nUusi kappale.",
            "changeNote": "Took national version 2: updated body, steps; kept the region's own title (changed in both; compare with the national diff)",
            "steps": [
                { "title": "Turvakoti", "responsibleOrganisation": { "name": "Alfan turvakoti" } },
                { "title": "Rikosilmoitus", "responsibleOrganisation": null },
                { "title": "Seuranta", "responsibleOrganisation": { "name": "Alfan turvakoti" } },
            ] })
    );
    // Until the draft is published, readers still see the variant's published base.
    assert_eq!(
        taken["base"],
        json!({ "versionNumber": 1, "latestVersionNumber": 2, "updated": true, "draftVersionNumber": 2 })
    );
    let again = w.gql(&w.coord, TAKE, json!({ "id": id })).await;
    assert_error(
        &again,
        "CONFLICT",
        None,
        &["already holds national version 2"],
    );
    let events = w.events("pathway.take_base_update", &id).await;
    assert_eq!(events.len(), 1);
    assert_eq!(
        events[0]["summary"],
        json!({ "version": 2, "baseVersion": 2, "fromBaseVersion": 1, "taken": ["body", "steps"], "kept": ["title"] })
    );

    w.ok(&w.coord, PUBLISH, json!({ "id": id })).await;
    let base = &w.ok(&w.memb, BASE, json!({ "id": id })).await["base"];
    assert_eq!(base["updated"], false);
    assert_eq!(base["versionNumber"], 2);
    assert_eq!(base["diff"], Value::Null);
}

#[tokio::test]
async fn a_base_update_merges_into_an_open_draft_and_discarding_it_keeps_the_old_base() {
    let w = world().await;
    let national = w.national("Kansallinen", "Runko 1\n").await;
    let id = w.variant(&national).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    w.ok(&w.coord, PUBLISH, json!({ "id": id })).await;
    // A member proposes a change to the body; meanwhile the national pathway changes its title.
    w.ok(&w.memb, START_DRAFT, json!({ "id": id })).await;
    w.ok(
        &w.memb,
        UPDATE_DRAFT,
        json!({ "id": id, "content": { "title": "Kansallinen", "language": "FI", "body": "Alfan oma runko",
            "steps": [{ "title": "Turvakoti", "organisationId": w.shelter.id.to_string() }, { "title": "Rikosilmoitus" }] } }),
    )
    .await;
    w.new_version(
        &w.admin,
        &w.admin,
        &national,
        json!({ "title": "Kansallinen, päivitetty", "language": "FI", "body": "Runko 2",
            "steps": [{ "title": "Turvakoti", "organisationId": w.shelter.id.to_string() },
                      { "title": "Rikosilmoitus", "organisationId": w.police_beta.id.to_string() }] }),
    )
    .await;
    let taken = w.ok(&w.coord, TAKE, json!({ "id": id })).await;
    assert_eq!(taken["openVersion"]["number"], 2);
    assert_eq!(taken["openVersion"]["title"], "Kansallinen, päivitetty");
    assert_eq!(taken["openVersion"]["body"], "Alfan oma runko");
    assert_eq!(taken["base"]["draftVersionNumber"], 2);
    // Submitted for review, the draft is frozen: a newer base cannot be merged into it.
    w.ok(
        &w.memb,
        "mutation($id: ID!) { submitPathway(pathwayId: $id) { id } }",
        json!({ "id": id }),
    )
    .await;
    w.new_version(
        &w.admin,
        &w.admin,
        &national,
        json!({ "title": "Kansallinen 3", "language": "FI" }),
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        TAKE,
        json!({ "id": id }),
        "CONFLICT",
        None,
        &["in review"],
    )
    .await;
    // Discarding the draft leaves the variant on the base version its published content has.
    w.ok(
        &w.coord,
        "mutation($id: ID!) { returnPathwayToDraft(pathwayId: $id) { id } }",
        json!({ "id": id }),
    )
    .await;
    w.ok(
        &w.coord,
        "mutation($id: ID!) { discardPathwayDraft(pathwayId: $id) { id } }",
        json!({ "id": id }),
    )
    .await;
    let base = &w.ok(&w.coord, BASE, json!({ "id": id })).await["base"];
    assert_eq!(base["versionNumber"], 1);
    assert_eq!(base["latestVersionNumber"], 3);
    assert_eq!(base["draftVersionNumber"], Value::Null);
}

#[tokio::test]
async fn a_variant_needs_a_published_national_base_and_a_coordinator_of_the_region() {
    let w = world().await;
    let alfa = w.alfa.id.to_string();
    // A national pathway never published.
    let draft = w
        .ok(
            &w.admin,
            CREATE,
            json!({ "input": { "content": { "title": "Luonnos", "language": "FI" } } }),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_refused_changing_nothing(
        &w.app,
        &w.admin,
        CREATE_VARIANT,
        json!({ "p": draft, "r": alfa }),
        "BAD_USER_INPUT",
        Some("pathwayId"),
        &["published"],
    )
    .await;
    // A regional pathway is no base.
    let regional = w.published("Alfan oma").await;
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        CREATE_VARIANT,
        json!({ "p": regional, "r": alfa }),
        "BAD_USER_INPUT",
        Some("pathwayId"),
        &["national"],
    )
    .await;
    // Nor through createPathway(basedOnVersionId:).
    let regional_version = w.published_version_id(&regional).await;
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        CREATE,
        json!({ "input": { "regionId": alfa, "basedOnVersionId": regional_version,
            "content": { "title": "Muunnelma", "language": "FI" } } }),
        "BAD_USER_INPUT",
        Some("basedOnVersionId"),
        &["national"],
    )
    .await;
    let national = w.national("Kansallinen", "Runko\n").await;
    let national_version = w.published_version_id(&national).await;
    // Members and other regions' coordinators may not adapt it for Alfa, by either mutation.
    for token in [&w.memb, &w.coord_beta] {
        assert_refused_changing_nothing(
            &w.app,
            token,
            CREATE_VARIANT,
            json!({ "p": national, "r": alfa }),
            "FORBIDDEN",
            None,
            &["coordinators"],
        )
        .await;
    }
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        CREATE,
        json!({ "input": { "regionId": alfa, "basedOnVersionId": national_version,
            "content": { "title": "Muunnelma", "language": "FI" } } }),
        "FORBIDDEN",
        None,
        &["coordinators"],
    )
    .await;
    // One variant per region; a regional pathway that is no variant has no base to take.
    w.variant(&national).await;
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        CREATE_VARIANT,
        json!({ "p": national, "r": alfa }),
        "CONFLICT",
        None,
        &["already has a variant"],
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        TAKE,
        json!({ "id": regional }),
        "CONFLICT",
        None,
        &["not a regional variant"],
    )
    .await;
    let answer = w
        .gql(
            &w.coord,
            CREATE_VARIANT,
            json!({ "p": national, "r": uuid::Uuid::new_v4().to_string() }),
        )
        .await;
    assert_error(&answer, "NOT_FOUND", None, &["region"]);
}

// ---- Feedback ----------------------------------------------------------------------------------

#[tokio::test]
async fn a_member_sends_feedback_and_follows_its_triage_and_the_reply() {
    let w = world().await;
    let pathway = w.published("Lähisuhdeväkivallan hoitopolku").await;
    let sent = w
        .send(
            &w.memb,
            &pathway,
            "Puhelinnumero vaiheessa 2 on vanha.",
            false,
        )
        .await;
    assert_eq!(sent["status"], "NEW");
    assert_eq!(sent["urgent"], false);
    assert_eq!(sent["sender"]["email"], w.member.email);
    assert_eq!(sent["pathway"]["id"], pathway);
    let feedback = sent["id"].as_str().unwrap().to_owned();
    w.send(
        &w.coord,
        &pathway,
        "Kiireellinen: palvelu on suljettu.",
        true,
    )
    .await;
    w.send(&w.memb, &pathway, "Lisätkää ruotsinkielinen linkki.", false)
        .await;

    // The coordinators' queue: urgent first, then newest first.
    let queue = w.queue(&w.coord, Some(&w.alfa), Value::Null).await;
    let messages: Vec<&str> = queue
        .iter()
        .map(|n| n["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "Kiireellinen: palvelu on suljettu.",
            "Lisätkää ruotsinkielinen linkki.",
            "Puhelinnumero vaiheessa 2 on vanha."
        ]
    );
    let in_progress = w
        .ok(
            &w.coord,
            SET_STATUS,
            json!({ "id": feedback, "s": "IN_PROGRESS" }),
        )
        .await;
    assert_eq!(in_progress["status"], "IN_PROGRESS");
    let replied = w
        .ok(
            &w.coord,
            REPLY,
            json!({ "id": feedback, "r": "Kiitos, numero on korjattu." }),
        )
        .await;
    assert_eq!(replied["reply"], "Kiitos, numero on korjattu.");
    assert_eq!(replied["repliedBy"]["email"], w.coordinator.email);
    assert!(replied["repliedAt"].is_string());
    w.ok(&w.coord, SET_STATUS, json!({ "id": feedback, "s": "DONE" }))
        .await;
    let done = w.queue(&w.coord, Some(&w.alfa), json!(["DONE"])).await;
    assert_eq!(done.len(), 1);
    assert_eq!(done[0]["message"], "Puhelinnumero vaiheessa 2 on vanha.");
    let open = w
        .queue(&w.admin, Some(&w.alfa), json!(["NEW", "IN_PROGRESS"]))
        .await;
    assert_eq!(open.len(), 2);

    // The sender sees their own feedback, its status and the reply; nobody else's.
    let mine = w.ok(&w.memb, MINE, json!({})).await;
    assert_eq!(
        mine["nodes"],
        json!([
            { "message": "Lisätkää ruotsinkielinen linkki.", "status": "NEW", "reply": null, "repliedBy": null, "pathway": { "id": pathway } },
            { "message": "Puhelinnumero vaiheessa 2 on vanha.", "status": "DONE", "reply": "Kiitos, numero on korjattu.",
              "repliedBy": { "email": w.coordinator.email }, "pathway": { "id": pathway } },
        ])
    );
    let one = "query($id: ID!) { pathwayFeedback(id: $id) { message } }";
    for (token, visible) in [
        (&w.memb, true),
        (&w.coord, true),
        (&w.admin, true),
        (&w.memb_beta, false),
        (&w.coord_beta, false),
    ] {
        let read = w.ok(token, one, json!({ "id": feedback })).await;
        assert_eq!(read.is_object(), visible, "{read}");
    }
    let refused = w
        .gql(&w.coord_beta, QUEUE, json!({ "r": w.alfa.id.to_string() }))
        .await;
    assert_error(&refused, "FORBIDDEN", None, &["coordinators"]);

    for action in [
        "pathway_feedback.send",
        "pathway_feedback.set_status",
        "pathway_feedback.reply",
    ] {
        let events = w.events(action, &feedback).await;
        assert!(!events.is_empty(), "{action} is audited");
        assert_eq!(events[0]["regionId"], w.alfa.id.to_string());
    }
    assert_eq!(
        w.events("pathway_feedback.set_status", &feedback)
            .await
            .len(),
        2
    );
}

#[tokio::test]
async fn the_feedback_queue_pages_through_urgent_then_newest() {
    let w = world().await;
    let pathway = w.published("Hoitopolku").await;
    for i in 0..3 {
        w.send(&w.memb, &pathway, &format!("Tavallinen {i}"), false)
            .await;
        w.send(&w.memb, &pathway, &format!("Kiireellinen {i}"), true)
            .await;
    }
    let mut seen = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = w
            .ok(
                &w.coord,
                QUEUE,
                json!({ "r": w.alfa.id.to_string(), "first": 2, "after": after }),
            )
            .await;
        seen.extend(
            page["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n["message"].as_str().unwrap().to_owned()),
        );
        if page["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(
        seen,
        [
            "Kiireellinen 2",
            "Kiireellinen 1",
            "Kiireellinen 0",
            "Tavallinen 2",
            "Tavallinen 1",
            "Tavallinen 0"
        ]
    );
}

#[tokio::test]
async fn feedback_on_a_national_pathway_is_triaged_by_the_admins() {
    let w = world().await;
    let national = w.national("Kansallinen", "Runko\n").await;
    let sent = w
        .send(&w.memb_beta, &national, "Vaihe 2 puuttuu.", true)
        .await;
    let queue = w.queue(&w.admin, None, Value::Null).await;
    assert_eq!(
        queue,
        [json!({ "message": "Vaihe 2 puuttuu.", "urgent": true, "status": "NEW" })]
    );
    assert!(
        w.queue(&w.admin, Some(&w.beta), Value::Null)
            .await
            .is_empty()
    );
    let refused = w.gql(&w.coord, QUEUE, json!({})).await;
    assert_error(&refused, "FORBIDDEN", None, &["admins"]);
    let refused = w
        .gql(
            &w.coord,
            SET_STATUS,
            json!({ "id": sent["id"], "s": "DONE" }),
        )
        .await;
    assert_error(&refused, "NOT_FOUND", None, &["feedback"]);
    let events = w
        .events("pathway_feedback.send", sent["id"].as_str().unwrap())
        .await;
    assert_eq!(events[0]["regionId"], Value::Null);
}

#[tokio::test]
async fn bad_feedback_and_replies_are_refused_and_change_nothing() {
    let w = world().await;
    let pathway = w.published("Hoitopolku").await;
    let feedback = w.send(&w.memb, &pathway, "Viesti", false).await["id"].clone();
    let send = |message: String| json!({ "p": pathway, "i": { "message": message } });
    for (message, says) in [
        ("   ".to_owned(), "must not be empty"),
        ("a".repeat(4001), "the limit is 4000"),
        ("Asiakas 131052-308T soitti".to_owned(), "personal data"),
    ] {
        assert_refused_changing_nothing(
            &w.app,
            &w.memb,
            SEND,
            send(message),
            "BAD_USER_INPUT",
            Some("input.message"),
            &[says],
        )
        .await;
    }
    // A pathway the viewer may not read answers like a missing one.
    let network_only = w.published("Vain Alfalle").await;
    assert_refused_changing_nothing(
        &w.app,
        &w.memb_beta,
        SEND,
        json!({ "p": network_only, "i": { "message": "Hei" } }),
        "NOT_FOUND",
        None,
        &["pathway"],
    )
    .await;
    let anonymous = w
        .app
        .gql(
            None,
            SEND,
            json!({ "p": pathway, "i": { "message": "Hei" } }),
        )
        .await;
    assert_error(&anonymous, "UNAUTHENTICATED", None, &[]);
    // The sender does not triage their own feedback.
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        REPLY,
        json!({ "id": feedback, "r": "Itse" }),
        "FORBIDDEN",
        None,
        &["coordinators"],
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        SET_STATUS,
        json!({ "id": feedback, "s": "DONE" }),
        "FORBIDDEN",
        None,
        &["coordinators"],
    )
    .await;
    for (reply, says) in [
        ("", "must not be empty"),
        ("Soita 131052-308T", "personal data"),
    ] {
        assert_refused_changing_nothing(
            &w.app,
            &w.coord,
            REPLY,
            json!({ "id": feedback, "r": reply }),
            "BAD_USER_INPUT",
            Some("reply"),
            &[says],
        )
        .await;
    }
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        SET_STATUS,
        json!({ "id": feedback, "s": "NEW" }),
        "CONFLICT",
        None,
        &["new already"],
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        SET_STATUS,
        json!({ "id": uuid::Uuid::new_v4().to_string(), "s": "DONE" }),
        "NOT_FOUND",
        None,
        &["feedback"],
    )
    .await;
}

// ---- Review dates and the review list ----------------------------------------------------------

#[tokio::test]
async fn the_review_list_shows_published_pathways_overdue_or_due_soon() {
    let w = world().await;
    let settings = "mutation($id: ID!, $d: NaiveDate) { setPathwaySettings(pathwayId: $id, visibility: NETWORK, reviewDue: $d) { id } }";
    for (title, due) in [("Myöhässä", -3), ("Pian", 10), ("Myöhemmin", 100)] {
        let id = w.published(title).await;
        w.ok(
            &w.coord,
            settings,
            json!({ "id": id, "d": days_from_today(due) }),
        )
        .await;
    }
    w.published("Ei päivää").await;
    // A draft whose date has passed is not on the list: only published pathways are reviewed.
    let draft = PathwayBuilder::new(Some(&w.alfa), &w.coordinator)
        .title("Luonnos")
        .insert(&w.app)
        .await;
    w.ok(
        &w.coord,
        settings,
        json!({ "id": draft.id.to_string(), "d": days_from_today(-10) }),
    )
    .await;
    // Another region's pathways are on its own list.
    PathwayBuilder::new(Some(&w.beta), &w.coordinator)
        .title("Betan")
        .published()
        .insert(&w.app)
        .await;

    assert_eq!(
        w.due(&w.coord, Some(&w.alfa), 30).await,
        ["Myöhässä", "Pian"]
    );
    assert_eq!(w.due(&w.memb, Some(&w.alfa), 0).await, ["Myöhässä"]);
    assert_eq!(
        w.due(&w.admin, Some(&w.alfa), 365).await,
        ["Myöhässä", "Pian", "Myöhemmin"]
    );
    let overdue = w
        .ok(&w.memb, DUE, json!({ "r": w.alfa.id.to_string(), "d": 30 }))
        .await;
    assert_eq!(overdue["nodes"][0]["reviewOverdue"], true);
    assert_eq!(overdue["nodes"][0]["reviewDue"], days_from_today(-3));
    assert_eq!(overdue["nodes"][1]["reviewOverdue"], false);

    for token in [&w.memb_beta, &w.coord_beta] {
        let refused = w
            .gql(token, DUE, json!({ "r": w.alfa.id.to_string() }))
            .await;
        assert_error(&refused, "FORBIDDEN", None, &["review list"]);
    }
    let national = w.gql(&w.coord, DUE, json!({})).await;
    assert_error(&national, "FORBIDDEN", None, &["admins"]);
    for days in [-1, 367] {
        let bad = w
            .gql(
                &w.coord,
                DUE,
                json!({ "r": w.alfa.id.to_string(), "d": days }),
            )
            .await;
        assert_error(&bad, "BAD_USER_INPUT", Some("withinDays"), &[]);
    }
}

#[tokio::test]
async fn a_changed_service_flags_the_published_pathways_using_it_until_they_are_reviewed() {
    let w = world().await;
    let group = w.service(group_service("Vertaisryhmä")).await;
    let flagged = w.using_service("Ryhmäpolku", &group, false).await;
    let draft = w.using_service("Luonnospolku", &group, true).await;
    let unrelated = w.published("Muu polku").await;
    assert_eq!(w.flags(&w.memb, &flagged).await["reviewFlags"], json!([]));

    // A new description does not flag anything; new hours and eligibility do.
    let mut input = group_service("Vertaisryhmä");
    input["description"] = json!("Uusi kuvaus");
    w.ok(&w.coord, UPDATE_SERVICE, json!({ "id": group, "i": input }))
        .await;
    assert_eq!(w.flags(&w.memb, &flagged).await["reviewFlags"], json!([]));
    input["eligibility"] = json!("Lähete tarvitaan");
    input["hours"] = json!({ "weekly": [{ "day": "TUE", "opens": "10:00", "closes": "14:00" }] });
    w.ok(&w.coord, UPDATE_SERVICE, json!({ "id": group, "i": input }))
        .await;

    let read = w.flags(&w.memb, &flagged).await;
    let flags = read["reviewFlags"].as_array().unwrap();
    assert_eq!(flags.len(), 1, "{read}");
    assert_eq!(flags[0]["reason"], "SERVICE_CHANGED");
    assert_eq!(flags[0]["service"]["name"], "Vertaisryhmä");
    assert_eq!(flags[0]["changedFields"], json!(["hours", "eligibility"]));
    assert!(flags[0]["changedAt"].is_string());
    assert_eq!(w.flags(&w.coord, &draft).await["reviewFlags"], json!([]));
    assert_eq!(
        w.flags(&w.coord, &unrelated).await["reviewFlags"],
        json!([])
    );
    // Without a review date, the flag alone puts the pathway on the review list.
    assert_eq!(w.due(&w.memb, Some(&w.alfa), 30).await, ["Ryhmäpolku"]);
    let events = w.events("pathway.flag_for_review", &flagged).await;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["summary"]["serviceName"], "Vertaisryhmä");

    // The coordinator reviews it: the flag is cleared and the next review date set.
    let next = days_from_today(180);
    let reviewed = w
        .ok(&w.coord, MARK_REVIEWED, json!({ "id": flagged, "d": next }))
        .await;
    assert_eq!(reviewed["reviewDue"], next);
    assert_eq!(reviewed["reviewFlags"], json!([]));
    assert!(w.due(&w.memb, Some(&w.alfa), 30).await.is_empty());
    let events = w.events("pathway.mark_reviewed", &flagged).await;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["summary"]["clearedFlags"], 1);
    assert_eq!(events[0]["summary"]["reviewDue"], next);

    // Publishing a new version clears a flag too.
    input["channels"] = json!([{ "kind": "PHONE", "value": "+358 40 123 4567" }]);
    w.ok(&w.coord, UPDATE_SERVICE, json!({ "id": group, "i": input }))
        .await;
    assert_eq!(
        w.flags(&w.coord, &flagged).await["reviewFlags"][0]["changedFields"],
        json!(["channels"])
    );
    w.new_version(
        &w.coord,
        &w.coord,
        &flagged,
        json!({ "title": "Ryhmäpolku 2", "language": "FI",
        "steps": [{ "title": "Ryhmä", "serviceId": group }] }),
    )
    .await;
    assert_eq!(w.flags(&w.coord, &flagged).await["reviewFlags"], json!([]));
}

#[tokio::test]
async fn stale_or_temporarily_closed_services_flag_pathways_while_that_lasts() {
    let w = world().await;
    let old = today()
        .checked_sub_months(Months::new(13))
        .unwrap()
        .to_string();
    let mut input = group_service("Vanha ryhmä");
    input["assuredOn"] = json!(old);
    input["status"] = json!("TEMPORARILY_CLOSED");
    let stale = w.service(input.clone()).await;
    let pathway = w.using_service("Vanhan ryhmän polku", &stale, false).await;
    let reasons = |read: &Value| {
        read["reviewFlags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["reason"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        reasons(&w.flags(&w.memb, &pathway).await),
        ["SERVICE_ASSURANCE_OLD", "SERVICE_TEMPORARILY_CLOSED"]
    );
    assert_eq!(
        w.due(&w.coord, Some(&w.alfa), 30).await,
        ["Vanhan ryhmän polku"]
    );
    // Reviewing does not hide a condition that still holds.
    w.ok(
        &w.coord,
        MARK_REVIEWED,
        json!({ "id": pathway, "d": days_from_today(90) }),
    )
    .await;
    assert_eq!(
        reasons(&w.flags(&w.memb, &pathway).await),
        ["SERVICE_ASSURANCE_OLD", "SERVICE_TEMPORARILY_CLOSED"]
    );
    // The service is re-assured and reopened: the read-time flags go, the change itself flags.
    input["assuredOn"] = json!(today().to_string());
    input["status"] = json!("ACTIVE");
    w.ok(&w.coord, UPDATE_SERVICE, json!({ "id": stale, "i": input }))
        .await;
    let read = w.flags(&w.memb, &pathway).await;
    assert_eq!(reasons(&read), ["SERVICE_CHANGED"]);
    assert_eq!(read["reviewFlags"][0]["changedFields"], json!(["status"]));
}

#[tokio::test]
async fn marking_a_service_checked_dates_it_today_in_its_zone_and_keeps_everything_else() {
    let w = world().await;
    let mut input = group_service("Tarkistettava ryhmä");
    input["assuredOn"] = json!(
        today()
            .checked_sub_months(Months::new(13))
            .unwrap()
            .to_string()
    );
    let service = w.service(input.clone()).await;
    let pathway = w
        .using_service("Tarkistettavan ryhmän polku", &service, false)
        .await;
    assert_eq!(
        w.flags(&w.memb, &pathway).await["reviewFlags"][0]["reason"],
        "SERVICE_ASSURANCE_OLD"
    );
    const CHECK: &str = "mutation($id: ID!) { markServiceChecked(id: $id) {
        assuredOn timeZone eligibility hours { weekly { day opens closes } } } }";
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        CHECK,
        json!({ "id": service }),
        "FORBIDDEN",
        None,
        &["coordinators"],
    )
    .await;

    // Someone changes the eligibility after the checker's page loaded; the check keeps it.
    input["eligibility"] = json!("Lähete tarvitaan");
    w.ok(
        &w.coord,
        UPDATE_SERVICE,
        json!({ "id": service, "i": input }),
    )
    .await;
    let checked = w.ok(&w.coord, CHECK, json!({ "id": service })).await;
    let zone: chrono_tz::Tz = checked["timeZone"].as_str().unwrap().parse().unwrap();
    assert_eq!(
        checked["assuredOn"],
        Utc::now().with_timezone(&zone).date_naive().to_string()
    );
    assert_eq!(checked["eligibility"], "Lähete tarvitaan");
    assert_eq!(
        checked["hours"]["weekly"],
        json!([{ "day": "MON", "opens": "09:00", "closes": "15:00" }])
    );
    // The old assurance no longer flags the pathway; the eligibility change does.
    let flags = w.flags(&w.memb, &pathway).await;
    let reasons: Vec<&str> = flags["reviewFlags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, ["SERVICE_CHANGED"]);
    assert_eq!(
        flags["reviewFlags"][0]["changedFields"],
        json!(["eligibility"])
    );
}

#[tokio::test]
async fn marking_a_pathway_reviewed_needs_a_coordinator_a_published_pathway_and_a_future_date() {
    let w = world().await;
    let pathway = w.published("Hoitopolku").await;
    let next = days_from_today(30);
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        MARK_REVIEWED,
        json!({ "id": pathway, "d": next }),
        "FORBIDDEN",
        None,
        &["coordinators"],
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.coord_beta,
        MARK_REVIEWED,
        json!({ "id": pathway, "d": next }),
        "NOT_FOUND",
        None,
        &["pathway"],
    )
    .await;
    for day in [days_from_today(0), days_from_today(-5)] {
        assert_refused_changing_nothing(
            &w.app,
            &w.coord,
            MARK_REVIEWED,
            json!({ "id": pathway, "d": day }),
            "BAD_USER_INPUT",
            Some("nextReviewDue"),
            &["after today"],
        )
        .await;
    }
    let draft = PathwayBuilder::new(Some(&w.alfa), &w.coordinator)
        .insert(&w.app)
        .await
        .id
        .to_string();
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        MARK_REVIEWED,
        json!({ "id": draft, "d": next }),
        "CONFLICT",
        None,
        &["only a published pathway"],
    )
    .await;
}

// ---- Recent changes ----------------------------------------------------------------------------

#[tokio::test]
async fn the_recent_changes_feed_shows_each_viewer_what_they_may_read() {
    let w = world().await;
    let national = w.national("Kansallinen", "Runko\n").await;
    let variant = w.variant(&national).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let group = w.service(group_service("Ryhmä")).await;
    let published = w.using_service("Julkaistu", &group, false).await;
    let mut input = group_service("Ryhmä");
    input["status"] = json!("TEMPORARILY_CLOSED");
    w.ok(&w.coord, UPDATE_SERVICE, json!({ "id": group, "i": input }))
        .await;
    w.ok(
        &w.coord,
        MARK_REVIEWED,
        json!({ "id": published, "d": days_from_today(60) }),
    )
    .await;
    let archived = w.published("Arkistoitu").await;
    w.ok(
        &w.coord,
        "mutation($id: ID!) { archivePathway(pathwayId: $id) { id } }",
        json!({ "id": archived }),
    )
    .await;
    // A draft is nobody's news but its editors'.
    PathwayBuilder::new(Some(&w.alfa), &w.member)
        .title("Jäsenen luonnos")
        .insert(&w.app)
        .await;
    w.new_version(
        &w.admin,
        &w.admin,
        &national,
        json!({ "title": "Kansallinen 2", "language": "FI" }),
    )
    .await;
    // Beta's own news.
    PathwayBuilder::new(Some(&w.beta), &w.coordinator)
        .title("Betan")
        .published()
        .insert(&w.app)
        .await;

    let coordinator = w.feed(&w.coord, Some(&w.alfa)).await;
    assert_eq!(
        kinds(&coordinator),
        [
            "BASE_UPDATED",
            "ARCHIVED",
            "PUBLISHED",
            "REVIEWED",
            "SERVICE_CHANGED",
            "PUBLISHED",
            "VARIANT_CREATED",
            "PUBLISHED"
        ]
    );
    assert_eq!(coordinator[0]["pathway"]["id"], national);
    assert_eq!(coordinator[0]["region"], Value::Null);
    assert_eq!(coordinator[0]["versionNumber"], 2);
    assert_eq!(coordinator[3]["reviewDue"], days_from_today(60));
    assert_eq!(coordinator[4]["service"]["name"], "Ryhmä");
    assert_eq!(coordinator[4]["changedFields"], json!(["status"]));
    assert_eq!(coordinator[4]["pathway"]["id"], published);
    assert_eq!(coordinator[6]["pathway"]["id"], variant);
    assert_eq!(coordinator[6]["baseVersionNumber"], 1);
    assert_eq!(coordinator[6]["region"]["id"], w.alfa.id.to_string());
    // The national pathway's first version: published, not yet an update.
    assert_eq!(coordinator[7]["pathway"]["id"], national);
    assert_eq!(coordinator[7]["versionNumber"], 1);

    // The member reads neither the archived pathway (nor, so, any of its events) nor the
    // variant's draft.
    let member = w.feed(&w.memb, Some(&w.alfa)).await;
    assert_eq!(
        kinds(&member),
        [
            "BASE_UPDATED",
            "REVIEWED",
            "SERVICE_CHANGED",
            "PUBLISHED",
            "PUBLISHED"
        ]
    );
    assert!(
        member
            .iter()
            .all(|n| n["pathway"]["id"] != archived.as_str()
                && n["pathway"]["id"] != variant.as_str())
    );
    assert_eq!(w.feed(&w.memb, None).await, member);

    // Beta's people follow Beta, not Alfa; Alfa's national base update is not Beta's news.
    let beta = w.feed(&w.memb_beta, None).await;
    assert_eq!(kinds(&beta), ["PUBLISHED"]);
    assert_eq!(beta[0]["region"]["id"], w.beta.id.to_string());
    let refused = w
        .gql(&w.memb_beta, FEED, json!({ "r": w.alfa.id.to_string() }))
        .await;
    assert_error(&refused, "FORBIDDEN", None, &["regions you belong to"]);
    let anonymous = w.app.gql(None, FEED, json!({})).await;
    assert_error(&anonymous, "UNAUTHENTICATED", None, &[]);

    // The admin's feed without a region holds every region's changes; it pages by cursor.
    let all = w.feed(&w.admin, None).await;
    assert_eq!(all.len(), coordinator.len() + 1, "and Beta's publishing");
    let first = w.ok(&w.admin, FEED, json!({ "first": 3 })).await;
    let rest = w
        .ok(
            &w.admin,
            FEED,
            json!({ "first": 100, "after": first["pageInfo"]["endCursor"] }),
        )
        .await;
    let paged: Vec<Value> = first["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .chain(rest["nodes"].as_array().unwrap())
        .cloned()
        .collect();
    assert_eq!(paged, all);
}

#[tokio::test]
async fn the_review_list_with_flags_and_variants_runs_as_many_statements_for_20_pathways_as_for_4()
{
    let w = world().await;
    let mut input = group_service("Suljettu ryhmä");
    input["status"] = json!("TEMPORARILY_CLOSED");
    let closed = w.service(input).await;
    let list = "query($r: ID!) { pathwaysDueForReview(regionId: $r, first: 100) { nodes {
        id reviewFlags { reason service { name } }
        base { updated } variants { nodes { id } } publishedVersion { title }
    } } }";
    let mut counts = Vec::new();
    for (from, to) in [(0, 4), (4, 20)] {
        for i in from..to {
            w.using_service(&format!("Polku {i}"), &closed, false).await;
        }
        let before = w.app.sql_statements();
        let read = w
            .ok(&w.coord, list, json!({ "r": w.alfa.id.to_string() }))
            .await;
        counts.push(w.app.sql_statements() - before);
        let nodes = read["nodes"].as_array().unwrap();
        assert_eq!(nodes.len(), to);
        assert!(nodes.iter().all(|n| n["reviewFlags"]
            == json!([{ "reason": "SERVICE_TEMPORARILY_CLOSED", "service": { "name": "Suljettu ryhmä" } }])));
    }
    assert_eq!(
        counts[0], counts[1],
        "the statement count must not grow with the list: {counts:?}"
    );
}
