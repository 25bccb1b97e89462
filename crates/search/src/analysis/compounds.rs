//! The field lexicon ([`crate::lexicon`]) compiled per language: recognising a word's entry
//! despite its ending, and splitting a compound into entries.

use std::{
    collections::{HashMap, HashSet},
    sync::OnceLock,
};

use verkosto_domain::Language;

use super::{fold, is_vowel, normalise_finnish, snowball};
use crate::lexicon;

/// One part of a split compound.
#[derive(Debug, Clone)]
pub(super) struct Part {
    /// The entry's base form, folded.
    pub(super) base: String,
    /// The text of the word it covers, with any linking letter (`samhälls`, `polun`), folded.
    pub(super) surface: String,
}

/// An entry of the lexicon.
#[derive(Debug, Clone)]
struct Entry {
    /// The base form it stands for, folded.
    base: String,
}

/// The lexicon, compiled for one language.
#[derive(Default)]
struct LanguageLexicon {
    /// Folded forms (entries and aliases) → entry.
    forms: HashMap<String, Entry>,
    /// Entries ending in a vowel, without it (`kedja` → `kedj`) → base (Swedish and Norwegian).
    truncated: HashMap<String, String>,
    /// Normalised Finnish keys of at least five letters (`väkivalta` → `vakival`) → base.
    roots: HashMap<String, String>,
    /// Normalised keys of every entry → base (Finnish final-part matching).
    keys: HashMap<String, String>,
    /// Irregular final forms → base.
    irregular: HashMap<String, String>,
    /// First three letters of every key (a cheap test before stemming a final part).
    heads: HashSet<String>,
    /// The longest form, in bytes.
    longest: usize,
}

/// The lexicon of every language that has one.
pub(super) struct Lexicon {
    languages: HashMap<Language, LanguageLexicon>,
}

const SWEDISH_ENDINGS: &[&str] = &[
    "", "n", "en", "et", "t", "ar", "er", "or", "r", "na", "arna", "erna", "orna", "rna", "s",
    "ns", "ens", "ets", "ts", "ars", "ers", "ors", "arnas", "ernas", "ornas", "nas", "e", "a",
];
const NORWEGIAN_ENDINGS: &[&str] = &[
    "", "en", "et", "a", "er", "ene", "ne", "e", "n", "r", "s", "ens", "ets", "enes", "ers", "ns",
    "t",
];
/// Letters Finnish case and number endings are made of (folded).
const FINNISH_ENDING_LETTERS: &[char] = &[
    'a', 'e', 'i', 'o', 'u', 'y', 'n', 's', 't', 'l', 'h', 'k', 'd', 'j',
];

/// The lexicon, compiled on first use.
pub(super) fn lex() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

impl Lexicon {
    fn build() -> Self {
        let mut languages: HashMap<Language, LanguageLexicon> = HashMap::new();
        let lists: [(Language, &[&str]); 3] = [
            (Language::Finnish, lexicon::FINNISH),
            (Language::Swedish, lexicon::SWEDISH),
            (Language::NorwegianBokmal, lexicon::NORWEGIAN),
        ];
        for (language, list) in lists {
            let lang = languages.entry(language).or_default();
            for word in list {
                let base = fold(word);
                lang.forms
                    .insert(base.clone(), Entry { base: base.clone() });
                if language == Language::Finnish {
                    let key = normalise_finnish(&base);
                    if key.chars().count() >= 5 {
                        lang.roots
                            .entry(key.clone())
                            .or_insert_with(|| base.clone());
                    }
                    lang.heads.insert(key.chars().take(3).collect());
                    lang.heads.insert(base.chars().take(3).collect());
                    lang.keys.entry(key).or_insert_with(|| base.clone());
                } else {
                    let mut w: Vec<char> = base.chars().collect();
                    if w.len() >= 4 && w.last().is_some_and(|c| is_vowel(*c)) {
                        w.pop();
                        lang.truncated
                            .entry(w.into_iter().collect())
                            .or_insert_with(|| base.clone());
                    }
                }
            }
        }
        for (language, form, base) in lexicon::ALIASES {
            let lang = languages.entry(*language).or_default();
            lang.forms.insert(fold(form), Entry { base: fold(base) });
        }
        for (language, form, base) in lexicon::IRREGULAR {
            let lang = languages.entry(*language).or_default();
            lang.irregular.insert(fold(form), fold(base));
        }
        for lang in languages.values_mut() {
            lang.longest = lang.forms.keys().map(String::len).max().unwrap_or(0);
        }
        Self { languages }
    }

    /// Byte offsets `i` where `word[..i]` is a sequence of lexicon forms with linking letters,
    /// with the fewest parts to reach each and the parts (None = unreachable).
    fn prefixes(&self, word: &str, language: Language) -> Vec<Option<Vec<Part>>> {
        let mut reach: Vec<Option<Vec<Part>>> = vec![None; word.len() + 1];
        reach[0] = Some(Vec::new());
        let Some(lang) = self.languages.get(&language) else {
            return reach;
        };
        let links: &[&str] = match language {
            Language::Finnish => &["", "n"],
            Language::Swedish => &["", "s"],
            Language::NorwegianBokmal => &["", "s", "e"],
            Language::English => &[""],
        };
        for start in 0..word.len() {
            let Some(parts) = reach[start].clone() else {
                continue;
            };
            for end in start + 1..=word.len().min(start + lang.longest) {
                if !word.is_char_boundary(end) {
                    continue;
                }
                let Some(entry) = lang.forms.get(&word[start..end]) else {
                    continue;
                };
                if end - start < 3 {
                    continue;
                }
                for link in links {
                    let next = end + link.len();
                    if next > word.len() || !word[end..].starts_with(link) {
                        continue;
                    }
                    let better = reach[next]
                        .as_ref()
                        .is_none_or(|p| p.len() > parts.len() + 1);
                    if better {
                        let mut extended = parts.clone();
                        extended.push(Part {
                            base: entry.base.clone(),
                            surface: word[start..next].to_owned(),
                        });
                        reach[next] = Some(extended);
                    }
                }
            }
        }
        reach
    }

    /// The base form of an irregular Finnish or English word (`lasten` → `lapsi`,
    /// `vertaistuen` → `vertaistuki`), the prefix before it being a compound of lexicon forms.
    pub(super) fn irregular(&self, folded: &str, language: Language) -> Option<String> {
        let lang = self.languages.get(&language)?;
        if lang.irregular.is_empty() {
            return None;
        }
        if let Some(base) = lang.irregular.get(folded) {
            return Some(base.clone());
        }
        let reach = self.prefixes(folded, language);
        (1..folded.len())
            .filter(|i| folded.is_char_boundary(*i) && reach[*i].is_some())
            .find_map(|i| {
                lang.irregular
                    .get(&folded[i..])
                    .map(|base| format!("{}{base}", &folded[..i]))
            })
    }

    /// The base form of a Finnish word that is a lexicon word, or ends in one after a compound
    /// prefix: exactly (`lähisuhdeväkivalta`), through its stem (`hoitopolkujen`), or as a root of
    /// five or more letters followed by a short ending (`väkivaltaan`, which Snowball stems to
    /// `väkiv`). The shortest recognised final part wins (`vertais|tukea`).
    pub(super) fn recognise_finnish(&self, folded: &str) -> Option<String> {
        let lang = self.languages.get(&Language::Finnish)?;
        if let Some(entry) = lang.forms.get(folded) {
            return Some(entry.base.clone());
        }
        let reach = self.prefixes(folded, Language::Finnish);
        (0..folded.len())
            .rev()
            .filter(|i| folded.is_char_boundary(*i) && reach[*i].is_some())
            .find_map(|i| {
                self.final_part(&folded[i..], Language::Finnish)
                    .map(|base| format!("{}{base}", &folded[..i]))
            })
    }

    /// The base form of a Swedish or Norwegian word that is a lexicon word with an inflection
    /// ending, after a compound prefix (`vårdkedjan` → `vardkedja`, `menigheten` → `menighet`).
    pub(super) fn recognise_scandinavian(
        &self,
        folded: &str,
        language: Language,
    ) -> Option<String> {
        let lang = self.languages.get(&language)?;
        let endings = if language == Language::Swedish {
            SWEDISH_ENDINGS
        } else {
            NORWEGIAN_ENDINGS
        };
        let reach = self.prefixes(folded, language);
        for i in (0..folded.len()).filter(|i| folded.is_char_boundary(*i) && reach[*i].is_some()) {
            let rest = &folded[i..];
            for ending in endings {
                let Some(stem) = rest.strip_suffix(ending) else {
                    continue;
                };
                if stem.len() < 3 {
                    continue;
                }
                if let Some(entry) = lang.forms.get(stem) {
                    return Some(format!("{}{}", &folded[..i], entry.base));
                }
                if !ending.is_empty()
                    && let Some(base) = lang.truncated.get(stem)
                {
                    return Some(format!("{}{base}", &folded[..i]));
                }
            }
        }
        None
    }

    /// The lexicon word a final compound part (possibly inflected) stands for.
    fn final_part(&self, rest: &str, language: Language) -> Option<String> {
        let lang = self.languages.get(&language)?;
        if rest.chars().count() < 3 {
            return None;
        }
        if let Some(entry) = lang.forms.get(rest) {
            return Some(entry.base.clone());
        }
        match language {
            Language::Finnish => {
                if let Some(base) = lang.irregular.get(rest) {
                    return Some(base.clone());
                }
                let head: String = rest.chars().take(3).collect();
                if !lang.heads.contains(&head) {
                    return None;
                }
                let key = normalise_finnish(&fold(&snowball(language, rest)));
                if let Some(base) = lang.keys.get(&key) {
                    return Some(base.clone());
                }
                // a root followed by a short ending
                (5..=rest.len())
                    .rev()
                    .filter(|j| rest.is_char_boundary(*j))
                    .take_while(|j| rest[*j..].chars().count() <= 5)
                    .filter(|j| {
                        rest[*j..]
                            .chars()
                            .all(|c| FINNISH_ENDING_LETTERS.contains(&c))
                    })
                    .find_map(|j| lang.roots.get(&rest[..j]).cloned())
            }
            _ => {
                let endings = if language == Language::Swedish {
                    SWEDISH_ENDINGS
                } else {
                    NORWEGIAN_ENDINGS
                };
                endings.iter().find_map(|ending| {
                    let stem = rest.strip_suffix(ending)?;
                    lang.forms.get(stem).map(|e| e.base.clone()).or_else(|| {
                        (!ending.is_empty())
                            .then(|| lang.truncated.get(stem).cloned())
                            .flatten()
                    })
                })
            }
        }
    }

    /// Splits a folded word into two or more lexicon parts (the fewest), or None.
    pub(super) fn split(&self, folded: &str, language: Language) -> Option<Vec<Part>> {
        if folded.chars().count() < 6 {
            return None;
        }
        let reach = self.prefixes(folded, language);
        let mut best: Option<Vec<Part>> = None;
        for i in 1..folded.len() {
            if !folded.is_char_boundary(i) {
                continue;
            }
            let Some(prefix) = &reach[i] else { continue };
            if prefix.is_empty() || best.as_ref().is_some_and(|b| b.len() <= prefix.len() + 1) {
                continue;
            }
            if let Some(base) = self.final_part(&folded[i..], language) {
                let mut parts = prefix.clone();
                parts.push(Part {
                    base,
                    surface: folded[i..].to_owned(),
                });
                best = Some(parts);
            }
        }
        best
    }
}
