//! Growing a regional network: an admin opens a region and invites its first coordinator, who
//! accepts and activates it; coordinators invite people one at a time or from a CSV file,
//! resend and revoke; professionals ask to join and see the outcome; a region limits who lists
//! its people; the onboarding checklist follows the data.

use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};
use serde_json::{Value, json};
use verkosto_domain::{MembershipStatus, OrganisationKind};
use verkosto_store::entity::{invitation, organisation, region};
use verkosto_testkit::{
    OrganisationBuilder, PathwayBuilder, PersonBuilder, RegionBuilder, TestApp, TestPerson,
};

use crate::readback::{assert_audited, assert_error, assert_refused_changing_nothing};

const OPEN_REGION: &str = "mutation($region: RegionInput!, $coordinator: InvitationInput!) {
    openRegion(region: $region, coordinator: $coordinator) {
        region { id status }
        invitation { delivery link invitation { id email role status } }
    } }";
const INVITE: &str = "mutation($region: ID!, $input: InvitationInput!) {
    invitePerson(regionId: $region, input: $input) {
        delivery link invitation { id email name role status timesSent organisation { name } }
    } }";
const IMPORT: &str = "mutation($region: ID!, $csv: String!) {
    importInvitations(regionId: $region, csv: $csv) {
        invited skipped
        rows { line email outcome reason invitation { link invitation { role organisation { name } } } }
    } }";
const RESEND: &str =
    "mutation($id: ID!) { resendInvitation(id: $id) { link invitation { status expiresAt } } }";
const REVOKE: &str = "mutation($id: ID!) { revokeInvitation(id: $id) { status } }";
const ACCEPT: &str = "mutation($token: String!, $password: String, $name: String) {
    acceptInvitation(token: $token, password: $password, name: $name) {
        accessToken viewer { email name roles { kind region { id } } } } }";
const PREVIEW: &str = "query($token: String!) { invitation(token: $token) {
    email name role status accountExists region { id } } }";
const INVITATIONS: &str = "query($region: ID!, $status: InvitationStatus) {
    invitations(regionId: $region, status: $status) { nodes { email status } } }";
const CHECKLIST: &str = "query($id: ID!) { region(id: $id) { status onboarding {
    done total items { step done } missingKinds coverage { kind count core } } } }";
const REQUEST: &str = "mutation($region: ID!, $org: ID!, $message: String) {
    requestToJoin(regionId: $region, organisationId: $org, message: $message) { id status } }";
const APPROVE: &str = "mutation($id: ID!) { approveJoinRequest(id: $id) { status } }";
const DECLINE: &str = "mutation($id: ID!, $reason: String!) { declineJoinRequest(id: $id, reason: $reason) { status reason } }";
const JOIN_REQUESTS: &str =
    "query($region: ID!) { joinRequests(regionId: $region, status: PENDING) {
    nodes { id message requester { email } organisation { name } } } }";
const MINE: &str = "{ myJoinRequests { nodes { status reason region { id } } } }";
const PEOPLE: &str = "query($region: ID!) {
    people(regionId: $region) { nodes { email } }
    region(id: $region) { people { nodes { email } } coordinators { email } } }";

/// A region with a coordinator, a member and a member organisation; an admin; and someone from
/// another region with an organisation that is not in the first region's network.
struct World {
    app: TestApp,
    alfa: region::Model,
    shelter: organisation::Model,
    outside_org: organisation::Model,
    coordinator: TestPerson,
    member: TestPerson,
    outsider: TestPerson,
    coord: String,
    memb: String,
    admin: String,
}

impl World {
    async fn new() -> Self {
        let app = TestApp::spawn().await;
        let alfa = RegionBuilder::new("Alfa").insert(&app).await;
        let beta = RegionBuilder::new("Beta").insert(&app).await;
        let shelter = OrganisationBuilder::new("Turvakoti Alfa")
            .kind(OrganisationKind::Shelter)
            .member_of(&alfa)
            .insert(&app)
            .await;
        let outside_org = OrganisationBuilder::new("Beta Rikosseuraamus")
            .kind(OrganisationKind::CommunitySanctions)
            .member_of(&beta)
            .insert(&app)
            .await;
        let coordinator = PersonBuilder::new("coord@alfa.example")
            .coordinator_of(&alfa)
            .insert(&app)
            .await;
        let member = PersonBuilder::new("member@alfa.example")
            .member_of(&alfa)
            .insert(&app)
            .await;
        let outsider = PersonBuilder::new("member@beta.example")
            .member_of(&beta)
            .insert(&app)
            .await;
        let admin_person = PersonBuilder::new("admin@example.org")
            .admin()
            .insert(&app)
            .await;
        let coord = app.token(&coordinator).await;
        let memb = app.token(&member).await;
        let admin = app.token(&admin_person).await;
        Self {
            app,
            alfa,
            shelter,
            outside_org,
            coordinator,
            member,
            outsider,
            coord,
            memb,
            admin,
        }
    }

    fn alfa_id(&self) -> String {
        self.alfa.id.to_string()
    }

    async fn invite(&self, email: &str) -> Value {
        let answer = self
            .app
            .gql(
                Some(&self.coord),
                INVITE,
                json!({ "region": self.alfa_id(), "input": { "email": email, "name": "Uusi Jäsen",
                    "organisationId": self.shelter.id.to_string() } }),
            )
            .await;
        answer.data()["invitePerson"].clone()
    }
}

/// The token at the end of an invitation link.
fn token_of(link: &Value) -> String {
    let link = link.as_str().expect("the answer carries the link");
    link.rsplit('/').next().unwrap().to_owned()
}

fn role_in(viewer: &Value, region: &str) -> Option<String> {
    viewer["roles"]
        .as_array()?
        .iter()
        .find(|r| r["region"]["id"] == region)
        .map(|r| r["kind"].as_str().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn an_admin_opens_a_region_whose_invited_coordinator_accepts_and_activates_it() {
    let w = World::new().await;
    let opened = w
        .app
        .gql(
            Some(&w.admin),
            OPEN_REGION,
            json!({
                "region": { "name": { "fi": "Kaakkois-Suomi", "sv": "Sydöstra Finland",
                    "nb": "Sørøst-Finland", "en": "South-Eastern Finland" },
                    "country": "FI", "area": ["Kotka", "Kouvola", "Lappeenranta"] },
                "coordinator": { "email": "Koordinaattori@Kaakko.example", "name": "Kaija Koordinaattori" }
            }),
        )
        .await;
    let opened = &opened.data()["openRegion"];
    let region = opened["region"]["id"].as_str().unwrap().to_owned();
    assert_eq!(opened["region"]["status"], "ONBOARDING");
    // No mail server here: the admin sees the link to pass on.
    assert_eq!(opened["invitation"]["delivery"], "LINK_ONLY");
    assert_eq!(
        opened["invitation"]["invitation"]["email"],
        "koordinaattori@kaakko.example"
    );
    assert_eq!(opened["invitation"]["invitation"]["role"], "COORDINATOR");
    let link = opened["invitation"]["link"].as_str().unwrap();
    assert!(link.starts_with(&w.app.url("/invitation/")), "{link}");
    let token = token_of(&opened["invitation"]["link"]);
    assert!(token.len() >= 22, "at least 128 bits of token: {token}");

    let checklist = w
        .app
        .gql(Some(&w.admin), CHECKLIST, json!({ "id": region }))
        .await;
    let items = &checklist.data()["region"]["onboarding"]["items"];
    assert_eq!(
        items[0],
        json!({ "step": "COORDINATOR_ACCEPTED", "done": false })
    );

    // Both arguments have a name: an error says whose, and nothing is opened.
    for (region_name, person_name, field) in [
        ("", "Kaija", "region.name"),
        ("Kymenlaakso", "", "coordinator.name"),
    ] {
        assert_refused_changing_nothing(
            &w.app,
            &w.admin,
            OPEN_REGION,
            json!({
                "region": { "name": { "fi": region_name }, "country": "FI", "area": [] },
                "coordinator": { "email": "k2@kaakko.example", "name": person_name }
            }),
            "BAD_USER_INPUT",
            Some(field),
            &[],
        )
        .await;
    }

    // The link's page shows what it is about, to anyone holding it.
    let preview = w.app.gql(None, PREVIEW, json!({ "token": token })).await;
    assert_eq!(
        preview.data()["invitation"],
        json!({ "email": "koordinaattori@kaakko.example", "name": "Kaija Koordinaattori",
            "role": "COORDINATOR", "status": "PENDING", "accountExists": false,
            "region": { "id": region } })
    );

    // A too-short password is refused at the field, and the invitation stays usable.
    let short = w
        .app
        .gql(None, ACCEPT, json!({ "token": token, "password": "lyhyt" }))
        .await;
    assert_error(&short, "BAD_USER_INPUT", Some("password"), &["12"]);
    let accepted = w
        .app
        .gql(
            None,
            ACCEPT,
            json!({ "token": token, "password": "pitkä ja hyvä salasana" }),
        )
        .await;
    let viewer = &accepted.data()["acceptInvitation"]["viewer"];
    assert_eq!(viewer["email"], "koordinaattori@kaakko.example");
    assert_eq!(role_in(viewer, &region).as_deref(), Some("COORDINATOR"));
    let coordinator = accepted.data()["acceptInvitation"]["accessToken"]
        .as_str()
        .unwrap()
        .to_owned();

    // Single use.
    let again = w
        .app
        .gql(
            None,
            ACCEPT,
            json!({ "token": token, "password": "pitkä ja hyvä salasana" }),
        )
        .await;
    assert_error(&again, "CONFLICT", None, &["used already"]);
    // The password works for signing in.
    let session = w
        .app
        .login("koordinaattori@kaakko.example", "pitkä ja hyvä salasana")
        .await;
    assert!(!session.access_token.is_empty());

    let checklist = w
        .app
        .gql(Some(&coordinator), CHECKLIST, json!({ "id": region }))
        .await;
    let onboarding = &checklist.data()["region"]["onboarding"];
    assert_eq!(onboarding["items"][0]["done"], true);
    assert_eq!(onboarding["done"], 1, "{onboarding}");

    let activated = w
        .app
        .gql(
            Some(&coordinator),
            "mutation($id: ID!) { activateRegion(id: $id) { status } }",
            json!({ "id": region }),
        )
        .await;
    assert_eq!(activated.data()["activateRegion"]["status"], "ACTIVE");

    assert_audited(
        &w.app,
        &w.admin,
        &region,
        &[
            "region.create",
            "invitation.create",
            "person.create",
            "role.set",
            "invitation.accept",
            "region.set_status",
        ],
    )
    .await;
}

#[tokio::test]
async fn a_coordinator_invites_resends_and_revokes() {
    let w = World::new().await;
    let issued = w.invite("uusi@alfa.example").await;
    assert_eq!(issued["invitation"]["status"], "PENDING");
    assert_eq!(issued["invitation"]["role"], "MEMBER");
    assert_eq!(
        issued["invitation"]["organisation"]["name"],
        "Turvakoti Alfa"
    );
    let first = token_of(&issued["link"]);
    let id = issued["invitation"]["id"].as_str().unwrap().to_owned();

    // Twice the same address, or someone in the network already: a clear conflict, nothing written.
    let input =
        |email: &str| json!({ "region": w.alfa_id(), "input": { "email": email, "name": "Joku" } });
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        INVITE,
        input("uusi@alfa.example"),
        "CONFLICT",
        None,
        &["pending invitation", "resend"],
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        INVITE,
        input(&w.member.email),
        "CONFLICT",
        None,
        &["network already"],
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        INVITE,
        input("ei-osoite"),
        "BAD_USER_INPUT",
        Some("email"),
        &["@"],
    )
    .await;
    // Members do not invite.
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        INVITE,
        input("toinen@alfa.example"),
        "FORBIDDEN",
        None,
        &["coordinators"],
    )
    .await;

    // Resending issues a new link; the old one stops working.
    let resent = w.app.gql(Some(&w.coord), RESEND, json!({ "id": id })).await;
    let second = token_of(&resent.data()["resendInvitation"]["link"]);
    assert_ne!(first, second);
    let old = w
        .app
        .gql(
            None,
            ACCEPT,
            json!({ "token": first, "password": "pitkä ja hyvä salasana" }),
        )
        .await;
    assert_error(&old, "NOT_FOUND", None, &["invitation"]);

    // Revoked: the new link stops working too, with a reason the person can act on.
    let revoked = w.app.gql(Some(&w.coord), REVOKE, json!({ "id": id })).await;
    assert_eq!(revoked.data()["revokeInvitation"]["status"], "REVOKED");
    let refused = w
        .app
        .gql(
            None,
            ACCEPT,
            json!({ "token": second, "password": "pitkä ja hyvä salasana" }),
        )
        .await;
    assert_error(&refused, "BAD_USER_INPUT", Some("token"), &["withdrawn"]);
    let listed = w
        .app
        .gql(
            Some(&w.coord),
            INVITATIONS,
            json!({ "region": w.alfa_id(), "status": "REVOKED" }),
        )
        .await;
    assert_eq!(
        listed.data()["invitations"]["nodes"],
        json!([{ "email": "uusi@alfa.example", "status": "REVOKED" }])
    );
    // Revoked is final: no resend.
    let resend = w.app.gql(Some(&w.coord), RESEND, json!({ "id": id })).await;
    assert_error(&resend, "CONFLICT", None, &["revoked"]);
}

#[tokio::test]
async fn a_new_account_keeps_the_language_it_accepted_its_invitation_in() {
    let w = World::new().await;
    let swedish = w.invite("svenska@alfa.example").await;
    assert_eq!(
        accept_in(&w.app, token_of(&swedish["link"]), Some("SV")).await,
        "SV",
        "the language the invitation was read in"
    );
    let unsaid = w.invite("suomi@alfa.example").await;
    assert_eq!(
        accept_in(&w.app, token_of(&unsaid["link"]), None).await,
        "FI",
        "without one, the region's country's"
    );
}

/// Accepts the invitation `token` with a password and `language`; answers the account's language.
async fn accept_in(app: &TestApp, token: String, language: Option<&str>) -> Value {
    let answer = app
        .gql(
            None,
            "mutation($t: String!, $l: Language) { acceptInvitation(token: $t,
                password: \"pitkä ja hyvä salasana\", language: $l) { viewer { language } } }",
            json!({ "t": token, "l": language }),
        )
        .await;
    answer.data()["acceptInvitation"]["viewer"]["language"].clone()
}

#[tokio::test]
async fn an_expired_invitation_is_refused_until_it_is_resent() {
    let w = World::new().await;
    let issued = w.invite("myohassa@alfa.example").await;
    let token = token_of(&issued["link"]);
    let id: uuid::Uuid = issued["invitation"]["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    // 72 hours pass.
    let row = invitation::Entity::find_by_id(id)
        .one(w.app.store.connection())
        .await
        .unwrap()
        .unwrap();
    let mut row: invitation::ActiveModel = row.into();
    row.expires_at = Set(chrono::Utc::now() - chrono::Duration::minutes(1));
    row.update(w.app.store.connection()).await.unwrap();

    let late = w
        .app
        .gql(
            None,
            ACCEPT,
            json!({ "token": token, "password": "pitkä ja hyvä salasana" }),
        )
        .await;
    assert_error(
        &late,
        "BAD_USER_INPUT",
        Some("token"),
        &["expired", "send it again"],
    );
    let expired = w
        .app
        .gql(
            Some(&w.coord),
            INVITATIONS,
            json!({ "region": w.alfa_id(), "status": "EXPIRED" }),
        )
        .await;
    assert_eq!(
        expired.data()["invitations"]["nodes"][0]["status"],
        "EXPIRED"
    );

    let resent = w
        .app
        .gql(Some(&w.coord), RESEND, json!({ "id": id.to_string() }))
        .await;
    assert_eq!(
        resent.data()["resendInvitation"]["invitation"]["status"],
        "PENDING"
    );
    let token = token_of(&resent.data()["resendInvitation"]["link"]);
    let accepted = w
        .app
        .gql(
            None,
            ACCEPT,
            json!({ "token": token, "password": "pitkä ja hyvä salasana",
            "name": "Myöhäinen Mutta Mukana" }),
        )
        .await;
    let viewer = &accepted.data()["acceptInvitation"]["viewer"];
    assert_eq!(viewer["name"], "Myöhäinen Mutta Mukana");
    assert_eq!(role_in(viewer, &w.alfa_id()).as_deref(), Some("MEMBER"));
}

#[tokio::test]
async fn someone_with_an_account_signs_in_to_accept() {
    let w = World::new().await;
    let issued = w.invite(&w.outsider.email).await;
    let token = token_of(&issued["link"]);
    let preview = w.app.gql(None, PREVIEW, json!({ "token": token })).await;
    assert_eq!(preview.data()["invitation"]["accountExists"], true);

    let anonymous = w
        .app
        .gql(
            None,
            ACCEPT,
            json!({ "token": token, "password": "vieras salasana 123" }),
        )
        .await;
    assert_error(&anonymous, "CONFLICT", None, &["sign in"]);
    // The account's password is untouched.
    let session = w
        .app
        .login(&w.outsider.email, verkosto_testkit::TEST_PASSWORD)
        .await;
    assert!(!session.access_token.is_empty());

    let accepted = w
        .app
        .gql(
            Some(&session.access_token),
            ACCEPT,
            json!({ "token": token }),
        )
        .await;
    let viewer = &accepted.data()["acceptInvitation"]["viewer"];
    assert_eq!(role_in(viewer, &w.alfa_id()).as_deref(), Some("MEMBER"));
    assert_eq!(viewer["roles"].as_array().unwrap().len(), 2, "{viewer}");
}

#[tokio::test]
async fn a_csv_import_reports_every_row_and_invites_the_valid_ones() {
    let w = World::new().await;
    let pending = w.invite("kutsuttu@alfa.example").await;
    assert_eq!(pending["invitation"]["status"], "PENDING");
    let csv = format!(
        "email;name;role;organisation\n\
         anna@alfa.example;Anna Ankka;;Turvakoti Alfa\n\
         {member};Jo Jäsen;member;\n\
         kutsuttu@alfa.example;Kaisa Kutsuttu;;\n\
         ei-osoite;Epä Kelpo;;\n\
         bertta@alfa.example;Bertta B;coordinator;turvakoti alfa\n\
         cecilia@alfa.example;Cecilia C;;Tuntematon Oy\n\
         ANNA@alfa.example;Anna Uudestaan;;\n\
         \n\
         daniel@alfa.example;Daniel D;boss;\n",
        member = w.member.email
    );
    let answer = w
        .app
        .gql(
            Some(&w.coord),
            IMPORT,
            json!({ "region": w.alfa_id(), "csv": csv }),
        )
        .await;
    let report = &answer.data()["importInvitations"];
    let outcomes: Vec<(i64, &str, &str)> = report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["line"].as_i64().unwrap(),
                r["email"].as_str().unwrap(),
                r["outcome"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        vec![
            (2, "anna@alfa.example", "INVITED"),
            (3, w.member.email.as_str(), "ALREADY_MEMBER"),
            (4, "kutsuttu@alfa.example", "ALREADY_INVITED"),
            (5, "ei-osoite", "INVALID"),
            (6, "bertta@alfa.example", "INVITED"),
            (7, "cecilia@alfa.example", "INVALID"),
            (8, "ANNA@alfa.example", "INVALID"),
            (10, "daniel@alfa.example", "INVALID"),
        ]
    );
    assert_eq!(report["invited"], 2);
    assert_eq!(report["skipped"], 6);
    let rows = report["rows"].as_array().unwrap();
    let bad_address = rows[3]["reason"].as_str().unwrap();
    assert!(
        bad_address.starts_with("column \"email\": \"ei-osoite\" is not a valid e-mail"),
        "the reason names the column as the file does: {bad_address}"
    );
    assert!(
        rows[5]["reason"]
            .as_str()
            .unwrap()
            .contains("Tuntematon Oy")
    );
    assert!(rows[6]["reason"].as_str().unwrap().contains("line 2"));
    assert!(rows[7]["reason"].as_str().unwrap().contains("boss"));
    assert_eq!(rows[4]["invitation"]["invitation"]["role"], "COORDINATOR");
    assert_eq!(
        rows[4]["invitation"]["invitation"]["organisation"]["name"],
        "Turvakoti Alfa"
    );
    assert!(rows[0]["invitation"]["link"].is_string());

    let listed = w
        .app
        .gql(
            Some(&w.coord),
            INVITATIONS,
            json!({ "region": w.alfa_id(), "status": "PENDING" }),
        )
        .await;
    let mut emails: Vec<&str> = listed.data()["invitations"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["email"].as_str())
        .collect();
    emails.sort_unstable();
    assert_eq!(
        emails,
        [
            "anna@alfa.example",
            "bertta@alfa.example",
            "kutsuttu@alfa.example"
        ]
    );

    // The same file again invites nobody twice.
    let again = w
        .app
        .gql(
            Some(&w.coord),
            IMPORT,
            json!({ "region": w.alfa_id(), "csv": csv }),
        )
        .await;
    assert_eq!(again.data()["importInvitations"]["invited"], 0);

    // A file without the required columns is refused whole, changing nothing.
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        IMPORT,
        json!({ "region": w.alfa_id(), "csv": "osoite,kuka\nx@y.example,X\n" }),
        "BAD_USER_INPUT",
        Some("csv"),
        &["email", "name"],
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        IMPORT,
        json!({ "region": w.alfa_id(), "csv": "email,name\nx@y.example,X\n" }),
        "FORBIDDEN",
        None,
        &[],
    )
    .await;
}

#[tokio::test]
async fn professionals_ask_to_join_and_see_the_coordinators_answer() {
    let w = World::new().await;
    let outsider = w.app.token(&w.outsider).await;
    let asked = w
        .app
        .gql(
            Some(&outsider),
            REQUEST,
            json!({ "region": w.alfa_id(), "org": w.outside_org.id.to_string(),
                "message": "Työskentelen myös Alfan alueella." }),
        )
        .await;
    assert_eq!(asked.data()["requestToJoin"]["status"], "PENDING");
    let id = asked.data()["requestToJoin"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Once is enough.
    assert_refused_changing_nothing(
        &w.app,
        &outsider,
        REQUEST,
        json!({ "region": w.alfa_id(), "org": w.outside_org.id.to_string() }),
        "CONFLICT",
        None,
        &["already"],
    )
    .await;
    // Someone in the network already does not ask.
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        REQUEST,
        json!({ "region": w.alfa_id(), "org": w.shelter.id.to_string() }),
        "CONFLICT",
        None,
        &["network already"],
    )
    .await;

    let queue = w
        .app
        .gql(
            Some(&w.coord),
            JOIN_REQUESTS,
            json!({ "region": w.alfa_id() }),
        )
        .await;
    assert_eq!(
        queue.data()["joinRequests"]["nodes"],
        json!([{ "id": id, "message": "Työskentelen myös Alfan alueella.",
            "requester": { "email": w.outsider.email }, "organisation": { "name": "Beta Rikosseuraamus" } }])
    );
    // The requester cannot approve their own request; a member cannot see it at all.
    assert_refused_changing_nothing(
        &w.app,
        &outsider,
        APPROVE,
        json!({ "id": id }),
        "FORBIDDEN",
        None,
        &[],
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        APPROVE,
        json!({ "id": id }),
        "NOT_FOUND",
        None,
        &[],
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        DECLINE,
        json!({ "id": id, "reason": "  " }),
        "BAD_USER_INPUT",
        Some("reason"),
        &["why"],
    )
    .await;

    let approved = w
        .app
        .gql(Some(&w.coord), APPROVE, json!({ "id": id }))
        .await;
    assert_eq!(approved.data()["approveJoinRequest"]["status"], "APPROVED");
    let mine = w.app.gql(Some(&outsider), MINE, json!({})).await;
    assert_eq!(
        mine.data()["myJoinRequests"]["nodes"],
        json!([{ "status": "APPROVED", "reason": null, "region": { "id": w.alfa_id() } }])
    );
    // The requester is a member now, and their organisation joined the network.
    let viewer = w
        .app
        .gql(
            Some(&outsider),
            "{ viewer { roles { kind region { id } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        role_in(&viewer.data()["viewer"], &w.alfa_id()).as_deref(),
        Some("MEMBER")
    );
    let memberships = w
        .app
        .store
        .memberships_by_regions(&[w.alfa.id])
        .await
        .unwrap();
    assert!(
        memberships
            .iter()
            .any(|m| m.organisation_id == w.outside_org.id
                && m.status == MembershipStatus::Active.as_str())
    );
    // Decided once.
    let twice = w
        .app
        .gql(Some(&w.coord), APPROVE, json!({ "id": id }))
        .await;
    assert_error(&twice, "CONFLICT", None, &["approved already"]);

    // A declined request carries its reason to the requester.
    let stranger = PersonBuilder::new("vieras@gamma.example")
        .insert(&w.app)
        .await;
    let stranger = w.app.token(&stranger).await;
    let asked = w
        .app
        .gql(
            Some(&stranger),
            REQUEST,
            json!({ "region": w.alfa_id(), "org": w.outside_org.id.to_string() }),
        )
        .await;
    let id = asked.data()["requestToJoin"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let declined = w
        .app
        .gql(Some(&w.coord), DECLINE, json!({ "id": id, "reason": "Verkosto on ammattilaisille; ota yhteyttä koordinaattoriin." }))
        .await;
    assert_eq!(declined.data()["declineJoinRequest"]["status"], "DECLINED");
    let mine = w.app.gql(Some(&stranger), MINE, json!({})).await;
    assert_eq!(
        mine.data()["myJoinRequests"]["nodes"][0]["status"],
        "DECLINED"
    );
    assert_eq!(
        mine.data()["myJoinRequests"]["nodes"][0]["reason"],
        "Verkosto on ammattilaisille; ota yhteyttä koordinaattoriin."
    );
}

#[tokio::test]
async fn a_region_can_show_its_member_list_to_coordinators_only() {
    let w = World::new().await;
    let emails = |answer: &Value, path: &[&str]| -> Vec<String> {
        let mut node = answer.clone();
        for key in path {
            node = node[*key].clone();
        }
        let mut list: Vec<String> = node
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["email"].as_str().unwrap().to_owned())
            .collect();
        list.sort();
        list
    };
    let everyone = vec![w.coordinator.email.clone(), w.member.email.clone()];
    let before = w
        .app
        .gql(Some(&w.memb), PEOPLE, json!({ "region": w.alfa_id() }))
        .await;
    assert_eq!(emails(before.data(), &["people", "nodes"]), everyone);

    const SET: &str = "mutation($id: ID!, $v: MemberListVisibility!) {
        setMemberListVisibility(id: $id, visibility: $v) { memberListVisibility } }";
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        SET,
        json!({ "id": w.alfa_id(), "v": "COORDINATORS" }),
        "FORBIDDEN",
        None,
        &[],
    )
    .await;
    let set = w
        .app
        .gql(
            Some(&w.coord),
            SET,
            json!({ "id": w.alfa_id(), "v": "COORDINATORS" }),
        )
        .await;
    assert_eq!(
        set.data()["setMemberListVisibility"]["memberListVisibility"],
        "COORDINATORS"
    );

    let member_view = w
        .app
        .gql(Some(&w.memb), PEOPLE, json!({ "region": w.alfa_id() }))
        .await;
    let only_coordinators = vec![w.coordinator.email.clone()];
    assert_eq!(
        emails(member_view.data(), &["people", "nodes"]),
        only_coordinators
    );
    assert_eq!(
        emails(member_view.data(), &["region", "people", "nodes"]),
        only_coordinators
    );
    assert_eq!(
        emails(member_view.data(), &["region", "coordinators"]),
        only_coordinators
    );
    let coordinator_view = w
        .app
        .gql(Some(&w.coord), PEOPLE, json!({ "region": w.alfa_id() }))
        .await;
    assert_eq!(
        emails(coordinator_view.data(), &["people", "nodes"]),
        everyone
    );
    assert_eq!(
        emails(coordinator_view.data(), &["region", "people", "nodes"]),
        everyone
    );
}

#[tokio::test]
async fn the_onboarding_checklist_follows_the_data() {
    let w = World::new().await;
    let fresh = RegionBuilder::new("Gamma")
        .onboarding()
        .insert(&w.app)
        .await;
    let id = fresh.id.to_string();
    let read = |token: Option<String>| {
        let app = &w.app;
        let id = id.clone();
        async move {
            app.gql(token.as_deref(), CHECKLIST, json!({ "id": id }))
                .await
        }
    };
    let empty = read(Some(w.admin.clone())).await;
    let onboarding = &empty.data()["region"]["onboarding"];
    assert_eq!(onboarding["done"], 0);
    assert_eq!(onboarding["total"], 4);
    assert_eq!(
        onboarding["missingKinds"],
        json!([
            "PRISON",
            "COMMUNITY_SANCTIONS",
            "POLICE",
            "FORENSIC_PSYCHIATRY",
            "MENTAL_HEALTH_SERVICES",
            "SOCIAL_SERVICES",
            "NGO"
        ])
    );
    // Anonymous visitors see the region, not its checklist.
    let anonymous = read(None).await;
    assert_eq!(anonymous.data()["region"]["onboarding"], Value::Null);

    let coordinator = PersonBuilder::new("coord@gamma.example")
        .coordinator_of(&fresh)
        .insert(&w.app)
        .await;
    for (name, kind) in [
        ("Oulun vankila", OrganisationKind::Prison),
        (
            "Pohjois-Suomen yhdyskuntaseuraamustoimisto",
            OrganisationKind::CommunitySanctions,
        ),
        ("Oulun poliisilaitos", OrganisationKind::Police),
        ("OYS oikeuspsykiatria", OrganisationKind::ForensicPsychiatry),
        (
            "Oulun mielenterveyspalvelut",
            OrganisationKind::MentalHealthServices,
        ),
        ("Oulun sosiaalipalvelut", OrganisationKind::SocialServices),
        ("Oulun seurakunnat", OrganisationKind::Parish),
    ] {
        OrganisationBuilder::new(name)
            .kind(kind)
            .member_of(&fresh)
            .insert(&w.app)
            .await;
    }
    PathwayBuilder::new(Some(&fresh), &coordinator)
        .title("Vankilasta vapautuvan hoitopolku")
        .published()
        .insert(&w.app)
        .await;
    let token = w.app.token(&coordinator).await;
    let now = read(Some(token)).await;
    let onboarding = &now.data()["region"]["onboarding"];
    assert_eq!(onboarding["missingKinds"], json!(["NGO"]), "{onboarding}");
    let done: Vec<(&str, bool)> = onboarding["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["step"].as_str().unwrap(), i["done"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        done,
        vec![
            ("COORDINATOR_ACCEPTED", true),
            ("CORE_KINDS_COVERED", false),
            ("FIRST_PATHWAY_PUBLISHED", true),
            ("FIRST_MEETING_HELD", false),
        ]
    );
    let parish = onboarding["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "PARISH")
        .unwrap();
    assert_eq!(
        parish,
        &json!({ "kind": "PARISH", "count": 1, "core": false })
    );
}

#[tokio::test]
async fn a_region_keeps_at_least_one_coordinator() {
    let w = World::new().await;
    let set_member =
        "mutation($p: ID!, $r: ID!) { setRole(personId: $p, regionId: $r, role: MEMBER) { id } }";
    let set_coordinator = "mutation($p: ID!, $r: ID!) { setRole(personId: $p, regionId: $r, role: COORDINATOR) { id } }";
    let remove = "mutation($p: ID!, $r: ID!) { removeRole(personId: $p, regionId: $r) { id } }";
    let alone = json!({ "p": w.coordinator.id.to_string(), "r": w.alfa_id() });
    // The only coordinator can neither step down nor be removed, by themself or an admin.
    for (token, query) in [
        (&w.coord, set_member),
        (&w.admin, set_member),
        (&w.coord, remove),
        (&w.admin, remove),
    ] {
        assert_refused_changing_nothing(
            &w.app,
            token,
            query,
            alone.clone(),
            "CONFLICT",
            None,
            &["at least one coordinator"],
        )
        .await;
    }
    // Once a member runs the region too, the first coordinator may step down.
    let promoted = w
        .app
        .gql(
            Some(&w.coord),
            set_coordinator,
            json!({ "p": w.member.id.to_string(), "r": w.alfa_id() }),
        )
        .await;
    assert!(promoted.data()["setRole"]["id"].is_string());
    let stepped = w.app.gql(Some(&w.coord), set_member, alone.clone()).await;
    assert!(stepped.data()["setRole"]["id"].is_string());
    let roles = w
        .app
        .gql(
            Some(&w.admin),
            "query($id: ID!) { person(id: $id) { roles { kind } } }",
            json!({ "id": w.coordinator.id.to_string() }),
        )
        .await;
    assert_eq!(
        roles.data()["person"]["roles"],
        json!([{ "kind": "MEMBER" }])
    );
}
