//! The multilingual vocabulary of the field: concepts with their terms in fi, sv, nb and en.
//!
//! Applied at query time ([`crate::analysis::analyze_query`]): a query that mentions a term of a
//! concept also searches the stems of every other term of that concept, so a Norwegian query
//! (`behandlingsforløp`, `vold i nære relasjoner`) finds a Finnish pathway. A multi-word term
//! matches when the stems of all its words (stop words aside) are in the query.

use std::{collections::HashMap, sync::OnceLock};

use verkosto_domain::Language::{
    self, English as En, Finnish as Fi, NorwegianBokmal as Nb, Swedish as Sv,
};

use crate::analysis::{edit_distance, fold, is_stopword, stem, typo_distance, words};

/// A concept of the field and its terms.
#[derive(Debug, Clone, Copy)]
pub struct Concept {
    /// A stable English key.
    pub key: &'static str,
    /// Its terms, each in its language; several per language are allowed.
    pub terms: &'static [(Language, &'static str)],
}

/// The curated concepts.
pub const CONCEPTS: &[Concept] = &[
    Concept {
        key: "care_pathway",
        terms: &[
            (Fi, "hoitopolku"),
            (Fi, "palvelupolku"),
            (Fi, "hoitoketju"),
            (Sv, "vårdkedja"),
            (Sv, "vårdstig"),
            (Sv, "vårdförlopp"),
            (Nb, "behandlingsforløp"),
            (Nb, "pasientforløp"),
            (En, "care pathway"),
            (En, "care path"),
            (En, "treatment pathway"),
        ],
    },
    Concept {
        key: "domestic_violence",
        terms: &[
            (Fi, "lähisuhdeväkivalta"),
            (Fi, "perheväkivalta"),
            (Fi, "parisuhdeväkivalta"),
            (Sv, "våld i nära relationer"),
            (Sv, "relationsvåld"),
            (Sv, "partnervåld"),
            (Nb, "vold i nære relasjoner"),
            (Nb, "familievold"),
            (Nb, "partnervold"),
            (En, "intimate partner violence"),
            (En, "domestic violence"),
            (En, "family violence"),
        ],
    },
    Concept {
        key: "sexual_violence",
        terms: &[
            (Fi, "seksuaalirikos"),
            (Fi, "seksuaalinen väkivalta"),
            (Fi, "seksuaaliväkivalta"),
            (Fi, "seksuaalinen hyväksikäyttö"),
            (Sv, "sexualbrott"),
            (Sv, "sexuellt våld"),
            (Sv, "sexuella övergrepp"),
            (Nb, "seksuallovbrudd"),
            (Nb, "seksuell vold"),
            (Nb, "seksuelle overgrep"),
            (Nb, "overgrep"),
            (En, "sexual offence"),
            (En, "sexual offense"),
            (En, "sexual violence"),
            (En, "sexual abuse"),
            (En, "abuse"),
        ],
    },
    Concept {
        key: "violence",
        terms: &[
            (Fi, "väkivalta"),
            (Sv, "våld"),
            (Nb, "vold"),
            (En, "violence"),
        ],
    },
    Concept {
        key: "prison",
        terms: &[
            (Fi, "vankila"),
            (Sv, "fängelse"),
            (Sv, "anstalt"),
            (Nb, "fengsel"),
            (En, "prison"),
        ],
    },
    Concept {
        key: "release",
        terms: &[
            (Fi, "vapautuminen"),
            (Fi, "vapautuva"),
            (Fi, "vapautunut"),
            (Fi, "vapauttaminen"),
            (Sv, "frigivning"),
            (Sv, "frigiven"),
            (Nb, "løslatelse"),
            (Nb, "løslatt"),
            (En, "release"),
            (En, "released"),
        ],
    },
    Concept {
        key: "community_sanctions",
        terms: &[
            (Fi, "yhdyskuntaseuraamus"),
            (Fi, "yhdyskuntaseuraamustoimisto"),
            (Sv, "frivård"),
            (Sv, "samhällspåföljd"),
            (Nb, "friomsorg"),
            (Nb, "samfunnsstraff"),
            (Nb, "friomsorgskontor"),
            (En, "community sanctions"),
            (En, "probation"),
            (En, "probation office"),
        ],
    },
    Concept {
        key: "criminal_sanctions",
        terms: &[
            (Fi, "rikosseuraamus"),
            (Fi, "rikosseuraamuslaitos"),
            (Sv, "kriminalvård"),
            (Sv, "brottspåföljd"),
            (Nb, "kriminalomsorg"),
            (En, "criminal sanctions"),
            (En, "correctional service"),
        ],
    },
    Concept {
        key: "police",
        terms: &[
            (Fi, "poliisi"),
            (Sv, "polis"),
            (Nb, "politi"),
            (En, "police"),
        ],
    },
    Concept {
        key: "victim",
        terms: &[
            (Fi, "uhri"),
            (Fi, "asianomistaja"),
            (Sv, "brottsoffer"),
            (Sv, "offer"),
            (Sv, "målsägande"),
            (Nb, "offer"),
            (Nb, "fornærmet"),
            (Nb, "voldsutsatt"),
            (En, "victim"),
            (En, "survivor"),
        ],
    },
    Concept {
        key: "relatives",
        terms: &[
            (Fi, "omainen"),
            (Fi, "läheinen"),
            (Sv, "anhörig"),
            (Sv, "närstående"),
            (Nb, "pårørende"),
            (En, "relatives"),
            (En, "family"),
            (En, "next of kin"),
        ],
    },
    Concept {
        key: "young_people",
        terms: &[
            (Fi, "nuori"),
            (Fi, "nuoriso"),
            (Sv, "ung"),
            (Sv, "ungdom"),
            (Nb, "ungdom"),
            (Nb, "unge"),
            (En, "young person"),
            (En, "young people"),
            (En, "youth"),
            (En, "adolescent"),
        ],
    },
    Concept {
        key: "child",
        terms: &[(Fi, "lapsi"), (Sv, "barn"), (Nb, "barn"), (En, "child")],
    },
    Concept {
        key: "substance_abuse",
        terms: &[
            (Fi, "päihde"),
            (Fi, "päihdeongelma"),
            (Fi, "riippuvuus"),
            (Sv, "missbruk"),
            (Sv, "rusmedel"),
            (Sv, "beroende"),
            (Nb, "rus"),
            (Nb, "rusavhengighet"),
            (En, "substance abuse"),
            (En, "substance use"),
            (En, "addiction"),
        ],
    },
    Concept {
        key: "mental_health",
        terms: &[
            (Fi, "mielenterveys"),
            (Sv, "psykisk hälsa"),
            (Nb, "psykisk helse"),
            (En, "mental health"),
        ],
    },
    Concept {
        key: "forensic_psychiatry",
        terms: &[
            (Fi, "oikeuspsykiatria"),
            (Sv, "rättspsykiatri"),
            (Nb, "rettspsykiatri"),
            (En, "forensic psychiatry"),
        ],
    },
    Concept {
        key: "psychiatry",
        terms: &[
            (Fi, "psykiatria"),
            (Sv, "psykiatri"),
            (Nb, "psykiatri"),
            (En, "psychiatry"),
        ],
    },
    Concept {
        key: "safety_plan",
        terms: &[
            (Fi, "turvasuunnitelma"),
            (Sv, "säkerhetsplan"),
            (Nb, "sikkerhetsplan"),
            (En, "safety plan"),
        ],
    },
    Concept {
        key: "risk_assessment",
        terms: &[
            (Fi, "riskinarvio"),
            (Fi, "riskiarvio"),
            (Fi, "riskinarviointi"),
            (Sv, "riskbedömning"),
            (Nb, "risikovurdering"),
            (En, "risk assessment"),
        ],
    },
    Concept {
        key: "therapy",
        terms: &[
            (Fi, "terapia"),
            (Fi, "psykoterapia"),
            (Sv, "terapi"),
            (Sv, "psykoterapi"),
            (Nb, "terapi"),
            (Nb, "psykoterapi"),
            (En, "therapy"),
            (En, "psychotherapy"),
        ],
    },
    Concept {
        key: "treatment",
        terms: &[
            (Fi, "hoito"),
            (Sv, "behandling"),
            (Nb, "behandling"),
            (En, "treatment"),
        ],
    },
    Concept {
        key: "group",
        terms: &[(Fi, "ryhmä"), (Sv, "grupp"), (Nb, "gruppe"), (En, "group")],
    },
    Concept {
        key: "peer_support",
        terms: &[
            (Fi, "vertaistuki"),
            (Sv, "kamratstöd"),
            (Nb, "likepersonstøtte"),
            (Nb, "likemannsarbeid"),
            (En, "peer support"),
        ],
    },
    Concept {
        key: "helpline",
        terms: &[
            (Fi, "auttava puhelin"),
            (Fi, "tukipuhelin"),
            (Fi, "neuvontapuhelin"),
            (Sv, "stödtelefon"),
            (Sv, "hjälptelefon"),
            (Sv, "hjälplinje"),
            (Nb, "hjelpetelefon"),
            (Nb, "hjelpelinje"),
            (En, "helpline"),
            (En, "hotline"),
            (En, "support line"),
        ],
    },
    Concept {
        key: "shelter",
        terms: &[
            (Fi, "turvakoti"),
            (Sv, "skyddshem"),
            (Sv, "kvinnojour"),
            (Nb, "krisesenter"),
            (En, "shelter"),
            (En, "refuge"),
        ],
    },
    Concept {
        key: "parish",
        terms: &[
            (Fi, "seurakunta"),
            (Fi, "diakonia"),
            (Sv, "församling"),
            (Nb, "menighet"),
            (En, "parish"),
            (En, "congregation"),
        ],
    },
    Concept {
        key: "ngo",
        terms: &[
            (Fi, "järjestö"),
            (Fi, "yhdistys"),
            (Sv, "organisation"),
            (Sv, "förening"),
            (Nb, "organisasjon"),
            (Nb, "frivillig organisasjon"),
            (En, "ngo"),
            (En, "organisation"),
            (En, "non-profit"),
        ],
    },
    Concept {
        key: "social_services",
        terms: &[
            (Fi, "sosiaalipalvelut"),
            (Fi, "sosiaalitoimi"),
            (Fi, "sosiaalityö"),
            (Sv, "socialtjänst"),
            (Nb, "sosialtjeneste"),
            (Nb, "nav"),
            (En, "social services"),
            (En, "social work"),
        ],
    },
    Concept {
        key: "child_protection",
        terms: &[
            (Fi, "lastensuojelu"),
            (Sv, "barnskydd"),
            (Sv, "barnavård"),
            (Nb, "barnevern"),
            (En, "child protection"),
            (En, "child welfare"),
        ],
    },
    Concept {
        key: "referral",
        terms: &[
            (Fi, "lähete"),
            (Sv, "remiss"),
            (Nb, "henvisning"),
            (En, "referral"),
        ],
    },
    Concept {
        key: "prevention",
        terms: &[
            (Fi, "ennaltaehkäisy"),
            (Fi, "ehkäisy"),
            (Fi, "ennaltaehkäisevä"),
            (Sv, "förebyggande"),
            (Sv, "prevention"),
            (Nb, "forebygging"),
            (Nb, "forebyggende"),
            (En, "prevention"),
            (En, "preventive"),
        ],
    },
    Concept {
        key: "perpetrator",
        terms: &[
            (Fi, "tekijä"),
            (Fi, "väkivallan tekijä"),
            (Sv, "förövare"),
            (Sv, "gärningsperson"),
            (Nb, "overgriper"),
            (Nb, "utøver"),
            (Nb, "gjerningsperson"),
            (En, "perpetrator"),
            (En, "offender"),
        ],
    },
    Concept {
        key: "sexual_interest_in_children",
        terms: &[
            (Fi, "seksuaalinen kiinnostus lapsiin"),
            (Fi, "pedofilia"),
            (Sv, "sexuellt intresse för barn"),
            (Sv, "pedofili"),
            (Nb, "seksuell interesse for barn"),
            (Nb, "pedofili"),
            (En, "sexual interest in children"),
            (En, "paedophilia"),
            (En, "pedophilia"),
        ],
    },
    Concept {
        key: "chat",
        terms: &[
            (Fi, "chat"),
            (Fi, "chatti"),
            (Fi, "verkkochat"),
            (Sv, "chatt"),
            (Nb, "chat"),
            (Nb, "nettprat"),
            (En, "chat"),
            (En, "online chat"),
        ],
    },
    Concept {
        key: "health_services",
        terms: &[
            (Fi, "terveyspalvelut"),
            (Fi, "terveydenhuolto"),
            (Fi, "terveyskeskus"),
            (Sv, "hälso- och sjukvård"),
            (Sv, "vårdcentral"),
            (Nb, "helsetjeneste"),
            (Nb, "fastlege"),
            (En, "health services"),
            (En, "health care"),
        ],
    },
    Concept {
        key: "wellbeing_services_county",
        terms: &[
            (Fi, "hyvinvointialue"),
            (Sv, "välfärdsområde"),
            (Nb, "helseforetak"),
            (En, "wellbeing services county"),
        ],
    },
    Concept {
        key: "counselling",
        terms: &[
            (Fi, "neuvonta"),
            (Fi, "keskusteluapu"),
            (Fi, "ohjaus"),
            (Sv, "rådgivning"),
            (Sv, "samtalsstöd"),
            (Nb, "rådgivning"),
            (Nb, "samtaletilbud"),
            (En, "counselling"),
            (En, "counseling"),
            (En, "guidance"),
        ],
    },
    Concept {
        key: "crisis_support",
        terms: &[
            (Fi, "kriisiapu"),
            (Fi, "kriisikeskus"),
            (Fi, "kriisityö"),
            (Sv, "krisstöd"),
            (Sv, "kriscentrum"),
            (Nb, "krisehjelp"),
            (En, "crisis support"),
            (En, "crisis centre"),
        ],
    },
    Concept {
        key: "rehabilitation",
        terms: &[
            (Fi, "kuntoutus"),
            (Sv, "rehabilitering"),
            (Nb, "rehabilitering"),
            (En, "rehabilitation"),
        ],
    },
    Concept {
        key: "reoffending",
        terms: &[
            (Fi, "uusintarikollisuus"),
            (Fi, "uusiutuminen"),
            (Sv, "återfall"),
            (Nb, "tilbakefall"),
            (En, "reoffending"),
            (En, "recidivism"),
        ],
    },
    Concept {
        key: "network",
        terms: &[
            (Fi, "verkosto"),
            (Sv, "nätverk"),
            (Nb, "nettverk"),
            (En, "network"),
        ],
    },
    Concept {
        key: "training",
        terms: &[
            (Fi, "koulutus"),
            (Sv, "utbildning"),
            (Nb, "opplæring"),
            (Nb, "kurs"),
            (En, "training"),
        ],
    },
    Concept {
        key: "parenting",
        terms: &[
            (Fi, "vanhemmuus"),
            (Fi, "vanhempi"),
            (Sv, "föräldraskap"),
            (Sv, "förälder"),
            (Nb, "foreldreskap"),
            (Nb, "forelder"),
            (En, "parenting"),
            (En, "parent"),
        ],
    },
    Concept {
        key: "trauma",
        terms: &[
            (Fi, "trauma"),
            (Sv, "trauma"),
            (Nb, "traume"),
            (En, "trauma"),
        ],
    },
    Concept {
        key: "harassment",
        terms: &[
            (Fi, "häirintä"),
            (Fi, "ahdistelu"),
            (Sv, "trakasserier"),
            (Nb, "trakassering"),
            (En, "harassment"),
        ],
    },
    Concept {
        key: "online",
        terms: &[
            (Fi, "verkko"),
            (Fi, "netti"),
            (Fi, "internet"),
            (Sv, "nätet"),
            (Sv, "internet"),
            (Nb, "nett"),
            (Nb, "internett"),
            (En, "online"),
            (En, "internet"),
        ],
    },
    Concept {
        key: "multi_professional",
        terms: &[
            (Fi, "moniammatillinen"),
            (Sv, "tvärprofessionell"),
            (Nb, "tverrfaglig"),
            (En, "multi-professional"),
            (En, "multidisciplinary"),
        ],
    },
    Concept {
        key: "anonymous",
        terms: &[
            (Fi, "anonyymi"),
            (Fi, "nimetön"),
            (Sv, "anonym"),
            (Nb, "anonym"),
            (En, "anonymous"),
        ],
    },
    Concept {
        key: "emergency",
        terms: &[
            (Fi, "päivystys"),
            (Fi, "sosiaalipäivystys"),
            (Sv, "jour"),
            (Sv, "akutmottagning"),
            (Nb, "legevakt"),
            (Nb, "akutt"),
            (En, "emergency"),
            (En, "out-of-hours"),
        ],
    },
    Concept {
        key: "municipality",
        terms: &[
            (Fi, "kunta"),
            (Sv, "kommun"),
            (Nb, "kommune"),
            (En, "municipality"),
        ],
    },
    Concept {
        key: "school",
        terms: &[(Fi, "koulu"), (Sv, "skola"), (Nb, "skole"), (En, "school")],
    },
    Concept {
        key: "self_referral",
        terms: &[
            (Fi, "ilman lähetettä"),
            (Sv, "utan remiss"),
            (Nb, "uten henvisning"),
            (En, "without referral"),
            (En, "self-referral"),
        ],
    },
];

/// One word of a term: its stem in the term's language and its folded surface form.
struct TermWord {
    stem: String,
    surface: String,
}

struct Term {
    concept: usize,
    words: Vec<TermWord>,
}

struct Compiled {
    terms: Vec<Term>,
    /// Folded stem or surface form of a term word → the terms containing it.
    by_key: HashMap<String, Vec<usize>>,
    /// Folded stem → the concepts with a term word of that stem.
    groups: HashMap<String, Vec<usize>>,
    /// Per concept, the stems of all its terms' words.
    stems: Vec<Vec<String>>,
    /// Per concept, each term analysed: its words' stems joined by a space.
    forms: Vec<Vec<String>>,
    /// Per concept, each term as its words' stems.
    term_stems: Vec<Vec<Vec<String>>>,
    /// Folded single-word terms with their [`letters`] and concepts, for typo-tolerant lookup.
    single: Vec<(String, u64, usize)>,
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let mut terms = Vec::new();
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
        let mut stems: Vec<Vec<String>> = vec![Vec::new(); CONCEPTS.len()];
        let mut forms: Vec<Vec<String>> = vec![Vec::new(); CONCEPTS.len()];
        let mut term_stems: Vec<Vec<Vec<String>>> = vec![Vec::new(); CONCEPTS.len()];
        let mut single: Vec<(String, u64, usize)> = Vec::new();
        for (concept_index, concept) in CONCEPTS.iter().enumerate() {
            for (language, text) in concept.terms {
                let term_words: Vec<TermWord> = words(text)
                    .into_iter()
                    .filter(|w| !is_stopword(w, Some(*language)))
                    .map(|w| TermWord {
                        stem: stem(&w, *language),
                        surface: fold(&w),
                    })
                    .collect();
                let index = terms.len();
                let form = term_words
                    .iter()
                    .map(|w| w.stem.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                if !form.is_empty() && !forms[concept_index].contains(&form) {
                    forms[concept_index].push(form);
                    term_stems[concept_index]
                        .push(term_words.iter().map(|w| w.stem.clone()).collect());
                }
                if let [word] = term_words.as_slice() {
                    single.push((word.surface.clone(), letters(&word.surface), concept_index));
                }
                for word in &term_words {
                    for key in [&word.stem, &word.surface] {
                        let list = by_key.entry(key.clone()).or_default();
                        if !list.contains(&index) {
                            list.push(index);
                        }
                    }
                    let list = groups.entry(word.stem.clone()).or_default();
                    if !list.contains(&concept_index) {
                        list.push(concept_index);
                    }
                    if !stems[concept_index].contains(&word.stem) {
                        stems[concept_index].push(word.stem.clone());
                    }
                }
                terms.push(Term {
                    concept: concept_index,
                    words: term_words,
                });
            }
        }
        Compiled {
            terms,
            by_key,
            groups,
            stems,
            forms,
            term_stems,
            single,
        }
    })
}

/// The concepts the query mentions, each with the indices of the query words that mention it.
///
/// `query_keys[i]` are the keys of query word `i`: its stems and its folded text.
pub fn find_concepts(query_keys: &[Vec<&str>]) -> Vec<(usize, Vec<usize>)> {
    let compiled = compiled();
    let mut candidates: Vec<usize> = query_keys
        .iter()
        .flatten()
        .filter_map(|key| compiled.by_key.get(*key))
        .flatten()
        .copied()
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    let mut found: Vec<(usize, Vec<usize>)> = Vec::new();
    for term_index in candidates {
        let term = &compiled.terms[term_index];
        let mut matched: Vec<usize> = Vec::new();
        let all = term.words.iter().all(|word| {
            let hits: Vec<usize> = query_keys
                .iter()
                .enumerate()
                .filter(|(_, keys)| keys.iter().any(|k| *k == word.stem || *k == word.surface))
                .map(|(i, _)| i)
                .collect();
            matched.extend(&hits);
            !hits.is_empty()
        });
        if !all || term.words.is_empty() {
            continue;
        }
        match found.iter_mut().find(|(c, _)| *c == term.concept) {
            Some((_, words)) => words.extend(matched),
            None => found.push((term.concept, matched)),
        }
    }
    for (_, words) in &mut found {
        words.sort_unstable();
        words.dedup();
    }
    found
}

/// The folded stems of every word of every term of `concept` (an index into [`CONCEPTS`]).
pub fn concept_stems(concept: usize) -> &'static [String] {
    compiled().stems.get(concept).map_or(&[], Vec::as_slice)
}

/// Every concept's terms in analysed form (each term's word stems joined by a space, e.g.
/// `["hoitopol", "vardkedj", …, "care pathway"]`), one group per concept.
pub fn term_forms() -> &'static [Vec<String>] {
    &compiled().forms
}

/// Each term of `concept` as the folded stems of its words.
pub fn concept_terms(concept: usize) -> &'static [Vec<String>] {
    compiled()
        .term_stems
        .get(concept)
        .map_or(&[], Vec::as_slice)
}

/// Concepts with a single-word term within the typo allowance of `folded` (a word as typed,
/// folded), for a word that names no concept exactly.
pub fn concepts_near(folded: &str) -> Vec<usize> {
    let distance = usize::from(typo_distance(folded));
    if distance == 0 {
        return Vec::new();
    }
    let mask = letters(folded);
    let mut found: Vec<usize> = compiled()
        .single
        .iter()
        .filter(|(_, other, _)| (mask ^ other).count_ones() as usize <= 2 * distance)
        .filter(|(surface, _, _)| edit_distance(surface, folded) <= distance)
        .map(|(_, _, concept)| *concept)
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// Which letters a word holds, one bit per letter (letters may share a bit). An edit changes at
/// most two bits, so two words `k` edits apart differ in at most `2k` bits: a test that rules
/// out nearly the whole vocabulary before any edit distance is computed.
fn letters(word: &str) -> u64 {
    word.chars()
        .fold(0, |mask, c| mask | (1 << (u32::from(c) % 64)))
}

/// The concepts with a term word of this folded stem (indices into [`CONCEPTS`]).
pub fn groups_of(stem: &str) -> &'static [usize] {
    compiled().groups.get(stem).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_at_least_forty_concepts_each_in_four_languages() {
        assert!(CONCEPTS.len() >= 40, "{}", CONCEPTS.len());
        for concept in CONCEPTS {
            for language in [Fi, Sv, Nb, En] {
                assert!(
                    concept.terms.iter().any(|(l, _)| *l == language),
                    "{} has no {language} term",
                    concept.key
                );
            }
        }
    }

    #[test]
    fn words_within_the_typo_allowance_differ_in_few_letter_bits() {
        for (a, b) in [
            ("hoitopolku", "hoitoplku"),
            ("vankila", "vnakila"),
            ("vankila", "vankilx"),
            ("päihde", "paihde"),
        ] {
            let edits = crate::analysis::edit_distance(a, b);
            assert!(
                (letters(a) ^ letters(b)).count_ones() as usize <= 2 * edits,
                "{a} / {b}"
            );
        }
        assert!((letters("vankila") ^ letters("terapia")).count_ones() > 2);
    }

    #[test]
    fn a_multi_word_term_needs_all_its_words() {
        let key = |w: &str| vec![stem(w, Nb)];
        let vold = key("vold");
        let naere = key("nære");
        let relasjoner = key("relasjoner");
        fn as_refs(k: &[Vec<String>]) -> Vec<Vec<&str>> {
            k.iter()
                .map(|v| v.iter().map(String::as_str).collect())
                .collect()
        }
        let domestic = CONCEPTS.iter().position(|c| c.key == "domestic_violence");
        let full = [vold.clone(), naere, relasjoner];
        let found = find_concepts(&as_refs(&full));
        assert!(
            found
                .iter()
                .any(|(c, words)| Some(*c) == domestic && words == &vec![0, 1, 2]),
            "{found:?}"
        );
        let found = find_concepts(&as_refs(&[vold]));
        assert!(!found.iter().any(|(c, _)| Some(*c) == domestic));
        assert!(!groups_of(&stem("vold", Nb)).is_empty());
    }
}
