//! Typo-tolerant matches of a query word: the terms within a few edits of it (a transposition
//! counts as one), as an automaton for [`super::automaton::AutomatonQuery`].
//!
//! Tantivy's fuzzy query builds its own automaton for each field it is looked up in, and building
//! one (a two-edit automaton is about a megabyte of transitions) was a tenth of a rare word's
//! search at 100k pathways.

use std::sync::{Arc, OnceLock};

use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder, SINK_STATE};
use tantivy_fst::Automaton;

/// The largest edit distance an automaton is built for.
const MAX_DISTANCE: u8 = 2;

/// The terms within some edits of a word, as an automaton over a term's bytes.
pub(super) struct Within(DFA);

impl Within {
    /// The automaton of the terms within `distance` edits (at most two) of `word`.
    pub(super) fn new(word: &str, distance: u8) -> Arc<Self> {
        static BUILDERS: [OnceLock<LevenshteinAutomatonBuilder>; MAX_DISTANCE as usize + 1] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let distance = distance.min(MAX_DISTANCE);
        let builder = BUILDERS[usize::from(distance)]
            .get_or_init(|| LevenshteinAutomatonBuilder::new(distance, true));
        Arc::new(Self(builder.build_dfa(word)))
    }
}

impl std::fmt::Debug for Within {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Within")
    }
}

impl Automaton for Within {
    type State = u32;

    fn start(&self) -> u32 {
        self.0.initial_state()
    }

    fn is_match(&self, state: &u32) -> bool {
        matches!(self.0.distance(*state), Distance::Exact(_))
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != SINK_STATE
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        self.0.transition(*state, byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tantivy_index::automaton::accepts;

    fn matches(word: &str, distance: u8, term: &str) -> bool {
        accepts(Within::new(word, distance).as_ref(), term)
    }

    #[test]
    fn a_term_matches_within_the_distance_a_transposition_counting_one() {
        assert!(matches("vankila", 1, "vankila"));
        assert!(matches("vankila", 1, "vnakila"), "a transposition");
        assert!(matches("vankila", 1, "vankla"), "a deletion");
        assert!(matches("päihde", 1, "paihde"), "a substitution of a letter");
        assert!(!matches("vankila", 1, "vnakla"), "two edits");
        assert!(matches("hoitopolku", 2, "hoitoplku"));
        assert!(matches("hoitopolku", 2, "hiotopolk"));
        assert!(!matches("hoitopolku", 2, "hiotoplk"), "three edits");
    }
}
