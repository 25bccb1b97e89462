//! The conformance suite against every engine: tantivy always (one test per check), Meilisearch
//! when `VERKOSTO_TEST_MEILISEARCH_URL` (and `VERKOSTO_TEST_MEILISEARCH_KEY`) are set.

use verkosto_search::{
    SearchIndex, conformance, meili_index::MeiliIndex, tantivy_index::TantivyIndex,
};

macro_rules! tantivy_checks {
    ($($check:ident),* $(,)?) => {
        mod tantivy {
            use super::*;
            $(
                #[tokio::test]
                async fn $check() {
                    let index = TantivyIndex::in_memory().expect("an index in memory");
                    conformance::$check(&index).await;
                }
            )*
        }
    };
}

tantivy_checks!(
    finds_after_upsert_and_commit,
    finds_inflected_forms,
    tolerates_typos,
    matches_the_last_word_as_prefix,
    folds_diacritics,
    finds_compound_parts,
    crosses_languages_through_the_vocabulary,
    a_word_that_matches_nothing_does_not_empty_the_result,
    delete_removes_published_and_draft,
    filters_each_dimension,
    facets_count_only_readable_documents,
    permission_canaries_change_nothing,
    drafts_only_for_coordinators_and_author,
    later_unreadable_documents_change_nothing_for_others,
    document_versions_lists_ids_and_versions,
    snippets_mark_matches_and_escape_text,
    pages_with_offset_and_limit,
    access_rules_do_not_change_scores,
    more_matched_words_rank_higher,
    compacting_changes_no_answer,
);

#[test]
fn every_check_runs_against_tantivy() {
    // the macro above lists the checks by hand; keep it in step with the suite
    assert_eq!(conformance::CHECKS.len(), 20);
}

#[tokio::test]
async fn tantivy_on_disk_runs_the_whole_suite() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let index = TantivyIndex::open(&dir.path().join("index")).expect("open");
    assert!(
        index.needs_rebuild(),
        "a new index must be built from the database"
    );
    conformance::run_all(&index).await;
    drop(index);
    let reopened = TantivyIndex::open(&dir.path().join("index")).expect("reopen");
    assert!(!reopened.needs_rebuild());
    assert!(
        !reopened
            .document_versions()
            .await
            .expect("versions")
            .is_empty(),
        "the index survives a reopen"
    );
}

#[tokio::test]
async fn tantivy_compacts_a_load_of_many_commits_into_one_segment() {
    let index = TantivyIndex::in_memory().expect("an index in memory");
    let documents = conformance::fixture();
    conformance::load_one_by_one(&index, documents.clone()).await;
    assert!(
        index.segments() > 1,
        "one commit per document should leave several segments"
    );
    index.compact().await.expect("compact");
    assert_eq!(index.segments(), 1);
    assert_eq!(
        index.document_versions().await.expect("versions").len(),
        documents.len()
    );
}

#[tokio::test]
async fn tantivy_rebuilds_an_index_of_another_layout() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("index");
    let index = TantivyIndex::open(&path).expect("open");
    conformance::load(&index, conformance::fixture()).await;
    drop(index);
    std::fs::write(
        path.join("verkosto-layout"),
        "tantivy layout 0, analysis 0\n",
    )
    .expect("write the stamp");
    let reopened = TantivyIndex::open(&path).expect("reopen");
    assert!(reopened.needs_rebuild());
    assert!(
        reopened
            .document_versions()
            .await
            .expect("versions")
            .is_empty(),
        "the old index is wiped"
    );
}

#[tokio::test]
async fn meilisearch() {
    let Ok(url) = std::env::var("VERKOSTO_TEST_MEILISEARCH_URL") else {
        println!(
            "SKIPPED: set VERKOSTO_TEST_MEILISEARCH_URL (and VERKOSTO_TEST_MEILISEARCH_KEY) to run the conformance \
             suite against Meilisearch"
        );
        return;
    };
    let key = std::env::var("VERKOSTO_TEST_MEILISEARCH_KEY").ok();
    let uid = format!("verkosto_conformance_{}", std::process::id());
    let index = MeiliIndex::new(&url, key.as_deref(), &uid)
        .await
        .expect("connect to Meilisearch");
    println!(
        "Meilisearch conformance: running against {url} ({})",
        index.name()
    );
    conformance::run_all(&index).await;
    index.delete_index().await.expect("delete the test index");
    println!("Meilisearch conformance: ran against {url}");
}
