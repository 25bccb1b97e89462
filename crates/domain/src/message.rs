//! Messages people read, error reasons above all: a Fluent id with its arguments, rendered in the
//! reader's language from the catalogues under `crates/domain/locales/<language>/`.
//!
//! Code builds messages with [`msg!`](crate::msg) and never formats user-facing text itself, so
//! that one catalogue per language holds every sentence. English is the fallback and what
//! `Display` (logs, the command line) shows.

use std::fmt;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::Language;

/// A message: its catalogue id and named arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// One argument of a [`Message`]: text, or a number (which plural forms can select on).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text, shown as given.
    Text(String),
    /// A whole number.
    Number(i64),
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Self::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize);

/// Builds a [`Message`]: `msg!("text-too-long", len = len, max = NAME_MAX)`.
///
/// The id names an entry of the catalogues; each `name = value` sets the argument `$name`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::Message::new($id)$(.with(stringify!($name), $value))*
    };
}

impl Message {
    /// A message without arguments; prefer [`msg!`](crate::msg).
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// The message with the argument `name` set to `value`.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The catalogue id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `language`; in English when that language lacks it.
    pub fn render(&self, language: Language) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                Arg::Text(text) => args.set(*name, FluentValue::from(text.as_str())),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        [language, Language::English]
            .into_iter()
            .find_map(|language| {
                let bundle = bundle(language);
                let pattern = bundle.get_message(self.id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, Some(&args), &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| self.id.to_owned())
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Language::English))
    }
}

/// The catalogue files of one language.
macro_rules! catalogue {
    ($dir:literal) => {
        &[
            include_str!(concat!("../locales/", $dir, "/common.ftl")),
            include_str!(concat!("../locales/", $dir, "/domain.ftl")),
            include_str!(concat!("../locales/", $dir, "/store.ftl")),
            include_str!(concat!("../locales/", $dir, "/graphql.ftl")),
            include_str!(concat!("../locales/", $dir, "/server.ftl")),
            include_str!(concat!("../locales/", $dir, "/mail.ftl")),
        ]
    };
}

/// Every language's catalogue files, for the bundles and for the catalogue tests.
pub const CATALOGUES: [(Language, &[&str]); 4] = [
    (Language::English, catalogue!("en")),
    (Language::Finnish, catalogue!("fi")),
    (Language::Swedish, catalogue!("sv")),
    (Language::NorwegianBokmal, catalogue!("nb")),
];

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<Vec<(Language, Bundle)>> = LazyLock::new(|| {
    CATALOGUES
        .iter()
        .map(|(language, files)| {
            let id: LanguageIdentifier = language
                .as_str()
                .parse()
                .unwrap_or_else(|_| LanguageIdentifier::default());
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Plain text for JSON and logs, without Unicode isolation marks around arguments.
            bundle.set_use_isolating(false);
            for file in *files {
                // A file with a syntax error still yields its good entries; the catalogue tests
                // fail on any error, so none reaches a build.
                let resource = FluentResource::try_new((*file).to_owned())
                    .unwrap_or_else(|(resource, _)| resource);
                bundle.add_resource_overriding(resource);
            }
            (*language, bundle)
        })
        .collect()
});

fn bundle(language: Language) -> &'static Bundle {
    let bundles = &*BUNDLES;
    bundles
        .iter()
        .find(|(l, _)| *l == language)
        .or_else(|| bundles.first())
        .map(|(_, bundle)| bundle)
        .expect("the catalogues are a fixed, non-empty list")
}

/// The language to answer in for an HTTP `Accept-Language` header: the first listed language
/// Verkosto speaks (`no` and `nn` read as Bokmål), else English.
pub fn negotiate(accept_language: &str) -> Language {
    fluent_langneg::parse_accepted_languages(accept_language)
        .iter()
        .find_map(|tag| match tag.language.as_str() {
            "fi" => Some(Language::Finnish),
            "sv" => Some(Language::Swedish),
            "nb" | "no" | "nn" => Some(Language::NorwegianBokmal),
            "en" => Some(Language::English),
            _ => None,
        })
        .unwrap_or(Language::English)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_first_language_verkosto_speaks() {
        assert_eq!(negotiate("fi-FI,fi;q=0.9,en;q=0.8"), Language::Finnish);
        assert_eq!(negotiate("de-DE, sv-SE;q=0.8"), Language::Swedish);
        assert_eq!(negotiate("no, en"), Language::NorwegianBokmal);
        assert_eq!(negotiate("de, fr"), Language::English);
        assert_eq!(negotiate(""), Language::English);
    }

    #[test]
    fn a_message_renders_its_arguments_in_each_language() {
        let message = msg!("text-too-long", len = 250usize, max = 200usize);
        assert_eq!(
            message.to_string(),
            "is 250 characters long; the limit is 200"
        );
        let finnish = message.render(Language::Finnish);
        assert!(
            finnish.contains("250") && finnish.contains("200") && finnish != message.to_string(),
            "{finnish}"
        );
    }
}
