//! Prefix matches of the last query word (search as you type): the terms that begin with the
//! word, as an automaton for [`super::automaton::AutomatonQuery`].
//!
//! Tantivy's own prefix query is a Levenshtein automaton of distance 0, built afresh for every
//! query word (a tenth of a rare word's search went to building it); a prefix needs no building.

use std::sync::Arc;

use tantivy_fst::Automaton;

/// Terms that begin with these bytes.
#[derive(Debug)]
pub(super) struct StartsWith(Box<[u8]>);

impl StartsWith {
    /// The automaton of the terms that begin with `prefix`.
    pub(super) fn new(prefix: &str) -> Arc<Self> {
        Arc::new(Self(prefix.as_bytes().into()))
    }
}

impl Automaton for StartsWith {
    /// How many bytes of the prefix the term has matched so far; None once one differed.
    type State = Option<usize>;

    fn start(&self) -> Option<usize> {
        Some(0)
    }

    fn is_match(&self, state: &Option<usize>) -> bool {
        *state == Some(self.0.len())
    }

    fn can_match(&self, state: &Option<usize>) -> bool {
        state.is_some()
    }

    fn will_always_match(&self, state: &Option<usize>) -> bool {
        self.is_match(state)
    }

    fn accept(&self, state: &Option<usize>, byte: u8) -> Option<usize> {
        match *state {
            Some(matched) if matched == self.0.len() => Some(matched),
            Some(matched) if self.0[matched] == byte => Some(matched + 1),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tantivy_index::automaton::accepts;

    fn matches(prefix: &str, term: &str) -> bool {
        accepts(StartsWith::new(prefix).as_ref(), term)
    }

    #[test]
    fn a_term_matches_when_it_begins_with_the_prefix() {
        assert!(matches("hoito", "hoito"));
        assert!(matches("hoito", "hoitopolku"));
        assert!(matches("päih", "päihde"));
        assert!(!matches("hoito", "hoit"));
        assert!(!matches("hoito", "ahoito"));
        assert!(!matches("päih", "paihde"));
    }
}
