//! `TantivyIndex`: the embedded search engine, a tantivy index in a directory (or in memory).
//!
//! Documents are indexed with the terms of [`crate::analysis::index_terms`] (stems and compound
//! parts) in `title_terms`/`body_terms`, and with their folded words in `title_words`/`body_words`
//! for typo tolerance and search as you type. What a document is, where it belongs and who may
//! read it are `name:value` terms of one `keys` field ([`Key`]), applied inside the query, so
//! totals, facets and snippets only ever count what the viewer may read.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use tantivy::{
    DocAddress, DocSet, Index, IndexReader, IndexWriter, ReloadPolicy, Score, TERMINATED,
    TantivyDocument, Term,
    collector::TopDocs,
    indexer::LogMergePolicy,
    query::{
        AllQuery, BooleanQuery, BoostQuery, DisjunctionMaxQuery, EnableScoring, Occur, Query,
        TermQuery,
    },
    schema::{Field, IndexRecordOption, Value},
};
use uuid::Uuid;
use verkosto_domain::Language;

mod automaton;
mod coordinated;
mod facets;
mod filter;
mod prefix;
mod schema;
mod typo;

use self::{
    automaton::AutomatonQuery,
    coordinated::CoordinatedQuery,
    facets::FacetCollector,
    filter::{CachedFilter, FilterCache, Filtered},
    prefix::StartsWith,
    schema::{Fields, Key, MEMBERS, PUBLIC, schema},
    typo::Within,
};
use crate::{
    AccessScope, DocType, Hit, SearchDocument, SearchError, SearchIndex, SearchRequest,
    SearchResponse, SearchResult,
    analysis::{self, QueryWord, typo_distance},
    background::{Priority, Workers},
    snippet::{Marker, snippet},
};

/// The layout of the index on disk; bump it with any schema change. The stamp file also holds
/// [`analysis::ANALYSIS_VERSION`], so a change of analysis rebuilds the index as well.
pub const LAYOUT_VERSION: u32 = 2;

/// The file in the index directory that holds the layout stamp.
const LAYOUT_FILE: &str = "verkosto-layout";

/// Memory budget of the index writer on disk.
const WRITER_MEMORY: usize = 50_000_000;

/// Segments under this many documents count as this many when the merge policy groups them
/// into levels.
///
/// Every indexer commit writes a segment of a few documents. Tantivy's default (10,000) puts
/// these small segments in the level of a 10,000-document corpus and merges them into it every
/// eighth commit, rewriting the whole index several times a second under steady writes. At 1,000
/// they collect in a level of their own, merged with each other until they outgrow it.
const MIN_MERGE_LAYER: u32 = 1_000;

/// Segments in a level that trigger their merge (tantivy's default is 8). Every search visits
/// every segment, so fewer, slightly more frequent merges of small segments pay for themselves.
const SEGMENTS_PER_MERGE: usize = 4;

/// The merge policy: tantivy's logarithmic one, with small segments kept in a level of their own
/// and merged in fours.
fn merge_policy() -> LogMergePolicy {
    let mut policy = LogMergePolicy::default();
    policy.set_min_layer_size(MIN_MERGE_LAYER);
    policy.set_min_num_segments(SEGMENTS_PER_MERGE);
    policy
}

/// How long [`SearchIndex::compact`] waits for merges already running to release its segments.
const COMPACT_PATIENCE: Duration = Duration::from_secs(60);

/// Boosts: a title match counts three times a body match; vocabulary equivalents less than the
/// words typed; typo and prefix matches are constant scores below a typical exact match.
const TITLE_BOOST: f32 = 3.0;
const SYNONYM_BOOST: f32 = 0.5;
const PART_BOOST: f32 = 0.3;
/// How much the other alternatives of a disjunction-max add to the best one.
const TIE_BREAKER: f32 = 0.1;
const FUZZY_TITLE: f32 = 4.0;
const FUZZY_BODY: f32 = 1.5;
const PREFIX_TITLE: f32 = 4.0;
const PREFIX_BODY: f32 = 1.5;

fn layout_stamp() -> String {
    format!(
        "tantivy layout {LAYOUT_VERSION}, analysis {}\n",
        analysis::ANALYSIS_VERSION
    )
}

struct Inner {
    fields: Fields,
    /// The documents of recent filters, per segment.
    filters: Arc<FilterCache>,
    reader: IndexReader,
    writer: Mutex<IndexWriter<TantivyDocument>>,
}

/// The embedded search engine.
#[derive(Clone)]
pub struct TantivyIndex {
    inner: Arc<Inner>,
    /// The search threads, one per core. A search is milliseconds of CPU; queued searches wait
    /// without taking any, so a burst of them cannot starve the async workers that serve writes
    /// and other pages.
    searches: Arc<Workers>,
    /// The writer's thread.
    writing: Arc<Workers>,
    needs_rebuild: bool,
    path: Option<PathBuf>,
    /// The lock on the index directory, held while any clone is open ([`lock_directory`]).
    _lock: Option<Arc<std::fs::File>>,
}

fn engine(context: &'static str) -> impl Fn(tantivy::TantivyError) -> SearchError {
    move |err| SearchError::engine(context, err)
}

fn io(context: &'static str) -> impl Fn(std::io::Error) -> SearchError {
    move |err| SearchError::engine(context, err)
}

/// Locks the index directory `dir` for this open of it: an advisory lock on `<dir>.lock` beside
/// it, released when the file is closed (also when the process dies). Taken before anything else,
/// so a second process (`verkosto import-pathways` beside a running server) neither wipes an
/// index of another layout nor waits on tantivy's writer lock, but is told what to do.
fn lock_directory(dir: &Path) -> SearchResult<std::fs::File> {
    if let Some(parent) = dir.parent() {
        std::fs::create_dir_all(parent).map_err(io("create the data directory"))?;
    }
    let file = std::fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.with_extension("lock"))
        .map_err(io("open the index lock file"))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(SearchError::InUse {
            dir: dir.to_owned(),
        }),
        Err(std::fs::TryLockError::Error(err)) => Err(io("lock the index directory")(err)),
    }
}

impl TantivyIndex {
    /// Opens the index in `dir`, creating it when missing, and holds it for this process
    /// ([`SearchError::InUse`] when another has it open). When the directory holds an index of
    /// another layout (or one that cannot be opened) it is wiped and created anew; then, and
    /// when the index is new, [`Self::needs_rebuild`] is true and the caller should rebuild it
    /// from the database.
    pub fn open(dir: &Path) -> SearchResult<Self> {
        let lock = lock_directory(dir)?;
        std::fs::create_dir_all(dir).map_err(io("create the index directory"))?;
        let stamp_path = dir.join(LAYOUT_FILE);
        let stamp = std::fs::read_to_string(&stamp_path).ok();
        let (schema, fields) = schema();
        let existing = if stamp.as_deref() == Some(layout_stamp().as_str()) {
            match Index::open_in_dir(dir) {
                Ok(index) => Some(index),
                Err(err) => {
                    tracing::warn!(error = %err, dir = %dir.display(), "the search index cannot be opened; rebuilding it");
                    None
                }
            }
        } else {
            if stamp.is_some() {
                tracing::info!(dir = %dir.display(), "the search index has an older layout; rebuilding it");
            }
            None
        };
        let (index, needs_rebuild) = match existing {
            Some(index) => (index, false),
            None => {
                std::fs::remove_dir_all(dir).map_err(io("wipe the index directory"))?;
                std::fs::create_dir_all(dir).map_err(io("create the index directory"))?;
                let index =
                    Index::create_in_dir(dir, schema).map_err(engine("create the index"))?;
                std::fs::write(&stamp_path, layout_stamp())
                    .map_err(io("write the index layout stamp"))?;
                (index, true)
            }
        };
        let mut opened = Self::with(
            index,
            |index| index.writer(WRITER_MEMORY),
            fields,
            needs_rebuild,
            Some(dir.to_owned()),
        )?;
        opened._lock = Some(Arc::new(lock));
        Ok(opened)
    }

    /// A fresh index in memory, for tests.
    pub fn in_memory() -> SearchResult<Self> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        Self::with(
            index,
            |index| index.writer_with_num_threads(1, 15_000_000),
            fields,
            false,
            None,
        )
    }

    /// The engine over `index`, its writer opened by `open_writer` on the writer's thread (so
    /// tantivy's indexing and merge threads inherit that thread's priority).
    fn with(
        index: Index,
        open_writer: impl FnOnce(&Index) -> tantivy::Result<IndexWriter<TantivyDocument>> + Send,
        fields: Fields,
        needs_rebuild: bool,
        path: Option<PathBuf>,
    ) -> SearchResult<Self> {
        let writing = Workers::new("index-writer", 1, Priority::IndexWriting)?;
        let writer = writing
            .run_blocking(|| open_writer(&index))
            .map_err(engine("open the index writer"))?;
        writer.set_merge_policy(Box::new(merge_policy()));
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(engine("open the index reader"))?;
        Ok(Self {
            inner: Arc::new(Inner {
                fields,
                filters: Arc::new(FilterCache::new()),
                reader,
                writer: Mutex::new(writer),
            }),
            searches: Arc::new(Workers::new(
                "search",
                std::thread::available_parallelism().map_or(1, usize::from),
                Priority::Search,
            )?),
            writing: Arc::new(writing),
            needs_rebuild,
            path,
            _lock: None,
        })
    }

    /// Whether the index was created or wiped by [`Self::open`], so it must be rebuilt from the
    /// database.
    pub fn needs_rebuild(&self) -> bool {
        self.needs_rebuild
    }

    /// The directory the index lives in (None in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// How many segments a search visits now (each builds its own scorers).
    pub fn segments(&self) -> usize {
        self.inner.reader.searcher().segment_readers().len()
    }

    /// Runs `work` with the writer on the writer's thread.
    async fn with_writer<T: Send + 'static>(
        &self,
        context: &'static str,
        work: impl FnOnce(&Inner, &mut IndexWriter<TantivyDocument>) -> SearchResult<T> + Send + 'static,
    ) -> SearchResult<T> {
        let inner = self.inner.clone();
        self.writing
            .run(move || {
                let mut writer = inner.writer.lock().map_err(|_| {
                    SearchError::engine(context, "the index writer lock is poisoned")
                })?;
                work(&inner, &mut writer)
            })
            .await?
    }
}

impl Inner {
    fn document(&self, doc: &SearchDocument) -> TantivyDocument {
        let f = &self.fields;
        let mut d = TantivyDocument::new();
        let key = |d: &mut TantivyDocument, key: Key, value: &str| {
            d.add_text(f.keys, key.text(value));
        };
        // what a search filters on or counts: its key, and its stored or fast column
        let both = |d: &mut TantivyDocument, field: Field, k: Key, value: &str| {
            key(d, k, value);
            d.add_text(field, value);
        };
        both(&mut d, f.id, Key::Id, &doc.id);
        both(&mut d, f.entity_id, Key::Entity, &doc.entity_id.to_string());
        both(&mut d, f.doc_type, Key::DocType, doc.doc_type.as_str());
        both(&mut d, f.language, Key::Language, doc.language.as_str());
        for region in &doc.regions {
            both(&mut d, f.regions, Key::Region, &region.to_string());
        }
        for kind in &doc.organisation_kinds {
            both(
                &mut d,
                f.organisation_kinds,
                Key::OrganisationKind,
                kind.as_str(),
            );
        }
        for group in &doc.target_groups {
            both(&mut d, f.target_groups, Key::TargetGroup, group.as_str());
        }
        if let Some(status) = doc.status {
            both(&mut d, f.status, Key::Status, status.as_str());
        }
        if doc.access.public {
            key(&mut d, Key::Access, PUBLIC);
        }
        if doc.access.any_member {
            key(&mut d, Key::Access, MEMBERS);
        }
        for region in &doc.access.member_of {
            key(&mut d, Key::MemberOf, &region.to_string());
        }
        for region in &doc.access.coordinator_of {
            key(&mut d, Key::CoordinatorOf, &region.to_string());
        }
        if let Some(person) = doc.access.person {
            key(&mut d, Key::Person, &person.to_string());
        }
        d.add_i64(f.version, doc.version);
        d.add_text(f.title, &doc.title);
        d.add_text(f.body, &doc.body);
        d.add_text(
            f.title_terms,
            analysis::index_terms(&doc.title, doc.language).join(" "),
        );
        d.add_text(
            f.body_terms,
            analysis::index_terms(&doc.body, doc.language).join(" "),
        );
        let folded_words = |text: &str| {
            analysis::words(text)
                .iter()
                .map(|w| analysis::fold(w))
                .collect::<Vec<_>>()
                .join(" ")
        };
        d.add_text(f.title_words, folded_words(&doc.title));
        d.add_text(f.body_words, folded_words(&doc.body));
        d
    }

    /// The `keys` term `name:value`.
    fn key(&self, key: Key, value: &str) -> Term {
        Term::from_field_text(self.fields.keys, &key.text(value))
    }

    /// The whole query: the words (if any, coordinated when more than one) under the viewer's
    /// access and the request's filters. The filters score nothing, so only the words decide
    /// the order.
    fn query(&self, mut per_word: Vec<Box<dyn Query>>, scope: &[CachedFilter]) -> Box<dyn Query> {
        let words: Box<dyn Query> = match per_word.len() {
            0 => Box::new(AllQuery),
            // one word's score, times the one word it matches, is its score
            1 => per_word.remove(0),
            _ => Box::new(CoordinatedQuery { words: per_word }),
        };
        if scope.is_empty() {
            return words;
        }
        Box::new(Filtered {
            filters: scope.to_vec(),
            query: words,
        })
    }

    /// What narrows every search: who may read what, and the request's filters (each a
    /// [`CachedFilter`] a document must match).
    fn scope(&self, request: &SearchRequest) -> Vec<CachedFilter> {
        let wanted = &request.filter;
        let filter =
            |keys: Vec<String>| CachedFilter::any_of(self.fields.keys, keys, self.filters.clone());
        let mut scope: Vec<CachedFilter> = self
            .access_keys(&request.scope)
            .into_iter()
            .map(filter)
            .collect();
        let mut set = |key: Key, values: Vec<String>| {
            if !values.is_empty() {
                scope.push(filter(values.iter().map(|v| key.text(v)).collect()));
            }
        };
        set(
            Key::Region,
            wanted.regions.iter().map(Uuid::to_string).collect(),
        );
        set(
            Key::OrganisationKind,
            wanted
                .organisation_kinds
                .iter()
                .map(|k| k.as_str().to_owned())
                .collect(),
        );
        set(
            Key::TargetGroup,
            wanted
                .target_groups
                .iter()
                .map(|g| g.as_str().to_owned())
                .collect(),
        );
        set(
            Key::Language,
            wanted
                .languages
                .iter()
                .map(|l| l.as_str().to_owned())
                .collect(),
        );
        set(
            Key::DocType,
            wanted
                .doc_types
                .iter()
                .map(|t| t.as_str().to_owned())
                .collect(),
        );
        set(
            Key::Status,
            wanted
                .statuses
                .iter()
                .map(|s| s.as_str().to_owned())
                .collect(),
        );
        scope
    }

    /// Whether a stem of `word` as typed matches a document the viewer may read within the
    /// filters (equivalents and compound parts do not count: a misspelt compound still has
    /// correct parts). Only what the viewer may read decides, so a document they may not read
    /// never changes how their query is understood.
    fn found_as_typed(
        &self,
        searcher: &tantivy::Searcher,
        word: &QueryWord,
        scope: &[CachedFilter],
    ) -> SearchResult<bool> {
        let f = &self.fields;
        let stems = [f.title_terms, f.body_terms].into_iter().flat_map(|field| {
            word.stems
                .iter()
                .map(move |s| Term::from_field_text(field, s))
        });
        let query = Filtered {
            filters: scope.to_vec(),
            query: any_term(stems),
        };
        let weight = query
            .weight(EnableScoring::disabled_from_searcher(searcher))
            .map_err(engine("search"))?;
        for reader in searcher.segment_readers() {
            let mut scorer = weight.scorer(reader, 1.0).map_err(engine("search"))?;
            let alive = reader.alive_bitset();
            let mut doc = scorer.doc();
            while doc != TERMINATED {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    return Ok(true);
                }
                doc = scorer.advance();
            }
        }
        Ok(false)
    }

    /// One query word: its stems (title boosted), its vocabulary equivalents and compound parts
    /// (worth less), typo-tolerant (when `word.typo`) and (for the last word) prefix matches of
    /// the word as typed.
    ///
    /// Alternatives of one kind are a disjunction-max, so a word with four stems or ten
    /// equivalents does not outweigh a word with one; a multi-word equivalent counts only when
    /// all its words match.
    fn word_query(&self, word: &QueryWord, words: &[QueryWord]) -> Box<dyn Query> {
        let f = &self.fields;
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut push = |query: Box<dyn Query>, boost: f32| {
            should.push((
                Occur::Should,
                Box::new(BoostQuery::new(query, boost)) as Box<dyn Query>,
            ));
        };
        let term = |field: Field, text: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, text),
                IndexRecordOption::WithFreqs,
            ))
        };
        let best_of = |queries: Vec<Box<dyn Query>>| -> Option<Box<dyn Query>> {
            match queries.len() {
                0 => None,
                1 => queries.into_iter().next(),
                _ => Some(Box::new(DisjunctionMaxQuery::with_tie_breaker(
                    queries,
                    TIE_BREAKER,
                ))),
            }
        };
        // An equivalent term: all its words in the field (their mean score), shared among the
        // query words that named its concept together (`vold i nære relasjoner` names it thrice).
        let all_of = |field: Field, stems: &[String]| -> Box<dyn Query> {
            let sharing = words
                .iter()
                .filter(|w| w.synonym_terms.iter().any(|t| t == stems))
                .count()
                .max(1);
            let query: Box<dyn Query> = if let [stem] = stems {
                term(field, stem)
            } else {
                Box::new(BooleanQuery::new(
                    stems
                        .iter()
                        .map(|s| (Occur::Must, term(field, s)))
                        .collect(),
                ))
            };
            Box::new(BoostQuery::new(query, 1.0 / (stems.len() * sharing) as f32))
        };
        for (field, boost) in [(f.title_terms, TITLE_BOOST), (f.body_terms, 1.0)] {
            if let Some(q) = best_of(word.stems.iter().map(|s| term(field, s)).collect()) {
                push(q, boost);
            }
            if let Some(q) = best_of(
                word.synonym_terms
                    .iter()
                    .map(|t| all_of(field, t))
                    .collect(),
            ) {
                push(q, boost * SYNONYM_BOOST);
            }
            if let Some(q) = best_of(word.parts.iter().map(|p| term(field, p)).collect()) {
                push(q, boost * PART_BOOST);
            }
        }
        let distance = typo_distance(&word.text);
        if word.typo && distance > 0 {
            // each automaton is built once, for both the title and the body
            let as_typed = Within::new(&word.text, distance);
            let stems: Vec<Arc<Within>> = word
                .stems
                .iter()
                .filter(|s| **s != word.text && typo_distance(s) > 0)
                .map(|s| Within::new(s, typo_distance(s)))
                .collect();
            let fuzzy = |field: Field, within: &Arc<Within>| -> Box<dyn Query> {
                Box::new(AutomatonQuery::new(field, within))
            };
            for (words_field, terms_field, boost) in [
                (f.title_words, f.title_terms, FUZZY_TITLE),
                (f.body_words, f.body_terms, FUZZY_BODY),
            ] {
                let mut alternatives = vec![fuzzy(words_field, &as_typed)];
                alternatives.extend(stems.iter().map(|s| fuzzy(terms_field, s)));
                if let Some(q) = best_of(alternatives) {
                    push(q, boost);
                }
            }
        }
        if word.is_last && word.text.chars().count() >= 2 {
            let starts = StartsWith::new(&word.text);
            let prefix =
                |field: Field| -> Box<dyn Query> { Box::new(AutomatonQuery::new(field, &starts)) };
            for (words_field, terms_field, boost) in [
                (f.title_words, f.title_terms, PREFIX_TITLE),
                (f.body_words, f.body_terms, PREFIX_BODY),
            ] {
                if let Some(q) = best_of(vec![prefix(words_field), prefix(terms_field)]) {
                    push(q, boost);
                }
            }
        }
        Box::new(BooleanQuery::new(should))
    }

    /// Who may read what: a document is readable with any of these keys (None for admins, who
    /// read everything).
    fn access_keys(&self, scope: &AccessScope) -> Option<Vec<String>> {
        if scope.admin {
            return None;
        }
        let mut keys = vec![Key::Access.text(PUBLIC)];
        if !scope.member_of.is_empty() {
            keys.push(Key::Access.text(MEMBERS));
        }
        for region in &scope.member_of {
            keys.push(Key::MemberOf.text(&region.to_string()));
        }
        for region in &scope.coordinator_of {
            keys.push(Key::CoordinatorOf.text(&region.to_string()));
        }
        if let Some(person) = scope.person {
            keys.push(Key::Person.text(&person.to_string()));
        }
        Some(keys)
    }

    /// Searches: a word found as typed among what the viewer may read is taken as typed; only
    /// a word found nowhere gets the typo allowance (whose automata cost more than the rest of
    /// the query).
    fn search(&self, request: &SearchRequest) -> SearchResult<SearchResponse> {
        let searcher = self.reader.searcher();
        let scope = self.scope(request);
        let mut words = analysis::analyze_query(&request.text, request.language);
        for word in &mut words {
            if word.typo && self.found_as_typed(&searcher, word, &scope)? {
                word.typo = false;
            }
        }
        let per_word: Vec<Box<dyn Query>> =
            words.iter().map(|w| self.word_query(w, &words)).collect();
        let query = self.query(per_word, &scope);
        let facets = FacetCollector {
            values: request.facets,
        };
        let (top, counts) = if request.limit == 0 {
            (
                Vec::new(),
                searcher.search(&query, &facets).map_err(engine("search"))?,
            )
        } else {
            let top = TopDocs::with_limit(request.limit).and_offset(request.offset);
            searcher
                .search(&query, &(top, facets))
                .map_err(engine("search"))?
        };
        let mut hits = Vec::with_capacity(top.len());
        let mut marker = Marker::new(&words);
        for (score, address) in top {
            hits.push(self.hit(&searcher, address, score, &mut marker)?);
        }
        Ok(SearchResponse {
            total: counts.total,
            facets: counts.facets(),
            hits,
        })
    }

    fn hit(
        &self,
        searcher: &tantivy::Searcher,
        address: DocAddress,
        score: Score,
        marker: &mut Marker<'_>,
    ) -> SearchResult<Hit> {
        let f = &self.fields;
        let doc: TantivyDocument = searcher.doc(address).map_err(engine("read a document"))?;
        let text = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned()
        };
        let language = Language::parse("language", &text(f.language)).unwrap_or(Language::Finnish);
        let body = text(f.body);
        Ok(Hit {
            id: text(f.id),
            entity_id: text(f.entity_id)
                .parse()
                .map_err(|err| SearchError::engine("read a document", err))?,
            doc_type: DocType::parse(&text(f.doc_type)).unwrap_or(DocType::Pathway),
            title: text(f.title),
            snippet: snippet(&body, language, marker),
            score,
        })
    }

    fn document_versions(&self) -> SearchResult<BTreeMap<String, i64>> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let mut versions = BTreeMap::new();
        for segment in searcher.segment_readers() {
            let store = segment
                .get_store_reader(16)
                .map_err(|err| SearchError::engine("read the document store", err))?;
            for doc_id in segment.doc_ids_alive() {
                let doc: TantivyDocument = store.get(doc_id).map_err(engine("read a document"))?;
                let id = doc
                    .get_first(f.id)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned();
                let version = doc
                    .get_first(f.version)
                    .and_then(|v| v.as_i64())
                    .unwrap_or_default();
                versions.insert(id, version);
            }
        }
        Ok(versions)
    }
}

/// Documents with any of `terms` (a disjunction of term queries: cheaper than a `TermSetQuery`,
/// which builds an automaton, for the handful of terms a scope or filter holds).
fn any_term(terms: impl IntoIterator<Item = Term>) -> Box<dyn Query> {
    let mut queries: Vec<(Occur, Box<dyn Query>)> = terms
        .into_iter()
        .map(|t| {
            let query: Box<dyn Query> = Box::new(TermQuery::new(t, IndexRecordOption::Basic));
            (Occur::Should, query)
        })
        .collect();
    if queries.len() == 1
        && let Some((_, query)) = queries.pop()
    {
        return query;
    }
    Box::new(BooleanQuery::new(queries))
}

#[async_trait::async_trait]
impl SearchIndex for TantivyIndex {
    async fn upsert(&self, documents: Vec<SearchDocument>) -> SearchResult<()> {
        self.with_writer("add documents", move |inner, writer| {
            for doc in &documents {
                writer.delete_term(inner.key(Key::Id, &doc.id));
                writer
                    .add_document(inner.document(doc))
                    .map_err(engine("add a document"))?;
            }
            Ok(())
        })
        .await
    }

    async fn delete_entities(&self, entity_ids: &[Uuid]) -> SearchResult<()> {
        let ids: Vec<String> = entity_ids.iter().map(Uuid::to_string).collect();
        self.with_writer("delete documents", move |inner, writer| {
            for id in &ids {
                writer.delete_term(inner.key(Key::Entity, id));
            }
            Ok(())
        })
        .await
    }

    async fn commit(&self) -> SearchResult<()> {
        self.with_writer("commit", |inner, writer| {
            writer.commit().map_err(engine("commit"))?;
            inner
                .reader
                .reload()
                .map_err(engine("reload the index reader"))
        })
        .await
    }

    async fn clear(&self) -> SearchResult<()> {
        self.with_writer("clear the index", |_, writer| {
            writer
                .delete_all_documents()
                .map_err(engine("clear the index"))?;
            Ok(())
        })
        .await
    }

    /// Merges every segment into one (waiting out merges the policy started after the last
    /// commits, which hold some of them). Each search builds its scorers once per segment: the
    /// six segments a 10k bulk load left cost a stem search a quarter of its CPU.
    async fn compact(&self) -> SearchResult<()> {
        self.with_writer("merge the index", |inner, writer| {
            let started = Instant::now();
            loop {
                let segments = writer
                    .index()
                    .searchable_segment_ids()
                    .map_err(engine("merge the index"))?;
                if segments.len() <= 1 {
                    break;
                }
                match writer.merge(&segments).wait() {
                    Ok(_) => break,
                    Err(_) if started.elapsed() < COMPACT_PATIENCE => {
                        std::thread::sleep(Duration::from_millis(20));
                    }
                    Err(err) => return Err(engine("merge the index")(err)),
                }
            }
            inner
                .reader
                .reload()
                .map_err(engine("reload the index reader"))
        })
        .await
    }

    async fn search(&self, request: &SearchRequest) -> SearchResult<SearchResponse> {
        let (inner, request) = (self.inner.clone(), request.clone());
        self.searches.run(move || inner.search(&request)).await?
    }

    async fn document_versions(&self) -> SearchResult<BTreeMap<String, i64>> {
        self.inner.document_versions()
    }

    fn name(&self) -> String {
        "tantivy".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_directory_opens_once_at_a_time_and_a_refused_open_wipes_nothing() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("index");
        let first = TantivyIndex::open(&path).expect("the first open");
        assert!(first.needs_rebuild(), "a new index asks to be filled");
        let files = |path: &Path| -> Vec<_> {
            let mut names: Vec<_> = std::fs::read_dir(path)
                .expect("the index directory")
                .map(|entry| entry.expect("an entry").file_name())
                .collect();
            names.sort();
            names
        };
        let before = files(&path);

        let second = TantivyIndex::open(&path)
            .err()
            .expect("a second open is refused");
        assert!(
            matches!(&second, SearchError::InUse { dir } if *dir == path),
            "{second}"
        );
        assert_eq!(
            files(&path),
            before,
            "the refused open left the files alone"
        );

        drop(first);
        let again = TantivyIndex::open(&path).expect("an open after the first closed");
        assert!(
            !again.needs_rebuild(),
            "the index was kept, not created anew"
        );
    }

    #[test]
    fn small_segments_merge_among_themselves_in_fours_and_leave_the_corpus_alone() {
        use tantivy::{index::SegmentId, indexer::MergePolicy};
        let index = Index::create_in_ram(schema().0);
        let segment = |docs: u32| index.new_segment_meta(SegmentId::generate_random(), docs);
        let policy = merge_policy();
        // a 10,000-document corpus and three commits of 25 documents: nothing to merge yet
        let mut segments = vec![segment(10_000), segment(25), segment(25), segment(25)];
        assert!(policy.compute_merge_candidates(&segments).is_empty());
        // the fourth small one merges the four, and only them
        segments.push(segment(25));
        let candidates = policy.compute_merge_candidates(&segments);
        let merged: Vec<Vec<SegmentId>> = candidates.into_iter().map(|c| c.0).collect();
        let small: Vec<SegmentId> = segments[1..].iter().map(|s| s.id()).collect();
        assert_eq!(merged.len(), 1, "{merged:?}");
        let mut chosen = merged[0].clone();
        chosen.sort();
        let mut expected = small;
        expected.sort();
        assert_eq!(chosen, expected);
        // eight small ones (tantivy's default level) still leave the corpus out
        segments.extend((0..4).map(|_| segment(25)));
        let candidates = policy.compute_merge_candidates(&segments);
        assert!(
            candidates.iter().all(|c| !c.0.contains(&segments[0].id())),
            "the corpus segment was chosen for a merge of commits"
        );
    }
}
