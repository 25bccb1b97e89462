//! The demo data a coordinator would recognise, and the demo accounts.

use std::collections::HashMap;

use serde_json::{Value, json};
use verkosto_testkit::TestApp;

const DEMO_PASSWORD: &str = "verkosto-demo";

fn strings<'a>(value: &'a Value, pointer: &str) -> Vec<&'a str> {
    value.as_array().map_or(vec![], |items| {
        items
            .iter()
            .filter_map(|i| i.pointer(pointer)?.as_str())
            .collect()
    })
}

#[tokio::test]
async fn the_demo_has_nine_regional_networks_with_kaakkois_suomi_onboarding() {
    let app = TestApp::spawn_with_demo().await;
    let answer = app
        .gql(
            None,
            "{ regions(first: 100) { edges { node { slug country status name } } } }",
            json!({}),
        )
        .await;
    let edges = &answer.data()["regions"]["edges"];
    let slugs = strings(edges, "/node/slug");
    for region in [
        "uusimaa",
        "varsinais-suomi",
        "pirkanmaa",
        "pohjois-pohjanmaa",
        "keski-suomi",
        "pohjois-savo",
        "lappi",
    ] {
        let node = edges
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["node"]["slug"] == region)
            .map(|e| &e["node"]);
        assert_eq!(
            node.map(|n| n["status"].clone()),
            Some(json!("ACTIVE")),
            "{region} is active"
        );
    }
    let kaakkois = edges
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["node"]["slug"] == "kaakkois-suomi")
        .unwrap();
    assert_eq!(kaakkois["node"]["status"], "ONBOARDING");
    assert_eq!(
        strings(edges, "/node/country")
            .iter()
            .filter(|c| **c == "FI")
            .count(),
        8
    );
    assert_eq!(
        strings(edges, "/node/country")
            .iter()
            .filter(|c| **c == "NO")
            .count(),
        1
    );
    assert_eq!(slugs.len(), 9);
}

#[tokio::test]
async fn pohjois_pohjanmaa_holds_the_oulu_network() {
    let app = TestApp::spawn_with_demo().await;
    let token = app
        .login("koordinaattori.oulu@example.org", DEMO_PASSWORD)
        .await
        .access_token;
    let regions = app
        .gql(
            Some(&token),
            "{ regions(first: 100) { edges { node { id slug } } } }",
            json!({}),
        )
        .await;
    let id = regions.data()["regions"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["node"]["slug"] == "pohjois-pohjanmaa")
        .map(|e| e["node"]["id"].clone())
        .unwrap();
    let query = "query($id: ID!) { region(id: $id) { viewerRole organisations(first: 100) { edges { node { name kind } } } } }";
    let answer = app.gql(Some(&token), query, json!({ "id": id })).await;
    assert_eq!(answer.data()["region"]["viewerRole"], "COORDINATOR");
    let mut kinds: HashMap<&str, usize> = HashMap::new();
    for kind in strings(
        &answer.data()["region"]["organisations"]["edges"],
        "/node/kind",
    ) {
        *kinds.entry(kind).or_default() += 1;
    }
    assert_eq!(kinds.get("PRISON"), Some(&2), "{kinds:?}");
    assert_eq!(kinds.get("NGO"), Some(&2), "{kinds:?}");
    for kind in [
        "COMMUNITY_SANCTIONS",
        "POLICE",
        "MENTAL_HEALTH_SERVICES",
        "FORENSIC_PSYCHIATRY",
        "PARISH",
    ] {
        assert!(
            kinds.get(kind).is_some_and(|n| *n >= 1),
            "the Oulu network has {kind}: {kinds:?}"
        );
    }
}

#[tokio::test]
async fn the_demo_has_every_organisation_kind_services_with_phone_hours_and_twenty_pathways_in_four_languages()
 {
    let app = TestApp::spawn_with_demo().await;
    let token = app
        .login("admin@example.org", DEMO_PASSWORD)
        .await
        .access_token;
    let orgs = app
        .gql(
            Some(&token),
            "{ organisations(first: 100) { edges { node { kind } } } }",
            json!({}),
        )
        .await;
    let kinds = strings(&orgs.data()["organisations"]["edges"], "/node/kind");
    for kind in [
        "PRISON",
        "COMMUNITY_SANCTIONS",
        "POLICE",
        "FORENSIC_PSYCHIATRY",
        "PSYCHIATRY",
        "MENTAL_HEALTH_SERVICES",
        "SOCIAL_SERVICES",
        "HEALTH_SERVICES",
        "WELLBEING_SERVICES_COUNTY",
        "SHELTER",
        "PARISH",
        "NGO",
        "SUPPORT_CENTRE",
    ] {
        assert!(kinds.contains(&kind), "an organisation of kind {kind}");
    }
    let services = app
        .gql(Some(&token), "{ services(first: 100) { edges { node { kind hours { weekly { day opens closes } } } } } }", json!({}))
        .await;
    let phone_lines_with_hours = services.data()["services"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            e["node"]["kind"] == "PHONE_LINE"
                && e["node"]["hours"]["weekly"]
                    .as_array()
                    .is_some_and(|w| !w.is_empty())
        })
        .count();
    assert!(
        phone_lines_with_hours >= 2,
        "phone lines with weekly hours: {phone_lines_with_hours}"
    );
    let pathways = app
        .gql(
            Some(&token),
            "{ pathways(first: 100) { edges { node { currentVersion { language } } } } }",
            json!({}),
        )
        .await;
    let languages = strings(
        &pathways.data()["pathways"]["edges"],
        "/node/currentVersion/language",
    );
    assert!(
        languages.len() >= 20,
        "at least 20 care pathways, found {}",
        languages.len()
    );
    let count = |l: &str| languages.iter().filter(|x| **x == l).count();
    assert!(count("FI") > languages.len() / 2, "most are Finnish");
    for language in ["SV", "NB", "EN"] {
        assert!(count(language) >= 1, "some in {language}");
    }
}

#[tokio::test]
async fn the_four_demo_accounts_sign_in_with_their_roles() {
    let app = TestApp::spawn_with_demo().await;
    let expect = [
        ("admin@example.org", true, None),
        (
            "koordinaattori.oulu@example.org",
            false,
            Some(("pohjois-pohjanmaa", "COORDINATOR")),
        ),
        (
            "jasen.oulu@example.org",
            false,
            Some(("pohjois-pohjanmaa", "MEMBER")),
        ),
        (
            "koordinaattori.uusimaa@example.org",
            false,
            Some(("uusimaa", "COORDINATOR")),
        ),
    ];
    for (email, admin, role) in expect {
        let token = app.login(email, DEMO_PASSWORD).await.access_token;
        let me = app
            .gql(
                Some(&token),
                "{ viewer { isAdmin roles { kind region { slug } } } }",
                json!({}),
            )
            .await;
        let viewer = &me.data()["viewer"];
        assert_eq!(viewer["isAdmin"], admin, "{email}");
        if let Some((slug, kind)) = role {
            let roles = viewer["roles"].as_array().unwrap();
            assert!(
                roles
                    .iter()
                    .any(|r| r["kind"] == kind && r["region"]["slug"] == slug),
                "{email}: {roles:?}"
            );
        }
    }
}

#[tokio::test]
async fn demo_accounts_do_not_exist_outside_demo_mode() {
    let app = TestApp::spawn().await;
    let login =
        "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }";
    let answer = app
        .gql(
            None,
            login,
            json!({ "e": "admin@example.org", "p": DEMO_PASSWORD }),
        )
        .await;
    assert_eq!(answer.error_code(), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn the_oulu_coordinator_finds_the_networks_everyday_work_waiting() {
    let app = TestApp::spawn_with_demo().await;
    let coordinator = app
        .login("koordinaattori.oulu@example.org", DEMO_PASSWORD)
        .await
        .access_token;
    let regions = app
        .gql(
            None,
            "{ regions(first: 100) { nodes { id slug } } }",
            json!({}),
        )
        .await;
    let id_of = |slug: &str| {
        regions.data()["regions"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["slug"] == slug)
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .unwrap()
    };
    let oulu = id_of("pohjois-pohjanmaa");
    let answer = app
        .gql(
            Some(&coordinator),
            "query($r: ID!) {
                joinRequests(regionId: $r, status: PENDING) { nodes { requester { email } organisation { name } } }
                pathwayFeedbackQueue(regionId: $r) { nodes { urgent status } }
                upcoming: events(regionId: $r) { nodes { title kind audience registeredCount } }
                past: events(regionId: $r, upcoming: false) { nodes { status minutes actionItems { status pathway { id } } } }
                openActionItems(regionId: $r) { title }
                region(id: $r) { onboarding { items { step done } missingKinds } }
            }",
            json!({ "r": oulu }),
        )
        .await;
    let data = answer.data();
    assert_eq!(
        strings(&data["joinRequests"]["nodes"], "/requester/email"),
        ["marja.aikio@example.org"]
    );
    assert_eq!(
        data["pathwayFeedbackQueue"]["nodes"],
        json!([{ "urgent": true, "status": "NEW" }])
    );
    let upcoming = &data["upcoming"]["nodes"];
    assert_eq!(
        strings(upcoming, "/kind"),
        ["INFO_SESSION", "NETWORK_MEETING"],
        "soonest first: {upcoming}"
    );
    assert_eq!(upcoming[0]["audience"], "PUBLIC");
    assert_eq!(upcoming[0]["registeredCount"], 1);
    assert_eq!(data["past"]["nodes"][0]["status"], "HELD");
    assert!(data["past"]["nodes"][0]["actionItems"][0]["pathway"]["id"].is_string());
    assert_eq!(data["openActionItems"].as_array().unwrap().len(), 1);
    // The Oulu network has no social services among its members: the coverage view says so.
    let onboarding = &data["region"]["onboarding"];
    assert_eq!(
        onboarding["missingKinds"],
        json!(["SOCIAL_SERVICES"]),
        "{onboarding}"
    );
    assert_eq!(
        onboarding["items"],
        json!([
            { "step": "COORDINATOR_ACCEPTED", "done": true },
            { "step": "CORE_KINDS_COVERED", "done": false },
            { "step": "FIRST_PATHWAY_PUBLISHED", "done": true },
            { "step": "FIRST_MEETING_HELD", "done": true },
        ])
    );

    // Kaakkois-Suomi, still onboarding, waits for its first coordinator to accept.
    let admin = app
        .login("admin@example.org", DEMO_PASSWORD)
        .await
        .access_token;
    let kaakko = app
        .gql(
            Some(&admin),
            "query($r: ID!) { invitations(regionId: $r, status: PENDING) { nodes { email role } }
                region(id: $r) { status onboarding { items { step done } } } }",
            json!({ "r": id_of("kaakkois-suomi") }),
        )
        .await;
    assert_eq!(
        kaakko.data()["invitations"]["nodes"],
        json!([{ "email": "koordinaattori.kaakko@example.org", "role": "COORDINATOR" }])
    );
    assert_eq!(kaakko.data()["region"]["status"], "ONBOARDING");
    assert_eq!(
        kaakko.data()["region"]["onboarding"]["items"][0],
        json!({ "step": "COORDINATOR_ACCEPTED", "done": false })
    );
}

/// The id of the demo region with this slug.
async fn region_id(app: &TestApp, token: Option<&str>, slug: &str) -> Value {
    let regions = app
        .gql(
            token,
            "{ regions(first: 100) { edges { node { id slug } } } }",
            json!({}),
        )
        .await;
    regions.data()["regions"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["node"]["slug"] == slug)
        .map(|e| e["node"]["id"].clone())
        .unwrap()
}

#[tokio::test]
async fn a_regions_organisations_page_through_in_membership_order_by_kind_and_for_anonymous_visitors()
 {
    let app = TestApp::spawn_with_demo().await;
    let token = app
        .login("koordinaattori.oulu@example.org", DEMO_PASSWORD)
        .await
        .access_token;
    let oulu = region_id(&app, Some(&token), "pohjois-pohjanmaa").await;
    let query = "query($id: ID!, $first: Int, $after: String, $kinds: [OrganisationKind!]) {
        region(id: $id) { organisations(first: $first, after: $after, kinds: $kinds) {
            pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { id name kind public } } } } }";
    let page = |token: Option<String>, first: i32, after: Value, kinds: Value| {
        let (app, oulu) = (&app, oulu.clone());
        async move {
            app.gql(
                token.as_deref(),
                query,
                json!({ "id": oulu, "first": first, "after": after, "kinds": kinds }),
            )
            .await
        }
    };
    let organisations =
        |answer: verkosto_testkit::Gql| answer.data()["region"]["organisations"].clone();
    let all = organisations(page(Some(token.clone()), 100, Value::Null, Value::Null).await);
    let all_edges = all["edges"].as_array().unwrap().clone();
    assert!(all_edges.len() >= 9, "the Oulu network: {all}");
    assert_eq!(all["pageInfo"]["hasNextPage"], false);

    // Pages of three, each after the last one's end cursor, give the whole list in order.
    let mut paged = Vec::new();
    let mut after = Value::Null;
    loop {
        let slice = organisations(page(Some(token.clone()), 3, after.clone(), Value::Null).await);
        assert_eq!(slice["pageInfo"]["hasPreviousPage"], !after.is_null());
        paged.extend(slice["edges"].as_array().unwrap().iter().cloned());
        if slice["pageInfo"]["hasNextPage"] == false {
            break;
        }
        after = slice["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(paged, all_edges);

    // Only prisons, in the same order as in the whole list.
    let prisons =
        organisations(page(Some(token.clone()), 100, Value::Null, json!(["PRISON"])).await);
    let expected: Vec<&Value> = all_edges
        .iter()
        .filter(|e| e["node"]["kind"] == "PRISON")
        .collect();
    let got: Vec<&Value> = prisons["edges"].as_array().unwrap().iter().collect();
    assert_eq!(got, expected);
    assert_eq!(got.len(), 2);

    // A cursor from another list is refused, not read as the end of this one.
    let police = all_edges
        .iter()
        .find(|e| e["node"]["kind"] == "POLICE")
        .unwrap();
    let refused = page(
        Some(token.clone()),
        3,
        police["cursor"].clone(),
        json!(["PRISON"]),
    )
    .await;
    assert_eq!(refused.error_code(), Some("BAD_USER_INPUT"));
    let uusimaa = region_id(&app, Some(&token), "uusimaa").await;
    let elsewhere = app
        .gql(
            Some(&token),
            "query($id: ID!) { region(id: $id) { organisations(first: 1) { edges { cursor } } } }",
            json!({ "id": uusimaa }),
        )
        .await;
    let foreign = elsewhere.data()["region"]["organisations"]["edges"][0]["cursor"].clone();
    let refused = page(Some(token.clone()), 3, foreign, Value::Null).await;
    assert_eq!(refused.error_code(), Some("BAD_USER_INPUT"));

    // Anonymous visitors see the public organisations only, in the same order.
    let public = organisations(page(None, 100, Value::Null, Value::Null).await);
    let expected: Vec<&Value> = all_edges
        .iter()
        .filter(|e| e["node"]["public"] == true)
        .collect();
    let got: Vec<&Value> = public["edges"].as_array().unwrap().iter().collect();
    assert_eq!(got, expected);
    assert!(
        got.len() < all_edges.len(),
        "the demo has organisations that are not public"
    );
}
