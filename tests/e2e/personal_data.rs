//! No client data: free text holding a valid Finnish henkilötunnus or Norwegian fødselsnummer
//! (checksums validated) is refused in every free-text field, naming the field, and nothing is
//! stored; dates, phone numbers and other look-alikes pass.

use rand::{Rng, SeedableRng, rngs::StdRng};
use serde_json::{Value, json};
use verkosto_domain::{
    OrganisationKind,
    personal_id::{
        PersonalIdKind, find_personal_id,
        testgen::{look_alike, valid_fodselsnummer, valid_henkilotunnus},
    },
};
use verkosto_store::entity::{organisation, region};
use verkosto_testkit::{
    OrganisationBuilder, PathwayBuilder, PersonBuilder, RegionBuilder, TestApp, TestPathway,
};

use crate::readback::{assert_refused_changing_nothing, audit_event_count};

/// The official example henkilötunnus (131052308 mod 31 = 25 → "T").
const HETU: &str = "131052-308T";
/// A hand-verified fødselsnummer (control digits 8 and 0), written with a space.
const FNR: &str = "010190 12480";

const UPDATE_DRAFT: &str = "mutation($id: ID!, $content: PathwayContentInput!) {
    updatePathwayDraft(pathwayId: $id, content: $content) { id } }";
const DRAFT: &str = "query($id: ID!) { pathway(id: $id) { openVersion {
    title summary body tags changeNote steps { title description referralCriteria } } } }";

struct World {
    app: TestApp,
    alfa: region::Model,
    /// The coordinator's access token.
    token: String,
    shelter: organisation::Model,
    /// A service of the shelter.
    service: String,
    /// A draft of Alfa written by the coordinator.
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
    let service = app
        .gql(
            Some(&token),
            "mutation($org: ID!) { createService(organisationId: $org,
                input: { name: \"Turvakotipäivystys\", kind: SHELTER_ACCOMMODATION, description: \"Ympäri vuorokauden.\" }) { id } }",
            json!({ "org": shelter.id.to_string() }),
        )
        .await
        .data()["createService"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    World {
        app,
        alfa,
        token,
        shelter,
        service,
        draft,
    }
}

impl World {
    /// Sends `query`, expecting it to be refused for personal data at `field`, storing nothing.
    async fn refused(&self, query: &str, variables: Value, field: &str, code: &str) {
        let kind = match find_personal_id(code) {
            Some(PersonalIdKind::FinnishHenkilotunnus) => "henkilötunnus",
            Some(PersonalIdKind::NorwegianFodselsnummer) => "fødselsnummer",
            None => panic!("{code} is not a valid identity code"),
        };
        let answer = assert_refused_changing_nothing(
            &self.app,
            &self.token,
            query,
            variables,
            "BAD_USER_INPUT",
            Some(field),
            &[kind, "must not hold client personal data"],
        )
        .await;
        assert!(
            !answer.error_message().unwrap().contains(code),
            "the error does not repeat the identity code: {:?}",
            answer.body
        );
    }

    /// The open draft as its author reads it.
    async fn draft(&self) -> Value {
        self.app
            .gql(
                Some(&self.token),
                DRAFT,
                json!({ "id": self.draft.id.to_string() }),
            )
            .await
            .data()["pathway"]["openVersion"]
            .clone()
    }

    /// Replaces the draft with `content`, expecting a refusal at `field` for `code`.
    async fn draft_refused(&self, content: Value, field: &str, code: &str) {
        let before = self.draft().await;
        self.refused(
            UPDATE_DRAFT,
            json!({ "id": self.draft.id.to_string(), "content": content }),
            field,
            code,
        )
        .await;
        assert_eq!(self.draft().await, before);
    }

    async fn organisation(&self) -> Value {
        self.app
            .gql(
                Some(&self.token),
                "query($id: ID!) { organisation(id: $id) { name description } }",
                json!({ "id": self.shelter.id.to_string() }),
            )
            .await
            .data()["organisation"]
            .clone()
    }

    async fn service(&self) -> Value {
        self.app
            .gql(
                Some(&self.token),
                "query($id: ID!) { service(id: $id) { name description eligibility } }",
                json!({ "id": self.service }),
            )
            .await
            .data()["service"]
            .clone()
    }
}

/// Clean draft content with one step, for the tests to spoil one field of.
fn content() -> Value {
    json!({
        "title": "Turvakotiin ohjaaminen",
        "summary": "Miten asiakas ohjataan turvakotiin.",
        "language": "FI",
        "tags": ["turvakoti", "lähisuhdeväkivalta"],
        "body": "# Ohjaaminen\n\nSoita päivystykseen.",
        "steps": [{ "title": "Yhteydenotto", "description": "Soita.", "referralCriteria": "Kaikki." }],
        "changeNote": "Tarkennus",
    })
}

#[tokio::test]
async fn a_pathway_title_holding_a_henkilotunnus_is_refused_and_no_pathway_is_created() {
    let w = world().await;
    let mut content = content();
    content["title"] = json!(format!("Asiakkaan {HETU} hoitopolku"));
    w.refused(
        "mutation($input: CreatePathwayInput!) { createPathway(input: $input) { id } }",
        json!({ "input": { "regionId": w.alfa.id.to_string(), "content": content } }),
        "content.title",
        HETU,
    )
    .await;
    let list = w
        .app
        .gql(
            Some(&w.token),
            "{ pathways(first: 100) { nodes { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        list.data()["pathways"]["nodes"],
        json!([{ "id": w.draft.id.to_string() }])
    );
}

#[tokio::test]
async fn a_pathway_summary_holding_a_fodselsnummer_is_refused_and_the_draft_is_unchanged() {
    let w = world().await;
    let mut content = content();
    content["summary"] = json!(format!("Klienten {FNR} ble henvist videre."));
    w.draft_refused(content, "content.summary", FNR).await;
}

#[tokio::test]
async fn a_pathway_body_holding_a_henkilotunnus_is_refused_and_the_draft_is_unchanged() {
    let w = world().await;
    let mut content = content();
    // Lower case, in the middle of Markdown.
    content["body"] = json!(format!(
        "# Ohjaaminen\n\n- asiakas {} soitti\n- soita takaisin",
        HETU.to_lowercase()
    ));
    w.draft_refused(content, "content.body", &HETU.to_lowercase())
        .await;
}

#[tokio::test]
async fn a_step_description_holding_a_fodselsnummer_is_refused_and_the_draft_is_unchanged() {
    let w = world().await;
    let mut content = content();
    content["steps"][0]["description"] = json!("Fnr 15076500565 ringte.");
    w.draft_refused(content, "content.steps.0.description", "15076500565")
        .await;
}

#[tokio::test]
async fn referral_criteria_holding_a_henkilotunnus_are_refused_and_the_draft_is_unchanged() {
    let w = world().await;
    let mut content = content();
    content["steps"][0]["referralCriteria"] = json!("Vain asiakas 010594Y9032.");
    w.draft_refused(content, "content.steps.0.referralCriteria", "010594Y9032")
        .await;
}

#[tokio::test]
async fn a_tag_holding_a_fodselsnummer_is_refused_naming_the_tag() {
    let w = world().await;
    let mut content = content();
    content["tags"] = json!(["turvakoti", "64128520056"]);
    w.draft_refused(content, "content.tags.1", "64128520056")
        .await;
}

#[tokio::test]
async fn a_change_note_holding_a_henkilotunnus_is_refused_and_the_draft_is_unchanged() {
    let w = world().await;
    let mut content = content();
    content["changeNote"] = json!(format!("Lisätty asiakkaan {HETU} toive"));
    w.draft_refused(content, "content.changeNote", HETU).await;
}

#[tokio::test]
async fn an_organisation_name_holding_a_henkilotunnus_is_refused_and_nothing_is_created() {
    let w = world().await;
    w.refused(
        "mutation($input: OrganisationInput!, $regionId: ID) { createOrganisation(input: $input, regionId: $regionId) { id } }",
        json!({ "input": { "name": format!("Toiminimi {HETU}"), "kind": "OTHER" }, "regionId": w.alfa.id.to_string() }),
        "name",
        HETU,
    )
    .await;
}

#[tokio::test]
async fn an_organisation_description_holding_a_fodselsnummer_is_refused_and_it_is_unchanged() {
    let w = world().await;
    let before = w.organisation().await;
    w.refused(
        "mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }",
        json!({ "id": w.shelter.id.to_string(), "input": {
            "name": "Alfan turvakoti", "kind": "SHELTER",
            "description": format!("Yhteyshenkilö {FNR}.") } }),
        "description",
        FNR,
    )
    .await;
    assert_eq!(w.organisation().await, before);
}

#[tokio::test]
async fn a_service_description_holding_a_henkilotunnus_is_refused_and_no_service_is_added() {
    let w = world().await;
    w.refused(
        "mutation($org: ID!, $input: ServiceInput!) { createService(organisationId: $org, input: $input) { id } }",
        json!({ "org": w.shelter.id.to_string(), "input": {
            "name": "Vertaisryhmä", "kind": "PEER_SUPPORT",
            "description": format!("Ryhmää vetää {HETU}.") } }),
        "description",
        HETU,
    )
    .await;
}

#[tokio::test]
async fn a_service_eligibility_holding_a_fodselsnummer_is_refused_and_it_is_unchanged() {
    let w = world().await;
    let before = w.service().await;
    w.refused(
        "mutation($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { id } }",
        json!({ "id": w.service, "input": {
            "name": "Turvakotipäivystys", "kind": "SHELTER_ACCOMMODATION",
            "eligibility": "Bare for 01019012480." } }),
        "eligibility",
        "01019012480",
    )
    .await;
    assert_eq!(w.service().await, before);
}

#[tokio::test]
async fn a_region_area_holding_a_henkilotunnus_is_refused_and_the_region_is_unchanged() {
    let w = world().await;
    let read = || async {
        w.app
            .gql(
                Some(&w.token),
                "query($id: ID!) { region(id: $id) { area slug } }",
                json!({ "id": w.alfa.id.to_string() }),
            )
            .await
            .data()["region"]
            .clone()
    };
    let before = read().await;
    w.refused(
        "mutation($id: ID!, $input: RegionInput!) { updateRegion(id: $id, input: $input) { id } }",
        json!({ "id": w.alfa.id.to_string(), "input": {
            "slug": "alfa", "name": { "fi": "Alfa" }, "country": "FI",
            "area": ["Alfan kunta", format!("Asiakas {HETU}")] } }),
        "area.1",
        HETU,
    )
    .await;
    assert_eq!(read().await, before);
}

/// Sentences a code is embedded in, in the network's languages.
const SENTENCES: [&str; 4] = [
    "Asiakas {} ohjattiin eteenpäin.",
    "Klienten {} ble henvist videre.",
    "Klienten {} remitterades vidare.",
    "The client ({}) was referred onward.",
];

fn sentence(rng: &mut StdRng, text: &str) -> String {
    SENTENCES[rng.random_range(0..SENTENCES.len())].replace("{}", text)
}

#[tokio::test]
async fn one_thousand_valid_identity_codes_are_all_refused_and_look_alikes_pass() {
    let w = world().await;
    let mut rng = StdRng::seed_from_u64(20_241_122);
    let id = w.draft.id.to_string();
    let audit_before = audit_event_count(&w.app).await;
    let send = async |summary: &str| {
        let mut content = content();
        content["summary"] = json!(summary);
        w.app
            .gql(
                Some(&w.token),
                UPDATE_DRAFT,
                json!({ "id": id, "content": content }),
            )
            .await
    };

    let mut codes_accepted = Vec::new();
    for i in 0..1_000 {
        let code = if i % 2 == 0 {
            valid_henkilotunnus(&mut rng)
        } else {
            valid_fodselsnummer(&mut rng)
        };
        let text = sentence(&mut rng, &code);
        let answer = send(&text).await;
        if answer.body.get("errors").is_none() {
            codes_accepted.push(text);
        } else {
            assert_eq!(
                (answer.error_code(), answer.error_field()),
                (Some("BAD_USER_INPUT"), Some("content.summary")),
                "{text}: {:?}",
                answer.body
            );
        }
    }

    let mut look_alikes_refused = Vec::new();
    let mut last_accepted = None;
    for _ in 0..1_000 {
        let look_alike = look_alike(&mut rng);
        let text = sentence(&mut rng, &look_alike);
        let answer = send(&text).await;
        match answer.error_code() {
            None => last_accepted = Some(text),
            Some(code) => {
                assert_eq!(
                    (code, answer.error_field()),
                    ("BAD_USER_INPUT", Some("content.summary")),
                    "{text}: {:?}",
                    answer.body
                );
                look_alikes_refused.push(text);
            }
        }
    }

    println!(
        "valid identity codes accepted: {} of 1000; look-alikes refused: {} of 1000: {look_alikes_refused:?}",
        codes_accepted.len(),
        look_alikes_refused.len()
    );
    assert_eq!(
        codes_accepted,
        Vec::<String>::new(),
        "no code may be stored"
    );
    assert!(
        look_alikes_refused.len() < 10,
        "fewer than 1 % of look-alikes refused: {look_alikes_refused:?}"
    );
    // Each accepted look-alike was stored (one audit event each), and the last one is what the
    // draft holds now; no refused code wrote anything.
    let accepted = 1_000 - look_alikes_refused.len();
    assert_eq!(audit_event_count(&w.app).await, audit_before + accepted);
    assert_eq!(
        w.draft().await["summary"],
        json!(last_accepted.unwrap().trim())
    );
}
