//! Bad input changes nothing and says what is wrong: every refused write names the field (or the
//! clash), carries the right `extensions.code`, and leaves every table as it was.

use serde_json::{Value, json};
use verkosto_domain::{OrganisationKind, PathwayId};
use verkosto_store::entity::{organisation, region};
use verkosto_testkit::{
    OrganisationBuilder, PathwayBuilder, PersonBuilder, RegionBuilder, TestApp, TestPathway,
    TestPerson,
};

use crate::readback::{assert_error, assert_refused_changing_nothing};

const CREATE_REGION: &str =
    "mutation($input: RegionInput!) { createRegion(input: $input) { id slug } }";
const CREATE_ORGANISATION: &str = "mutation($input: OrganisationInput!, $regionId: ID) {
    createOrganisation(input: $input, regionId: $regionId) { id name businessId } }";
const UPDATE_ORGANISATION: &str = "mutation($id: ID!, $input: OrganisationInput!) {
    updateOrganisation(id: $id, input: $input) { id channels { kind value } } }";
const CREATE_PERSON: &str =
    "mutation($input: CreatePersonInput!) { createPerson(input: $input) { id email } }";
const CREATE_SERVICE: &str = "mutation($org: ID!, $input: ServiceInput!) {
    createService(organisationId: $org, input: $input) { id } }";
const CREATE_PATHWAY: &str = "mutation($input: CreatePathwayInput!) {
    createPathway(input: $input) { id status } }";
const UPDATE_DRAFT: &str = "mutation($id: ID!, $content: PathwayContentInput!) {
    updatePathwayDraft(pathwayId: $id, content: $content) { id } }";
const SUBMIT: &str = "mutation($id: ID!) { submitPathway(pathwayId: $id) { id status } }";
const PUBLISH: &str = "mutation($id: ID!) { publishPathway(pathwayId: $id) { id status } }";
const START_DRAFT: &str = "mutation($id: ID!) { startPathwayDraft(pathwayId: $id) { id status } }";
const SET_SETTINGS: &str = "mutation($id: ID!, $visibility: Visibility!) {
    setPathwaySettings(pathwayId: $id, visibility: $visibility) { id } }";
const VERSIONS: &str = "query($id: ID!) { pathway(id: $id) {
    status
    openVersion { number state title steps { title } }
    versions { nodes { number state title } }
} }";

/// Two regions; a coordinator of Alfa; two organisations in Alfa and one only in Beeta.
struct World {
    app: TestApp,
    alfa: region::Model,
    coordinator: TestPerson,
    /// The coordinator's access token.
    token: String,
    /// A platform admin's access token.
    admin: String,
    shelter: organisation::Model,
    police: organisation::Model,
    prison_beeta: organisation::Model,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let alfa = RegionBuilder::new("Alfa").insert(&app).await;
    let beeta = RegionBuilder::new("Beeta").insert(&app).await;
    let coordinator = PersonBuilder::new("koordinaattori@example.org")
        .coordinator_of(&alfa)
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
    let prison_beeta = OrganisationBuilder::new("Beetan vankila")
        .kind(OrganisationKind::Prison)
        .member_of(&beeta)
        .insert(&app)
        .await;
    let token = app.token(&coordinator).await;
    let admin = app.token(&admin).await;
    World {
        app,
        alfa,
        coordinator,
        token,
        admin,
        shelter,
        police,
        prison_beeta,
    }
}

impl World {
    /// A pathway of Alfa written by the coordinator, built by `build`.
    async fn pathway(&self, build: impl FnOnce(PathwayBuilder) -> PathwayBuilder) -> TestPathway {
        build(PathwayBuilder::new(Some(&self.alfa), &self.coordinator).title("Alkuperäinen"))
            .insert(&self.app)
            .await
    }

    /// The pathway's status, open version and version history, as the coordinator reads them.
    async fn versions(&self, pathway: PathwayId) -> Value {
        let answer = self
            .app
            .gql(
                Some(&self.token),
                VERSIONS,
                json!({ "id": pathway.to_string() }),
            )
            .await;
        answer.data()["pathway"].clone()
    }

    /// The slugs of every region, as the admin lists them.
    async fn region_slugs(&self) -> Vec<String> {
        let answer = self
            .app
            .gql(
                Some(&self.admin),
                "{ regions(first: 100) { nodes { slug } } }",
                json!({}),
            )
            .await;
        strings(&answer.data()["regions"]["nodes"], "slug")
    }

    /// The names of every organisation, as the admin lists them.
    async fn organisation_names(&self) -> Vec<String> {
        let answer = self
            .app
            .gql(
                Some(&self.admin),
                "{ organisations(first: 100) { nodes { name businessId } } }",
                json!({}),
            )
            .await;
        strings(&answer.data()["organisations"]["nodes"], "name")
    }

    /// The e-mail addresses of everyone, as the admin lists them.
    async fn emails(&self) -> Vec<String> {
        let answer = self
            .app
            .gql(
                Some(&self.admin),
                "{ people(first: 100) { nodes { email } } }",
                json!({}),
            )
            .await;
        strings(&answer.data()["people"]["nodes"], "email")
    }

    /// Refuses `query` as the coordinator; see [`assert_refused_changing_nothing`].
    async fn refused(
        &self,
        query: &str,
        variables: Value,
        code: &str,
        field: Option<&str>,
        says: &[&str],
    ) {
        assert_refused_changing_nothing(
            &self.app,
            &self.token,
            query,
            variables,
            code,
            field,
            says,
        )
        .await;
    }

    /// Refuses `query` as the admin.
    async fn refused_for_admin(
        &self,
        query: &str,
        variables: Value,
        code: &str,
        field: Option<&str>,
        says: &[&str],
    ) {
        assert_refused_changing_nothing(
            &self.app,
            &self.admin,
            query,
            variables,
            code,
            field,
            says,
        )
        .await;
    }
}

fn strings(nodes: &Value, key: &str) -> Vec<String> {
    let mut values: Vec<String> = nodes
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n[key].as_str().unwrap().to_owned())
        .collect();
    values.sort();
    values
}

fn content(title: &str, steps: Value) -> Value {
    json!({
        "title": title,
        "summary": "Lyhyt kuvaus.",
        "language": "FI",
        "body": "# Otsikko\n\nTeksti.",
        "steps": steps,
    })
}

fn new_pathway(world: &World, title: &str, steps: Value) -> Value {
    json!({ "input": { "regionId": world.alfa.id.to_string(), "content": content(title, steps) } })
}

fn organisation(name: &str) -> Value {
    json!({ "name": name, "kind": "NGO" })
}

#[tokio::test]
async fn an_empty_region_name_is_refused_and_no_region_is_opened() {
    let w = world().await;
    let before = w.region_slugs().await;
    for name in [
        json!({ "fi": "" }),
        json!({ "fi": "   ", "sv": "" }),
        json!({}),
    ] {
        w.refused_for_admin(
            CREATE_REGION,
            json!({ "input": { "slug": "uusi", "name": name, "country": "FI" } }),
            "BAD_USER_INPUT",
            Some("name"),
            &["at least one language"],
        )
        .await;
    }
    assert_eq!(w.region_slugs().await, before);
}

#[tokio::test]
async fn a_region_name_of_201_characters_is_refused_and_no_region_is_opened() {
    let w = world().await;
    let before = w.region_slugs().await;
    w.refused_for_admin(
        CREATE_REGION,
        json!({ "input": { "slug": "pitka", "name": { "fi": "a".repeat(201) }, "country": "FI" } }),
        "BAD_USER_INPUT",
        Some("name.fi"),
        &["201 characters", "limit is 200"],
    )
    .await;
    assert_eq!(w.region_slugs().await, before);
}

#[tokio::test]
async fn an_empty_organisation_name_is_refused_and_no_organisation_is_created() {
    let w = world().await;
    let before = w.organisation_names().await;
    for name in ["", "   "] {
        w.refused(
            CREATE_ORGANISATION,
            json!({ "input": organisation(name), "regionId": w.alfa.id.to_string() }),
            "BAD_USER_INPUT",
            Some("name"),
            &["must not be empty"],
        )
        .await;
    }
    assert_eq!(w.organisation_names().await, before);
}

#[tokio::test]
async fn an_organisation_name_of_201_characters_is_refused_and_no_organisation_is_created() {
    let w = world().await;
    let before = w.organisation_names().await;
    w.refused(
        CREATE_ORGANISATION,
        json!({ "input": organisation(&"ö".repeat(201)), "regionId": w.alfa.id.to_string() }),
        "BAD_USER_INPUT",
        Some("name"),
        &["201 characters", "limit is 200"],
    )
    .await;
    assert_eq!(w.organisation_names().await, before);
}

#[tokio::test]
async fn an_empty_pathway_title_is_refused_and_no_pathway_is_created() {
    let w = world().await;
    for title in ["", "  "] {
        w.refused(
            CREATE_PATHWAY,
            new_pathway(&w, title, json!([])),
            "BAD_USER_INPUT",
            Some("content.title"),
            &["must not be empty"],
        )
        .await;
    }
    let list = w
        .app
        .gql(
            Some(&w.token),
            "{ pathways(first: 100) { nodes { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(list.data()["pathways"]["nodes"], json!([]));
}

#[tokio::test]
async fn a_pathway_title_of_201_characters_is_refused_and_the_draft_keeps_its_title() {
    let w = world().await;
    let pathway = w.pathway(|p| p).await;
    let before = w.versions(pathway.id).await;
    w.refused(
        UPDATE_DRAFT,
        json!({ "id": pathway.id.to_string(), "content": content(&"x".repeat(201), json!([])) }),
        "BAD_USER_INPUT",
        Some("content.title"),
        &["201 characters", "limit is 200"],
    )
    .await;
    let after = w.versions(pathway.id).await;
    assert_eq!(after, before);
    assert_eq!(after["openVersion"]["title"], "Alkuperäinen");
}

#[tokio::test]
async fn an_empty_step_title_is_refused_and_the_draft_keeps_its_steps() {
    let w = world().await;
    let pathway = w.pathway(|p| p.step("Arviointi", Some(&w.shelter))).await;
    let before = w.versions(pathway.id).await;
    w.refused(
        UPDATE_DRAFT,
        json!({ "id": pathway.id.to_string(), "content": content("Uusi otsikko", json!([{ "title": " " }])) }),
        "BAD_USER_INPUT",
        Some("content.steps.0.title"),
        &["must not be empty"],
    )
    .await;
    let after = w.versions(pathway.id).await;
    assert_eq!(after, before);
    assert_eq!(
        after["openVersion"]["steps"],
        json!([{ "title": "Arviointi" }])
    );
}

#[tokio::test]
async fn a_step_title_of_201_characters_is_refused_naming_the_step() {
    let w = world().await;
    w.refused(
        CREATE_PATHWAY,
        new_pathway(
            &w,
            "Hoitopolku",
            json!([{ "title": "Arviointi" }, { "title": "s".repeat(201) }]),
        ),
        "BAD_USER_INPUT",
        Some("content.steps.1.title"),
        &["201 characters", "limit is 200"],
    )
    .await;
}

#[tokio::test]
async fn unknown_enum_values_are_refused_as_bad_input_and_change_nothing() {
    let w = world().await;
    let pathway = w.pathway(|p| p).await;
    let cases = [
        (
            CREATE_ORGANISATION,
            json!({ "input": { "name": "Pizzeria", "kind": "PIZZERIA" }, "regionId": w.alfa.id.to_string() }),
            "PIZZERIA",
        ),
        (
            CREATE_PATHWAY,
            json!({ "input": { "regionId": w.alfa.id.to_string(),
                "content": { "title": "Hoitopolku", "language": "KLINGON" } } }),
            "KLINGON",
        ),
        (
            SET_SETTINGS,
            json!({ "id": pathway.id.to_string(), "visibility": "EVERYONE_EVERYWHERE" }),
            "EVERYONE_EVERYWHERE",
        ),
    ];
    for (query, variables, value) in cases {
        w.refused(
            query,
            variables,
            "BAD_USER_INPUT",
            None,
            &[&format!("\"{value}\"")],
        )
        .await;
    }
    // The same, written into the query text instead of a variable.
    w.refused(
        &format!(
            "mutation {{ createOrganisation(regionId: \"{}\", input: {{ name: \"Pizzeria\", kind: PIZZERIA }}) {{ id }} }}",
            w.alfa.id
        ),
        json!({}),
        "BAD_USER_INPUT",
        None,
        &["PIZZERIA"],
    )
    .await;
}

#[tokio::test]
async fn an_invalid_y_tunnus_is_refused_naming_the_business_id() {
    let w = world().await;
    let before = w.organisation_names().await;
    // 1234567-1 is valid (weighted sum 153, remainder 10, check digit 1).
    w.refused(
        CREATE_ORGANISATION,
        json!({ "input": { "name": "Uusi yhdistys", "kind": "NGO", "businessId": "1234567-2" },
            "regionId": w.alfa.id.to_string() }),
        "BAD_USER_INPUT",
        Some("businessId"),
        &["check digit", "1234567-2"],
    )
    .await;
    assert_eq!(w.organisation_names().await, before);
}

#[tokio::test]
async fn an_organisasjonsnummer_with_a_wrong_check_digit_is_refused_naming_the_business_id() {
    let w = world().await;
    let before = w.organisation_names().await;
    // 123 456 785 is valid (weighted sum 138, remainder 6, check digit 5).
    w.refused(
        CREATE_ORGANISATION,
        json!({ "input": { "name": "Ny forening", "kind": "NGO", "businessId": "123 456 784" },
            "regionId": w.alfa.id.to_string() }),
        "BAD_USER_INPUT",
        Some("businessId"),
        &["check digit", "organisasjonsnummer"],
    )
    .await;
    assert_eq!(w.organisation_names().await, before);
}

#[tokio::test]
async fn a_bad_e_mail_is_refused_when_creating_a_person_and_no_account_is_made() {
    let w = world().await;
    let before = w.emails().await;
    for email in ["anna.example.org", "anna@example", "anna @example.org"] {
        w.refused_for_admin(
            CREATE_PERSON,
            json!({ "input": { "email": email, "name": "Anna Ammattilainen" } }),
            "BAD_USER_INPUT",
            Some("email"),
            &["not a valid e-mail address"],
        )
        .await;
    }
    assert_eq!(w.emails().await, before);
}

#[tokio::test]
async fn a_password_shorter_than_12_characters_is_refused_saying_the_minimum() {
    let w = world().await;
    let before = w.emails().await;
    w.refused_for_admin(
        CREATE_PERSON,
        json!({ "input": { "email": "anna@example.org", "name": "Anna", "password": "lyhyt" } }),
        "BAD_USER_INPUT",
        Some("password"),
        &["at least 12"],
    )
    .await;
    assert_eq!(w.emails().await, before);
    let login = w
        .app
        .gql(
            None,
            "mutation { login(email: \"anna@example.org\", password: \"lyhyt\") { accessToken } }",
            json!({}),
        )
        .await;
    assert_eq!(login.error_code(), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn a_step_naming_an_organisation_outside_the_pathways_region_is_refused() {
    let w = world().await;
    let pathway = w.pathway(|p| p.step("Arviointi", Some(&w.shelter))).await;
    let before = w.versions(pathway.id).await;
    let steps =
        json!([{ "title": "Vapautuminen", "organisationId": w.prison_beeta.id.to_string() }]);
    let answer = assert_refused_changing_nothing(
        &w.app,
        &w.token,
        UPDATE_DRAFT,
        json!({ "id": pathway.id.to_string(), "content": content("Uusi", steps.clone()) }),
        "BAD_USER_INPUT",
        None,
        &["Beetan vankila", "not a member"],
    )
    .await;
    // The field is named as the client sent it: inside `content`, step 0, its organisation.
    let field = answer.error_field().unwrap_or_default();
    assert!(
        field.starts_with("content.steps.0.organisation"),
        "extensions.field names content.steps.0's organisation, not {field:?}: {:?}",
        answer.body
    );
    assert!(answer.error_message().unwrap().contains(field));
    assert_eq!(w.versions(pathway.id).await, before);
    // Creating a pathway with such a step is refused alike, and creates nothing.
    let created = assert_refused_changing_nothing(
        &w.app,
        &w.token,
        CREATE_PATHWAY,
        new_pathway(&w, "Toinen", steps),
        "BAD_USER_INPUT",
        None,
        &["not a member"],
    )
    .await;
    assert_eq!(created.error_field(), answer.error_field());
}

#[tokio::test]
async fn a_service_step_whose_service_belongs_to_another_organisation_is_refused() {
    let w = world().await;
    let service = w
        .app
        .gql(
            Some(&w.token),
            CREATE_SERVICE,
            json!({ "org": w.police.id.to_string(), "input": { "name": "Poliisin neuvonta", "kind": "COUNSELLING" } }),
        )
        .await;
    let service_id = service.data()["createService"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let pathway = w.pathway(|p| p).await;
    let before = w.versions(pathway.id).await;
    let steps = json!([{ "title": "Neuvonta", "organisationId": w.shelter.id.to_string(), "serviceId": service_id }]);
    let answer = assert_refused_changing_nothing(
        &w.app,
        &w.token,
        UPDATE_DRAFT,
        json!({ "id": pathway.id.to_string(), "content": content("Uusi", steps) }),
        "BAD_USER_INPUT",
        None,
        &["Poliisin neuvonta", "another organisation"],
    )
    .await;
    let field = answer.error_field().unwrap_or_default();
    assert!(
        field.starts_with("content.steps.0.service"),
        "extensions.field names content.steps.0's service, not {field:?}: {:?}",
        answer.body
    );
    assert!(answer.error_message().unwrap().contains(field));
    assert_eq!(w.versions(pathway.id).await, before);
}

#[tokio::test]
async fn a_bad_phone_number_in_channels_is_refused_naming_the_channel() {
    let w = world().await;
    let channels = json!([
        { "kind": "PHONE", "value": "+358 40 123 4567" },
        { "kind": "PHONE", "value": "soita minulle" },
    ]);
    w.refused(
        UPDATE_ORGANISATION,
        json!({ "id": w.shelter.id.to_string(),
            "input": { "name": "Alfan turvakoti", "kind": "SHELTER", "channels": channels } }),
        "BAD_USER_INPUT",
        Some("channels.1.value"),
        &["not a phone number"],
    )
    .await;
    let read = w
        .app
        .gql(
            Some(&w.token),
            "query($id: ID!) { organisation(id: $id) { name channels { value } } }",
            json!({ "id": w.shelter.id.to_string() }),
        )
        .await;
    assert_eq!(
        read.data()["organisation"],
        json!({ "name": "Alfan turvakoti", "channels": [] })
    );
}

#[tokio::test]
async fn hours_that_close_before_they_open_are_refused_and_no_service_is_added() {
    let w = world().await;
    let hours = json!({ "weekly": [
        { "day": "MON", "opens": "09:00", "closes": "15:00" },
        { "day": "TUE", "opens": "16:00", "closes": "08:00" },
    ] });
    w.refused(
        CREATE_SERVICE,
        json!({ "org": w.shelter.id.to_string(),
            "input": { "name": "Puhelinpäivystys", "kind": "PHONE_LINE", "hours": hours } }),
        "BAD_USER_INPUT",
        Some("hours.weekly.1"),
        &["16:00", "08:00", "closing time must come after"],
    )
    .await;
    let services = w
        .app
        .gql(
            Some(&w.token),
            "query($id: ID!) { services(organisationId: $id) { nodes { name } } }",
            json!({ "id": w.shelter.id.to_string() }),
        )
        .await;
    assert_eq!(services.data()["services"]["nodes"], json!([]));
}

#[tokio::test]
async fn an_unknown_time_zone_is_refused_for_services_and_regions() {
    let w = world().await;
    w.refused(
        CREATE_SERVICE,
        json!({ "org": w.shelter.id.to_string(),
            "input": { "name": "Chat", "kind": "CHAT", "timeZone": "Europe/Tampere" } }),
        "BAD_USER_INPUT",
        Some("timeZone"),
        &["Europe/Tampere", "not a time zone"],
    )
    .await;
    w.refused_for_admin(
        CREATE_REGION,
        json!({ "input": { "slug": "mars", "name": { "en": "Mars" }, "country": "NO", "timeZone": "Mars/Olympus_Mons" } }),
        "BAD_USER_INPUT",
        Some("timeZone"),
        &["Mars/Olympus_Mons", "not a time zone"],
    )
    .await;
}

#[tokio::test]
async fn a_malformed_id_is_refused_naming_the_argument() {
    let w = world().await;
    w.refused(
        UPDATE_DRAFT,
        json!({ "id": "not-a-uuid", "content": content("Otsikko", json!([])) }),
        "BAD_USER_INPUT",
        Some("pathwayId"),
        &["\"not-a-uuid\"", "not a Verkosto id"],
    )
    .await;
    w.refused(
        CREATE_ORGANISATION,
        json!({ "input": organisation("Uusi yhdistys"), "regionId": "not-a-uuid" }),
        "BAD_USER_INPUT",
        Some("regionId"),
        &["not a Verkosto id"],
    )
    .await;
    w.refused(
        CREATE_PATHWAY,
        new_pathway(
            &w,
            "Hoitopolku",
            json!([{ "title": "Arviointi", "organisationId": "not-a-uuid" }]),
        ),
        "BAD_USER_INPUT",
        Some("content.steps.0.organisationId"),
        &["not a Verkosto id"],
    )
    .await;
    let read = w
        .app
        .gql(
            Some(&w.token),
            "{ pathway(id: \"not-a-uuid\") { id } }",
            json!({}),
        )
        .await;
    assert_error(&read, "BAD_USER_INPUT", Some("id"), &["not a Verkosto id"]);
}

#[tokio::test]
async fn editing_a_published_version_is_a_conflict_and_changes_nothing() {
    let w = world().await;
    let pathway = w.pathway(PathwayBuilder::published).await;
    let before = w.versions(pathway.id).await;
    w.refused(
        UPDATE_DRAFT,
        json!({ "id": pathway.id.to_string(), "content": content("Muokattu", json!([])) }),
        "CONFLICT",
        None,
        &["start a new draft"],
    )
    .await;
    let after = w.versions(pathway.id).await;
    assert_eq!(after, before);
    assert_eq!(
        after["versions"]["nodes"],
        json!([{ "number": 1, "state": "PUBLISHED", "title": "Alkuperäinen" }])
    );
}

#[tokio::test]
async fn editing_a_version_in_review_is_a_conflict_and_changes_nothing() {
    let w = world().await;
    let pathway = w.pathway(PathwayBuilder::in_review).await;
    let before = w.versions(pathway.id).await;
    w.refused(
        UPDATE_DRAFT,
        json!({ "id": pathway.id.to_string(), "content": content("Muokattu", json!([])) }),
        "CONFLICT",
        None,
        &["in review"],
    )
    .await;
    assert_eq!(w.versions(pathway.id).await, before);
}

#[tokio::test]
async fn publishing_twice_is_a_conflict_and_changes_nothing() {
    let w = world().await;
    let pathway = w.pathway(|p| p).await;
    let id = json!({ "id": pathway.id.to_string() });
    let first = w.app.gql(Some(&w.token), PUBLISH, id.clone()).await;
    assert_eq!(first.data()["publishPathway"]["status"], "PUBLISHED");
    let before = w.versions(pathway.id).await;
    w.refused(PUBLISH, id, "CONFLICT", None, &["nothing to publish"])
        .await;
    let after = w.versions(pathway.id).await;
    assert_eq!(after, before);
    assert_eq!(
        after["versions"]["nodes"],
        json!([{ "number": 1, "state": "PUBLISHED", "title": "Alkuperäinen" }])
    );
}

#[tokio::test]
async fn submitting_twice_is_a_conflict_and_changes_nothing() {
    let w = world().await;
    let pathway = w.pathway(|p| p).await;
    let id = json!({ "id": pathway.id.to_string() });
    let first = w.app.gql(Some(&w.token), SUBMIT, id.clone()).await;
    assert_eq!(first.data()["submitPathway"]["status"], "IN_REVIEW");
    let before = w.versions(pathway.id).await;
    w.refused(SUBMIT, id, "CONFLICT", None, &["in review"])
        .await;
    let after = w.versions(pathway.id).await;
    assert_eq!(after, before);
    assert_eq!(after["status"], "IN_REVIEW");
    assert_eq!(
        after["versions"]["nodes"],
        json!([{ "number": 1, "state": "IN_REVIEW", "title": "Alkuperäinen" }])
    );
}

#[tokio::test]
async fn starting_a_second_draft_while_one_is_open_is_a_conflict() {
    let w = world().await;
    let pathway = w.pathway(PathwayBuilder::published).await;
    let id = json!({ "id": pathway.id.to_string() });
    let first = w.app.gql(Some(&w.token), START_DRAFT, id.clone()).await;
    first.data();
    let before = w.versions(pathway.id).await;
    w.refused(
        START_DRAFT,
        id,
        "CONFLICT",
        None,
        &["version 2 is still open"],
    )
    .await;
    let after = w.versions(pathway.id).await;
    assert_eq!(after, before);
    assert_eq!(
        after["versions"]["nodes"],
        json!([
            { "number": 2, "state": "DRAFT", "title": "Alkuperäinen" },
            { "number": 1, "state": "PUBLISHED", "title": "Alkuperäinen" },
        ])
    );
}

#[tokio::test]
async fn a_duplicate_organisation_business_id_is_a_conflict_and_creates_nothing() {
    let w = world().await;
    for (first, again, normalised) in [
        ("1234567-1", " 1234567-1 ", "1234567-1"),
        ("123456785", "NO 123 456 785 MVA", "123456785"),
    ] {
        let created = w
            .app
            .gql(
                Some(&w.token),
                CREATE_ORGANISATION,
                json!({ "input": { "name": format!("Yhdistys {first}"), "kind": "NGO", "businessId": first },
                    "regionId": w.alfa.id.to_string() }),
            )
            .await;
        assert_eq!(
            created.data()["createOrganisation"]["businessId"],
            normalised
        );
        let before = w.organisation_names().await;
        w.refused(
            CREATE_ORGANISATION,
            json!({ "input": { "name": "Kopio", "kind": "NGO", "businessId": again },
                "regionId": w.alfa.id.to_string() }),
            "CONFLICT",
            None,
            &[normalised, "exists already"],
        )
        .await;
        assert_eq!(w.organisation_names().await, before);
    }
}

#[tokio::test]
async fn a_duplicate_person_e_mail_is_a_conflict_and_creates_nothing() {
    let w = world().await;
    let before = w.emails().await;
    w.refused_for_admin(
        CREATE_PERSON,
        json!({ "input": { "email": " Koordinaattori@Example.ORG", "name": "Toinen Koordinaattori" } }),
        "CONFLICT",
        None,
        &["koordinaattori@example.org", "exists already"],
    )
    .await;
    assert_eq!(w.emails().await, before);
}

#[tokio::test]
async fn a_duplicate_region_slug_is_a_conflict_and_opens_nothing() {
    let w = world().await;
    let before = w.region_slugs().await;
    assert!(before.contains(&"alfa".to_owned()), "{before:?}");
    // Given explicitly, and made from the name.
    for input in [
        json!({ "slug": "alfa", "name": { "fi": "Toinen Alfa" }, "country": "FI" }),
        json!({ "name": { "fi": "Alfa" }, "country": "FI" }),
    ] {
        w.refused_for_admin(
            CREATE_REGION,
            json!({ "input": input }),
            "CONFLICT",
            None,
            &["\"alfa\"", "exists already"],
        )
        .await;
    }
    assert_eq!(w.region_slugs().await, before);
}
