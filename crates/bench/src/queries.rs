//! The query set: four classes of what people type, each query known to match the corpus.

use rand::{SeedableRng, rngs::StdRng, seq::IndexedRandom};

use crate::corpus::{Corpus, FINNISH};

/// What kind of query it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum QueryClass {
    /// A base form: `vankila`.
    Stem,
    /// An inflected form: `vankilasta`.
    Inflected,
    /// A word in a handful of pathways.
    Rare,
    /// Two words: `vankilasta vapautumisen`.
    TwoWords,
}

impl QueryClass {
    /// Every class, in report order.
    pub const ALL: [QueryClass; 4] = [
        QueryClass::Stem,
        QueryClass::Inflected,
        QueryClass::Rare,
        QueryClass::TwoWords,
    ];

    /// Its name in the report.
    pub fn name(self) -> &'static str {
        match self {
            QueryClass::Stem => "stem",
            QueryClass::Inflected => "inflected",
            QueryClass::Rare => "rare",
            QueryClass::TwoWords => "two words",
        }
    }
}

/// One query of the set.
#[derive(Debug, Clone)]
pub struct Query {
    /// Its class.
    pub class: QueryClass,
    /// What is typed.
    pub text: String,
}

/// `per_class` queries of each class, interleaved, from `seed`.
pub fn generate(corpus: &Corpus, per_class: usize, seed: u64) -> Vec<Query> {
    let mut rng = StdRng::seed_from_u64(seed);
    let rare: Vec<&String> = corpus
        .pathways
        .iter()
        .filter_map(|p| p.rare.as_ref())
        .collect();
    let mut queries = Vec::with_capacity(per_class * 4);
    for _ in 0..per_class {
        for class in QueryClass::ALL {
            let noun = FINNISH.choose(&mut rng).copied().unwrap_or(&["hoitopolku"]);
            let text = match class {
                QueryClass::Stem => noun[0].to_owned(),
                QueryClass::Inflected => noun[1..]
                    .choose(&mut rng)
                    .copied()
                    .unwrap_or(noun[0])
                    .to_owned(),
                QueryClass::Rare => rare
                    .choose(&mut rng)
                    .map_or_else(|| noun[0].to_owned(), |w| (*w).clone()),
                QueryClass::TwoWords => {
                    let other = FINNISH.choose(&mut rng).copied().unwrap_or(&["vankila"]);
                    format!(
                        "{} {}",
                        noun.choose(&mut rng).copied().unwrap_or(noun[0]),
                        other.choose(&mut rng).copied().unwrap_or(other[0])
                    )
                }
            };
            queries.push(Query { class, text });
        }
    }
    queries
}
