//! Validated text: names, free text, e-mail addresses, passwords and language codes.
//!
//! Every free-text input passes through [`FreeText::parse`] or [`Name::parse`], which refuse text
//! holding a personal identity code: Verkosto keeps knowledge about services, never client data.

use serde::{Deserialize, Serialize};

use crate::{DomainError, msg, personal_id};

/// Longest name or title, in characters.
pub const NAME_MAX: usize = 200;
/// Longest summary, in characters.
pub const SUMMARY_MAX: usize = 1_000;
/// Longest description, eligibility or criteria text, in characters.
pub const DESCRIPTION_MAX: usize = 4_000;
/// Longest Markdown body, in characters.
pub const BODY_MAX: usize = 100_000;
/// Shortest accepted password, in characters.
pub const PASSWORD_MIN: usize = 12;
/// Longest accepted password, in characters.
pub const PASSWORD_MAX: usize = 128;

/// Refuses `text` when it holds a Finnish or Norwegian personal identity code.
pub fn refuse_personal_data(field: &str, text: &str) -> Result<(), DomainError> {
    match personal_id::find_personal_id(text) {
        Some(kind) => Err(DomainError::invalid(
            field,
            msg!("text-personal-data", kind = kind.as_str()),
        )),
        None => Ok(()),
    }
}

/// A required, trimmed, single-line name or title (1–200 characters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Name(String);

impl Name {
    /// Trims and validates a name for `field`.
    pub fn parse(field: &str, input: &str) -> Result<Self, DomainError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(DomainError::invalid(field, msg!("text-empty")));
        }
        let len = text.chars().count();
        if len > NAME_MAX {
            return Err(DomainError::invalid(
                field,
                msg!("text-too-long", len = len, max = NAME_MAX),
            ));
        }
        if text.chars().any(char::is_control) {
            return Err(DomainError::invalid(field, msg!("text-not-one-line")));
        }
        refuse_personal_data(field, text)?;
        Ok(Self(text.to_owned()))
    }

    /// The validated text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The validated text, owned.
    pub fn into_inner(self) -> String {
        self.0
    }
}

/// Optional multi-line text with a length limit (empty is allowed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FreeText(String);

impl FreeText {
    /// Trims and validates free text for `field`, at most `max` characters.
    pub fn parse(field: &str, input: &str, max: usize) -> Result<Self, DomainError> {
        let text = input.trim();
        let len = text.chars().count();
        if len > max {
            return Err(DomainError::invalid(
                field,
                msg!("text-too-long", len = len, max = max),
            ));
        }
        if text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            return Err(DomainError::invalid(field, msg!("text-control-characters")));
        }
        refuse_personal_data(field, text)?;
        Ok(Self(text.to_owned()))
    }

    /// The validated text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The validated text, owned.
    pub fn into_inner(self) -> String {
        self.0
    }
}

/// A lower-cased e-mail address of a plausible shape.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    /// Trims, lower-cases and checks the shape `local@domain.tld`.
    pub fn parse(field: &str, input: &str) -> Result<Self, DomainError> {
        let text = input.trim().to_lowercase();
        let bad = |why: &'static str| {
            DomainError::invalid(field, msg!("email-invalid", text = &text, why = why))
        };
        if text.is_empty() {
            return Err(DomainError::invalid(field, msg!("email-empty")));
        }
        if text.len() > 254 {
            return Err(bad("too_long"));
        }
        let Some((local, domain)) = text.split_once('@') else {
            return Err(bad("no_at"));
        };
        if local.is_empty() || domain.contains('@') {
            return Err(bad("one_at"));
        }
        if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') {
            return Err(bad("no_domain"));
        }
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad("spaces"));
        }
        Ok(Self(text))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password that meets the length rules (checked before hashing).
pub struct NewPassword(String);

impl NewPassword {
    /// Checks the length of a password someone chooses.
    pub fn parse(field: &str, input: &str) -> Result<Self, DomainError> {
        let len = input.chars().count();
        if len < PASSWORD_MIN {
            return Err(DomainError::invalid(
                field,
                msg!("password-too-short", len = len, min = PASSWORD_MIN),
            ));
        }
        if len > PASSWORD_MAX {
            return Err(DomainError::invalid(
                field,
                msg!("password-too-long", max = PASSWORD_MAX),
            ));
        }
        Ok(Self(input.to_owned()))
    }

    /// The password, for hashing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

/// An ISO 639 language code (two or three lower-case letters) of a language a service is offered in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LanguageCode(String);

impl LanguageCode {
    /// Validates an ISO 639-1/-3 code such as `fi`, `sv`, `se` or `smn`.
    pub fn parse(field: &str, input: &str) -> Result<Self, DomainError> {
        let code = input.trim().to_lowercase();
        if (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase()) {
            Ok(Self(code))
        } else {
            Err(DomainError::invalid(
                field,
                msg!("language-code-invalid", input = input),
            ))
        }
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_name_is_refused_with_the_field_named() {
        let err = Name::parse("name", "   ").unwrap_err();
        assert_eq!(err.to_string(), "name: must not be empty");
    }

    #[test]
    fn an_over_long_name_says_the_limit() {
        let err = Name::parse("title", &"a".repeat(201)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "title: is 201 characters long; the limit is 200"
        );
    }

    #[test]
    fn free_text_with_a_henkilotunnus_is_refused() {
        let err = FreeText::parse("body", "Asiakas 131052-308T soitti", 100).unwrap_err();
        assert!(err.to_string().starts_with("body: the text contains"));
    }

    #[test]
    fn a_short_password_gets_a_clear_message() {
        let err = NewPassword::parse("password", "lyhyt").unwrap_err();
        assert!(err.to_string().contains("at least 12"), "{err}");
    }

    #[test]
    fn e_mail_is_lower_cased_and_shape_checked() {
        assert_eq!(
            Email::parse("email", " Anna@Example.ORG ").map(|e| e.as_str().to_owned()),
            Ok("anna@example.org".to_owned())
        );
        assert!(Email::parse("email", "anna.example.org").is_err());
        let empty = Email::parse("email", "  ").expect_err("an empty address");
        assert!(
            matches!(&empty, DomainError::Invalid { reason, .. } if reason.id() == "email-empty"),
            "{empty:?}"
        );
        assert!(Email::parse("email", "anna@example").is_err());
    }
}
