//! A region moving its existing pathways into Verkosto with `verkosto import-pathways`: the file
//! is validated as the API validates, written all or nothing, and searchable when it returns.

use sea_orm::{ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, Statement};
use serde_json::{Value, json};
use verkosto_server::import::{ImportError, ImportReport, LineError, import_pathways};
use verkosto_store::entity::{audit_event, pathway, pathway_step, pathway_version, search_outbox};
use verkosto_testkit::{OrganisationBuilder, PersonBuilder, RegionBuilder, TestApp, TestPerson};

const PATHWAY: &str = "query($id: ID!) { pathway(id: $id) { id status visibility
    publishedVersion { number title body language steps { title referralCriteria responsibleOrganisation { name } } }
    openVersion { number title } } }";
const SEARCH: &str =
    "query($q: String!) { search(query: $q, first: 20) { totalCount edges { node { title } } } }";
const EVENTS: &str = "query($region: ID) { auditEvents(first: 100, regionId: $region) { nodes {
    actor { email } action entityType entityId } } }";

/// A region with its coordinator, a plain member and a member organisation.
struct Network {
    app: TestApp,
    region: verkosto_store::entity::region::Model,
    coordinator: TestPerson,
    member: TestPerson,
}

async fn network() -> Network {
    let app = TestApp::spawn().await;
    let region = RegionBuilder::new("Alfa").insert(&app).await;
    OrganisationBuilder::new("Alfan vankila")
        .public()
        .member_of(&region)
        .insert(&app)
        .await;
    let coordinator = PersonBuilder::new("koordinaattori@example.org")
        .coordinator_of(&region)
        .insert(&app)
        .await;
    let member = PersonBuilder::new("jasen@example.org")
        .member_of(&region)
        .insert(&app)
        .await;
    Network {
        app,
        region,
        coordinator,
        member,
    }
}

fn line(region: &str, author: &str, title: &str, body: &str, publish: bool) -> String {
    json!({
        "region": region,
        "author": author,
        "visibility": "public",
        "language": "fi",
        "title": title,
        "summary": "Tuodaan vanhasta järjestelmästä.",
        "body": body,
        "steps": [
            { "title": "Arvio", "description": "Riskinarvio ennen vapautumista.",
              "organisation": "Alfan vankila", "referralCriteria": "Vankilan psykologi ohjaa." },
            { "title": "Jatkohoito", "description": "Avohoito vapautumisen jälkeen." }
        ],
        "publish": publish,
    })
    .to_string()
}

async fn import(w: &Network, lines: &[String]) -> Result<ImportReport, ImportError> {
    let file = lines.join("\n");
    import_pathways(&w.app.store, w.app.indexer(), file.as_bytes(), |_| {}).await
}

fn bad_lines(result: Result<ImportReport, ImportError>) -> Vec<LineError> {
    match result {
        Err(ImportError::Invalid(errors)) => errors,
        Err(other) => panic!("expected bad lines, got {other:?}"),
        Ok(report) => panic!("expected bad lines, imported {:?}", report.pathways),
    }
}

/// How many rows table `E` holds.
async fn count<E: EntityTrait>(app: &TestApp) -> u64
where
    E::Model: Sync,
{
    E::find().count(app.store.connection()).await.unwrap()
}

/// The rows an import writes: pathways, versions, steps, audit events and outbox rows.
async fn import_rows(app: &TestApp) -> [u64; 5] {
    [
        count::<pathway::Entity>(app).await,
        count::<pathway_version::Entity>(app).await,
        count::<pathway_step::Entity>(app).await,
        count::<audit_event::Entity>(app).await,
        count::<search_outbox::Entity>(app).await,
    ]
}

async fn search_titles(app: &TestApp, token: Option<&str>, query: &str) -> Vec<String> {
    let answer = app.gql(token, SEARCH, json!({ "q": query })).await;
    answer.data()["search"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["title"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn an_imported_file_is_readable_findable_and_audited_when_the_command_returns() {
    let w = network().await;
    let slug = w.region.slug.clone();
    let report = import(
        &w,
        &[
            line(
                &slug,
                &w.coordinator.email,
                "Vankilasta vapautuvan hoitopolku",
                "Hoitopolku kuvaa, miten vapautuminen valmistellaan verkostossa.",
                true,
            ),
            String::new(),
            line(
                &slug,
                "KOORDINAATTORI@example.org",
                "Lähisuhdeväkivallan tekijän ohjaus",
                "Luonnos, jota ei vielä julkaista.",
                false,
            ),
        ],
    )
    .await
    .unwrap();
    assert_eq!(report.pathways.len(), 2);
    if w.app.backend() == "postgres" {
        // The planner counts the imported rows at once, not on autovacuum's next round.
        let analyzed = w
            .app
            .store
            .connection()
            .query_one_raw(Statement::from_string(
                DbBackend::Postgres,
                "SELECT count(*) AS n FROM pg_stat_user_tables
                 WHERE relname IN ('pathway', 'pathway_version', 'pathway_step')
                   AND last_analyze IS NOT NULL",
            ))
            .await
            .unwrap()
            .unwrap()
            .try_get::<i64>("", "n")
            .unwrap();
        assert_eq!(
            analyzed, 3,
            "statistics of the pathway tables after an import"
        );
    }

    // The published pathway reads like one made through the API, by anyone (it is public).
    let published = w
        .app
        .gql(
            None,
            PATHWAY,
            json!({ "id": report.pathways[0].0.to_string() }),
        )
        .await;
    let published = &published.data()["pathway"];
    assert_eq!(published["status"], "PUBLISHED");
    assert_eq!(published["visibility"], "PUBLIC");
    assert_eq!(published["openVersion"], Value::Null);
    let version = &published["publishedVersion"];
    assert_eq!(version["number"], 1);
    assert_eq!(version["title"], "Vankilasta vapautuvan hoitopolku");
    assert_eq!(version["language"], "FI");
    assert_eq!(version["steps"][0]["title"], "Arvio");
    assert_eq!(
        version["steps"][0]["responsibleOrganisation"]["name"],
        "Alfan vankila"
    );
    assert_eq!(version["steps"][1]["responsibleOrganisation"], Value::Null);

    // The draft is the coordinator's to read, not the public's.
    let draft_id = json!({ "id": report.pathways[1].0.to_string() });
    let anonymous = w.app.gql(None, PATHWAY, draft_id.clone()).await;
    assert_eq!(anonymous.data()["pathway"], Value::Null);
    let token = w.app.token(&w.coordinator).await;
    let draft = w.app.gql(Some(&token), PATHWAY, draft_id).await;
    assert_eq!(draft.data()["pathway"]["status"], "DRAFT");
    assert_eq!(
        draft.data()["pathway"]["openVersion"]["title"],
        "Lähisuhdeväkivallan tekijän ohjaus"
    );

    // Searchable already; waiting like a client only confirms nothing is pending.
    w.app.wait_until_searchable().await;
    assert_eq!(
        search_titles(&w.app, None, "hoitopolkujen").await,
        vec!["Vankilasta vapautuvan hoitopolku"]
    );
    assert!(
        search_titles(&w.app, None, "lähisuhdeväkivalta")
            .await
            .is_empty()
    );
    assert_eq!(
        search_titles(&w.app, Some(&token), "lähisuhdeväkivalta").await,
        vec!["Lähisuhdeväkivallan tekijän ohjaus"]
    );

    // The region's audit log shows who created and published each pathway.
    let events = w
        .app
        .gql(
            Some(&token),
            EVENTS,
            json!({ "region": w.region.id.to_string() }),
        )
        .await;
    let events: Vec<(String, String, String)> = events.data()["auditEvents"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["entityType"] == "pathway")
        .map(|e| {
            (
                e["actor"]["email"].as_str().unwrap().to_owned(),
                e["action"].as_str().unwrap().to_owned(),
                e["entityId"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let published_id = report.pathways[0].0.to_string();
    let draft_id = report.pathways[1].0.to_string();
    for expected in [
        ("pathway.create", &published_id),
        ("pathway.publish", &published_id),
        ("pathway.create", &draft_id),
    ] {
        assert!(
            events.contains(&(
                w.coordinator.email.clone(),
                expected.0.to_owned(),
                expected.1.clone()
            )),
            "missing {expected:?} in {events:?}"
        );
    }
    assert_eq!(events.len(), 3, "{events:?}");
}

#[tokio::test]
async fn a_file_with_bad_lines_imports_nothing_and_names_each_bad_line() {
    let w = network().await;
    let slug = w.region.slug.clone();
    // The network's own setup writes are indexed first (the indexer drains at most every 100 ms),
    // so an outbox row after the import could only be the import's.
    w.app.wait_until_searchable().await;
    let pathways_before = count::<pathway::Entity>(&w.app).await;
    let audit_before = count::<audit_event::Entity>(&w.app).await;
    let errors = bad_lines(
        import(
            &w,
            &[
                line(
                    &slug,
                    &w.coordinator.email,
                    "Hyvä hoitopolku",
                    "Kelpaa.",
                    true,
                ),
                line(
                    &slug,
                    &w.coordinator.email,
                    "Asiakkaan hoitopolku",
                    "Asiakas 131052-308T ohjataan avohoitoon.",
                    true,
                ),
                line(
                    &slug,
                    &w.member.email,
                    "Jäsenen hoitopolku",
                    "Kelpaa.",
                    true,
                ),
                line(
                    "ei-ole",
                    &w.coordinator.email,
                    "Tuntematon alue",
                    "Kelpaa.",
                    true,
                ),
                line(&slug, &w.coordinator.email, " ", "Kelpaa.", true),
                "{ not json".to_owned(),
            ],
        )
        .await,
    );
    let lines: Vec<(usize, &str)> = errors
        .iter()
        .map(|e| (e.line, e.message.split(':').next().unwrap()))
        .collect();
    assert_eq!(
        lines,
        vec![
            (2, "body"),
            (3, "author"),
            (4, "region"),
            (5, "title"),
            (6, "not a pathway line"),
        ],
        "{errors:#?}"
    );
    assert!(errors[0].message.contains("identity code"), "{}", errors[0]);
    assert_eq!(errors[3].to_string(), "line 5: title: must not be empty");

    assert_eq!(count::<pathway::Entity>(&w.app).await, pathways_before);
    assert_eq!(count::<audit_event::Entity>(&w.app).await, audit_before);
    assert_eq!(w.app.store.outbox_pending().await.unwrap(), 0);
    w.app.wait_until_searchable().await;
    assert!(
        search_titles(&w.app, None, "hyvä hoitopolku")
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn running_an_imported_file_again_imports_nothing_and_names_every_line() {
    let w = network().await;
    let slug = w.region.slug.clone();
    let file = [
        line(
            &slug,
            &w.coordinator.email,
            "Ensimmäinen hoitopolku",
            "Yksi.",
            true,
        ),
        line(
            &slug,
            &w.coordinator.email,
            "Toinen hoitopolku",
            "Kaksi.",
            false,
        ),
    ];
    import(&w, &file).await.unwrap();
    let pathways = count::<pathway::Entity>(&w.app).await;
    let audit = count::<audit_event::Entity>(&w.app).await;

    let errors = bad_lines(import(&w, &file).await);
    assert_eq!(
        errors.iter().map(|e| e.line).collect::<Vec<_>>(),
        vec![1, 2]
    );
    assert!(
        errors.iter().all(|e| e
            .message
            .starts_with("title: a current pathway of this region")),
        "{errors:#?}"
    );
    assert_eq!(count::<pathway::Entity>(&w.app).await, pathways);
    assert_eq!(count::<audit_event::Entity>(&w.app).await, audit);

    // The same title twice in one file is refused too, naming the first line.
    let twice = [
        line(
            &slug,
            &w.coordinator.email,
            "Kolmas hoitopolku",
            "Kolme.",
            true,
        ),
        line(
            &slug,
            &w.coordinator.email,
            "kolmas HOITOPOLKU",
            "Kolme.",
            true,
        ),
    ];
    let errors = bad_lines(import(&w, &twice).await);
    assert_eq!(
        errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
        vec!["line 2: title: line 1 has the same title for the same region"]
    );
    assert_eq!(count::<pathway::Entity>(&w.app).await, pathways);
}

/// More pathways than the store writes in one go (it builds and inserts rows a thousand
/// pathways at a time), so the import spans several chunks of one transaction.
const MANY: usize = 2_345;

fn many_lines(w: &Network) -> Vec<String> {
    (0..MANY)
        .map(|i| {
            line(
                &w.region.slug,
                &w.coordinator.email,
                &format!("Tuotu hoitopolku {i}"),
                &format!("Tuotu rivi numero {i}."),
                i % 2 == 0,
            )
        })
        .collect()
}

#[tokio::test]
async fn an_import_of_thousands_writes_every_row_of_every_pathway_and_indexes_them() {
    let w = network().await;
    let before = import_rows(&w.app).await;
    let report = import(&w, &many_lines(&w)).await.unwrap();
    assert_eq!(report.pathways.len(), MANY);
    let (many, published) = (MANY as u64, MANY.div_ceil(2) as u64);
    assert_eq!(
        import_rows(&w.app).await[..4],
        [
            before[0] + many,
            before[1] + many,
            before[2] + 2 * many,
            before[3] + many + published,
        ],
        "pathways, versions, steps and audit events"
    );
    assert_eq!(w.app.store.outbox_pending().await.unwrap(), 0);

    // The first and the last line, from the first and the last chunk, read and find alike.
    let last = MANY - 1;
    for (i, id) in [(0, report.pathways[0]), (last, report.pathways[last])] {
        let token = w.app.token(&w.coordinator).await;
        let answer = w
            .app
            .gql(Some(&token), PATHWAY, json!({ "id": id.0.to_string() }))
            .await;
        let version = if i % 2 == 0 {
            "publishedVersion"
        } else {
            "openVersion"
        };
        assert_eq!(
            answer.data()["pathway"][version]["title"],
            format!("Tuotu hoitopolku {i}")
        );
        let found = search_titles(&w.app, Some(&token), &format!("hoitopolku {i}")).await;
        assert_eq!(
            found.first(),
            Some(&format!("Tuotu hoitopolku {i}")),
            "the first hit for line {i}: {found:?}"
        );
    }
}

#[tokio::test]
async fn a_database_failure_in_a_later_chunk_leaves_nothing_of_the_import_behind() {
    let w = network().await;
    w.app.wait_until_searchable().await;
    // A trigger planted in the test refuses one version of the last chunk, as a full disk or a
    // lost connection would refuse a statement halfway through an import.
    let refused = format!("Tuotu hoitopolku {}", MANY - 10);
    let connection = w.app.store.connection();
    let plant: Vec<String> = match w.app.backend() {
        "postgres" => vec![
            format!(
                "CREATE FUNCTION refuse_version() RETURNS trigger AS $$ BEGIN
                 IF NEW.title = '{refused}' THEN RAISE EXCEPTION 'planted failure'; END IF;
                 RETURN NEW; END $$ LANGUAGE plpgsql"
            ),
            "CREATE TRIGGER refuse_version BEFORE INSERT ON pathway_version
             FOR EACH ROW EXECUTE FUNCTION refuse_version()"
                .to_owned(),
        ],
        _ => vec![format!(
            "CREATE TRIGGER refuse_version BEFORE INSERT ON pathway_version
             WHEN NEW.title = '{refused}' BEGIN SELECT RAISE(ABORT, 'planted failure'); END"
        )],
    };
    for sql in plant {
        connection.execute_unprepared(&sql).await.unwrap();
    }
    let before = import_rows(&w.app).await;

    let result = import(&w, &many_lines(&w)).await;
    assert!(
        matches!(result, Err(ImportError::Failed(_))),
        "expected the database's refusal, got {result:?}"
    );
    assert_eq!(
        import_rows(&w.app).await,
        before,
        "pathways, versions, steps, audit events and outbox rows"
    );
    w.app.wait_until_searchable().await;
    assert!(
        search_titles(&w.app, None, "tuotu hoitopolku")
            .await
            .is_empty(),
        "the first chunks' pathways are not searchable"
    );
}
