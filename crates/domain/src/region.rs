//! Region names in four languages and slugs for addresses.

use serde::{Deserialize, Serialize};
use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

use crate::{DomainError, Language, msg, text::Name};

/// A region's name in fi, sv, nb and en; at least one is required.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalizedName {
    /// Finnish.
    pub fi: Option<String>,
    /// Swedish.
    pub sv: Option<String>,
    /// Norwegian Bokmål.
    pub nb: Option<String>,
    /// English.
    pub en: Option<String>,
}

impl LocalizedName {
    /// Validates each given name and requires at least one.
    pub fn parse(
        field: &str,
        fi: Option<&str>,
        sv: Option<&str>,
        nb: Option<&str>,
        en: Option<&str>,
    ) -> Result<Self, DomainError> {
        let one = |lang: &str, value: Option<&str>| {
            value
                .filter(|v| !v.trim().is_empty())
                .map(|v| Name::parse(&format!("{field}.{lang}"), v).map(Name::into_inner))
                .transpose()
        };
        let name = Self {
            fi: one("fi", fi)?,
            sv: one("sv", sv)?,
            nb: one("nb", nb)?,
            en: one("en", en)?,
        };
        if name.fi.is_none() && name.sv.is_none() && name.nb.is_none() && name.en.is_none() {
            return Err(DomainError::invalid(field, msg!("region-name-missing")));
        }
        Ok(name)
    }

    /// The name in `language`, falling back to fi, nb, sv, en in that order.
    pub fn get(&self, language: Language) -> &str {
        Self::fallback_order(language)
            .into_iter()
            .find_map(|language| self.in_language(language))
            .unwrap_or("")
    }

    /// The languages [`get`](Self::get) tries, in order: `language`, then fi, nb, sv, en.
    pub fn fallback_order(language: Language) -> [Language; 5] {
        [
            language,
            Language::Finnish,
            Language::NorwegianBokmal,
            Language::Swedish,
            Language::English,
        ]
    }

    fn in_language(&self, language: Language) -> Option<&str> {
        match language {
            Language::Finnish => self.fi.as_deref(),
            Language::Swedish => self.sv.as_deref(),
            Language::NorwegianBokmal => self.nb.as_deref(),
            Language::English => self.en.as_deref(),
        }
    }
}

/// Makes a URL slug from a name: lower-case ASCII letters, digits and hyphens. Accents and
/// other marks are dropped (ä → a, č → c); letters of their own are spelled out (ø → o, ß → ss).
pub fn slugify(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    let letters = name.trim().to_lowercase();
    for c in letters.nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if let Some(spelled) = spelled_out(c) {
            slug.push_str(spelled);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// How a–z spells a lower-case letter with no mark to drop (ø, æ, ß…), if it does.
fn spelled_out(c: char) -> Option<&'static str> {
    Some(match c {
        'ø' => "o",
        'æ' => "a",
        'đ' => "d",
        'ŋ' => "n",
        'ŧ' => "t",
        'ł' => "l",
        'ß' => "ss",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cases the web app's `slug.ts` is tested on too.
    const SLUG_CASES: &str = include_str!("../testdata/slugs.json");

    #[test]
    fn slugs_fold_nordic_and_sami_letters_as_the_web_app_does() {
        let cases: serde_json::Value = serde_json::from_str(SLUG_CASES).unwrap();
        let cases = cases["cases"].as_array().unwrap();
        assert!(cases.len() > 10);
        for case in cases {
            let (name, slug) = (case[0].as_str().unwrap(), case[1].as_str().unwrap());
            assert_eq!(slugify(name), slug, "{name:?}");
        }
    }

    #[test]
    fn a_name_needs_one_language() {
        let err = LocalizedName::parse("name", None, Some(" "), None, None).unwrap_err();
        assert!(err.to_string().contains("at least one language"));
    }
}
