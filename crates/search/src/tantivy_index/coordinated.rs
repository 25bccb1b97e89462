//! [`CoordinatedQuery`]: the words of a query, each optional, scored by how many of them match.

use tantivy::{
    DocId, DocSet, Score, SegmentReader, TERMINATED, Term,
    query::{EnableScoring, Explanation, Query, Scorer, Weight},
};

/// The words of a query: a document matching any of them matches, scored by the sum of the
/// words' scores times the share of words it matches, so documents matching more words rank
/// higher and one word that matches nothing empties nothing.
#[derive(Debug)]
pub(super) struct CoordinatedQuery {
    pub(super) words: Vec<Box<dyn Query>>,
}

impl Clone for CoordinatedQuery {
    fn clone(&self) -> Self {
        Self {
            words: self.words.iter().map(|q| q.box_clone()).collect(),
        }
    }
}

impl Query for CoordinatedQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let weights = self
            .words
            .iter()
            .map(|q| q.weight(scoring))
            .collect::<tantivy::Result<Vec<_>>>()?;
        Ok(Box::new(CoordinatedWeight { weights }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for word in &self.words {
            word.query_terms(visitor);
        }
    }
}

struct CoordinatedWeight {
    weights: Vec<Box<dyn Weight>>,
}

impl Weight for CoordinatedWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut scorers = Vec::with_capacity(self.weights.len());
        for weight in &self.weights {
            let scorer = weight.scorer(reader, boost)?;
            if scorer.doc() != TERMINATED {
                scorers.push(scorer);
            }
        }
        let doc = scorers.iter().map(|s| s.doc()).min().unwrap_or(TERMINATED);
        Ok(Box::new(CoordinatedScorer {
            scorers,
            doc,
            words: self.weights.len().max(1),
        }))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )));
        }
        Ok(Explanation::new(
            "sum of the words' scores times the share of words matched",
            scorer.score(),
        ))
    }
}

/// The union of the words' scorers, in document order.
struct CoordinatedScorer {
    scorers: Vec<Box<dyn Scorer>>,
    doc: DocId,
    words: usize,
}

impl DocSet for CoordinatedScorer {
    fn advance(&mut self) -> DocId {
        let current = self.doc;
        let mut next = TERMINATED;
        for scorer in &mut self.scorers {
            if scorer.doc() == current {
                scorer.advance();
            }
            next = next.min(scorer.doc());
        }
        self.doc = next;
        next
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.scorers
            .iter()
            .map(|s| s.size_hint())
            .max()
            .unwrap_or(0)
    }
}

impl Scorer for CoordinatedScorer {
    fn score(&mut self) -> Score {
        let mut sum = 0.0;
        let mut matched = 0usize;
        for scorer in &mut self.scorers {
            if scorer.doc() == self.doc {
                sum += scorer.score();
                matched += 1;
            }
        }
        sum * matched as Score / self.words as Score
    }
}
