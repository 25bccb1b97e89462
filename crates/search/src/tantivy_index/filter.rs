//! Filters (who may read what, and the request's filters) as per-segment bit sets that are kept
//! across searches.
//!
//! A filter is a handful of term queries whose union covers most of the index (everything a
//! member may read, say). Intersected with the words' scorer, that union was seeked once for
//! every document the words match. A segment never changes its documents (deletions live in its
//! own alive set, which the collectors check), so the union's documents are read into a bit set
//! once per segment and filter, and the searches after it seek that.

use std::{
    fmt,
    num::NonZeroUsize,
    sync::{Arc, Mutex},
};

use lru::LruCache;
use tantivy::{
    DocId, DocSet, Score, SegmentReader, TERMINATED, Term,
    index::SegmentId,
    query::{
        ConstScorer, EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight,
        intersect_scorers,
    },
    schema::Field,
};

/// Filters kept at once, over all segments: a few kilobytes each at 100,000 documents.
const CAPACITY: usize = 256;

/// The bit sets of the filters used lately, by segment and filter.
pub(super) struct FilterCache {
    sets: Mutex<LruCache<(SegmentId, Arc<str>), Bits>>,
}

impl FilterCache {
    pub(super) fn new() -> Self {
        Self {
            sets: Mutex::new(LruCache::new(
                NonZeroUsize::new(CAPACITY).unwrap_or(NonZeroUsize::MIN),
            )),
        }
    }

    fn get(&self, key: &(SegmentId, Arc<str>)) -> Option<Bits> {
        self.sets
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(key)
            .cloned()
    }

    fn put(&self, key: (SegmentId, Arc<str>), set: Bits) {
        self.sets
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .put(key, set);
    }
}

/// The documents with any of a few terms of one field, unscored, read from the cache when the
/// segment has been seen with the same filter.
pub(super) struct CachedFilter {
    /// The terms' texts, sorted, one per line: the cache key with the segment.
    key: Arc<str>,
    query: Box<dyn Query>,
    cache: Arc<FilterCache>,
}

impl CachedFilter {
    /// The documents whose `field` holds any of `texts`.
    pub(super) fn any_of(field: Field, mut texts: Vec<String>, cache: Arc<FilterCache>) -> Self {
        texts.sort_unstable();
        texts.dedup();
        Self {
            query: super::any_term(texts.iter().map(|t| Term::from_field_text(field, t))),
            key: texts.join("\n").into(),
            cache,
        }
    }
}

impl Clone for CachedFilter {
    fn clone(&self) -> Self {
        Self {
            key: self.key.clone(),
            query: self.query.box_clone(),
            cache: self.cache.clone(),
        }
    }
}

impl fmt::Debug for CachedFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Filter({})", self.key)
    }
}

impl CachedFilter {
    /// The filter's weight: its documents per segment, unscored.
    fn filter_weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<FilterWeight> {
        let unscored = match scoring {
            EnableScoring::Enabled { searcher, .. } => {
                EnableScoring::disabled_from_searcher(searcher)
            }
            disabled => disabled,
        };
        Ok(FilterWeight {
            key: self.key.clone(),
            cache: self.cache.clone(),
            weight: self.query.weight(unscored)?,
        })
    }
}

impl Query for CachedFilter {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.filter_weight(scoring)?))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a tantivy::Term, bool)) {
        self.query.query_terms(visitor);
    }
}

struct FilterWeight {
    key: Arc<str>,
    cache: Arc<FilterCache>,
    weight: Box<dyn Weight>,
}

impl FilterWeight {
    fn documents(&self, reader: &SegmentReader) -> tantivy::Result<Bits> {
        let key = (reader.segment_id(), self.key.clone());
        if let Some(set) = self.cache.get(&key) {
            return Ok(set);
        }
        let mut words = vec![0u64; (reader.max_doc() as usize).div_ceil(64)];
        let mut scorer = self.weight.scorer(reader, 1.0)?;
        let mut doc = scorer.doc();
        while doc != TERMINATED {
            words[doc as usize / 64] |= 1 << (doc % 64);
            doc = scorer.advance();
        }
        let set: Bits = words.into();
        self.cache.put(key, set.clone());
        Ok(set)
    }
}

impl Weight for FilterWeight {
    /// The filter's documents, each scored 0 (a filter never changes the order).
    fn scorer(&self, reader: &SegmentReader, _boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(ConstScorer::new(
            BitsDocSet::new(self.documents(reader)?),
            0.0,
        )))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let set = self.documents(reader)?;
        if contains(&set, doc) {
            Ok(Explanation::new("filter", 0.0))
        } else {
            Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} is not in the filter"
            )))
        }
    }
}

/// `query` within `filters` (each a [`CachedFilter`]): the documents all of them match, scored
/// by `query` alone. A segment where the filters keep nothing (fresh segments often hold only
/// drafts the viewer may not read) is passed over before `query` looks up a single term, which
/// is most of the cost of a small segment.
#[derive(Debug)]
pub(super) struct Filtered {
    pub(super) filters: Vec<CachedFilter>,
    pub(super) query: Box<dyn Query>,
}

impl Clone for Filtered {
    fn clone(&self) -> Self {
        Self {
            filters: self.filters.clone(),
            query: self.query.box_clone(),
        }
    }
}

impl Query for Filtered {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(FilteredWeight {
            filters: self
                .filters
                .iter()
                .map(|f| f.filter_weight(scoring))
                .collect::<tantivy::Result<_>>()?,
            query: self.query.weight(scoring)?,
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a tantivy::Term, bool)) {
        self.query.query_terms(visitor);
    }
}

struct FilteredWeight {
    filters: Vec<FilterWeight>,
    query: Box<dyn Weight>,
}

impl Weight for FilteredWeight {
    /// The filters' bit sets AND-ed, intersected with `query`'s scorer (built only when the
    /// filters keep something).
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut kept: Option<Bits> = None;
        for filter in &self.filters {
            let set = filter.documents(reader)?;
            kept = Some(match kept {
                None => set,
                Some(so_far) => so_far.iter().zip(set.iter()).map(|(a, b)| a & b).collect(),
            });
        }
        let Some(kept) = kept else {
            return self.query.scorer(reader, boost);
        };
        if kept.iter().all(|&w| w == 0) {
            return Ok(Box::new(EmptyScorer));
        }
        Ok(intersect_scorers(vec![
            Box::new(ConstScorer::new(BitsDocSet::new(kept), 0.0)),
            self.query.scorer(reader, boost)?,
        ]))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        for filter in &self.filters {
            filter.explain(reader, doc)?;
        }
        self.query.explain(reader, doc)
    }
}

/// Whether `doc` is in `set`.
fn contains(set: &[u64], doc: DocId) -> bool {
    set.get(doc as usize / 64)
        .is_some_and(|word| word & (1 << (doc % 64)) != 0)
}

/// A segment's documents as a bit set: bit `d % 64` of word `d / 64` is document `d`.
type Bits = Arc<[u64]>;

/// The documents of a shared bit set, in order.
struct BitsDocSet {
    words: Bits,
    /// The word `doc` is in.
    word: usize,
    /// That word's bits after `doc`.
    rest: u64,
    doc: DocId,
}

impl BitsDocSet {
    fn new(words: Bits) -> Self {
        let rest = words.first().copied().unwrap_or(0);
        let mut set = Self {
            words,
            word: 0,
            rest,
            doc: 0,
        };
        set.next_set_bit();
        set
    }

    /// Moves to the lowest bit of `rest`, or of the words after it.
    fn next_set_bit(&mut self) -> DocId {
        while self.rest == 0 {
            self.word += 1;
            match self.words.get(self.word) {
                Some(&bits) => self.rest = bits,
                None => {
                    self.word = self.words.len();
                    self.doc = TERMINATED;
                    return TERMINATED;
                }
            }
        }
        let bit = self.rest.trailing_zeros();
        self.rest &= self.rest - 1;
        self.doc = (self.word * 64) as DocId + bit;
        self.doc
    }
}

impl DocSet for BitsDocSet {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        self.next_set_bit()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if target <= self.doc {
            return self.doc;
        }
        let word = target as usize / 64;
        let Some(&bits) = self.words.get(word) else {
            self.word = self.words.len();
            self.doc = TERMINATED;
            return TERMINATED;
        };
        self.word = word;
        self.rest = bits & (u64::MAX << (target % 64));
        self.next_set_bit()
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.words.iter().map(|w| w.count_ones()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filter_is_known_by_its_terms_in_any_order() {
        let field =
            tantivy::schema::Schema::builder().add_text_field("keys", tantivy::schema::STRING);
        let cache = Arc::new(FilterCache::new());
        let filter = |texts: &[&str]| {
            let texts = texts.iter().map(|t| (*t).to_owned()).collect();
            CachedFilter::any_of(field, texts, cache.clone()).key
        };
        assert_eq!(
            filter(&["access:public", "member:r1", "access:public"]),
            filter(&["member:r1", "access:public"])
        );
        assert_ne!(filter(&["member:r1"]), filter(&["member:r2"]));
        assert_ne!(filter(&["member:r1", "member:r2"]), filter(&["member:r1"]));
    }

    fn docs(set: &mut BitsDocSet) -> Vec<DocId> {
        let mut out = Vec::new();
        let mut doc = set.doc();
        while doc != TERMINATED {
            out.push(doc);
            doc = set.advance();
        }
        out
    }

    fn bits(docs: &[DocId], max_doc: usize) -> Bits {
        let mut words = vec![0u64; max_doc.div_ceil(64)];
        for &d in docs {
            words[d as usize / 64] |= 1 << (d % 64);
        }
        words.into()
    }

    #[test]
    fn iterates_the_set_bits_in_order_across_words() {
        let wanted = [0, 1, 63, 64, 130, 191, 199];
        assert_eq!(docs(&mut BitsDocSet::new(bits(&wanted, 200))), wanted);
        assert_eq!(
            docs(&mut BitsDocSet::new(bits(&[], 200))),
            Vec::<DocId>::new()
        );
        assert_eq!(
            docs(&mut BitsDocSet::new(bits(&[], 0))),
            Vec::<DocId>::new()
        );
    }

    #[test]
    fn seeks_to_the_first_document_at_or_after_the_target() {
        let mut set = BitsDocSet::new(bits(&[3, 64, 130, 190], 200));
        assert_eq!(set.seek(2), 3);
        assert_eq!(set.seek(3), 3, "a target at the current document stays");
        assert_eq!(set.seek(65), 130);
        assert_eq!(set.advance(), 190);
        assert_eq!(set.seek(191), TERMINATED);
        assert_eq!(set.advance(), TERMINATED);
        let mut set = BitsDocSet::new(bits(&[5], 10));
        assert_eq!(set.seek(500), TERMINATED, "past the last word");
    }
}
