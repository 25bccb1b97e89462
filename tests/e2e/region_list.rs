//! The region list rendered by the database in one statement answers exactly what the resolvers
//! answer, for every kind of viewer, and reads what each may read.
//!
//! The same selection is sent twice: as plain fields, which the database renders, and through a
//! named fragment, which the server resolves field by field (the rendered read takes plain
//! selections only). The statement counts show which way each went.

use sea_orm::ConnectionTrait;
use serde_json::{Value, json};
use verkosto_domain::{OrganisationKind, Visibility};
use verkosto_testkit::{
    OrganisationBuilder, PathwayBuilder, PersonBuilder, RegionBuilder, TestApp,
};

/// The benchmark's nested list.
const NESTED: &str = "edges { node { name
    organisations(first: 3) { edges { node { name kind } } }
    pathways(first: 5) { edges { node { status publishedVersion { title } } } } } }";

/// Every field the database renders, with aliases, type names and cursors.
const EVERYTHING: &str = "__typename edges { __typename cursor node { __typename id slug
    timeZone status name nimi: name(language: SV) english: name(language: EN)
    organisations(first: 10) { __typename edges { __typename cursor node { __typename id name
        kind municipality } } }
    firstOrganisation: organisations(first: 1) { edges { node { name } } }
    noOrganisations: organisations(first: 0) { edges { node { id } } }
    pathways(first: 20) { __typename edges { cursor node { __typename id status visibility
        publishedVersion { __typename id number title summary language } } } } } }";

struct World {
    app: TestApp,
    viewers: Vec<(&'static str, Option<String>)>,
    region_a: String,
    member_b: String,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let admin = PersonBuilder::new("admin@example.org")
        .admin()
        .insert(&app)
        .await;
    let a = RegionBuilder::new("Alue A").insert(&app).await;
    let b = RegionBuilder::new("Fylke B").norwegian().insert(&app).await;
    RegionBuilder::new("Alue C").onboarding().insert(&app).await;
    let member_a = PersonBuilder::new("jasen.a@example.org")
        .member_of(&a)
        .insert(&app)
        .await;
    let coordinator_a = PersonBuilder::new("koordinaattori.a@example.org")
        .coordinator_of(&a)
        .insert(&app)
        .await;
    let member_b = PersonBuilder::new("medlem.b@example.org")
        .member_of(&b)
        .insert(&app)
        .await;
    let prison = OrganisationBuilder::new("Oulun vankila")
        .kind(OrganisationKind::Prison)
        .member_of(&a)
        .insert(&app)
        .await;
    OrganisationBuilder::new("Oulun poliisi")
        .kind(OrganisationKind::Police)
        .public()
        .member_of(&a)
        .insert(&app)
        .await;
    // Quotes, a backslash and an apostrophe must come out escaped in the rendered JSON.
    OrganisationBuilder::new(r#"Järjestö "Tuki\Turva" ry"#)
        .public()
        .member_of(&a)
        .insert(&app)
        .await;
    OrganisationBuilder::new("Politiet")
        .kind(OrganisationKind::Police)
        .public()
        .member_of(&b)
        .insert(&app)
        .await;
    for (title, visibility) in [
        ("Julkinen polku", Visibility::Public),
        ("Jäsenten polku", Visibility::AllMembers),
        ("Verkoston 'yhteinen' polku", Visibility::Network),
    ] {
        PathwayBuilder::new(Some(&a), &coordinator_a)
            .title(title)
            .visibility(visibility)
            .step("Arvio", Some(&prison))
            .published()
            .insert(&app)
            .await;
    }
    PathwayBuilder::new(Some(&a), &member_a)
        .title("Jäsenen luonnos")
        .insert(&app)
        .await;
    PathwayBuilder::new(Some(&a), &coordinator_a)
        .title("Tarkastettavana")
        .in_review()
        .insert(&app)
        .await;
    PathwayBuilder::new(Some(&a), &coordinator_a)
        .title("Arkistoitu")
        .archived()
        .insert(&app)
        .await;
    PathwayBuilder::new(Some(&b), &member_b)
        .title("Nettverkets forløp")
        .published()
        .insert(&app)
        .await;
    let mut viewers = vec![("anonymous", None)];
    for (label, person) in [
        ("member of A", &member_a),
        ("coordinator of A", &coordinator_a),
        ("member of B", &member_b),
        ("admin", &admin),
    ] {
        viewers.push((label, Some(app.token(person).await)));
    }
    World {
        app,
        viewers,
        region_a: a.id.to_string(),
        member_b: member_b.id.0.to_string(),
    }
}

/// The answer to `query` and the number of SQL statements it ran.
async fn ask(app: &TestApp, token: Option<&str>, query: &str, variables: Value) -> (Value, u64) {
    let before = app.sql_statements();
    let answer = app.gql(token, query, variables).await;
    (answer.body, app.sql_statements() - before)
}

/// The same selection as plain fields and through a fragment.
fn both_ways(arguments: &str, body: &str) -> (String, String) {
    let variables = if arguments.contains("$after") {
        "($after: String)"
    } else {
        ""
    };
    (
        format!("query{variables} {{ regions({arguments}) {{ {body} }} }}"),
        format!(
            "query{variables} {{ regions({arguments}) {{ ...list }} }}
             fragment list on RegionConnection {{ {body} }}"
        ),
    )
}

async fn assert_same_answer(world: &World, arguments: &str, body: &str, variables: Value) {
    let (plain, fragment) = both_ways(arguments, body);
    for (label, token) in &world.viewers {
        let token = token.as_deref();
        let (rendered, rendered_statements) =
            ask(&world.app, token, &plain, variables.clone()).await;
        let (resolved, resolved_statements) =
            ask(&world.app, token, &fragment, variables.clone()).await;
        assert!(
            rendered.get("errors").is_none(),
            "{label}: the rendered list answered errors: {rendered}"
        );
        assert_eq!(
            rendered, resolved,
            "{label}: the rendered list differs from the resolved one for regions({arguments})"
        );
        let viewer_statement = u64::from(token.is_some());
        assert_eq!(
            rendered_statements,
            viewer_statement + 1,
            "{label}: the rendered list is one statement (after the viewer's)"
        );
        // Over a page with regions the resolvers read their children with statements of their
        // own, which shows the fragment took them.
        let has_regions = rendered["data"]["regions"]["edges"]
            .as_array()
            .is_some_and(|edges| !edges.is_empty());
        assert!(
            !has_regions || resolved_statements > rendered_statements,
            "{label}: the fragment took the resolvers ({resolved_statements} statements)"
        );
    }
}

#[tokio::test]
async fn the_rendered_region_list_answers_as_the_resolvers_do_for_every_viewer() {
    let world = world().await;
    assert_same_answer(&world, "first: 100", NESTED, json!({})).await;
    assert_same_answer(&world, "first: 10", EVERYTHING, json!({})).await;
    assert_same_answer(&world, "first: 10, status: ACTIVE", NESTED, json!({})).await;
    assert_same_answer(&world, "first: 0", EVERYTHING, json!({})).await;
    assert_same_answer(
        &world,
        "first: 10",
        "__typename kind: __typename edges { node { organisations { __typename } } }",
        json!({}),
    )
    .await;

    // A page after a cursor.
    let (first, _) = both_ways("first: 1", "edges { cursor }");
    let answer = world.app.gql(None, &first, json!({})).await;
    let cursor = answer.data()["regions"]["edges"][0]["cursor"].clone();
    assert_same_answer(
        &world,
        "first: 2, after: $after",
        EVERYTHING,
        json!({ "after": cursor }),
    )
    .await;
}

#[tokio::test]
async fn the_rendered_region_list_shows_each_viewer_what_they_may_read() {
    let world = world().await;
    let (plain, _) = both_ways("first: 10", EVERYTHING);
    let mut seen = Vec::new();
    for (label, token) in &world.viewers {
        let answer = world.app.gql(token.as_deref(), &plain, json!({})).await;
        let region_a = &answer.data()["regions"]["edges"][0]["node"];
        assert_eq!(region_a["name"], "Alue A");
        seen.push((
            *label,
            region_a["organisations"]["edges"].as_array().unwrap().len(),
            region_a["pathways"]["edges"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    e["node"]["publishedVersion"]["title"]
                        .as_str()
                        .unwrap_or("(no published version)")
                        .to_owned()
                })
                .collect::<Vec<_>>(),
        ));
    }
    let count = |label: &str| seen.iter().find(|s| s.0 == label).unwrap().clone();
    // Anonymous visitors see public organisations and public pathways only.
    assert_eq!(count("anonymous").1, 2);
    assert_eq!(count("anonymous").2, vec!["Julkinen polku"]);
    // A member of A reads the network's pathways and their own draft, not the others' work.
    assert_eq!(count("member of A").1, 3);
    let mut member = count("member of A").2.clone();
    member.sort();
    assert_eq!(
        member,
        vec![
            "(no published version)",
            "Julkinen polku",
            "Jäsenten polku",
            "Verkoston 'yhteinen' polku"
        ]
    );
    // A member of B reads A's public and all-members pathways, not its network pathway.
    let mut other = count("member of B").2.clone();
    other.sort();
    assert_eq!(other, vec!["Julkinen polku", "Jäsenten polku"]);
    // A's coordinator and the admin see every pathway of A, archived too.
    assert_eq!(count("coordinator of A").2.len(), 6);
    assert_eq!(count("admin").2.len(), 6);
}

#[tokio::test]
async fn a_role_given_shows_in_the_next_rendered_list() {
    let world = world().await;
    let (plain, _) = both_ways("first: 10", NESTED);
    let member_b = world.viewers[3].1.as_deref();
    let admin = world.viewers[4].1.as_deref();
    let pathways_of_a = |answer: &Value| {
        answer["data"]["regions"]["edges"][0]["node"]["pathways"]["edges"]
            .as_array()
            .unwrap()
            .len()
    };
    let before = world.app.gql(member_b, &plain, json!({})).await;
    assert_eq!(pathways_of_a(&before.body), 2, "public and all-members");
    world
        .app
        .gql(
            admin,
            "mutation($p: ID!, $r: ID!) { setRole(personId: $p, regionId: $r, role: COORDINATOR) { id } }",
            json!({ "p": world.member_b, "r": world.region_a }),
        )
        .await
        .data();
    let after = world.app.gql(member_b, &plain, json!({})).await;
    assert_eq!(
        pathways_of_a(&after.body),
        5,
        "a coordinator of A reads its first five pathways, drafts and archived ones too"
    );
}

#[tokio::test]
async fn a_change_written_past_this_server_shows_in_the_next_rendered_list() {
    // Another server sharing the database (or anyone with SQL) changes a region behind this
    // server's back: the list it rendered before must not be shown again.
    let world = world().await;
    let (plain, _) = both_ways("first: 10", NESTED);
    let admin = world.viewers[4].1.as_deref();
    let names = |answer: &Value| {
        answer["data"]["regions"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|edge| edge["node"]["name"].as_str().unwrap_or_default().to_owned())
            .collect::<Vec<_>>()
    };
    for _ in 0..3 {
        let answer = world.app.gql(admin, &plain, json!({})).await;
        assert_eq!(names(&answer.body)[0], "Alue A", "{}", answer.body);
    }
    let other = sea_orm::Database::connect(world.app.database_url())
        .await
        .expect("connect a second client to the database");
    other
        .execute_unprepared(
            "UPDATE region SET name_fi = 'Oulun seutu', name_sv = 'Oulun seutu', \
             name_nb = 'Oulun seutu', name_en = 'Oulun seutu' WHERE name_fi = 'Alue A'",
        )
        .await
        .expect("rename the region past the server");
    other.close().await.expect("close the second client");
    let after = world.app.gql(admin, &plain, json!({})).await;
    assert_eq!(names(&after.body)[0], "Oulun seutu", "{}", after.body);
    assert_eq!(
        names(&after.body).len(),
        3,
        "the other regions are still listed"
    );
}

#[tokio::test]
async fn a_refused_argument_in_a_nested_list_gets_the_resolvers_error() {
    let world = world().await;
    let (plain, fragment) = both_ways(
        "first: 10",
        "edges { node { organisations(first: 101) { edges { node { id } } } } }",
    );
    let token = world.viewers[4].1.as_deref();
    let rendered = world.app.gql(token, &plain, json!({})).await;
    let resolved = world.app.gql(token, &fragment, json!({})).await;
    assert_eq!(rendered.error_code(), Some("BAD_USER_INPUT"));
    assert_eq!(rendered.error_field(), Some("first"));
    // The same errors at the same paths (the two query texts place them differently).
    let without_locations = |mut body: Value| {
        for error in body["errors"].as_array_mut().unwrap() {
            error.as_object_mut().unwrap().remove("locations");
        }
        body
    };
    assert_eq!(
        without_locations(rendered.body),
        without_locations(resolved.body)
    );
}
