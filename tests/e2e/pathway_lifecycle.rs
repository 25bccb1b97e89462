//! The life of a care pathway through the API: draft → in review → published → archived; new
//! drafts while readers keep the published version; history, diffs, restoring, discarding,
//! deleting a never-published pathway, returning to draft, members' proposals and regional
//! variants of national pathways.

use serde_json::{Value, json};
use verkosto_domain::OrganisationKind;
use verkosto_store::entity::{organisation, region};
use verkosto_testkit::{
    OrganisationBuilder, PathwayBuilder, PersonBuilder, RegionBuilder, TestApp, TestPathway,
    TestPerson,
};

use crate::readback::assert_error;

const CREATE: &str = "mutation($input: CreatePathwayInput!) { createPathway(input: $input) {
    id status isNational region { id }
    openVersion { id number state title }
    publishedVersion { number }
    basedOn { number title pathwayId }
} }";
const UPDATE_DRAFT: &str = "mutation($id: ID!, $content: PathwayContentInput!) {
    updatePathwayDraft(pathwayId: $id, content: $content) { id openVersion { number state title } } }";
const SUBMIT: &str = "mutation($id: ID!) { submitPathway(pathwayId: $id) {
    status openVersion { number state submittedAt } } }";
const PUBLISH: &str = "mutation($id: ID!) { publishPathway(pathwayId: $id) {
    status openVersion { number } publishedVersion { id number state title publishedAt } } }";
const ARCHIVE: &str = "mutation($id: ID!) { archivePathway(pathwayId: $id) { status } }";
const START_DRAFT: &str = "mutation($id: ID!) { startPathwayDraft(pathwayId: $id) {
    status openVersion { number state title } } }";
const RETURN: &str = "mutation($id: ID!) { returnPathwayToDraft(pathwayId: $id) {
    status openVersion { number state submittedAt } } }";
const DISCARD: &str = "mutation($id: ID!) { discardPathwayDraft(pathwayId: $id) {
    status openVersion { number } publishedVersion { number title } } }";
const RESTORE: &str =
    "mutation($id: ID!, $number: Int!) { restorePathwayVersion(pathwayId: $id, number: $number) {
    status openVersion { number state changeNote } publishedVersion { number } } }";
const READ: &str = "query($id: ID!) { pathway(id: $id) {
    status
    publishedVersion { number state title }
    currentVersion { number title }
    openVersion { number state title changeNote author { email } }
    versions { nodes { number state title } }
} }";
/// Everything a version's content holds, for comparing two versions.
const CONTENT: &str = "query($id: ID!, $n: Int!) { pathway(id: $id) { version(number: $n) {
    title summary language targetGroups tags body
    steps { position title description referralCriteria responsibleOrganisation { name } }
} } }";

struct World {
    app: TestApp,
    alfa: region::Model,
    coordinator: TestPerson,
    member: TestPerson,
    /// Tokens of the coordinator, a member, another member and a platform admin.
    coord: String,
    memb: String,
    other: String,
    admin: String,
    shelter: organisation::Model,
    police: organisation::Model,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let alfa = RegionBuilder::new("Alfa").insert(&app).await;
    let coordinator = PersonBuilder::new("koordinaattori@example.org")
        .coordinator_of(&alfa)
        .insert(&app)
        .await;
    let member = PersonBuilder::new("jasen@example.org")
        .member_of(&alfa)
        .insert(&app)
        .await;
    let other = PersonBuilder::new("toinen.jasen@example.org")
        .member_of(&alfa)
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
    let police = OrganisationBuilder::new("Alfan poliisi")
        .kind(OrganisationKind::Police)
        .member_of(&alfa)
        .insert(&app)
        .await;
    World {
        coord: app.token(&coordinator).await,
        memb: app.token(&member).await,
        other: app.token(&other).await,
        admin: app.token(&admin).await,
        app,
        alfa,
        coordinator,
        member,
        shelter,
        police,
    }
}

impl World {
    /// Runs `query` as `token` with `$id` = `pathway`, expecting no errors; returns its one field.
    async fn run(&self, token: &str, query: &str, pathway: &str) -> Value {
        self.run_with(token, query, json!({ "id": pathway })).await
    }

    async fn run_with(&self, token: &str, query: &str, variables: Value) -> Value {
        let answer = self.app.gql(Some(token), query, variables).await;
        let data = answer.data().as_object().unwrap();
        data.values().next().unwrap().clone()
    }

    /// The pathway as `token` reads it (null when they may not).
    async fn read(&self, token: &str, pathway: &str) -> Value {
        self.run(token, READ, pathway).await
    }

    /// Replaces the open draft's content as `token`.
    async fn edit(&self, token: &str, pathway: &str, content: Value) -> Value {
        self.run_with(
            token,
            UPDATE_DRAFT,
            json!({ "id": pathway, "content": content }),
        )
        .await
    }

    /// The content of version `number`, as the coordinator reads it.
    async fn content_of(&self, pathway: &str, number: i32) -> Value {
        self.run_with(&self.coord, CONTENT, json!({ "id": pathway, "n": number }))
            .await["version"]
            .clone()
    }

    /// A published pathway of Alfa titled `title`, written by the coordinator.
    async fn published(&self, title: &str) -> String {
        let pathway: TestPathway = PathwayBuilder::new(Some(&self.alfa), &self.coordinator)
            .title(title)
            .step("Yhteydenotto", Some(&self.shelter))
            .published()
            .insert(&self.app)
            .await;
        pathway.id.to_string()
    }

    /// Starts a draft, gives it `title`, submits and publishes it, all as the coordinator.
    async fn publish_new_version(&self, pathway: &str, title: &str) {
        self.run(&self.coord, START_DRAFT, pathway).await;
        self.edit(&self.coord, pathway, simple(title)).await;
        self.run(&self.coord, SUBMIT, pathway).await;
        self.run(&self.coord, PUBLISH, pathway).await;
    }

    /// Titles of the pathways `token` may list.
    async fn listed(&self, token: &str) -> Vec<String> {
        let answer = self
            .app
            .gql(
                Some(token),
                "{ pathways(first: 100) { nodes { currentVersion { title } } } }",
                json!({}),
            )
            .await;
        answer.data()["pathways"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["currentVersion"]["title"].as_str().unwrap().to_owned())
            .collect()
    }
}

/// Content with only a title.
fn simple(title: &str) -> Value {
    json!({ "title": title, "language": "FI" })
}

fn versions(read: &Value) -> &Value {
    &read["versions"]["nodes"]
}

#[tokio::test]
async fn a_pathway_goes_from_draft_through_review_to_published_and_then_archived() {
    let w = world().await;
    let created = w
        .run_with(
            &w.coord,
            CREATE,
            json!({ "input": { "regionId": w.alfa.id.to_string(), "content": {
                "title": "Vankilasta vapautuvan hoitopolku", "language": "FI",
                "steps": [{ "title": "Vapautumisen valmistelu", "organisationId": w.police.id.to_string() }] } } }),
        )
        .await;
    assert_eq!(created["status"], "DRAFT");
    assert_eq!(created["openVersion"]["number"], 1);
    assert_eq!(created["openVersion"]["state"], "DRAFT");
    assert_eq!(created["publishedVersion"], Value::Null);
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(
        w.read(&w.memb, &id).await,
        Value::Null,
        "members do not see a coordinator's draft"
    );

    let submitted = w.run(&w.coord, SUBMIT, &id).await;
    assert_eq!(submitted["status"], "IN_REVIEW");
    assert_eq!(submitted["openVersion"]["state"], "IN_REVIEW");
    assert!(submitted["openVersion"]["submittedAt"].is_string());
    assert_eq!(w.read(&w.memb, &id).await, Value::Null);

    let published = w.run(&w.coord, PUBLISH, &id).await;
    assert_eq!(published["status"], "PUBLISHED");
    assert_eq!(published["openVersion"], Value::Null);
    assert_eq!(published["publishedVersion"]["number"], 1);
    assert_eq!(published["publishedVersion"]["state"], "PUBLISHED");
    assert!(published["publishedVersion"]["publishedAt"].is_string());
    let read = w.read(&w.memb, &id).await;
    assert_eq!(
        read["currentVersion"]["title"],
        "Vankilasta vapautuvan hoitopolku"
    );
    assert_eq!(
        w.listed(&w.memb).await,
        ["Vankilasta vapautuvan hoitopolku"]
    );

    let archived = w.run(&w.coord, ARCHIVE, &id).await;
    assert_eq!(archived["status"], "ARCHIVED");
    assert_eq!(
        w.read(&w.memb, &id).await,
        Value::Null,
        "readers no longer see it"
    );
    assert_eq!(w.listed(&w.memb).await, Vec::<String>::new());
    let kept = w.read(&w.coord, &id).await;
    assert_eq!(kept["status"], "ARCHIVED");
    assert_eq!(kept["publishedVersion"]["number"], 1, "kept for the record");
}

#[tokio::test]
async fn readers_keep_seeing_the_published_version_while_a_new_draft_is_edited() {
    let w = world().await;
    let id = w.published("Vanha otsikko").await;
    let started = w.run(&w.coord, START_DRAFT, &id).await;
    assert_eq!(started["openVersion"]["number"], 2);
    w.edit(&w.coord, &id, simple("Uusi otsikko")).await;

    let reader = w.read(&w.memb, &id).await;
    assert_eq!(reader["status"], "PUBLISHED");
    assert_eq!(reader["publishedVersion"]["title"], "Vanha otsikko");
    assert_eq!(reader["currentVersion"]["title"], "Vanha otsikko");
    assert_eq!(
        reader["openVersion"],
        Value::Null,
        "the coordinator's draft is not the member's"
    );
    assert_eq!(
        versions(&reader),
        &json!([{ "number": 1, "state": "PUBLISHED", "title": "Vanha otsikko" }])
    );
    let editor = w.read(&w.coord, &id).await;
    assert_eq!(editor["openVersion"]["title"], "Uusi otsikko");
    assert_eq!(editor["openVersion"]["state"], "DRAFT");
    assert_eq!(editor["publishedVersion"]["title"], "Vanha otsikko");

    w.run(&w.coord, SUBMIT, &id).await;
    let in_review = w.read(&w.memb, &id).await;
    assert_eq!(in_review["currentVersion"]["title"], "Vanha otsikko");
    assert_eq!(in_review["openVersion"], Value::Null);
    assert_eq!(versions(&in_review).as_array().unwrap().len(), 1);

    w.run(&w.coord, PUBLISH, &id).await;
    let reader = w.read(&w.memb, &id).await;
    assert_eq!(reader["publishedVersion"]["title"], "Uusi otsikko");
    assert_eq!(reader["currentVersion"]["title"], "Uusi otsikko");
    assert_eq!(reader["openVersion"], Value::Null);
    assert_eq!(
        versions(&reader),
        &json!([
            { "number": 2, "state": "PUBLISHED", "title": "Uusi otsikko" },
            { "number": 1, "state": "SUPERSEDED", "title": "Vanha otsikko" },
        ])
    );
}

#[tokio::test]
async fn the_version_history_lists_newest_first_with_numbers_and_states() {
    let w = world().await;
    let id = w.published("Versio 1").await;
    w.publish_new_version(&id, "Versio 2").await;
    w.publish_new_version(&id, "Versio 3").await;
    w.run(&w.coord, START_DRAFT, &id).await;
    w.edit(&w.coord, &id, simple("Versio 4")).await;

    let editor = w.read(&w.coord, &id).await;
    assert_eq!(
        versions(&editor),
        &json!([
            { "number": 4, "state": "DRAFT", "title": "Versio 4" },
            { "number": 3, "state": "PUBLISHED", "title": "Versio 3" },
            { "number": 2, "state": "SUPERSEDED", "title": "Versio 2" },
            { "number": 1, "state": "SUPERSEDED", "title": "Versio 1" },
        ])
    );
    let reader = w.read(&w.memb, &id).await;
    assert_eq!(
        versions(&reader),
        &json!([
            { "number": 3, "state": "PUBLISHED", "title": "Versio 3" },
            { "number": 2, "state": "SUPERSEDED", "title": "Versio 2" },
            { "number": 1, "state": "SUPERSEDED", "title": "Versio 1" },
        ])
    );
    let one = w
        .run_with(
            &w.memb,
            "query($id: ID!) { pathway(id: $id) { old: version(number: 2) { title state } draft: version(number: 4) { title } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        one,
        json!({ "old": { "title": "Versio 2", "state": "SUPERSEDED" }, "draft": null })
    );
}

#[tokio::test]
async fn the_diff_of_versions_one_and_two_shows_the_changed_title_body_lines_and_steps() {
    let w = world().await;
    let created = w
        .run_with(
            &w.coord,
            CREATE,
            json!({ "input": { "regionId": w.alfa.id.to_string(), "content": {
                "title": "Vanha otsikko", "language": "FI",
                "body": "Johdanto\nVanha rivi\nLoppu\n",
                "steps": [{ "title": "Arviointi", "organisationId": w.shelter.id.to_string() }] } } }),
        )
        .await;
    let id = created["id"].as_str().unwrap().to_owned();
    w.run(&w.coord, PUBLISH, &id).await;
    w.run(&w.coord, START_DRAFT, &id).await;
    w.edit(
        &w.coord,
        &id,
        json!({ "title": "Uusi otsikko", "language": "SV",
            "targetGroups": ["VICTIMS", "FAMILIES_AND_RELATIVES"], "tags": ["uusi"],
            "body": "Johdanto\nUusi rivi\nLoppu\n",
            "steps": [
                { "title": "Alkuarviointi", "organisationId": w.shelter.id.to_string() },
                { "title": "Jatkohoito", "organisationId": w.police.id.to_string(), "referralCriteria": "Lähete tarvitaan" },
            ] }),
    )
    .await;
    w.run(&w.coord, PUBLISH, &id).await;

    let diff = w
        .run_with(
            &w.memb,
            "query($id: ID!) { pathway(id: $id) { diff(from: 1, to: 2) {
                from to changed title { before after } summary { before after }
                language { before after } targetGroups { added removed } tags { added removed }
                body { kind text }
                steps { kind before { number title organisationName } after { number title organisationName referralCriteria } } } } }",
            json!({ "id": id }),
        )
        .await["diff"]
        .clone();
    assert_eq!(
        (diff["from"].clone(), diff["to"].clone()),
        (json!(1), json!(2))
    );
    assert_eq!(diff["changed"], true);
    assert_eq!(
        diff["title"],
        json!({ "before": "Vanha otsikko", "after": "Uusi otsikko" })
    );
    assert_eq!(diff["summary"], Value::Null, "the summary stayed");
    assert_eq!(diff["language"], json!({ "before": "FI", "after": "SV" }));
    assert_eq!(
        diff["targetGroups"],
        json!({ "added": ["VICTIMS", "FAMILIES_AND_RELATIVES"], "removed": [] })
    );
    assert_eq!(diff["tags"], json!({ "added": ["uusi"], "removed": [] }));
    assert_eq!(
        diff["body"],
        json!([
            { "kind": "EQUAL", "text": "Johdanto" },
            { "kind": "DELETED", "text": "Vanha rivi" },
            { "kind": "INSERTED", "text": "Uusi rivi" },
            { "kind": "EQUAL", "text": "Loppu" },
        ])
    );
    // The renamed first step is one changed step; the second is new.
    assert_eq!(
        diff["steps"],
        json!([
            { "kind": "CHANGED",
              "before": { "number": 1, "title": "Arviointi", "organisationName": "Alfan turvakoti" },
              "after": { "number": 1, "title": "Alkuarviointi", "organisationName": "Alfan turvakoti", "referralCriteria": "" } },
            { "kind": "ADDED", "before": null,
              "after": { "number": 2, "title": "Jatkohoito", "organisationName": "Alfan poliisi", "referralCriteria": "Lähete tarvitaan" } },
        ])
    );
    // A version that does not exist is named.
    let missing = w
        .app
        .gql(
            Some(&w.memb),
            "query($id: ID!) { pathway(id: $id) { diff(from: 1, to: 9) { changed } } }",
            json!({ "id": id }),
        )
        .await;
    assert_error(&missing, "BAD_USER_INPUT", Some("to"), &["version 9"]);
}

#[tokio::test]
async fn restoring_version_one_makes_a_new_draft_with_its_content_and_a_note_saying_so() {
    let w = world().await;
    let created = w
        .run_with(
            &w.coord,
            CREATE,
            json!({ "input": { "regionId": w.alfa.id.to_string(), "content": {
                "title": "Ensimmäinen", "summary": "Alkuperäinen kuvaus.", "language": "FI",
                "targetGroups": ["VICTIMS"], "tags": ["turvakoti"],
                "body": "# Alkuperäinen\n\nTeksti.",
                "steps": [{ "title": "Yhteydenotto", "description": "Soita.",
                    "organisationId": w.shelter.id.to_string(), "referralCriteria": "Kaikki." }],
                "changeNote": "Ensimmäinen versio" } } }),
        )
        .await;
    let id = created["id"].as_str().unwrap().to_owned();
    w.run(&w.coord, PUBLISH, &id).await;
    w.run(&w.coord, START_DRAFT, &id).await;
    w.edit(
        &w.coord,
        &id,
        json!({ "title": "Toinen", "summary": "Muutettu.", "language": "SV",
            "targetGroups": ["PROFESSIONALS"], "tags": ["muu"], "body": "Kokonaan uusi.",
            "steps": [{ "title": "Ilmoitus", "organisationId": w.police.id.to_string() }],
            "changeNote": "Kirjoitettu uudelleen" }),
    )
    .await;
    w.run(&w.coord, PUBLISH, &id).await;

    let restored = w
        .run_with(&w.coord, RESTORE, json!({ "id": id, "number": 1 }))
        .await;
    assert_eq!(restored["openVersion"]["number"], 3);
    assert_eq!(restored["openVersion"]["state"], "DRAFT");
    assert_eq!(
        restored["publishedVersion"]["number"], 2,
        "readers keep version 2 until the restored draft is published"
    );
    let note = restored["openVersion"]["changeNote"].as_str().unwrap();
    assert!(
        note.to_lowercase().contains("restored") && note.contains('1'),
        "the change note says version 1 was restored: {note:?}"
    );
    assert_eq!(w.content_of(&id, 3).await, w.content_of(&id, 1).await);
    assert_ne!(w.content_of(&id, 3).await, w.content_of(&id, 2).await);
    let diff = w
        .run_with(
            &w.coord,
            "query($id: ID!) { pathway(id: $id) { diff(from: 1, to: 3) { changed } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(diff["diff"]["changed"], false);
    assert_eq!(
        versions(&w.read(&w.coord, &id).await),
        &json!([
            { "number": 3, "state": "DRAFT", "title": "Ensimmäinen" },
            { "number": 2, "state": "PUBLISHED", "title": "Toinen" },
            { "number": 1, "state": "SUPERSEDED", "title": "Ensimmäinen" },
        ])
    );
}

#[tokio::test]
async fn discarding_a_draft_keeps_the_published_version() {
    let w = world().await;
    let id = w.published("Julkaistu").await;
    w.run(&w.coord, START_DRAFT, &id).await;
    w.edit(&w.coord, &id, simple("Hylättävä luonnos")).await;
    let discarded = w.run(&w.coord, DISCARD, &id).await;
    assert_eq!(discarded["status"], "PUBLISHED");
    assert_eq!(discarded["openVersion"], Value::Null);
    assert_eq!(discarded["publishedVersion"]["title"], "Julkaistu");
    let editor = w.read(&w.coord, &id).await;
    assert_eq!(
        versions(&editor),
        &json!([{ "number": 1, "state": "PUBLISHED", "title": "Julkaistu" }])
    );
    assert_eq!(
        w.read(&w.memb, &id).await["currentVersion"]["title"],
        "Julkaistu"
    );
    // A new draft can be started again.
    let again = w.run(&w.coord, START_DRAFT, &id).await;
    assert_eq!(again["openVersion"]["title"], "Julkaistu");
}

const DELETE: &str = "mutation($id: ID!) { deletePathway(pathwayId: $id) }";

/// How many search hits `query` gives the coordinator, once the index has caught up.
async fn hits(w: &World, query: &str) -> i64 {
    w.app.wait_until_searchable().await;
    let found = w
        .run_with(
            &w.coord,
            "query($q: String!) { search(query: $q) { totalCount } }",
            json!({ "q": query }),
        )
        .await;
    found["totalCount"].as_i64().unwrap()
}

/// A member's new pathway, written and submitted but never published.
async fn members_unpublished(w: &World, title: &str) -> String {
    let created = w
        .run_with(
            &w.memb,
            CREATE,
            json!({ "input": { "regionId": w.alfa.id.to_string(), "content": simple(title) } }),
        )
        .await;
    let id = created["id"].as_str().unwrap().to_owned();
    w.run(&w.memb, SUBMIT, &id).await;
    id
}

#[tokio::test]
async fn a_member_deletes_their_pathway_that_was_never_published() {
    let w = world().await;
    let id = members_unpublished(&w, "Turhaksi jäänyt luonnoskaavio").await;
    assert_eq!(hits(&w, "luonnoskaavio").await, 1);

    // A colleague may not; the author may, even while it waits for review.
    let refused = w.app.gql(Some(&w.other), DELETE, json!({ "id": id })).await;
    assert_error(&refused, "NOT_FOUND", None, &["pathway"]);
    assert_eq!(w.run(&w.memb, DELETE, &id).await, json!(id));

    for token in [&w.memb, &w.coord, &w.admin] {
        assert_eq!(w.read(token, &id).await, Value::Null, "the pathway is gone");
    }
    assert_eq!(hits(&w, "luonnoskaavio").await, 0, "and out of the index");
    let log = w
        .run_with(
            &w.coord,
            "query($r: ID) { auditEvents(first: 5, regionId: $r) { nodes { action entityId summary actor { email } } } }",
            json!({ "r": w.alfa.id.to_string() }),
        )
        .await;
    let deleted = &log["nodes"][0];
    assert_eq!(deleted["action"], "pathway.delete");
    assert_eq!(deleted["entityId"], json!(id));
    assert_eq!(deleted["summary"]["title"], "Turhaksi jäänyt luonnoskaavio");
    assert_eq!(deleted["actor"]["email"], "jasen@example.org");
    // Deleting it again finds nothing.
    let again = w.app.gql(Some(&w.memb), DELETE, json!({ "id": id })).await;
    assert_error(&again, "NOT_FOUND", None, &["pathway"]);
}

#[tokio::test]
async fn a_published_pathway_or_one_with_feedback_is_archived_not_deleted() {
    let w = world().await;
    let published = w.published("Julkaistu polku").await;
    w.run(&w.coord, START_DRAFT, &published).await;
    let refused = w
        .app
        .gql(Some(&w.coord), DELETE, json!({ "id": published }))
        .await;
    assert_error(&refused, "CONFLICT", None, &["published", "archive"]);
    assert_eq!(
        w.read(&w.coord, &published).await["openVersion"]["number"],
        2,
        "the pathway and its open draft stay"
    );

    let id = members_unpublished(&w, "Palautetta saanut luonnos").await;
    w.run_with(
        &w.coord,
        "mutation($p: ID!) { sendPathwayFeedback(pathwayId: $p, input: { message: \"Lisää vaihe poliisille.\" }) { id } }",
        json!({ "p": id }),
    )
    .await;
    let refused = w.app.gql(Some(&w.memb), DELETE, json!({ "id": id })).await;
    assert_error(&refused, "CONFLICT", None, &["feedback", "archive"]);
    let kept = w.read(&w.memb, &id).await;
    assert_eq!(kept["openVersion"]["title"], "Palautetta saanut luonnos");
    let feedback = w
        .run_with(
            &w.coord,
            "query($r: ID!) { pathwayFeedbackQueue(regionId: $r, first: 10) { nodes { message } } }",
            json!({ "r": w.alfa.id.to_string() }),
        )
        .await;
    assert_eq!(feedback["nodes"][0]["message"], "Lisää vaihe poliisille.");
}

/// The current titles of the pathways `token` lists with `filter` (`mine: true`, …), sorted.
async fn listed(w: &World, token: &str, filter: &str) -> Vec<String> {
    let answer = w
        .app
        .gql(
            Some(token),
            &format!(
                "{{ pathways(first: 100, {filter}) {{ nodes {{ openVersion {{ title }} }} }} }}"
            ),
            json!({}),
        )
        .await;
    let mut titles: Vec<String> = answer.data()["pathways"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            n["openVersion"]["title"]
                .as_str()
                .unwrap_or("(none)")
                .to_owned()
        })
        .collect();
    titles.sort();
    titles
}

#[tokio::test]
async fn members_find_their_drafts_and_proposals_and_coordinators_what_awaits_their_review() {
    let w = world().await;
    let new_one = members_unpublished(&w, "Oma uusi polku").await;
    w.run(&w.coord, RETURN, &new_one).await;
    let proposal = w.published("Julkaistu polku").await;
    w.run(&w.memb, START_DRAFT, &proposal).await;
    w.edit(&w.memb, &proposal, simple("Oma ehdotus")).await;
    w.run(&w.memb, SUBMIT, &proposal).await;
    let colleagues = w
        .run_with(
            &w.other,
            CREATE,
            json!({ "input": { "regionId": w.alfa.id.to_string(), "content": simple("Kollegan ehdotus") } }),
        )
        .await;
    w.run(&w.other, SUBMIT, colleagues["id"].as_str().unwrap())
        .await;
    let beeta = RegionBuilder::new("Beeta").insert(&w.app).await;
    let beeta_coordinator = PersonBuilder::new("koordinaattori.beeta@example.org")
        .coordinator_of(&beeta)
        .insert(&w.app)
        .await;
    PathwayBuilder::new(Some(&beeta), &beeta_coordinator)
        .title("Beetan tarkistettava")
        .in_review()
        .insert(&w.app)
        .await;

    // The member's own: a new pathway back in draft and a proposal in review, not a colleague's.
    assert_eq!(
        listed(&w, &w.memb, "mine: true").await,
        ["Oma ehdotus", "Oma uusi polku"]
    );
    // What each may publish that waits in review: nothing for a member, Alfa's for its
    // coordinator, every region's for an admin.
    assert!(
        listed(&w, &w.memb, "awaitingMyReview: true")
            .await
            .is_empty()
    );
    assert_eq!(
        listed(&w, &w.coord, "awaitingMyReview: true").await,
        ["Kollegan ehdotus", "Oma ehdotus"]
    );
    assert_eq!(
        listed(&w, &w.admin, "awaitingMyReview: true").await,
        ["Beetan tarkistettava", "Kollegan ehdotus", "Oma ehdotus"]
    );
    // Publishing takes it off the queue and out of its author's drafts.
    w.run(&w.coord, PUBLISH, &proposal).await;
    assert_eq!(
        listed(&w, &w.coord, "awaitingMyReview: true").await,
        ["Kollegan ehdotus"]
    );
    assert_eq!(listed(&w, &w.memb, "mine: true").await, ["Oma uusi polku"]);
    assert!(
        w.app
            .gql(
                None,
                "{ pathways(first: 10, mine: true) { nodes { id } } }",
                json!({})
            )
            .await
            .data()["pathways"]["nodes"]
            .as_array()
            .unwrap()
            .is_empty(),
        "anonymous visitors have no drafts"
    );
}

#[tokio::test]
async fn a_coordinator_returns_a_version_in_review_to_draft_for_more_work() {
    let w = world().await;
    let created = w
        .run_with(
            &w.memb,
            CREATE,
            json!({ "input": { "regionId": w.alfa.id.to_string(), "content": simple("Jäsenen luonnos") } }),
        )
        .await;
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(w.run(&w.memb, SUBMIT, &id).await["status"], "IN_REVIEW");

    let frozen = w
        .app
        .gql(
            Some(&w.memb),
            UPDATE_DRAFT,
            json!({ "id": id, "content": simple("Muutos kesken arvion") }),
        )
        .await;
    assert_error(&frozen, "CONFLICT", None, &["in review"]);
    let not_mine = w.app.gql(Some(&w.memb), RETURN, json!({ "id": id })).await;
    assert_error(&not_mine, "FORBIDDEN", None, &["coordinators"]);

    let returned = w.run(&w.coord, RETURN, &id).await;
    assert_eq!(returned["status"], "DRAFT");
    assert_eq!(returned["openVersion"]["number"], 1);
    assert_eq!(returned["openVersion"]["state"], "DRAFT");
    assert_eq!(returned["openVersion"]["submittedAt"], Value::Null);

    let edited = w
        .edit(&w.memb, &id, simple("Jäsenen korjattu luonnos"))
        .await;
    assert_eq!(edited["openVersion"]["title"], "Jäsenen korjattu luonnos");
    w.run(&w.memb, SUBMIT, &id).await;
    let published = w.run(&w.coord, PUBLISH, &id).await;
    assert_eq!(published["status"], "PUBLISHED");
    assert_eq!(
        published["publishedVersion"]["title"],
        "Jäsenen korjattu luonnos"
    );
}

#[tokio::test]
async fn a_member_proposes_a_change_and_a_coordinator_publishes_it() {
    let w = world().await;
    let id = w.published("Nykyinen ohje").await;
    let can = w
        .run(
            &w.memb,
            "query($id: ID!) { pathway(id: $id) { viewerCan { editDraft startDraft publish } } }",
            &id,
        )
        .await;
    assert_eq!(
        can["viewerCan"],
        json!({ "editDraft": false, "startDraft": true, "publish": false })
    );

    let started = w.run(&w.memb, START_DRAFT, &id).await;
    assert_eq!(started["openVersion"]["number"], 2);
    w.edit(
        &w.memb,
        &id,
        json!({ "title": "Ehdotettu ohje", "language": "FI", "changeNote": "Lisätty jatkohoito" }),
    )
    .await;
    let submitted = w.run(&w.memb, SUBMIT, &id).await;
    assert_eq!(submitted["openVersion"]["state"], "IN_REVIEW");
    assert_eq!(
        submitted["status"], "PUBLISHED",
        "the pathway stays published while a proposal is reviewed"
    );

    let colleague = w.read(&w.other, &id).await;
    assert_eq!(colleague["openVersion"], Value::Null);
    assert_eq!(colleague["currentVersion"]["title"], "Nykyinen ohje");
    let author = w.read(&w.memb, &id).await;
    assert_eq!(author["openVersion"]["title"], "Ehdotettu ohje");
    assert_eq!(author["currentVersion"]["title"], "Nykyinen ohje");
    let review = w.read(&w.coord, &id).await;
    assert_eq!(
        review["openVersion"],
        json!({ "number": 2, "state": "IN_REVIEW", "title": "Ehdotettu ohje",
            "changeNote": "Lisätty jatkohoito", "author": { "email": w.member.email } })
    );
    let refused = w.app.gql(Some(&w.memb), PUBLISH, json!({ "id": id })).await;
    assert_error(&refused, "FORBIDDEN", None, &["coordinators"]);

    w.run(&w.coord, PUBLISH, &id).await;
    for token in [&w.memb, &w.other, &w.coord] {
        let read = w.read(token, &id).await;
        assert_eq!(read["currentVersion"]["title"], "Ehdotettu ohje");
        assert_eq!(read["openVersion"], Value::Null);
    }
    let history = w
        .run(
            &w.other,
            "query($id: ID!) { pathway(id: $id) { versions { nodes { number state author { email } } } } }",
            &id,
        )
        .await;
    assert_eq!(
        history["versions"]["nodes"],
        json!([
            { "number": 2, "state": "PUBLISHED", "author": { "email": w.member.email } },
            { "number": 1, "state": "SUPERSEDED", "author": { "email": w.coordinator.email } },
        ])
    );
}

#[tokio::test]
async fn a_regional_variant_starts_from_a_published_national_pathway() {
    let w = world().await;
    let national = w
        .run_with(
            &w.admin,
            CREATE,
            json!({ "input": { "content": simple("Kansallinen hoitopolku") } }),
        )
        .await;
    assert_eq!(national["isNational"], true);
    assert_eq!(national["region"], Value::Null);
    let national_id = national["id"].as_str().unwrap().to_owned();
    let published = w.run(&w.admin, PUBLISH, &national_id).await;
    let base_version = published["publishedVersion"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let variant = w
        .run_with(
            &w.coord,
            CREATE,
            json!({ "input": { "regionId": w.alfa.id.to_string(), "basedOnVersionId": base_version,
                "content": simple("Alfan hoitopolku") } }),
        )
        .await;
    assert_eq!(variant["isNational"], false);
    assert_eq!(variant["region"]["id"], w.alfa.id.to_string());
    assert_eq!(
        variant["basedOn"],
        json!({ "number": 1, "title": "Kansallinen hoitopolku", "pathwayId": national_id })
    );

    // The national pathway moves on; the variant still names the version it started from.
    w.run(&w.admin, START_DRAFT, &national_id).await;
    w.edit(&w.admin, &national_id, simple("Kansallinen hoitopolku 2"))
        .await;
    w.run(&w.admin, PUBLISH, &national_id).await;
    let variant_id = variant["id"].as_str().unwrap();
    let read = w
        .run(
            &w.memb,
            "query($id: ID!) { pathway(id: $id) { basedOn { number title } } }",
            variant_id,
        )
        .await;
    // The member may not read the variant's draft, so read it as the coordinator.
    assert_eq!(read, Value::Null);
    let read = w
        .run(
            &w.coord,
            "query($id: ID!) { pathway(id: $id) { basedOn { number title } } }",
            variant_id,
        )
        .await;
    assert_eq!(
        read["basedOn"],
        json!({ "number": 1, "title": "Kansallinen hoitopolku" })
    );
}

#[tokio::test]
async fn a_regional_variant_cannot_start_from_an_unpublished_national_draft() {
    let w = world().await;
    let national = w
        .run_with(
            &w.admin,
            CREATE,
            json!({ "input": { "content": simple("Kansallinen luonnos") } }),
        )
        .await;
    let draft_version = national["openVersion"]["id"].as_str().unwrap().to_owned();
    for token in [&w.admin, &w.coord] {
        let answer = w
            .app
            .gql(
                Some(token),
                CREATE,
                json!({ "input": { "regionId": w.alfa.id.to_string(), "basedOnVersionId": draft_version,
                    "content": simple("Alfan muunnelma") } }),
            )
            .await;
        assert_error(&answer, "BAD_USER_INPUT", Some("basedOnVersionId"), &[]);
    }
    assert_eq!(w.listed(&w.coord).await, Vec::<String>::new());
}
