//! Relevance on our own collection (`tests/relevance/collection.json`), measured per engine.
//!
//! The collection has 51 documents in fi, sv, nb and en and 60 queries with graded judgements
//! (2 = best answer, 1 = relevant): 45 the analysis was tuned on and 15 `held-out` ones written
//! afterwards and never tuned on (reported as their own row). The test prints a per-query table
//! with recall@10, reciprocal rank and nDCG@10, and asserts floors for tantivy; Meilisearch runs
//! when `VERKOSTO_TEST_MEILISEARCH_URL` is set.

use std::collections::BTreeMap;

use serde::Deserialize;
use uuid::Uuid;
use verkosto_domain::{Language, PathwayStatus};
use verkosto_search::{
    Access, AccessScope, DocType, SearchDocument, SearchFilter, SearchIndex, SearchRequest,
    meili_index::MeiliIndex, tantivy_index::TantivyIndex,
};

/// Floors for tantivy, a little below what it reaches (see the printed table).
const FLOOR_NDCG: f64 = 0.85;
const FLOOR_MRR: f64 = 0.90;
const FLOOR_RECALL: f64 = 0.90;

#[derive(Deserialize)]
struct Collection {
    documents: Vec<CollectionDocument>,
    queries: Vec<CollectionQuery>,
}

#[derive(Deserialize)]
struct CollectionDocument {
    key: String,
    #[serde(rename = "type")]
    doc_type: String,
    language: String,
    title: String,
    body: String,
}

#[derive(Deserialize)]
struct CollectionQuery {
    text: String,
    language: Option<String>,
    kind: String,
    relevant: BTreeMap<String, u8>,
}

fn collection() -> Collection {
    // embedded at compile time: a test binary reused from another checkout still finds it
    serde_json::from_str(include_str!("relevance/collection.json")).expect("parse the collection")
}

fn language(code: &str) -> Language {
    Language::parse("language", code).expect("a language code")
}

/// The collection's documents, all public and national; the map from document id to key.
fn documents(collection: &Collection) -> (Vec<SearchDocument>, BTreeMap<String, String>) {
    let mut keys = BTreeMap::new();
    let documents = collection
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let doc_type = DocType::parse(&d.doc_type).expect("a document type");
            let entity_id = Uuid::from_u128(0x5EA2_0000 + i as u128);
            let id = format!("{}:{entity_id}", doc_type.as_str());
            keys.insert(id.clone(), d.key.clone());
            SearchDocument {
                id,
                entity_id,
                doc_type,
                version: i64::from(doc_type == DocType::Pathway),
                language: language(&d.language),
                title: d.title.clone(),
                body: d.body.clone(),
                regions: vec![],
                organisation_kinds: vec![],
                target_groups: vec![],
                status: (doc_type == DocType::Pathway).then_some(PathwayStatus::Published),
                access: Access {
                    public: true,
                    any_member: true,
                    ..Access::default()
                },
            }
        })
        .collect();
    (documents, keys)
}

/// Mean figures over the queries.
#[derive(Debug, Default, Clone, Copy)]
struct Figures {
    recall: f64,
    mrr: f64,
    ndcg: f64,
}

fn dcg(gains: impl Iterator<Item = u8>) -> f64 {
    gains
        .enumerate()
        .map(|(i, g)| (2f64.powi(i32::from(g)) - 1.0) / (i as f64 + 2.0).log2())
        .sum()
}

/// Indexes the collection into `index`, runs every query as an admin, prints the table and
/// returns the means.
async fn evaluate(index: &dyn SearchIndex) -> Figures {
    let collection = collection();
    let (documents, keys) = documents(&collection);
    index.clear().await.expect("clear");
    index.upsert(documents).await.expect("upsert");
    index.commit().await.expect("commit");
    let engine = index.name();
    println!(
        "\nRelevance of {engine}: {} documents, {} queries",
        keys.len(),
        collection.queries.len()
    );
    println!(
        "{:<15} {:<48} {:>5} {:>7} {:>7}  top 3",
        "kind", "query", "rank", "recall", "nDCG"
    );
    let mut sum = Figures::default();
    let mut by_kind: BTreeMap<&str, (Figures, usize)> = BTreeMap::new();
    for query in &collection.queries {
        let request = SearchRequest {
            text: query.text.clone(),
            language: query.language.as_deref().map(language),
            filter: SearchFilter::default(),
            scope: AccessScope {
                admin: true,
                ..AccessScope::default()
            },
            offset: 0,
            limit: 10,
            facets: false,
        };
        let response = index.search(&request).await.expect("search");
        let ranked: Vec<&str> = response
            .hits
            .iter()
            .map(|h| keys.get(&h.id).map_or("?", String::as_str))
            .collect();
        let grade = |key: &str| query.relevant.get(key).copied().unwrap_or(0);
        let found = ranked.iter().filter(|k| grade(k) > 0).count();
        let recall = found as f64 / query.relevant.len() as f64;
        let first = ranked.iter().position(|k| grade(k) > 0);
        let rr = first.map_or(0.0, |p| 1.0 / (p as f64 + 1.0));
        let mut ideal: Vec<u8> = query.relevant.values().copied().collect();
        ideal.sort_unstable_by(|a, b| b.cmp(a));
        let ndcg = dcg(ranked.iter().map(|k| grade(k))) / dcg(ideal.into_iter().take(10));
        println!(
            "{:<15} {:<48} {:>5} {:>7.2} {:>7.2}  {}",
            query.kind,
            query.text,
            first.map_or("-".to_owned(), |p| (p + 1).to_string()),
            recall,
            ndcg,
            ranked
                .iter()
                .take(3)
                .copied()
                .collect::<Vec<_>>()
                .join(", ")
        );
        let figures = Figures {
            recall,
            mrr: rr,
            ndcg,
        };
        for target in [&mut sum, &mut by_kind.entry(&query.kind).or_default().0] {
            target.recall += figures.recall;
            target.mrr += figures.mrr;
            target.ndcg += figures.ndcg;
        }
        by_kind.entry(&query.kind).or_default().1 += 1;
    }
    let n = collection.queries.len() as f64;
    println!(
        "\n{:<15} {:>6} {:>7} {:>7} {:>7}",
        "kind", "count", "recall", "MRR", "nDCG"
    );
    for (kind, (f, count)) in &by_kind {
        let c = *count as f64;
        println!(
            "{kind:<15} {count:>6} {:>7.3} {:>7.3} {:>7.3}",
            f.recall / c,
            f.mrr / c,
            f.ndcg / c
        );
    }
    let means = Figures {
        recall: sum.recall / n,
        mrr: sum.mrr / n,
        ndcg: sum.ndcg / n,
    };
    println!(
        "{engine}: recall@10 {:.3}, MRR {:.3}, nDCG@10 {:.3} over {} queries",
        means.recall,
        means.mrr,
        means.ndcg,
        collection.queries.len()
    );
    means
}

#[test]
fn the_collection_is_big_enough_and_consistent() {
    let collection = collection();
    assert!(collection.documents.len() >= 45);
    assert!(collection.queries.len() >= 35);
    let keys: Vec<&str> = collection
        .documents
        .iter()
        .map(|d| d.key.as_str())
        .collect();
    for query in &collection.queries {
        assert!(
            query.relevant.values().any(|g| *g == 2),
            "{} has no best answer",
            query.text
        );
        for key in query.relevant.keys() {
            assert!(
                keys.contains(&key.as_str()),
                "{}: unknown document {key}",
                query.text
            );
        }
    }
    for language in ["fi", "sv", "nb", "en"] {
        assert!(collection.documents.iter().any(|d| d.language == language));
    }
    // no personal identity codes or other 11-digit numbers
    for d in &collection.documents {
        let text = format!("{} {}", d.title, d.body);
        let longest_digits = text
            .split(|c: char| !c.is_ascii_digit())
            .map(str::len)
            .max()
            .unwrap_or(0);
        assert!(longest_digits < 11, "{}", d.key);
    }
}

#[tokio::test]
async fn tantivy_relevance() {
    let index = TantivyIndex::in_memory().expect("an index");
    let figures = evaluate(&index).await;
    assert!(
        figures.ndcg >= FLOOR_NDCG,
        "nDCG@10 {:.3} is below {FLOOR_NDCG}",
        figures.ndcg
    );
    assert!(
        figures.mrr >= FLOOR_MRR,
        "MRR {:.3} is below {FLOOR_MRR}",
        figures.mrr
    );
    assert!(
        figures.recall >= FLOOR_RECALL,
        "recall@10 {:.3} is below {FLOOR_RECALL}",
        figures.recall
    );
}

#[tokio::test]
async fn meilisearch_relevance() {
    let Ok(url) = std::env::var("VERKOSTO_TEST_MEILISEARCH_URL") else {
        println!(
            "SKIPPED: set VERKOSTO_TEST_MEILISEARCH_URL (and VERKOSTO_TEST_MEILISEARCH_KEY) to measure relevance on \
             Meilisearch"
        );
        return;
    };
    let key = std::env::var("VERKOSTO_TEST_MEILISEARCH_KEY").ok();
    let uid = format!("verkosto_relevance_{}", std::process::id());
    let index = MeiliIndex::new(&url, key.as_deref(), &uid)
        .await
        .expect("connect to Meilisearch");
    let figures = evaluate(&index).await;
    index.delete_index().await.expect("delete the test index");
    println!("Meilisearch relevance: ran against {url}");
    assert!(
        figures.ndcg >= 0.80,
        "Meilisearch nDCG@10 {:.3} is below the aim of 0.80",
        figures.ndcg
    );
}
