//! Searching through the API: what was written becomes findable, in the viewer's rights only.

use serde_json::{Value, json};
use verkosto_domain::{OrganisationKind, Visibility};
use verkosto_store::entity::region;
use verkosto_testkit::{
    OrganisationBuilder, PathwayBuilder, PersonBuilder, RegionBuilder, TestApp, TestPerson,
};

const SEARCH: &str = "query($q: String!) { search(query: $q, first: 50) {
    totalCount
    facets { regions { regionId count } languages { language count } types { type count } statuses { status count } organisationKinds { kind count } }
    edges { node { type title snippet score isDraft document { __typename ... on Pathway { id } } } }
} }";

async fn search(app: &TestApp, token: Option<&str>, query: &str) -> Value {
    let answer = app.gql(token, SEARCH, json!({ "q": query })).await;
    answer.data()["search"].clone()
}

/// Region Alfa and its coordinator, who writes the pathways of most tests here.
async fn alfa_with_coordinator(app: &TestApp) -> (region::Model, TestPerson) {
    let region = RegionBuilder::new("Alfa").insert(app).await;
    let coordinator = PersonBuilder::new("koordinaattori@example.org")
        .coordinator_of(&region)
        .insert(app)
        .await;
    (region, coordinator)
}

/// A result without its scores: BM25 scores use statistics of the whole index (see
/// docs/decisions.md), so only hits, snippets, totals and facets are compared across viewers.
/// Hits are put in document order: hits of equal score have no defined order (it follows the
/// index's segment layout, which a merge changes).
fn without_scores(mut result: Value) -> Value {
    if let Some(edges) = result["edges"].as_array_mut() {
        for edge in edges.iter_mut() {
            edge["node"]
                .as_object_mut()
                .map(|node| node.remove("score"));
        }
        edges.sort_by_key(|edge| edge["node"]["document"].to_string());
    }
    result
}

fn titles(result: &Value) -> Vec<String> {
    result["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["title"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_published_pathway_is_found_by_its_inflected_forms_once_indexed() {
    let app = TestApp::spawn().await;
    let (region, coordinator) = alfa_with_coordinator(&app).await;
    PathwayBuilder::new(Some(&region), &coordinator)
        .title("Vankilasta vapautuvan hoitopolku")
        .body("Hoitopolku kuvaa, miten vapautuminen valmistellaan verkostossa.")
        .visibility(Visibility::Public)
        .published()
        .insert(&app)
        .await;
    app.wait_until_searchable().await;
    for query in [
        "hoitopolkujen",
        "hoitopolun",
        "hoitopolusta",
        "vankilasta vapautuva",
    ] {
        let result = search(&app, None, query).await;
        assert_eq!(
            titles(&result),
            vec!["Vankilasta vapautuvan hoitopolku"],
            "query {query:?}"
        );
        let snippet = result["edges"][0]["node"]["snippet"].as_str().unwrap();
        assert!(
            snippet.contains("<mark>"),
            "the snippet marks the match: {snippet}"
        );
    }
}

#[tokio::test]
async fn a_query_of_punctuation_alone_finds_nothing_while_an_empty_one_lists_everything() {
    let app = TestApp::spawn().await;
    let (region, coordinator) = alfa_with_coordinator(&app).await;
    PathwayBuilder::new(Some(&region), &coordinator)
        .title("Vankilasta vapautuvan hoitopolku")
        .visibility(Visibility::Public)
        .published()
        .insert(&app)
        .await;
    app.wait_until_searchable().await;
    let everything = search(&app, None, "").await;
    assert!(
        titles(&everything).contains(&"Vankilasta vapautuvan hoitopolku".to_owned()),
        "{everything}"
    );
    for query in ["\"", "*", " - ", "(:)"] {
        let result = search(&app, None, query).await;
        assert_eq!(result["totalCount"], 0, "query {query:?}: {result}");
        assert!(titles(&result).is_empty(), "query {query:?}");
        assert_eq!(result["facets"]["regions"], json!([]), "query {query:?}");
    }
}

#[tokio::test]
async fn a_draft_is_found_only_by_its_editors_and_its_author() {
    let app = TestApp::spawn().await;
    let (region, coordinator) = alfa_with_coordinator(&app).await;
    let author = PersonBuilder::new("kirjoittaja@example.org")
        .member_of(&region)
        .insert(&app)
        .await;
    let colleague = PersonBuilder::new("kollega@example.org")
        .member_of(&region)
        .insert(&app)
        .await;
    PathwayBuilder::new(Some(&region), &author)
        .title("Luonnos turvasuunnitelmasta")
        .insert(&app)
        .await;
    app.wait_until_searchable().await;
    for (who, expected) in [(&coordinator, 1), (&author, 1), (&colleague, 0)] {
        let token = app.token(who).await;
        let result = search(&app, Some(&token), "turvasuunnitelma").await;
        assert_eq!(result["totalCount"], expected, "{}", who.email);
    }
    assert_eq!(
        search(&app, None, "turvasuunnitelma").await["totalCount"],
        0
    );
}

/// A planted pathway of region B that only B's network may read must not change anything the
/// others see: no hit, no snippet text, the same totals and the same facet counts.
#[tokio::test]
async fn a_canary_from_another_region_changes_nothing_for_those_who_may_not_read_it() {
    let app = TestApp::spawn().await;
    let a = RegionBuilder::new("Alfa").insert(&app).await;
    let b = RegionBuilder::new("Beta").insert(&app).await;
    let admin = PersonBuilder::new("admin@example.org")
        .admin()
        .insert(&app)
        .await;
    let member_a = PersonBuilder::new("jasen.a@example.org")
        .member_of(&a)
        .insert(&app)
        .await;
    let coordinator_a = PersonBuilder::new("koordinaattori.a@example.org")
        .coordinator_of(&a)
        .insert(&app)
        .await;
    let member_b = PersonBuilder::new("jasen.b@example.org")
        .member_of(&b)
        .insert(&app)
        .await;
    let coordinator_b = PersonBuilder::new("koordinaattori.b@example.org")
        .coordinator_of(&b)
        .insert(&app)
        .await;
    let prison_b = OrganisationBuilder::new("Beetan vankila")
        .kind(OrganisationKind::Prison)
        .member_of(&b)
        .insert(&app)
        .await;
    for (region, visibility) in [
        (&a, Visibility::Public),
        (&a, Visibility::Network),
        (&b, Visibility::AllMembers),
    ] {
        PathwayBuilder::new(Some(region), &coordinator_a)
            .title("Lähisuhdeväkivallan tekijän hoitopolku")
            .body("Ryhmä ja yksilötapaamiset.")
            .visibility(visibility)
            .published()
            .insert(&app)
            .await;
    }
    app.wait_until_searchable().await;
    let viewers = [
        ("anonymous", None),
        ("member of A", Some(app.token(&member_a).await)),
        ("coordinator of A", Some(app.token(&coordinator_a).await)),
    ];
    let mut before = Vec::new();
    for (_, token) in &viewers {
        before.push(without_scores(
            search(&app, token.as_deref(), "hoitopolku").await,
        ));
    }
    PathwayBuilder::new(Some(&b), &coordinator_b)
        .title("Kanarialintu: hoitopolku lähisuhdeväkivaltaan")
        .body("Salainen kanarialintu vain Beetan verkostolle.")
        .visibility(Visibility::Network)
        .step("Arvio vankilassa", Some(&prison_b))
        .published()
        .insert(&app)
        .await;
    app.wait_until_searchable().await;
    for ((who, token), before) in viewers.iter().zip(&before) {
        let after = without_scores(search(&app, token.as_deref(), "hoitopolku").await);
        assert_eq!(
            &after, before,
            "{who}: totals, facets and hits are unchanged by the canary"
        );
        let canary = search(&app, token.as_deref(), "kanarialintu").await;
        assert_eq!(canary["totalCount"], 0, "{who}");
        assert!(
            !canary.to_string().contains("anarialintu"),
            "{who}: no trace of the canary's text"
        );
    }
    for (who, person) in [
        ("member of B", &member_b),
        ("coordinator of B", &coordinator_b),
        ("admin", &admin),
    ] {
        let token = app.token(person).await;
        let canary = search(&app, Some(&token), "kanarialintu").await;
        assert_eq!(canary["totalCount"], 1, "{who} may read the canary");
        assert!(
            canary["edges"][0]["node"]["snippet"]
                .as_str()
                .unwrap()
                .contains("<mark>"),
            "{who}"
        );
    }
}

#[tokio::test]
async fn search_needs_no_sign_in_and_finds_only_public_pathways_for_anonymous_visitors() {
    let app = TestApp::spawn().await;
    let (region, coordinator) = alfa_with_coordinator(&app).await;
    for (title, visibility) in [
        ("Julkinen päihdehoitopolku", Visibility::Public),
        ("Jäsenten päihdehoitopolku", Visibility::AllMembers),
        ("Verkoston päihdehoitopolku", Visibility::Network),
    ] {
        PathwayBuilder::new(Some(&region), &coordinator)
            .title(title)
            .visibility(visibility)
            .published()
            .insert(&app)
            .await;
    }
    app.wait_until_searchable().await;
    let result = search(&app, None, "paihde").await;
    assert_eq!(titles(&result), vec!["Julkinen päihdehoitopolku"]);
    assert_eq!(result["totalCount"], 1);
    let coordinator_token = app.token(&coordinator).await;
    assert_eq!(
        search(&app, Some(&coordinator_token), "paihde").await["totalCount"],
        3
    );
}

#[tokio::test]
async fn an_over_long_query_is_refused_naming_the_field() {
    let app = TestApp::spawn().await;
    let answer = app.gql(None, SEARCH, json!({ "q": "a".repeat(501) })).await;
    assert_eq!(answer.error_code(), Some("BAD_USER_INPUT"));
    assert_eq!(answer.error_field(), Some("query"));
}

#[tokio::test]
async fn renaming_an_organisation_reindexes_the_pathways_it_is_responsible_in() {
    let app = TestApp::spawn().await;
    let (region, coordinator) = alfa_with_coordinator(&app).await;
    let clinic = OrganisationBuilder::new("Kaupungin Terapiapalvelu")
        .kind(OrganisationKind::MentalHealthServices)
        .member_of(&region)
        .insert(&app)
        .await;
    PathwayBuilder::new(Some(&region), &coordinator)
        .title("Hoitopolku seksuaalirikoksesta epäillylle")
        .step("Arvio", Some(&clinic))
        .visibility(Visibility::Public)
        .published()
        .insert(&app)
        .await;
    app.wait_until_searchable().await;
    let pathways = |result: &Value| -> Vec<String> {
        result["edges"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["node"]["type"] == "PATHWAY")
            .map(|e| e["node"]["title"].as_str().unwrap().to_owned())
            .collect()
    };
    let before = search(&app, None, "Terapiapalvelu").await;
    assert_eq!(
        pathways(&before),
        ["Hoitopolku seksuaalirikoksesta epäillylle"]
    );

    let token = app.token(&coordinator).await;
    let renamed = app
        .gql(
            Some(&token),
            "mutation($id: ID!, $i: OrganisationInput!) { updateOrganisation(id: $id, input: $i) { name } }",
            json!({ "id": clinic.id.to_string(), "i": { "name": "Perheneuvola Pohjantähti",
                "kind": "MENTAL_HEALTH_SERVICES" } }),
        )
        .await;
    assert_eq!(
        renamed.data()["updateOrganisation"]["name"],
        "Perheneuvola Pohjantähti"
    );
    app.wait_until_searchable().await;
    let after = search(&app, None, "Pohjantähti").await;
    assert_eq!(
        pathways(&after),
        ["Hoitopolku seksuaalirikoksesta epäillylle"]
    );
    let snippet = after["edges"][0]["node"]["snippet"].as_str().unwrap();
    assert!(snippet.contains("<mark>Pohjantähti</mark>"), "{snippet}");
}

/// Facets are counted when the query selects them, directly or through a fragment, and a search
/// that does not select them answers the same hits and total.
#[tokio::test]
async fn facets_are_counted_when_selected_even_through_a_fragment() {
    let app = TestApp::spawn().await;
    let (region, coordinator) = alfa_with_coordinator(&app).await;
    for title in ["Vankilasta vapautuvan hoitopolku", "Hoitopolku nuorille"] {
        PathwayBuilder::new(Some(&region), &coordinator)
            .title(title)
            .visibility(Visibility::Public)
            .published()
            .insert(&app)
            .await;
    }
    app.wait_until_searchable().await;
    let plain = app
        .gql(
            None,
            "{ search(query: \"hoitopolku\") { totalCount edges { node { title } } } }",
            json!({}),
        )
        .await;
    let through_fragment = app
        .gql(
            None,
            "query { search(query: \"hoitopolku\") { ...Counts edges { node { title } } } }
             fragment Counts on SearchHitConnection { totalCount facets { languages { language count } } }",
            json!({}),
        )
        .await;
    let (plain, counted) = (&plain.data()["search"], &through_fragment.data()["search"]);
    assert_eq!(plain["totalCount"], 2);
    assert_eq!(counted["totalCount"], 2);
    assert_eq!(plain["edges"], counted["edges"]);
    assert_eq!(
        counted["facets"]["languages"],
        json!([{ "language": "FI", "count": 2 }])
    );
    let direct = search(&app, None, "hoitopolku").await;
    assert_eq!(
        direct["facets"]["languages"],
        json!([{ "language": "FI", "count": 2 }]),
        "facets selected directly"
    );
}

/// The index commits the server has made, from `/metrics` as an operator reads them.
const COMMITS: &str = "verkosto_search_commits_total";

#[tokio::test]
async fn a_steady_stream_of_saves_shares_commits_and_every_save_becomes_searchable() {
    const SAVES: usize = 40;
    let app = TestApp::spawn().await;
    let (region, coordinator) = alfa_with_coordinator(&app).await;
    let token = app.token(&coordinator).await;
    app.wait_until_searchable().await;
    let before = app.counter(COMMITS).await;
    let started = std::time::Instant::now();
    for i in 0..SAVES {
        let saved = app
            .gql(
                Some(&token),
                "mutation($input: CreatePathwayInput!) { createPathway(input: $input) { id } }",
                json!({ "input": { "regionId": region.id.to_string(),
                    "content": { "title": format!("Virtaustesti {i}"), "language": "FI" } } }),
            )
            .await;
        assert!(saved.error_code().is_none(), "save {i}: {:?}", saved.body);
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    app.wait_until_searchable().await;
    let commits = app.counter(COMMITS).await - before;
    // Drains start at least an interval apart, so no more than this many fit in the time taken.
    let interval = verkosto_search::indexer::MIN_DRAIN_INTERVAL.as_millis();
    let most = (started.elapsed().as_millis() / interval + 1) as u64;
    assert!(
        (1..=most).contains(&commits),
        "{SAVES} saves over {:?} took {commits} commits; at most {most} expected",
        started.elapsed()
    );
    let found = search(&app, Some(&token), "virtaustesti").await;
    assert_eq!(found["totalCount"], SAVES, "every save is searchable");
}
