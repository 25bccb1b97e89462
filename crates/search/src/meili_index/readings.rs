//! The readings of a query: the Meilisearch queries one search runs, since Meilisearch cannot OR
//! the alternatives of a word (its stems in several languages, its compound parts, equivalents).

use std::collections::{BTreeMap, BTreeSet};

use verkosto_domain::Language;

use crate::{
    SearchRequest,
    analysis::{self, QueryWord},
    vocabulary,
};

/// The readings of a query, as `(query string, weight)` without repeats; empty when the text has
/// no words.
///
/// Meilisearch matches each query word against the indexed terms (with typos, the last word as a
/// prefix, and the vocabulary as synonyms) but cannot OR alternatives of one word, so the
/// alternatives become readings of their own: the stems in each candidate language; the words as
/// typed (for the original title and body); each word alone, so that a document matching any
/// word is found as with tantivy; each compound part; and each vocabulary equivalent the index's
/// synonyms do not reach. The partial readings are weighted down by the number of words, so a
/// document they alone find ranks like a partial match of the whole query.
pub(super) fn readings(request: &SearchRequest) -> Vec<(String, f64)> {
    let typed = analysis::analyze_query(&request.text, request.language);
    if typed.is_empty() {
        return Vec::new();
    }
    let mut readings: Vec<(String, f64)> = Vec::new();
    let mut push = |text: String, weight: f64| {
        if text.trim().is_empty() || weight <= 0.0 {
            return;
        }
        match readings.iter_mut().find(|(t, _)| *t == text) {
            Some((_, w)) => *w = w.max(weight),
            None => readings.push((text, weight)),
        }
    };
    let languages: Vec<Language> = request
        .language
        .map_or_else(|| analysis::LANGUAGES.to_vec(), |l| vec![l]);
    for language in languages {
        let words = analysis::analyze_query(&request.text, Some(language));
        let forms: Vec<&str> = words
            .iter()
            .map(|w| w.stems.first().map_or(w.text.as_str(), String::as_str))
            .collect();
        push(query_string(&forms, words.last()), 1.0);
    }
    let as_typed: Vec<&str> = typed.iter().map(|w| w.text.as_str()).collect();
    push(query_string(&as_typed, typed.last()), 1.0);
    let n = typed.len() as f64;
    if typed.len() > 1 {
        for word in &typed {
            for form in word.stems.iter().chain([&word.text]) {
                push(
                    query_string(&[form.as_str()], Some(word)),
                    SINGLE_WORD_WEIGHT / n,
                );
            }
        }
    }
    for word in &typed {
        for part in &word.parts {
            push(format!("{part} "), PART_WEIGHT / n);
        }
    }
    let query_forms: BTreeSet<&str> = typed
        .iter()
        .flat_map(|w| w.stems.iter().map(String::as_str).chain([w.text.as_str()]))
        .collect();
    let index_synonyms = index_synonyms();
    for word in &typed {
        for term in &word.synonym_terms {
            let form = term.join(" ");
            let covered = index_synonyms.iter().any(|(key, values)| {
                values.contains(&form) && key.split(' ').all(|k| query_forms.contains(k))
            });
            if covered {
                continue;
            }
            let sharing = typed
                .iter()
                .filter(|w| w.synonym_terms.contains(term))
                .count() as f64;
            push(format!("{form} "), SYNONYM_WEIGHT * sharing / n);
        }
    }
    readings
}

/// The weight of the readings that hold one word of an n-word query is this divided by n: a
/// document matching one word of two ranks like a half match of the whole query.
const SINGLE_WORD_WEIGHT: f64 = 0.9;

/// The weight of a compound part of a word as a reading of its own, divided by n.
const PART_WEIGHT: f64 = 0.5;

/// The weight of a vocabulary equivalent the index's synonyms do not reach (found through a
/// word's compound parts or its typo), times the share of the query words that named it.
const SYNONYM_WEIGHT: f64 = 0.5;

/// The query string of a reading whose last word is `last`: a trailing space turns Meilisearch's
/// prefix search off when that word is complete.
fn query_string(forms: &[&str], last: Option<&QueryWord>) -> String {
    let mut text = forms.join(" ");
    if last.is_some_and(|w| !w.is_last) {
        text.push(' ');
    }
    text
}

/// The index's synonyms (computed once).
pub(super) fn index_synonyms() -> &'static BTreeMap<String, Vec<String>> {
    static SYNONYMS: std::sync::OnceLock<BTreeMap<String, Vec<String>>> =
        std::sync::OnceLock::new();
    SYNONYMS.get_or_init(synonyms)
}

/// The vocabulary's equivalences as Meilisearch synonyms, in the analysed forms the documents'
/// term fields hold (`hoitopol` ↔ `vardkedj` ↔ `care pathway`).
fn synonyms() -> BTreeMap<String, Vec<String>> {
    let mut synonyms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for group in vocabulary::term_forms() {
        for form in group {
            let others = group
                .iter()
                .filter(|o| *o != form && !o.is_empty())
                .cloned();
            synonyms.entry(form.clone()).or_default().extend(others);
        }
    }
    synonyms
        .into_iter()
        .filter(|(k, v)| !k.is_empty() && !v.is_empty())
        .map(|(k, v)| (k, v.into_iter().collect()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn readings_of(text: &str, language: Option<Language>) -> Vec<(String, f64)> {
        readings(&SearchRequest {
            text: text.to_owned(),
            language,
            ..SearchRequest::default()
        })
    }

    #[test]
    fn a_query_reads_as_stems_as_typed_and_word_by_word() {
        let read = readings_of("vankilasta vapautuva", Some(Language::Finnish));
        let texts: Vec<&str> = read.iter().map(|(t, _)| t.as_str()).collect();
        let vankila = analysis::stem("vankilasta", Language::Finnish);
        let vapautuva = analysis::stem("vapautuva", Language::Finnish);
        assert_eq!(read[0], (format!("{vankila} {vapautuva}"), 1.0));
        assert!(texts.contains(&"vankilasta vapautuva"), "{texts:?}");
        // each word alone, the first one complete (no prefix), weighted down
        let alone = read.iter().find(|(t, _)| *t == format!("{vankila} "));
        assert_eq!(
            alone.map(|(_, w)| *w),
            Some(SINGLE_WORD_WEIGHT / 2.0),
            "{read:?}"
        );
        assert!(
            texts.contains(&vapautuva.as_str()),
            "the last word is a prefix: {texts:?}"
        );
        assert!(readings_of("  ", None).is_empty());
    }

    #[test]
    fn a_complete_last_word_is_no_prefix_and_languages_multiply_readings() {
        let read = readings_of("hoitopolkujen ", None);
        assert!(read.iter().all(|(t, _)| t.ends_with(' ')), "{read:?}");
        assert!(read.len() > 1, "stems in several languages: {read:?}");
        let texts: BTreeSet<&str> = read.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts.len(), read.len(), "no repeats");
    }

    #[test]
    fn equivalents_the_index_synonyms_reach_are_not_repeated() {
        // behandlingsforløp is a key of the index's synonyms: no extra reading for its equivalents
        let read = readings_of("behandlingsforløp", Some(Language::NorwegianBokmal));
        let hoitopolku = analysis::stem("hoitopolku", Language::Finnish);
        assert!(
            !read.iter().any(|(t, _)| t.contains(&hoitopolku)),
            "{read:?}"
        );
        assert!(
            read.iter()
                .any(|(t, w)| t == "behandling " && *w == PART_WEIGHT),
            "{read:?}"
        );
        let synonyms = index_synonyms();
        let key = analysis::stem("behandlingsforløp", Language::NorwegianBokmal);
        assert!(
            synonyms.get(&key).is_some_and(|v| v.contains(&hoitopolku)),
            "{key}: {:?}",
            synonyms.get(&key)
        );
    }
}
