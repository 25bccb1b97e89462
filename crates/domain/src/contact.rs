//! Contact channels of organisations and services: phone, e-mail, web, chat, address, video.

use serde::{Deserialize, Serialize};

use crate::{
    ChannelKind, DomainError, msg,
    text::{Email, Name},
};

/// One validated way to reach an organisation or a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channel {
    /// What kind of channel this is.
    pub kind: ChannelKind,
    /// The number, address or link.
    pub value: String,
    /// What it is for ("Neuvonta", "Vaihde"), if said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl Channel {
    /// Validates the value for its kind; `field` names the input (`channels.0.value`).
    pub fn parse(
        field: &str,
        kind: ChannelKind,
        value: &str,
        label: Option<&str>,
    ) -> Result<Self, DomainError> {
        let value_field = format!("{field}.value");
        let value = match kind {
            ChannelKind::Phone => parse_phone(&value_field, value)?,
            ChannelKind::Email => Email::parse(&value_field, value)?.as_str().to_owned(),
            ChannelKind::Web | ChannelKind::Chat | ChannelKind::Video => {
                parse_link(&value_field, value)?
            }
            ChannelKind::Address => Name::parse(&value_field, value)?.into_inner(),
        };
        let label = label
            .filter(|label| !label.trim().is_empty())
            .map(|label| Name::parse(&format!("{field}.label"), label).map(Name::into_inner))
            .transpose()?;
        Ok(Self { kind, value, label })
    }
}

/// A phone number: digits with optional `+`, spaces, hyphens and parentheses, 3–20 digits.
fn parse_phone(field: &str, input: &str) -> Result<String, DomainError> {
    let text = input.trim();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')'));
    if !allowed
        || !(3..=20).contains(&digits)
        || text.get(1..).is_some_and(|rest| rest.contains('+'))
    {
        return Err(DomainError::invalid(
            field,
            msg!("phone-invalid", text = text),
        ));
    }
    Ok(text.to_owned())
}

/// A web link: `https://` or `http://` with a host.
fn parse_link(field: &str, input: &str) -> Result<String, DomainError> {
    let text = input.trim();
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    match rest {
        Some(rest)
            if rest
                .split('/')
                .next()
                .is_some_and(|host| host.contains('.'))
                && !text.chars().any(char::is_whitespace)
                && text.len() <= 2_000 =>
        {
            Ok(text.to_owned())
        }
        _ => Err(DomainError::invalid(
            field,
            msg!("web-address-invalid", text = text),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_number_with_letters_is_refused() {
        let err = Channel::parse("channels.0", ChannelKind::Phone, "call me", None).unwrap_err();
        assert!(err.to_string().starts_with("channels.0.value:"), "{err}");
    }

    #[test]
    fn a_web_link_needs_a_scheme() {
        assert!(Channel::parse("c", ChannelKind::Web, "example.org", None).is_err());
        assert!(Channel::parse("c", ChannelKind::Web, "https://example.org/apua", None).is_ok());
    }
}
