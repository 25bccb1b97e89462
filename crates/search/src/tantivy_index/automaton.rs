//! The documents with a term of a field that an automaton accepts, each scored alike: the shape
//! of the prefix ([`super::prefix`]) and typo ([`super::typo`]) matches of query words.
//!
//! The automaton is built once per query word and shared by every field it is looked up in.

use std::{fmt::Debug, sync::Arc};

use tantivy::{
    query::{AutomatonWeight, EnableScoring, Query, Weight},
    schema::Field,
};
use tantivy_fst::Automaton;

/// The documents with a term of `field` that the automaton accepts; constant score.
#[derive(Debug)]
pub(super) struct AutomatonQuery<A> {
    field: Field,
    automaton: Arc<A>,
}

impl<A> AutomatonQuery<A> {
    pub(super) fn new(field: Field, automaton: &Arc<A>) -> Self {
        Self {
            field,
            automaton: automaton.clone(),
        }
    }
}

// Not derived: the automaton itself need not be `Clone`, only its `Arc`.
impl<A> Clone for AutomatonQuery<A> {
    fn clone(&self) -> Self {
        Self::new(self.field, &self.automaton)
    }
}

impl<A> Query for AutomatonQuery<A>
where
    A: Automaton + Debug + Send + Sync + 'static,
    A::State: Clone,
{
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(AutomatonWeight::<A>::new(
            self.field,
            self.automaton.clone(),
        )))
    }
}

/// Whether `automaton` accepts the whole of `term`, read as the term dictionary reads it.
#[cfg(test)]
pub(super) fn accepts<A: Automaton>(automaton: &A, term: &str) -> bool {
    let mut state = automaton.start();
    for &byte in term.as_bytes() {
        if !automaton.can_match(&state) {
            return false;
        }
        state = automaton.accept(&state, byte);
    }
    automaton.is_match(&state)
}
