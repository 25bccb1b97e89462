//! Prefix matches of the last query word (search as you type): the terms of a field that begin
//! with the word, each document that has one scored alike.
//!
//! Tantivy's own prefix query is a Levenshtein automaton of distance 0, built afresh for every
//! query word (a tenth of a rare word's search went to building it); a prefix needs no building.

use std::sync::Arc;

use tantivy::{
    query::{AutomatonWeight, EnableScoring, Query, Weight},
    schema::Field,
};
use tantivy_fst::Automaton;

/// The documents with a term of `field` that begins with the prefix; constant score.
#[derive(Clone, Debug)]
pub(super) struct PrefixQuery {
    field: Field,
    prefix: Arc<StartsWith>,
}

impl PrefixQuery {
    pub(super) fn new(field: Field, prefix: &str) -> Self {
        Self {
            field,
            prefix: Arc::new(StartsWith(prefix.as_bytes().into())),
        }
    }
}

impl Query for PrefixQuery {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(AutomatonWeight::<StartsWith>::new(
            self.field,
            self.prefix.clone(),
        )))
    }
}

/// Terms that begin with these bytes.
#[derive(Debug)]
struct StartsWith(Box<[u8]>);

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

    fn matches(prefix: &str, term: &str) -> bool {
        let automaton = StartsWith(prefix.as_bytes().into());
        let mut state = automaton.start();
        for &byte in term.as_bytes() {
            if !automaton.can_match(&state) {
                return false;
            }
            state = automaton.accept(&state, byte);
        }
        automaton.is_match(&state)
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
