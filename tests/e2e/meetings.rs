//! A region's meetings, trainings and info sessions: scheduled in the region's time zone,
//! registration with a capacity that holds under a race, minutes, and action items that stay
//! open until done.

use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};
use verkosto_store::entity::region;
use verkosto_testkit::{PathwayBuilder, PersonBuilder, RegionBuilder, TestApp, TestPerson};

use crate::readback::{assert_audited, assert_error, assert_refused_changing_nothing};

const CREATE: &str = "mutation($r: ID!, $i: EventInput!) { createEvent(regionId: $r, input: $i) {
    id kind title startsAt endsAt localStart localEnd timeZone place onlineUrl capacity seatsLeft audience status } }";
const REGISTER: &str = "mutation($id: ID!) { registerForEvent(id: $id) { registeredCount seatsLeft viewerIsRegistered } }";
const UNREGISTER: &str = "mutation($id: ID!) { cancelEventRegistration(id: $id) { registeredCount seatsLeft viewerIsRegistered } }";
const READ: &str =
    "query($id: ID!) { event(id: $id) { title status registeredCount seatsLeft viewerIsRegistered
    registrations { email } minutes actionItems { title status pathway { id } } } }";

struct World {
    app: TestApp,
    alfa: region::Model,
    coord: String,
    memb: String,
    other_member: TestPerson,
    outsider: String,
    admin: String,
    coordinator: TestPerson,
}

impl World {
    async fn new() -> Self {
        let app = TestApp::spawn().await;
        let alfa = RegionBuilder::new("Alfa").insert(&app).await;
        let beta = RegionBuilder::new("Beta").insert(&app).await;
        let coordinator = PersonBuilder::new("coord@alfa.example")
            .coordinator_of(&alfa)
            .insert(&app)
            .await;
        let member = PersonBuilder::new("member@alfa.example")
            .member_of(&alfa)
            .insert(&app)
            .await;
        let other_member = PersonBuilder::new("toinen@alfa.example")
            .member_of(&alfa)
            .insert(&app)
            .await;
        let outsider = PersonBuilder::new("member@beta.example")
            .member_of(&beta)
            .insert(&app)
            .await;
        let admin = PersonBuilder::new("admin@example.org")
            .admin()
            .insert(&app)
            .await;
        Self {
            coord: app.token(&coordinator).await,
            memb: app.token(&member).await,
            outsider: app.token(&outsider).await,
            admin: app.token(&admin).await,
            app,
            alfa,
            other_member,
            coordinator,
        }
    }

    async fn create(&self, input: Value) -> Value {
        let answer = self
            .app
            .gql(
                Some(&self.coord),
                CREATE,
                json!({ "r": self.alfa.id.to_string(), "i": input }),
            )
            .await;
        answer.data()["createEvent"].clone()
    }
}

fn meeting(starts: &str, ends: &str) -> Value {
    json!({ "kind": "NETWORK_MEETING", "title": "Verkostokokous", "agenda": "1. Hoitopolut\n2. Koulutukset",
        "startsAt": starts, "endsAt": ends, "place": "Oulun kaupungintalo" })
}

/// `at` as a Helsinki local time, as the API takes it.
fn helsinki(at: DateTime<Utc>) -> String {
    at.with_timezone(&chrono_tz::Europe::Helsinki)
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

/// A meeting of `hours` that begins `days` from now (negative: that long ago).
fn meeting_in(days: i64, hours: i64) -> Value {
    let starts = Utc::now() + Duration::days(days);
    meeting(
        &helsinki(starts),
        &helsinki(starts + Duration::hours(hours)),
    )
}

fn instant(value: &Value) -> DateTime<Utc> {
    value.as_str().unwrap().parse().unwrap()
}

#[tokio::test]
async fn events_are_scheduled_in_the_regions_own_time_zone() {
    let w = World::new().await;
    let winter = w
        .create(meeting("2027-01-15T18:00", "2027-01-15T20:00"))
        .await;
    assert_eq!(
        instant(&winter["startsAt"]),
        "2027-01-15T16:00:00Z".parse::<DateTime<Utc>>().unwrap()
    );
    assert_eq!(winter["localStart"], "2027-01-15T18:00");
    assert_eq!(winter["localEnd"], "2027-01-15T20:00");
    assert_eq!(winter["timeZone"], "Europe/Helsinki");
    assert_eq!(winter["status"], "SCHEDULED");
    assert_eq!(winter["audience"], "NETWORK");
    let summer = w
        .create(meeting("2027-07-15T18:00", "2027-07-15T20:00"))
        .await;
    assert_eq!(
        instant(&summer["startsAt"]),
        "2027-07-15T15:00:00Z".parse::<DateTime<Utc>>().unwrap()
    );

    // A Norwegian county network keeps Oslo time.
    let opened = w
        .app
        .gql(
            Some(&w.admin),
            "mutation { createRegion(input: { name: { nb: \"Vestland\" }, country: NO }) { id } }",
            json!({}),
        )
        .await;
    let vestland = opened.data()["createRegion"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let oslo = w
        .app
        .gql(
            Some(&w.admin),
            CREATE,
            json!({ "r": vestland, "i": { "kind": "INFO_SESSION", "title": "Informasjonsmøte om sikkerhetsplan",
                "startsAt": "2027-01-15T18:00", "endsAt": "2027-01-15T19:30", "onlineUrl": "https://meet.example.no/sikkerhetsplan",
                "audience": "PUBLIC" } }),
        )
        .await;
    let oslo = &oslo.data()["createEvent"];
    assert_eq!(oslo["timeZone"], "Europe/Oslo");
    assert_eq!(
        instant(&oslo["startsAt"]),
        "2027-01-15T17:00:00Z".parse::<DateTime<Utc>>().unwrap()
    );
    assert_eq!(oslo["onlineUrl"], "https://meet.example.no/sikkerhetsplan");

    // Bad input names its field and changes nothing.
    let alfa = w.alfa.id.to_string();
    let refuse = |input: Value, field: &'static str, says: &'static [&'static str]| {
        let app = &w.app;
        let token = w.coord.clone();
        let alfa = alfa.clone();
        async move {
            assert_refused_changing_nothing(
                app,
                &token,
                CREATE,
                json!({ "r": alfa, "i": input }),
                "BAD_USER_INPUT",
                Some(field),
                says,
            )
            .await;
        }
    };
    // 28 March 2027 03:30 does not exist in Helsinki; 31 October 03:30 happens twice.
    refuse(
        meeting("2027-03-28T03:30", "2027-03-28T05:00"),
        "startsAt",
        &["does not exist"],
    )
    .await;
    refuse(
        meeting("2027-10-31T03:30", "2027-10-31T05:00"),
        "startsAt",
        &["happens twice"],
    )
    .await;
    refuse(
        meeting("15.1.2027 18:00", "2027-01-15T20:00"),
        "startsAt",
        &["2026-12-01T18:00"],
    )
    .await;
    refuse(
        meeting("2027-01-15T18:00", "2027-01-15T17:00"),
        "endsAt",
        &["after"],
    )
    .await;
    let mut ftp = meeting("2027-01-15T18:00", "2027-01-15T20:00");
    ftp["onlineUrl"] = json!("ftp://example.org/kokous");
    refuse(ftp, "onlineUrl", &["https://"]).await;
    let mut nowhere = meeting("2027-01-15T18:00", "2027-01-15T20:00");
    nowhere["place"] = Value::Null;
    refuse(nowhere, "place", &["online"]).await;
    let mut full = meeting("2027-01-15T18:00", "2027-01-15T20:00");
    full["capacity"] = json!(0);
    refuse(full, "capacity", &["between 1"]).await;
    let mut personal = meeting("2027-01-15T18:00", "2027-01-15T20:00");
    personal["agenda"] = json!("Asiakas 131052-308T käsitellään");
    refuse(personal, "agenda", &["identity"]).await;
    // Members do not schedule.
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        CREATE,
        json!({ "r": alfa, "i": meeting("2027-01-15T18:00", "2027-01-15T20:00") }),
        "FORBIDDEN",
        None,
        &[],
    )
    .await;
}

#[tokio::test]
async fn the_last_seat_goes_to_exactly_one_of_two_members_registering_at_once() {
    let w = World::new().await;
    let mut training = meeting_in(30, 6);
    training["kind"] = json!("TRAINING");
    training["title"] = json!("Turvasuunnitelmakoulutus");
    training["capacity"] = json!(2);
    let event = w.create(training).await;
    let id = event["id"].as_str().unwrap().to_owned();
    assert_eq!(event["seatsLeft"], 2);

    let coordinator_registers = w
        .app
        .gql(Some(&w.coord), REGISTER, json!({ "id": id }))
        .await;
    assert_eq!(
        coordinator_registers.data()["registerForEvent"],
        json!({ "registeredCount": 1, "seatsLeft": 1, "viewerIsRegistered": true })
    );
    let twice = w
        .app
        .gql(Some(&w.coord), REGISTER, json!({ "id": id }))
        .await;
    assert_error(
        &twice,
        "CONFLICT",
        None,
        &["registered for this event already"],
    );

    let other = w.app.token(&w.other_member).await;
    let (a, b) = tokio::join!(
        w.app.gql(Some(&w.memb), REGISTER, json!({ "id": id })),
        w.app.gql(Some(&other), REGISTER, json!({ "id": id })),
    );
    let outcomes = [a.error_code(), b.error_code()];
    assert!(
        outcomes.contains(&None) && outcomes.contains(&Some("CONFLICT")),
        "one gets the seat, the other is told it is full: {} / {}",
        a.body,
        b.body
    );
    let loser = if a.error_code().is_some() { &a } else { &b };
    assert_error(loser, "CONFLICT", None, &["full"]);

    let seen = w.app.gql(Some(&w.coord), READ, json!({ "id": id })).await;
    let event = &seen.data()["event"];
    assert_eq!(event["registeredCount"], 2);
    assert_eq!(event["seatsLeft"], 0);
    assert_eq!(event["registrations"].as_array().unwrap().len(), 2);
    assert_eq!(event["registrations"][0]["email"], "coord@alfa.example");
    // Members see counts, not names.
    let as_member = w.app.gql(Some(&w.memb), READ, json!({ "id": id })).await;
    assert_eq!(as_member.data()["event"]["registrations"], Value::Null);

    // Leaving frees the seat.
    let left = w
        .app
        .gql(Some(&w.coord), UNREGISTER, json!({ "id": id }))
        .await;
    assert_eq!(
        left.data()["cancelEventRegistration"],
        json!({ "registeredCount": 1, "seatsLeft": 1, "viewerIsRegistered": false })
    );
    let mine = w
        .app
        .gql(Some(&w.coord), "{ myEvents { title } }", json!({}))
        .await;
    assert_eq!(mine.data()["myEvents"], json!([]));

    // A cancelled event takes no registrations.
    let cancelled = w
        .app
        .gql(
            Some(&w.coord),
            "mutation($id: ID!) { cancelEvent(id: $id) { status } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(cancelled.data()["cancelEvent"]["status"], "CANCELLED");
    let late = w
        .app
        .gql(Some(&w.coord), REGISTER, json!({ "id": id }))
        .await;
    assert_error(&late, "CONFLICT", None, &["cancelled"]);
}

#[tokio::test]
async fn an_events_audience_decides_who_sees_it_and_registers() {
    let w = World::new().await;
    let network = w.create(meeting_in(30, 2)).await;
    let mut open = meeting_in(31, 1);
    open["kind"] = json!("INFO_SESSION");
    open["title"] = json!("Turvasuunnitelma-infotilaisuus");
    open["audience"] = json!("PUBLIC");
    let public = w.create(open).await;
    let list = "query($r: ID!) { events(regionId: $r) { nodes { title } } }";
    let titles = |answer: &Value| -> Vec<String> {
        answer["events"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["title"].as_str().unwrap().to_owned())
            .collect()
    };
    let region = json!({ "r": w.alfa.id.to_string() });
    let member = w.app.gql(Some(&w.memb), list, region.clone()).await;
    assert_eq!(
        titles(member.data()),
        ["Verkostokokous", "Turvasuunnitelma-infotilaisuus"]
    );
    let outsider = w.app.gql(Some(&w.outsider), list, region.clone()).await;
    assert_eq!(titles(outsider.data()), ["Turvasuunnitelma-infotilaisuus"]);
    let anonymous = w.app.gql(None, list, region).await;
    assert_eq!(titles(anonymous.data()), ["Turvasuunnitelma-infotilaisuus"]);

    let hidden = w
        .app
        .gql(Some(&w.outsider), READ, json!({ "id": network["id"] }))
        .await;
    assert_eq!(hidden.data()["event"], Value::Null);
    let not_found = w
        .app
        .gql(Some(&w.outsider), REGISTER, json!({ "id": network["id"] }))
        .await;
    assert_error(&not_found, "NOT_FOUND", None, &["event"]);
    let joined = w
        .app
        .gql(Some(&w.outsider), REGISTER, json!({ "id": public["id"] }))
        .await;
    assert_eq!(joined.data()["registerForEvent"]["registeredCount"], 1);
    let anonymous = w
        .app
        .gql(None, REGISTER, json!({ "id": public["id"] }))
        .await;
    assert_error(&anonymous, "UNAUTHENTICATED", None, &[]);
}

#[tokio::test]
async fn minutes_and_action_items_follow_a_held_meeting_until_done() {
    let w = World::new().await;
    let pathway = PathwayBuilder::new(Some(&w.alfa), &w.coordinator)
        .title("Vankilasta vapautuvan hoitopolku")
        .published()
        .insert(&w.app)
        .await;
    let elsewhere = RegionBuilder::new("Gamma").insert(&w.app).await;
    let gamma_coordinator = PersonBuilder::new("coord@gamma.example")
        .coordinator_of(&elsewhere)
        .insert(&w.app)
        .await;
    let foreign = PathwayBuilder::new(Some(&elsewhere), &gamma_coordinator)
        .title("Gamman oma polku")
        .insert(&w.app)
        .await;

    let held = w.create(meeting_in(-1, 2)).await;
    let id = held["id"].as_str().unwrap().to_owned();
    let upcoming = w.create(meeting_in(30, 2)).await;

    const HELD: &str =
        "mutation($id: ID!, $m: String) { markEventHeld(id: $id, minutes: $m) { status minutes } }";
    let early = w
        .app
        .gql(
            Some(&w.coord),
            HELD,
            json!({ "id": upcoming["id"], "m": null }),
        )
        .await;
    assert_error(&early, "CONFLICT", None, &["not started"]);
    let marked = w
        .app
        .gql(
            Some(&w.coord),
            HELD,
            json!({ "id": id, "m": "Päätettiin päivittää vapautumisen hoitopolku." }),
        )
        .await;
    assert_eq!(
        marked.data()["markEventHeld"],
        json!({ "status": "HELD", "minutes": "Päätettiin päivittää vapautumisen hoitopolku." })
    );
    let checklist = w
        .app
        .gql(
            Some(&w.coord),
            "query($r: ID!) { region(id: $r) { onboarding { items { step done } } } }",
            json!({ "r": w.alfa.id.to_string() }),
        )
        .await;
    assert_eq!(
        checklist.data()["region"]["onboarding"]["items"][3],
        json!({ "step": "FIRST_MEETING_HELD", "done": true })
    );

    const ADD: &str =
        "mutation($e: ID!, $i: ActionItemInput!) { addActionItem(eventId: $e, input: $i) {
        id title status dueOn pathway { id } } }";
    assert_refused_changing_nothing(
        &w.app,
        &w.coord,
        ADD,
        json!({ "e": id, "i": { "title": "Päivitä polku", "pathwayId": foreign.id.to_string() } }),
        "BAD_USER_INPUT",
        Some("pathwayId"),
        &["no such pathway"],
    )
    .await;
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        ADD,
        json!({ "e": id, "i": { "title": "Päivitä polku" } }),
        "FORBIDDEN",
        None,
        &[],
    )
    .await;
    let added = w
        .app
        .gql(
            Some(&w.coord),
            ADD,
            json!({ "e": id, "i": { "title": "Päivitä vapautumisen hoitopolku", "pathwayId": pathway.id.to_string(),
                "dueOn": "2027-01-31" } }),
        )
        .await;
    let item = &added.data()["addActionItem"];
    assert_eq!(item["status"], "OPEN");
    assert_eq!(item["dueOn"], "2027-01-31");
    assert_eq!(item["pathway"]["id"], pathway.id.to_string());
    let item_id = item["id"].as_str().unwrap().to_owned();

    const OPEN: &str = "query($r: ID!) { openActionItems(regionId: $r) { title } }";
    let region = json!({ "r": w.alfa.id.to_string() });
    let listed = w.app.gql(Some(&w.memb), OPEN, region.clone()).await;
    assert_eq!(
        listed.data()["openActionItems"],
        json!([{ "title": "Päivitä vapautumisen hoitopolku" }])
    );
    let outsider = w.app.gql(Some(&w.outsider), OPEN, region.clone()).await;
    assert_error(&outsider, "NOT_FOUND", None, &[]);

    const DONE: &str = "mutation($id: ID!, $d: Boolean!) { setActionItemDone(id: $id, done: $d) { status doneAt } }";
    let done = w
        .app
        .gql(Some(&w.coord), DONE, json!({ "id": item_id, "d": true }))
        .await;
    assert_eq!(done.data()["setActionItemDone"]["status"], "DONE");
    assert!(done.data()["setActionItemDone"]["doneAt"].is_string());
    let listed = w.app.gql(Some(&w.memb), OPEN, region.clone()).await;
    assert_eq!(listed.data()["openActionItems"], json!([]));
    let reopened = w
        .app
        .gql(Some(&w.coord), DONE, json!({ "id": item_id, "d": false }))
        .await;
    assert_eq!(reopened.data()["setActionItemDone"]["status"], "OPEN");
    let listed = w.app.gql(Some(&w.memb), OPEN, region).await;
    assert_eq!(
        listed.data()["openActionItems"].as_array().unwrap().len(),
        1
    );

    let minutes = w
        .app
        .gql(
            Some(&w.coord),
            "mutation($id: ID!) { setEventMinutes(id: $id, minutes: \"Tarkennettu pöytäkirja.\") { minutes } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        minutes.data()["setEventMinutes"]["minutes"],
        "Tarkennettu pöytäkirja."
    );
    let read = w.app.gql(Some(&w.memb), READ, json!({ "id": id })).await;
    assert_eq!(read.data()["event"]["actionItems"][0]["status"], "OPEN");
    let past = w
        .app
        .gql(
            Some(&w.memb),
            "query($r: ID!) { events(regionId: $r, upcoming: false) { nodes { title status } } }",
            json!({ "r": w.alfa.id.to_string() }),
        )
        .await;
    assert_eq!(
        past.data()["events"]["nodes"],
        json!([{ "title": "Verkostokokous", "status": "HELD" }])
    );

    assert_audited(
        &w.app,
        &w.admin,
        &w.alfa.id.to_string(),
        &[
            "event.create",
            "event.set_status",
            "event.minutes",
            "action_item.create",
            "action_item.set_status",
        ],
    )
    .await;
}

#[tokio::test]
async fn registration_closes_when_an_event_begins_and_my_events_lists_the_upcoming_ones() {
    let w = World::new().await;
    let ongoing = w.create(meeting_in(0, 2)).await;
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        REGISTER,
        json!({ "id": ongoing["id"] }),
        "CONFLICT",
        None,
        &["begun", "closed"],
    )
    .await;

    let next_month = w.create(meeting_in(30, 2)).await;
    let mut later = meeting_in(60, 2);
    later["title"] = json!("Koulutus");
    let later = w.create(later).await;
    for event in [&later, &next_month] {
        let joined = w
            .app
            .gql(Some(&w.memb), REGISTER, json!({ "id": event["id"] }))
            .await;
        assert_eq!(
            joined.data()["registerForEvent"]["viewerIsRegistered"],
            true
        );
    }
    let mine = |upcoming: bool| {
        let app = &w.app;
        let token = w.memb.clone();
        async move {
            let answer = app
                .gql(
                    Some(&token),
                    "query($u: Boolean!) { myEvents(upcoming: $u) { id } }",
                    json!({ "u": upcoming }),
                )
                .await;
            answer.data()["myEvents"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["id"].clone())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        mine(true).await,
        [next_month["id"].clone(), later["id"].clone()],
        "upcoming, soonest first"
    );
    assert!(mine(false).await.is_empty());

    // The coordinator moves next month's meeting to last week: it is past for its registrants,
    // and the registration stays as it was.
    let moved = w
        .app
        .gql(
            Some(&w.coord),
            "mutation($id: ID!, $i: EventInput!) { updateEvent(id: $id, input: $i) { id } }",
            json!({ "id": next_month["id"], "i": meeting_in(-7, 2) }),
        )
        .await;
    assert_eq!(moved.data()["updateEvent"]["id"], next_month["id"]);
    assert_eq!(mine(true).await, [later["id"].clone()]);
    assert_eq!(mine(false).await, [next_month["id"].clone()]);
    assert_refused_changing_nothing(
        &w.app,
        &w.memb,
        UNREGISTER,
        json!({ "id": next_month["id"] }),
        "CONFLICT",
        None,
        &["begun", "cancelled"],
    )
    .await;
}
