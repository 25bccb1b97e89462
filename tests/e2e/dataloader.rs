//! Nested reads go through dataloaders: the number of SQL statements does not grow with the list.

use serde_json::json;
use verkosto_domain::{OrganisationKind, Visibility};
use verkosto_testkit::{
    OrganisationBuilder, PathwayBuilder, PersonBuilder, RegionBuilder, TestApp, TestPerson,
};

const NESTED: &str = "{ regions(first: 100) { edges { node { name
    organisations(first: 3) { edges { node { name kind } } }
    pathways(first: 5) { edges { node { status publishedVersion { title steps { title responsibleOrganisation { name } } } } } }
} } } }";

/// A fresh app with a platform admin and their access token.
async fn admin_app() -> (TestApp, TestPerson, String) {
    let app = TestApp::spawn().await;
    let admin = PersonBuilder::new("admin@example.org")
        .admin()
        .insert(&app)
        .await;
    let token = app.token(&admin).await;
    (app, admin, token)
}

async fn add_regions(app: &TestApp, author: &TestPerson, from: usize, to: usize) {
    for i in from..to {
        let region = RegionBuilder::new(&format!("Alue {i}")).insert(app).await;
        let prison = OrganisationBuilder::new(&format!("Vankila {i}"))
            .kind(OrganisationKind::Prison)
            .member_of(&region)
            .insert(app)
            .await;
        OrganisationBuilder::new(&format!("Poliisi {i}"))
            .kind(OrganisationKind::Police)
            .member_of(&region)
            .insert(app)
            .await;
        OrganisationBuilder::new(&format!("Järjestö {i}"))
            .member_of(&region)
            .insert(app)
            .await;
        for p in 0..2 {
            PathwayBuilder::new(Some(&region), author)
                .title(&format!("Hoitopolku {i}.{p}"))
                .visibility(Visibility::Public)
                .step("Arvio", Some(&prison))
                .published()
                .insert(app)
                .await;
        }
    }
}

async fn statements_for(app: &TestApp, token: &str, regions: usize) -> u64 {
    let before = app.sql_statements();
    let answer = app.gql(Some(token), NESTED, json!({})).await;
    let after = app.sql_statements();
    let edges = answer.data()["regions"]["edges"].as_array().unwrap();
    assert_eq!(edges.len(), regions);
    for edge in edges {
        assert_eq!(
            edge["node"]["organisations"]["edges"]
                .as_array()
                .unwrap()
                .len(),
            3
        );
        let pathways = edge["node"]["pathways"]["edges"].as_array().unwrap();
        assert_eq!(pathways.len(), 2);
        // each pathway shows its own published version, read with the page
        let region = edge["node"]["name"]
            .as_str()
            .unwrap()
            .trim_start_matches("Alue ");
        for (p, pathway) in pathways.iter().enumerate() {
            let version = &pathway["node"]["publishedVersion"];
            assert_eq!(version["title"], format!("Hoitopolku {region}.{p}"));
            assert_eq!(
                version["steps"][0]["responsibleOrganisation"]["name"],
                format!("Vankila {region}")
            );
        }
    }
    after - before
}

#[tokio::test]
async fn listing_regions_with_organisations_and_pathways_runs_as_many_statements_for_80_regions_as_for_8()
 {
    let (app, admin, token) = admin_app().await;
    add_regions(&app, &admin, 0, 8).await;
    let with_8 = statements_for(&app, &token, 8).await;
    add_regions(&app, &admin, 8, 80).await;
    let with_80 = statements_for(&app, &token, 80).await;
    println!(
        "SQL statements for the nested list: {with_8} with 8 regions, {with_80} with 80 regions"
    );
    assert_eq!(
        with_8, with_80,
        "the statement count must not grow with the number of regions"
    );
    assert!(
        with_80 <= 12,
        "a small constant number of statements, got {with_80}"
    );
}

const REGION_PAGE: &str = "query($r: ID!, $after: String) { region(id: $r) {
    pathways(first: 1, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }";

#[tokio::test]
async fn a_regions_pathway_list_pages_with_cursors_and_refuses_a_cursor_from_another_list() {
    let (app, admin, token) = admin_app().await;
    add_regions(&app, &admin, 0, 2).await;
    let regions = app
        .gql(
            Some(&token),
            "{ regions(first: 10) { edges { node { id } } } }",
            json!({}),
        )
        .await;
    let ids: Vec<String> = regions.data()["regions"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
        .collect();
    // Two pathways in each region: a page of one, then the other.
    let first = app
        .gql(
            Some(&token),
            REGION_PAGE,
            json!({ "r": ids[0], "after": null }),
        )
        .await;
    let page = &first.data()["region"]["pathways"];
    assert_eq!(page["edges"].as_array().unwrap().len(), 1);
    assert_eq!(page["pageInfo"]["hasNextPage"], true);
    let first_id = page["edges"][0]["node"]["id"].clone();
    let cursor = page["pageInfo"]["endCursor"].as_str().unwrap().to_owned();

    let other = app
        .gql(
            Some(&token),
            REGION_PAGE,
            json!({ "r": ids[1], "after": cursor }),
        )
        .await;
    assert_eq!(other.error_code(), Some("BAD_USER_INPUT"));
    assert_eq!(other.error_field(), Some("after"));

    let second = app
        .gql(
            Some(&token),
            REGION_PAGE,
            json!({ "r": ids[0], "after": cursor }),
        )
        .await;
    let page = &second.data()["region"]["pathways"];
    assert_eq!(page["edges"].as_array().unwrap().len(), 1);
    assert_ne!(page["edges"][0]["node"]["id"], first_id);
    assert_eq!(page["pageInfo"]["hasNextPage"], false);
}

#[tokio::test]
async fn a_draft_in_a_regions_pathway_list_has_no_published_version() {
    let (app, admin, token) = admin_app().await;
    let region = RegionBuilder::new("Alue").insert(&app).await;
    PathwayBuilder::new(Some(&region), &admin)
        .title("Luonnos")
        .insert(&app)
        .await;
    PathwayBuilder::new(Some(&region), &admin)
        .title("Julkaistu")
        .published()
        .insert(&app)
        .await;
    let answer = app
        .gql(
            Some(&token),
            "query($r: ID!) { region(id: $r) { pathways(first: 10) { edges { node {
                status publishedVersion { title } } } } } }",
            json!({ "r": region.id.to_string() }),
        )
        .await;
    let mut seen: Vec<(String, serde_json::Value)> = answer.data()["region"]["pathways"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["node"]["status"].as_str().unwrap().to_owned(),
                e["node"]["publishedVersion"]["title"].clone(),
            )
        })
        .collect();
    seen.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        seen,
        vec![
            ("DRAFT".to_owned(), serde_json::Value::Null),
            ("PUBLISHED".to_owned(), json!("Julkaistu")),
        ]
    );
}

#[tokio::test]
async fn a_regions_pathway_list_shows_the_published_body_and_tags_as_the_pathway_itself_does() {
    let (app, admin, token) = admin_app().await;
    let region = RegionBuilder::new("Alue").insert(&app).await;
    for (title, body) in [("Ensimmäinen", "# Yksi\n\nArvio."), ("Toinen", "# Kaksi")] {
        PathwayBuilder::new(Some(&region), &admin)
            .title(title)
            .body(body)
            .published()
            .insert(&app)
            .await;
    }
    let version = "title body tags changeNote targetGroups number state language";
    let listed = app
        .gql(
            Some(&token),
            &format!(
                "query($r: ID!) {{ region(id: $r) {{ pathways(first: 10) {{ edges {{ node {{
                    id publishedVersion {{ {version} }} }} }} }} }} }}"
            ),
            json!({ "r": region.id.to_string() }),
        )
        .await;
    let edges = listed.data()["region"]["pathways"]["edges"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(edges.len(), 2);
    let mut bodies = Vec::new();
    for edge in edges {
        let read = app
            .gql(
                Some(&token),
                &format!(
                    "query($p: ID!) {{ pathway(id: $p) {{ publishedVersion {{ {version} }} }} }}"
                ),
                json!({ "p": edge["node"]["id"] }),
            )
            .await;
        let own = &read.data()["pathway"]["publishedVersion"];
        assert_eq!(&edge["node"]["publishedVersion"], own);
        assert_eq!(own["tags"], json!(["testi"]));
        bodies.push(own["body"].as_str().unwrap().to_owned());
    }
    bodies.sort();
    assert_eq!(
        bodies,
        vec!["# Kaksi".to_owned(), "# Yksi\n\nArvio.".to_owned()]
    );
}
