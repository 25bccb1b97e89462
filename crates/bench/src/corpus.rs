//! A seeded synthetic corpus of care pathways: 70 % Finnish, 15 % Swedish, 10 % Norwegian,
//! 5 % English, with Finnish inflected forms and compounds of the field, and rare invented words
//! (names of places and programmes) that appear in a handful of public pathways each.

use rand::{Rng, SeedableRng, rngs::StdRng, seq::IndexedRandom};
use verkosto_domain::{Language, Visibility};

/// A Finnish noun of the field: its base form and inflected forms.
pub const FINNISH: &[&[&str]] = &[
    &[
        "hoitopolku",
        "hoitopolun",
        "hoitopolkujen",
        "hoitopolusta",
        "hoitopolkuun",
    ],
    &[
        "vankila",
        "vankilan",
        "vankilasta",
        "vankilaan",
        "vankiloiden",
    ],
    &["väkivalta", "väkivallan", "väkivallasta", "väkivaltaa"],
    &[
        "lähisuhdeväkivalta",
        "lähisuhdeväkivallan",
        "lähisuhdeväkivallasta",
    ],
    &[
        "yhdyskuntaseuraamus",
        "yhdyskuntaseuraamuksen",
        "yhdyskuntaseuraamuksesta",
    ],
    &["terapia", "terapian", "terapiaan", "terapiasta"],
    &["ryhmä", "ryhmän", "ryhmään", "ryhmistä"],
    &["päihde", "päihteiden", "päihteistä"],
    &[
        "turvasuunnitelma",
        "turvasuunnitelman",
        "turvasuunnitelmasta",
    ],
    &["omainen", "omaisen", "omaisille", "omaisten"],
    &["asiakas", "asiakkaan", "asiakkaalle", "asiakkaiden"],
    &["mielenterveys", "mielenterveyden", "mielenterveydestä"],
    &["poliisi", "poliisin", "poliisille"],
    &["seurakunta", "seurakunnan", "seurakunnasta"],
    &["arviointi", "arvioinnin", "arviointiin"],
    &["lähete", "lähetteen", "lähetteellä"],
    &["nuori", "nuoren", "nuorille", "nuorten"],
    &["uhri", "uhrin", "uhreille", "uhrien"],
    &["vapautuminen", "vapautumisen", "vapautumisesta"],
    &["vertaistuki", "vertaistuen", "vertaistukea"],
];

const FINNISH_FILLER: &[&str] = &[
    "ja",
    "sekä",
    "kun",
    "jossa",
    "ohjataan",
    "tarjoaa",
    "yhteistyössä",
    "tarvittaessa",
    "alueen",
    "verkoston",
    "ammattilainen",
    "sovitaan",
    "tapaaminen",
    "palvelu",
    "jatkuu",
    "ensin",
];
const SWEDISH: &[&str] = &[
    "vårdkedja",
    "vårdkedjan",
    "fängelse",
    "fängelset",
    "våld",
    "relationer",
    "terapi",
    "anhöriga",
    "stöd",
    "frigivning",
    "säkerhetsplan",
    "ungdomar",
    "polis",
    "remiss",
    "och",
    "för",
    "med",
];
const NORWEGIAN: &[&str] = &[
    "behandlingsforløp",
    "fengsel",
    "fengselet",
    "vold",
    "relasjoner",
    "terapi",
    "pårørende",
    "støtte",
    "løslatelse",
    "sikkerhetsplan",
    "ungdom",
    "politi",
    "henvisning",
    "og",
    "for",
    "med",
];
const ENGLISH: &[&str] = &[
    "care",
    "pathway",
    "prison",
    "release",
    "violence",
    "partner",
    "therapy",
    "relatives",
    "support",
    "safety",
    "plan",
    "young",
    "people",
    "police",
    "referral",
    "and",
    "with",
    "for",
];
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ne", "su", "ta", "vi", "ro", "pe", "ju", "ha", "ki", "no", "sa", "te", "vu",
];

/// One synthetic pathway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntheticPathway {
    /// Index of its region (0..regions).
    pub region: usize,
    /// Its language.
    pub language: Language,
    /// Who may read it.
    pub visibility: Visibility,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Markdown body.
    pub body: String,
    /// Step titles.
    pub steps: Vec<String>,
    /// The rare word it carries, if any (only public pathways carry one).
    pub rare: Option<String>,
}

/// The corpus and what the query generator needs to know about it.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The pathways.
    pub pathways: Vec<SyntheticPathway>,
}

/// Generates `size` pathways over `regions` regions from `seed`; the same seed gives the same corpus.
pub fn generate(size: usize, regions: usize, seed: u64) -> Corpus {
    let mut rng = StdRng::seed_from_u64(seed);
    let rare_words: Vec<String> = (0..(size / 20).max(10))
        .map(|i| {
            let word: String = (0..3)
                .map(|_| *SYLLABLES.choose(&mut rng).unwrap_or(&"ka"))
                .collect();
            format!("{word}{}", ["la", "nen", "vaara", "koski"][i % 4])
        })
        .collect();
    let pathways = (0..size)
        .map(|i| {
            let language = match rng.random_range(0..100) {
                0..70 => Language::Finnish,
                70..85 => Language::Swedish,
                85..95 => Language::NorwegianBokmal,
                _ => Language::English,
            };
            let visibility = match rng.random_range(0..100) {
                0..60 => Visibility::Public,
                60..85 => Visibility::Network,
                _ => Visibility::AllMembers,
            };
            let rare = (visibility == Visibility::Public && rng.random_range(0..100) < 20)
                .then(|| rare_words[rng.random_range(0..rare_words.len())].clone());
            let words = |n: usize, rng: &mut StdRng| -> String {
                (0..n)
                    .map(|_| word(language, rng))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let title = format!("{} {}", capitalised(&words(3, &mut rng)), i);
            let summary = words(12, &mut rng);
            let mut body = words(60, &mut rng);
            if let Some(rare) = &rare {
                body.push(' ');
                body.push_str(rare);
            }
            let steps = (0..3).map(|_| capitalised(&words(3, &mut rng))).collect();
            SyntheticPathway {
                region: i % regions,
                language,
                visibility,
                title,
                summary,
                body,
                steps,
                rare,
            }
        })
        .collect();
    Corpus { pathways }
}

/// One word in `language`; Finnish text mixes the field's nouns, inflected, with filler.
fn word(language: Language, rng: &mut StdRng) -> String {
    let pick = |list: &[&str], rng: &mut StdRng| (*list.choose(rng).unwrap_or(&"")).to_owned();
    match language {
        Language::Finnish if rng.random_range(0..3) > 0 => {
            let forms = FINNISH.choose(rng).copied().unwrap_or(&["hoitopolku"]);
            pick(forms, rng)
        }
        Language::Finnish => pick(FINNISH_FILLER, rng),
        Language::Swedish => pick(SWEDISH, rng),
        Language::NorwegianBokmal => pick(NORWEGIAN, rng),
        Language::English => pick(ENGLISH, rng),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_corpus_and_the_languages_keep_their_shares() {
        let a = generate(2000, 8, 7);
        let b = generate(2000, 8, 7);
        assert_eq!(a.pathways, b.pathways);
        assert_ne!(a.pathways, generate(2000, 8, 8).pathways);
        let share =
            |language| a.pathways.iter().filter(|p| p.language == language).count() as f64 / 2000.0;
        assert!(
            (share(Language::Finnish) - 0.70).abs() < 0.04,
            "{}",
            share(Language::Finnish)
        );
        assert!((share(Language::Swedish) - 0.15).abs() < 0.03);
        assert!((share(Language::NorwegianBokmal) - 0.10).abs() < 0.03);
        assert!((share(Language::English) - 0.05).abs() < 0.02);
        assert!(
            a.pathways
                .iter()
                .filter_map(|p| p.rare.as_ref().map(|_| p.visibility))
                .all(|v| v == Visibility::Public),
            "rare words sit in public pathways only"
        );
    }
}
