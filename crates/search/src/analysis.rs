//! Language analysis shared by every engine: folding, words, stems, compound parts and queries.
//!
//! Stems are Snowball stems (rust-stemmers) corrected by the field lexicon and, for Finnish, by a
//! light normaliser that strips final vowels and undoes consonant gradation, so that
//! `hoitopolku`, `hoitopolkujen`, `hoitopolun` and `hoitopolusta` all stem to `hoitopol`. Every
//! stem is folded (`ä` → `a`). Documents are indexed with [`index_terms`]; queries are analysed
//! with [`analyze_query`], which adds the multilingual vocabulary's equivalents
//! ([`crate::vocabulary`]).
//!
//! Any change to what these functions return changes the index: bump [`ANALYSIS_VERSION`].

use std::sync::{Arc, Mutex, OnceLock};

use rust_stemmers::{Algorithm, Stemmer};
use verkosto_domain::Language;

mod compounds;

use self::compounds::{Part, lex};
use crate::vocabulary;

/// The version of the analysis; an index built with another version must be rebuilt.
pub const ANALYSIS_VERSION: u32 = 2;

/// The four languages, in the order stems are tried when a query's language is unknown.
pub const LANGUAGES: [Language; 4] = [
    Language::Finnish,
    Language::Swedish,
    Language::NorwegianBokmal,
    Language::English,
];

/// Lower-cases and folds diacritics for matching: ä→a, ö→o, å→a, æ→ae, ø→o, é→e, ü→u.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// Appends the folded form of `word` (as [`fold`] gives it) to `out`.
pub fn fold_into(word: &str, out: &mut String) {
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for c in c.to_lowercase() {
            match c {
                'ä' | 'å' | 'á' | 'à' | 'â' | 'ã' => out.push('a'),
                'æ' => out.push_str("ae"),
                'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' => out.push('o'),
                'é' | 'è' | 'ê' | 'ë' => out.push('e'),
                'ü' | 'ú' | 'ù' | 'û' => out.push('u'),
                'í' | 'ì' | 'î' | 'ï' => out.push('i'),
                'ý' | 'ÿ' => out.push('y'),
                'ç' => out.push('c'),
                'ñ' => out.push('n'),
                'š' => out.push('s'),
                'ž' => out.push('z'),
                'ð' => out.push('d'),
                'þ' => out.push_str("th"),
                'ß' => out.push_str("ss"),
                // combining diacritical marks of decomposed text
                '\u{300}'..='\u{36f}' => {}
                other => out.push(other),
            }
        }
    }
}

/// Words of `text`: split on anything not alphanumeric, lower-cased (not folded), in order.
pub fn words(text: &str) -> Vec<String> {
    lower_words(text).collect()
}

fn lower_words(text: &str) -> impl Iterator<Item = String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Snowball stem of one lower-cased word in `language` (rust-stemmers Finnish/Swedish/Norwegian/English), then folded.
///
/// Domain words of the field lexicon are recognised first (Snowball stems `poliisi` to `poli`
/// and `menighet` to `men`); Finnish stems are then normalised (final vowels, consonant
/// gradation, `-minen`/`-va` derivations) so inflected forms meet their base form.
pub fn stem(word: &str, language: Language) -> String {
    let lower = word.to_lowercase();
    cache().stem(language, &lower)
}

/// Parts of a compound word (folded), found with the field lexicon; empty when not a known compound.
///
/// E.g. "lähisuhdeväkivalta" → ["lahisuhde", "vakivalta"], "yhdyskuntaseuraamustoimisto" →
/// ["yhdyskunta", "seuraamus", "toimisto"]. Finnish-first but works for sv/nb compounds present
/// in the lexicon (`vårdkedjan` → ["vard", "kedja"]). The last part may be inflected
/// (`hoitopolun` → ["hoito", "polku"]); parts are returned in their base form.
pub fn compound_parts(word: &str) -> Vec<String> {
    split_compound(word).into_iter().map(|p| p.base).collect()
}

fn split_compound(word: &str) -> Vec<Part> {
    let folded = fold(word);
    [
        Language::Finnish,
        Language::Swedish,
        Language::NorwegianBokmal,
    ]
    .into_iter()
    .find_map(|language| lex().split(&folded, language))
    .unwrap_or_default()
}

/// The terms to index for text in `language`: for each word its folded stem, plus the stems of its compound parts.
///
/// Stop words of the language are left out. Parts of parts and runs of adjacent parts are
/// included too (`vertaistukiryhmä` gives the stems of `vertaistukiryhmä`, `vertais`, `tuki`,
/// `ryhmä`, `vertaistuki` and `tukiryhmä`).
pub fn index_terms(text: &str, language: Language) -> Vec<String> {
    let mut terms = Vec::new();
    for word in terms_per_word(text, language) {
        terms.extend(word.iter().cloned());
    }
    terms
}

/// Whether any of the terms [`index_terms`] gives for `text` is `wanted`, without copying them
/// (the snippets of a search ask this of every word of every hit).
pub fn has_index_term(text: &str, language: Language, wanted: impl Fn(&str) -> bool) -> bool {
    terms_per_word(text, language).any(|terms| terms.iter().any(|term| wanted(term)))
}

/// The memoised terms of each word of `text` that is not a stop word of `language`.
fn terms_per_word(text: &str, language: Language) -> impl Iterator<Item = Arc<[String]>> {
    lower_words(text)
        .filter(move |word| !is_stopword(word, Some(language)))
        .map(move |word| cache().word_terms(language, &word))
}

/// One word of a query, analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    /// The folded word as typed.
    pub text: String,
    /// Folded stems in the query language, or in all four when unknown, deduplicated.
    pub stems: Vec<String>,
    /// Folded stems of vocabulary equivalents in all four languages (not repeating `stems`).
    pub synonyms: Vec<String>,
    /// Prefix-match this one: it is the last word and the text does not end after it.
    pub is_last: bool,
    /// The vocabulary equivalents term by term, each as the folded stems of its words
    /// (`["vold", "naer", "relasjon"]`); `synonyms` is their union. A multi-word equivalent is
    /// best matched only when all its words are.
    pub synonym_terms: Vec<Vec<String>>,
    /// Folded stems of the word's compound parts (`rusbehandling` → `rus`, `behandling`), not
    /// repeating `stems`; worth less than the word itself.
    pub parts: Vec<String>,
    /// Whether words within the typo allowance of `text` match too: the word is long enough
    /// (see [`typo_distance`]); an engine may turn it off for a word found as typed.
    pub typo: bool,
}

/// Analyses a query; `language` None = try fi, sv, nb and en stems.
///
/// Stop words are dropped unless the query has nothing else (or the last word is being typed);
/// a text that ends in a space or punctuation has no prefix word. A word that names no concept
/// of the vocabulary itself is looked up by its compound parts, and then with a typo allowance
/// (1 edit from 5 letters, 2 from 9) among single-word terms.
pub fn analyze_query(text: &str, language: Option<Language>) -> Vec<QueryWord> {
    let all = words(text);
    let typing = text.chars().last().is_some_and(char::is_alphanumeric);
    let count = all.len();
    let mut kept: Vec<(usize, &String)> = all
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            !is_stopword(w, language) || (*i + 1 == count && typing && w.chars().count() >= 2)
        })
        .collect();
    if kept.is_empty() {
        kept = all.iter().enumerate().collect();
    }
    let languages: Vec<Language> = language.map_or_else(|| LANGUAGES.to_vec(), |l| vec![l]);
    let mut query: Vec<QueryWord> = kept
        .iter()
        .map(|(i, word)| {
            let mut stems: Vec<String> = Vec::new();
            let mut parts: Vec<String> = Vec::new();
            let word_parts = compound_parts(word);
            for language in &languages {
                push_new(&mut stems, stem(word, *language));
                for part in &word_parts {
                    push_new(&mut parts, stem(part, *language));
                }
            }
            parts.retain(|p| !stems.contains(p));
            let text = fold(word);
            QueryWord {
                typo: typo_distance(&text) > 0,
                text,
                stems,
                synonyms: Vec::new(),
                is_last: *i + 1 == count && typing,
                synonym_terms: Vec::new(),
                parts,
            }
        })
        .collect();
    let keys: Vec<Vec<&str>> = query
        .iter()
        .map(|w| {
            let mut keys: Vec<&str> = w.stems.iter().map(String::as_str).collect();
            keys.push(&w.text);
            keys
        })
        .collect();
    let mut concepts: Vec<Vec<usize>> = vec![Vec::new(); query.len()];
    for (concept, matched_words) in vocabulary::find_concepts(&keys) {
        for word in matched_words {
            concepts[word].push(concept);
        }
    }
    for (word, found) in query.iter().zip(&mut concepts) {
        if !found.is_empty() {
            continue;
        }
        let part_keys: Vec<Vec<&str>> = word.parts.iter().map(|p| vec![p.as_str()]).collect();
        for (concept, _) in vocabulary::find_concepts(&part_keys) {
            found.push(concept);
        }
        if found.is_empty() {
            found.extend(vocabulary::concepts_near(&word.text));
        }
    }
    let all_stems: Vec<String> = query.iter().flat_map(|w| w.stems.clone()).collect();
    for (word, found) in query.iter_mut().zip(concepts) {
        for concept in found {
            for term in vocabulary::concept_terms(concept) {
                if term.iter().all(|s| all_stems.contains(s)) || word.synonym_terms.contains(term) {
                    continue;
                }
                word.synonym_terms.push(term.clone());
                for stem in term {
                    if !word.stems.contains(stem) && !word.synonyms.contains(stem) {
                        word.synonyms.push(stem.clone());
                    }
                }
            }
        }
    }
    query
}

fn push_new(values: &mut Vec<String>, value: String) {
    if !values.contains(&value) {
        values.push(value);
    }
}

/// The typo allowance of a word as typed: 1 edit from 5 letters, 2 from 9, none below 5.
pub fn typo_distance(word: &str) -> u8 {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Edit distance (insertions, deletions, substitutions and adjacent transpositions), capped at 3.
pub fn edit_distance(a: &str, b: &str) -> usize {
    if a.chars().count().abs_diff(b.chars().count()) > 2 {
        return 3;
    }
    strsim::osa_distance(a, b).min(3)
}

/// The vocabulary's concepts as groups of equivalent analysed terms: each term is its words'
/// stems (as [`index_terms`] gives them) joined by a space, e.g. `"hoitopol"`, `"vold naer relasjon"`.
pub fn synonym_groups() -> &'static [Vec<String>] {
    vocabulary::term_forms()
}

/// Whether `word` (lower-cased) is a stop word of `language`, or of any of the four when `None`.
pub fn is_stopword(word: &str, language: Option<Language>) -> bool {
    let list = |language: Language| -> &'static [&'static str] {
        match language {
            Language::Finnish => FINNISH_STOPWORDS,
            Language::Swedish => SWEDISH_STOPWORDS,
            Language::NorwegianBokmal => NORWEGIAN_STOPWORDS,
            Language::English => ENGLISH_STOPWORDS,
        }
    };
    match language {
        Some(language) => list(language).contains(&word),
        None => LANGUAGES.iter().any(|l| list(*l).contains(&word)),
    }
}

const FINNISH_STOPWORDS: &[&str] = &[
    "ja", "tai", "sekä", "on", "ovat", "oli", "ei", "se", "ne", "että", "kun", "jos", "kuin",
    "mutta", "myös", "tämä", "nämä", "joka", "jotka", "mikä", "sen", "niiden", "hän", "he", "me",
    "te", "jo", "vain", "niin", "kanssa", "sitä", "siitä", "joita", "jonka", "voi", "olla", "ole",
    "eli",
];
const SWEDISH_STOPWORDS: &[&str] = &[
    "och", "i", "på", "för", "av", "med", "till", "en", "ett", "att", "som", "det", "den", "de",
    "är", "om", "eller", "men", "från", "har", "vid", "så", "sig", "inte", "kan", "där", "efter",
];
const NORWEGIAN_STOPWORDS: &[&str] = &[
    "og", "i", "på", "for", "av", "med", "til", "en", "et", "ei", "å", "som", "det", "den", "de",
    "er", "om", "eller", "men", "fra", "har", "ved", "så", "seg", "ikke", "kan", "der", "etter",
];
const ENGLISH_STOPWORDS: &[&str] = &[
    "the", "a", "an", "of", "in", "for", "to", "and", "or", "with", "on", "at", "by", "is", "are",
    "be", "from", "as", "that", "this", "it", "who", "their", "after",
];

fn algorithm(language: Language) -> Algorithm {
    match language {
        Language::Finnish => Algorithm::Finnish,
        Language::Swedish => Algorithm::Swedish,
        Language::NorwegianBokmal => Algorithm::Norwegian,
        Language::English => Algorithm::English,
    }
}

fn snowball(language: Language, lower: &str) -> String {
    Stemmer::create(algorithm(language))
        .stem(lower)
        .into_owned()
}

const VOWELS: &[char] = &['a', 'e', 'i', 'o', 'u', 'y'];

fn is_vowel(c: char) -> bool {
    VOWELS.contains(&c)
}

/// Normalises a folded Finnish stem: derivations, final vowels and consonant gradation.
fn normalise_finnish(stem: &str) -> String {
    let mut w: Vec<char> = stem.chars().collect();
    let ends = |w: &[char], suffix: &str| -> bool {
        let s: Vec<char> = suffix.chars().collect();
        w.len() >= s.len() && w[w.len() - s.len()..] == s[..]
    };
    // verbal nouns (-minen, -mis-) and the past participle (-tunut, -tune-) → the verb stem
    if ends(&w, "minen") && w.len() >= 9 {
        w.truncate(w.len() - 5);
    } else if (ends(&w, "mis") || ends(&w, "min")) && w.len() >= 7 {
        w.truncate(w.len() - 3);
    } else if (ends(&w, "tunu") || ends(&w, "tyny")) && w.len() >= 7 {
        w.truncate(w.len() - 2);
    } else if (ends(&w, "tun") || ends(&w, "tyn")) && w.len() >= 7 {
        w.truncate(w.len() - 1);
    } else if ends(&w, "nen") && w.len() >= 6 {
        // -nen nouns and adjectives: the inflected stem has -s- (ihminen → ihmisen)
        w.truncate(w.len() - 3);
        w.push('s');
    }
    strip_final_vowels(&mut w);
    // present participle -va/-vä
    if w.len() >= 5 && w.last() == Some(&'v') && w.get(w.len() - 2).is_some_and(|c| is_vowel(*c)) {
        w.pop();
        strip_final_vowels(&mut w);
    }
    let n = w.len();
    if n >= 4 {
        let (a, b) = (w[n - 2], w[n - 1]);
        let replacement: Option<&[char]> = match (a, b) {
            // -us/-uksen, -os/-oksen; -sten genitive plurals; -in/-imen, -nen adjectives
            ('k', 's') | ('s', 't') | ('i', 'n') | ('i', 'm') => Some(match (a, b) {
                ('i', 'n') | ('i', 'm') => &['i', 's'],
                _ => &['s'],
            }),
            // -uus/-uuden, -eys/-eyden
            ('u', 'd') => Some(&['u', 's']),
            ('y', 'd') => Some(&['y', 's']),
            // consonant gradation
            ('k', 'k') | ('l', 'k') | ('r', 'k') | ('n', 'k') | ('h', 'k') => Some(&[a]),
            ('n', 'g') => Some(&['n']),
            ('p', 'p') | ('m', 'p') | ('l', 'p') | ('r', 'p') => Some(&[a]),
            ('l', 'v') | ('r', 'v') | ('h', 'j') | ('l', 'j') | ('r', 'j') => Some(&[a]),
            ('t', 't') | ('l', 't') | ('n', 't') | ('r', 't') | ('h', 't') | ('h', 'd') => {
                Some(&[a])
            }
            ('l', 'l') | ('n', 'n') | ('r', 'r') | ('m', 'm') | ('s', 's') => Some(&[a]),
            (v, 'd') if is_vowel(v) => Some(&[v, 't']),
            _ => None,
        };
        if let Some(replacement) = replacement {
            w.truncate(n - 2);
            w.extend_from_slice(replacement);
        }
    }
    w.into_iter().collect()
}

fn strip_final_vowels(w: &mut Vec<char>) {
    while w.len() > 3 && w.last().is_some_and(|c| is_vowel(*c)) {
        w.pop();
    }
}

/// The key of a Swedish or Norwegian base form: its Snowball stem, or the base without its final
/// vowel where Snowball takes too much (`fängelse` → `fäng`, `menighet` → `men`).
fn scandinavian_key(base: &str, language: Language) -> String {
    let stem = fold(&snowball(language, base));
    let (base_len, stem_len) = (base.chars().count(), stem.chars().count());
    if stem_len < 4 || base_len - stem_len.min(base_len) > 3 {
        let mut w: Vec<char> = base.chars().collect();
        if w.len() > 4 && w.last().is_some_and(|c| is_vowel(*c)) {
            w.pop();
        }
        w.into_iter().collect()
    } else {
        stem
    }
}

fn stem_uncached(lower: &str, language: Language) -> String {
    let folded = fold(lower);
    if folded.chars().count() < 3 || folded.chars().any(|c| c.is_ascii_digit()) {
        return folded;
    }
    let lexicon = lex();
    match language {
        Language::Finnish => {
            if let Some(base) = lexicon.irregular(&folded, language) {
                return normalise_finnish(&base);
            }
            if let Some(base) = lexicon.recognise_finnish(&folded) {
                return normalise_finnish(&base);
            }
            normalise_finnish(&fold(&snowball(language, lower)))
        }
        Language::Swedish | Language::NorwegianBokmal => {
            if let Some(base) = lexicon.recognise_scandinavian(&folded, language) {
                return scandinavian_key(&base, language);
            }
            fold(&snowball(language, lower))
        }
        Language::English => {
            let base = lexicon
                .irregular(&folded, language)
                .unwrap_or_else(|| lower.to_owned());
            fold(&snowball(language, &base))
        }
    }
}

/// Index terms of one word (not a stop word): its stem and its compound parts' stems.
fn word_terms_uncached(word: &str, language: Language) -> Vec<String> {
    let stem = stem(word, language);
    let mut terms = vec![stem.clone()];
    let push = |term: String, terms: &mut Vec<String>| {
        if !terms.contains(&term) {
            terms.push(term);
        }
    };
    let parts = split_compound(word);
    for part in &parts {
        push(self::stem(&part.base, language), &mut terms);
        for sub in compound_parts(&part.base) {
            push(self::stem(&sub, language), &mut terms);
        }
    }
    // runs of adjacent parts as written: vertais|tuki|ryhmä also holds vertaistuki and tukiryhmä
    for len in 2..parts.len() {
        for run in parts.windows(len) {
            let text: String = run.iter().map(|p| p.surface.as_str()).collect();
            push(self::stem(&text, language), &mut terms);
        }
    }
    terms
}

/// Memoised stems and word terms (analysis is pure; indexing sees the same words again and again,
/// and so do the snippets of every search), a map per language so that a word is looked up
/// without building a key.
struct Cache {
    stems: [Mutex<foldhash::HashMap<String, String>>; 4],
    terms: [Mutex<foldhash::HashMap<String, Arc<[String]>>>; 4],
}

const CACHE_LIMIT: usize = 50_000;

impl Cache {
    fn slot(language: Language) -> usize {
        match language {
            Language::Finnish => 0,
            Language::Swedish => 1,
            Language::NorwegianBokmal => 2,
            Language::English => 3,
        }
    }

    fn stem(&self, language: Language, lower: &str) -> String {
        memoised(&self.stems[Self::slot(language)], lower, || {
            stem_uncached(lower, language)
        })
    }

    fn word_terms(&self, language: Language, lower: &str) -> Arc<[String]> {
        memoised(&self.terms[Self::slot(language)], lower, || {
            word_terms_uncached(lower, language).into()
        })
    }
}

/// `map[key]`, computed by `compute` (outside the lock) the first time.
fn memoised<T: Clone>(
    map: &Mutex<foldhash::HashMap<String, T>>,
    key: &str,
    compute: impl FnOnce() -> T,
) -> T {
    let lock = || {
        map.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    };
    if let Some(hit) = lock().get(key) {
        return hit.clone();
    }
    let value = compute();
    let mut map = lock();
    if map.len() >= CACHE_LIMIT {
        map.clear();
    }
    map.insert(key.to_owned(), value.clone());
    value
}

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(|| Cache {
        stems: Default::default(),
        terms: Default::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fi(word: &str) -> String {
        stem(word, Language::Finnish)
    }

    #[test]
    fn folding_removes_nordic_diacritics() {
        assert_eq!(fold("Päihde"), "paihde");
        assert_eq!(fold("Överlåtelse"), "overlatelse");
        assert_eq!(fold("Særskilt støtte"), "saerskilt stotte");
        assert_eq!(fold("Café Müller"), "cafe muller");
    }

    #[test]
    fn words_split_on_punctuation_and_lowercase() {
        assert_eq!(
            words("Lähisuhde-väkivalta, ja VANKILA!"),
            vec!["lähisuhde", "väkivalta", "ja", "vankila"]
        );
    }

    #[test]
    fn finnish_inflections_of_a_pathway_meet() {
        let base = fi("hoitopolku");
        for form in [
            "hoitopolkujen",
            "hoitopolun",
            "hoitopolusta",
            "hoitopolut",
            "hoitopolkuun",
        ] {
            assert_eq!(fi(form), base, "{form}");
        }
    }

    #[test]
    fn finnish_inflections_meet() {
        let groups: &[&[&str]] = &[
            &[
                "väkivalta",
                "väkivallan",
                "väkivaltaa",
                "väkivaltaan",
                "väkivallasta",
            ],
            &[
                "lähisuhdeväkivalta",
                "lähisuhdeväkivallan",
                "lähisuhdeväkivallasta",
            ],
            &["vankila", "vankilasta", "vankilaan", "vankiloissa"],
            &[
                "vapautuminen",
                "vapautuva",
                "vapautuvan",
                "vapautumisen",
                "vapautumisesta",
                "vapautunut",
            ],
            &["päihde", "päihteet", "päihteiden", "paihde", "päihteitä"],
            &["seuraamus", "seuraamuksen", "seuraamukset"],
            &["poliisi", "poliisin", "poliisille"],
            &["lapsi", "lapset", "lasten", "lapsille", "lapsia"],
            &["nuori", "nuoret", "nuorten", "nuorille"],
            &["rikos", "rikoksen", "rikokset", "rikosten"],
            &["turvakoti", "turvakodin", "turvakotiin"],
            &["tuki", "tuen", "tukea"],
            &["vertaistuki", "vertaistuen", "vertaistukea"],
            &["terapia", "terapiaan", "terapiassa"],
            &["kunta", "kunnan", "kunnat"],
            &["omainen", "omaisten", "omaisille"],
            &["kiinnostus", "kiinnostusta", "kiinnostuksen"],
            &["mielenterveys", "mielenterveyden"],
            &["lähete", "lähetteen", "lähetteet"],
            &[
                "yhdyskuntaseuraamustoimisto",
                "yhdyskuntaseuraamustoimistoon",
                "yhdyskuntaseuraamustoimiston",
            ],
        ];
        for group in groups {
            let base = fi(group[0]);
            for form in &group[1..] {
                assert_eq!(fi(form), base, "{form} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn scandinavian_inflections_meet() {
        let sv = |w| stem(w, Language::Swedish);
        let nb = |w| stem(w, Language::NorwegianBokmal);
        assert_eq!(sv("vårdkedjan"), sv("vårdkedja"));
        assert_eq!(sv("vårdkedjor"), sv("vårdkedja"));
        assert_eq!(sv("fängelset"), sv("fängelse"));
        assert_eq!(sv("fängelser"), sv("fängelse"));
        assert_eq!(nb("menigheten"), nb("menighet"));
        assert_ne!(nb("menighet"), nb("men"));
        assert_eq!(nb("krisesenteret"), nb("krisesenter"));
        assert_eq!(nb("pasientforløpet"), nb("pasientforløp"));
        assert_eq!(nb("løslatelsen"), nb("løslatelse"));
    }

    #[test]
    fn compounds_split_into_lexicon_parts() {
        assert_eq!(
            compound_parts("lähisuhdeväkivalta"),
            vec!["lahisuhde", "vakivalta"]
        );
        assert_eq!(
            compound_parts("yhdyskuntaseuraamustoimisto"),
            vec!["yhdyskunta", "seuraamus", "toimisto"]
        );
        assert_eq!(compound_parts("hoitopolun"), vec!["hoito", "polku"]);
        assert_eq!(
            compound_parts("mielenterveyspalvelut"),
            vec!["mielenterveys", "palvelu"]
        );
        assert_eq!(compound_parts("riskinarvio"), vec!["riski", "arvio"]);
        assert_eq!(compound_parts("vårdkedjan"), vec!["vard", "kedja"]);
        assert_eq!(
            compound_parts("behandlingsforløp"),
            vec!["behandling", "forlop"]
        );
        assert_eq!(compound_parts("barnevernet"), vec!["barn", "vern"]);
        assert!(compound_parts("väkivalta").is_empty());
        assert!(compound_parts("kissa").is_empty());
    }

    #[test]
    fn a_word_has_an_index_term_exactly_when_index_terms_holds_it() {
        let terms = index_terms("Lähisuhdeväkivallan", Language::Finnish);
        for term in &terms {
            assert!(
                has_index_term("Lähisuhdeväkivallan", Language::Finnish, |t| t == term),
                "{term}"
            );
        }
        assert!(!has_index_term(
            "Lähisuhdeväkivallan",
            Language::Finnish,
            |t| { t == "vankila" }
        ));
        // stop words have no terms
        assert!(!has_index_term("ja", Language::Finnish, |_| true));
    }

    #[test]
    fn index_terms_hold_the_parts() {
        let terms = index_terms("Lähisuhdeväkivallan ehkäisy", Language::Finnish);
        assert!(terms.contains(&fi("väkivalta")), "{terms:?}");
        assert!(terms.contains(&fi("lähisuhdeväkivalta")), "{terms:?}");
        let terms = index_terms("Yhdyskuntaseuraamustoimisto", Language::Finnish);
        assert!(terms.contains(&fi("seuraamus")), "{terms:?}");
    }

    #[test]
    fn a_query_word_gets_vocabulary_equivalents() {
        let query = analyze_query("behandlingsforløp", Some(Language::NorwegianBokmal));
        assert_eq!(query.len(), 1);
        assert!(query[0].synonyms.contains(&fi("hoitopolku")), "{query:?}");
        assert!(query[0].is_last);
        let query = analyze_query("vold i nære relasjoner ", None);
        assert_eq!(query.len(), 3, "{query:?}");
        assert!(query.iter().all(|w| !w.is_last));
        assert!(
            query[0].synonyms.contains(&fi("lähisuhdeväkivalta")),
            "{query:?}"
        );
    }

    #[test]
    fn runs_of_parts_are_indexed() {
        let terms = index_terms("Vertaistukiryhmä", Language::Finnish);
        assert!(terms.contains(&fi("vertaistuki")), "{terms:?}");
        let terms = index_terms("Samhällspåföljdsbyrån", Language::Swedish);
        assert!(
            terms.contains(&stem("samhällspåföljd", Language::Swedish)),
            "{terms:?}"
        );
    }

    #[test]
    fn a_word_without_a_concept_is_looked_up_by_parts_and_with_typos() {
        let query = analyze_query("rusbehandling", Some(Language::NorwegianBokmal));
        assert!(
            query[0]
                .parts
                .contains(&stem("rus", Language::NorwegianBokmal)),
            "{query:?}"
        );
        assert!(query[0].synonyms.contains(&fi("päihde")), "{query:?}");
        let query = analyze_query("turvasuunitelma ", Some(Language::Finnish));
        assert!(
            query[0]
                .synonyms
                .contains(&stem("sikkerhetsplan", Language::NorwegianBokmal)),
            "{query:?}"
        );
        let query = analyze_query("vold i nære relasjoner", None);
        assert!(
            query[0]
                .synonym_terms
                .contains(&vec![fi("lähisuhdeväkivalta")]),
            "{query:?}"
        );
        assert!(
            !query[0]
                .synonym_terms
                .iter()
                .any(|t| t.contains(&stem("relasjoner", Language::NorwegianBokmal)))
        );
    }

    #[test]
    fn edit_distance_counts_transpositions_as_one() {
        assert_eq!(edit_distance("vankila", "vnakila"), 1);
        assert_eq!(edit_distance("hoitopolku", "hoitoplku"), 1);
        assert_eq!(edit_distance("abc", "abc"), 0);
        assert_eq!(typo_distance("ryhmä"), 1);
        assert_eq!(typo_distance("apu"), 0);
        assert_eq!(typo_distance("hoitopolku"), 2);
    }

    #[test]
    fn release_from_prison_connects() {
        let query = analyze_query("vankilasta vapautuva", Some(Language::Finnish));
        assert_eq!(query[0].stems, vec![fi("vankila")]);
        assert_eq!(query[1].stems, vec![fi("vapautuminen")]);
    }
}
