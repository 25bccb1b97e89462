//! Organisation business ids: the Finnish Y-tunnus and the Norwegian organisasjonsnummer.
//!
//! [`BusinessId::parse`] accepts the ways people usually write them, validates the check digit and
//! keeps one normalised text: `"1234567-1"` for a Y-tunnus, `"123456785"` for an
//! organisasjonsnummer.

use std::fmt;

use crate::{Message, msg, personal_id};

/// Weights of the Y-tunnus check digit, over its 7 digits.
const Y_TUNNUS_WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];
/// Weights of the organisasjonsnummer check digit, over its first 8 digits.
const ORGANISASJONSNUMMER_WEIGHTS: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];
/// Longest piece of unrecognised input repeated in an error message, in characters.
const ECHO_MAX: usize = 40;

/// A validated organisation business id, normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BusinessId {
    /// A Finnish Y-tunnus, as `"1234567-1"`.
    FinnishYTunnus(String),
    /// A Norwegian organisasjonsnummer, as 9 digits without spaces: `"123456785"`.
    NorwegianOrganisasjonsnummer(String),
}

/// Why a business id was refused; every reason tells the person what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.reason())]
pub enum BusinessIdError {
    /// Nothing was given.
    Empty,
    /// The input holds a personal identity code, which must not be stored nor repeated.
    PersonalId,
    /// Something with a hyphen that is not shaped like a Y-tunnus.
    YTunnusFormat,
    /// A Y-tunnus whose check digit does not match its first 7 digits.
    YTunnusCheckDigit(String),
    /// Only digits, but not 9 of them.
    OrganisasjonsnummerLength(usize),
    /// An organisasjonsnummer whose check digit does not match its first 8 digits.
    OrganisasjonsnummerCheckDigit(String),
    /// Neither shape (the text is the start of the input).
    Unrecognised(String),
}

impl BusinessIdError {
    /// The reason, for showing at the field.
    pub fn reason(&self) -> Message {
        match self {
            Self::Empty => msg!("business-id-empty"),
            Self::PersonalId => msg!("business-id-personal-id"),
            Self::YTunnusFormat => msg!("business-id-y-tunnus-format"),
            Self::YTunnusCheckDigit(id) => msg!("business-id-y-tunnus-check-digit", id = id),
            Self::OrganisasjonsnummerLength(len) => {
                msg!("business-id-organisasjonsnummer-length", len = *len)
            }
            Self::OrganisasjonsnummerCheckDigit(id) => {
                msg!("business-id-organisasjonsnummer-check-digit", id = id)
            }
            Self::Unrecognised(text) => msg!("business-id-unrecognised", text = text),
        }
    }
}

impl BusinessId {
    /// Parses a Y-tunnus ("1234567-8"; a 6-digit body gets a leading zero) or an organisasjonsnummer (9 digits, spaces allowed, optional "NO" prefix and "MVA" suffix), validating the check digit.
    pub fn parse(input: &str) -> Result<Self, BusinessIdError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(BusinessIdError::Empty);
        }
        if personal_id::find_personal_id(text).is_some() {
            return Err(BusinessIdError::PersonalId);
        }
        if let Some((body, check)) = text.split_once('-') {
            return parse_y_tunnus(body.trim(), check.trim());
        }
        let mut rest = text;
        if let Some(prefix) = rest.get(..2)
            && prefix.eq_ignore_ascii_case("NO")
        {
            rest = &rest[2..];
        }
        if let Some(at) = rest.len().checked_sub(3)
            && rest
                .get(at..)
                .is_some_and(|s| s.eq_ignore_ascii_case("MVA"))
        {
            rest = &rest[..at];
        }
        let compact: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.is_empty() || !compact.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BusinessIdError::Unrecognised(
                text.chars().take(ECHO_MAX).collect(),
            ));
        }
        if compact.len() != 9 {
            return Err(BusinessIdError::OrganisasjonsnummerLength(compact.len()));
        }
        let digits = digit_values(&compact);
        if organisasjonsnummer_check(&digits[..8]) != Some(digits[8]) {
            return Err(BusinessIdError::OrganisasjonsnummerCheckDigit(compact));
        }
        Ok(Self::NorwegianOrganisasjonsnummer(compact))
    }

    /// The normalised text: "1234567-8" or "123456785".
    pub fn as_str(&self) -> &str {
        match self {
            Self::FinnishYTunnus(id) | Self::NorwegianOrganisasjonsnummer(id) => id,
        }
    }

    /// "FI" or "NO".
    pub fn country_code(&self) -> &'static str {
        match self {
            Self::FinnishYTunnus(_) => "FI",
            Self::NorwegianOrganisasjonsnummer(_) => "NO",
        }
    }
}

impl fmt::Display for BusinessId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Validates a Y-tunnus given as its body (6 or 7 digits) and its check digit.
fn parse_y_tunnus(body: &str, check: &str) -> Result<BusinessId, BusinessIdError> {
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !matches!(body.len(), 6 | 7) || check.len() != 1 || !all_digits(body) || !all_digits(check) {
        return Err(BusinessIdError::YTunnusFormat);
    }
    let id = format!("{body:0>7}-{check}");
    let digits = digit_values(body);
    let mut seven = [0u8; 7];
    seven[7 - digits.len()..].copy_from_slice(&digits);
    let given = digit_values(check);
    if y_tunnus_check(&seven) != given.first().copied() {
        return Err(BusinessIdError::YTunnusCheckDigit(id));
    }
    Ok(BusinessId::FinnishYTunnus(id))
}

/// The values of ASCII digits (the caller checked they are digits).
fn digit_values(text: &str) -> Vec<u8> {
    text.bytes().map(|b| b.wrapping_sub(b'0')).collect()
}

/// The weighted sum of digit values.
fn weighted_sum(digits: &[u8], weights: &[u32]) -> u32 {
    digits
        .iter()
        .zip(weights)
        .map(|(&d, &w)| u32::from(d) * w)
        .sum()
}

/// The check digit of a Y-tunnus body, or `None` when no Y-tunnus can have that body.
fn y_tunnus_check(seven: &[u8; 7]) -> Option<u8> {
    match weighted_sum(seven, &Y_TUNNUS_WEIGHTS) % 11 {
        0 => Some(0),
        1 => None,
        r => Some((11 - r) as u8),
    }
}

/// The check digit of an organisasjonsnummer's first 8 digits, or `None` when it would be 10.
fn organisasjonsnummer_check(first8: &[u8]) -> Option<u8> {
    match 11 - weighted_sum(first8, &ORGANISASJONSNUMMER_WEIGHTS) % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k as u8),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fi(id: &str) -> BusinessId {
        BusinessId::FinnishYTunnus(id.to_owned())
    }

    fn no(id: &str) -> BusinessId {
        BusinessId::NorwegianOrganisasjonsnummer(id.to_owned())
    }

    #[test]
    fn hand_verified_y_tunnus_are_accepted() {
        // 0112038: 0·7+1·9+1·10+2·5+0·8+3·4+8·2 = 57, 57 mod 11 = 2, check 11 - 2 = 9.
        assert_eq!(BusinessId::parse("0112038-9"), Ok(fi("0112038-9")));
        // 1234567: 1·7+2·9+3·10+4·5+5·8+6·4+7·2 = 153, 153 mod 11 = 10, check 11 - 10 = 1.
        assert_eq!(BusinessId::parse("1234567-1"), Ok(fi("1234567-1")));
        // 2331972: 2·7+3·9+3·10+1·5+9·8+7·4+2·2 = 180, 180 mod 11 = 4, check 11 - 4 = 7.
        assert_eq!(BusinessId::parse("2331972-7"), Ok(fi("2331972-7")));
    }

    #[test]
    fn a_y_tunnus_whose_sum_is_divisible_by_eleven_has_check_digit_zero() {
        // 0000000: sum 0, 0 mod 11 = 0, check 0.
        assert_eq!(BusinessId::parse("0000000-0"), Ok(fi("0000000-0")));
    }

    #[test]
    fn a_six_digit_y_tunnus_body_gets_a_leading_zero() {
        assert_eq!(BusinessId::parse("112038-9"), Ok(fi("0112038-9")));
        // 0201256: 0·7+2·9+0·10+1·5+2·8+5·4+6·2 = 71, 71 mod 11 = 5, check 6.
        assert_eq!(BusinessId::parse(" 201256 - 6 "), Ok(fi("0201256-6")));
    }

    #[test]
    fn a_y_tunnus_with_a_wrong_check_digit_is_refused() {
        assert_eq!(
            BusinessId::parse("1234567-2"),
            Err(BusinessIdError::YTunnusCheckDigit("1234567-2".to_owned()))
        );
        assert_eq!(
            BusinessId::parse("112038-8"),
            Err(BusinessIdError::YTunnusCheckDigit("0112038-8".to_owned()))
        );
    }

    #[test]
    fn a_y_tunnus_whose_remainder_is_one_cannot_exist() {
        // 0000006: 6·2 = 12, 12 mod 11 = 1: no check digit fits.
        for check in 0..10 {
            let id = format!("0000006-{check}");
            assert_eq!(
                BusinessId::parse(&id),
                Err(BusinessIdError::YTunnusCheckDigit(id.clone()))
            );
        }
    }

    #[test]
    fn a_y_tunnus_of_the_wrong_length_or_with_letters_is_refused() {
        for input in [
            "12345678-1",
            "12345-1",
            "1234567-12",
            "1234567-",
            "-1",
            "123456A-1",
            "1234567-X",
        ] {
            assert_eq!(
                BusinessId::parse(input),
                Err(BusinessIdError::YTunnusFormat),
                "{input}"
            );
        }
    }

    #[test]
    fn hand_verified_organisasjonsnummer_are_accepted() {
        // 92360901: 9·3+2·2+3·7+6·6+0·5+9·4+0·3+1·2 = 126, 126 mod 11 = 5, check 11 - 5 = 6.
        assert_eq!(BusinessId::parse("923609016"), Ok(no("923609016")));
        // 97476067: 9·3+7·2+4·7+7·6+6·5+0·4+6·3+7·2 = 173, 173 mod 11 = 8, check 11 - 8 = 3.
        assert_eq!(BusinessId::parse("974760673"), Ok(no("974760673")));
        // 12345678: 1·3+2·2+3·7+4·6+5·5+6·4+7·3+8·2 = 138, 138 mod 11 = 6, check 11 - 6 = 5.
        assert_eq!(BusinessId::parse("123456785"), Ok(no("123456785")));
    }

    #[test]
    fn an_organisasjonsnummer_is_normalised_without_spaces_prefix_or_suffix() {
        assert_eq!(BusinessId::parse("923 609 016"), Ok(no("923609016")));
        assert_eq!(BusinessId::parse("NO 923 609 016 MVA"), Ok(no("923609016")));
        assert_eq!(BusinessId::parse("no923609016mva"), Ok(no("923609016")));
        assert_eq!(BusinessId::parse("  974 760 673\t"), Ok(no("974760673")));
    }

    #[test]
    fn an_organisasjonsnummer_with_a_wrong_check_digit_is_refused() {
        assert_eq!(
            BusinessId::parse("923 609 017"),
            Err(BusinessIdError::OrganisasjonsnummerCheckDigit(
                "923609017".to_owned()
            ))
        );
    }

    #[test]
    fn an_organisasjonsnummer_whose_check_would_be_ten_cannot_exist() {
        // 00000006: 6·2 = 12, 12 mod 11 = 1, 11 - 1 = 10: no check digit fits.
        for check in 0..10 {
            let id = format!("00000006{check}");
            assert_eq!(
                BusinessId::parse(&id),
                Err(BusinessIdError::OrganisasjonsnummerCheckDigit(id.clone()))
            );
        }
    }

    #[test]
    fn digits_of_the_wrong_length_are_refused() {
        assert_eq!(
            BusinessId::parse("92360901"),
            Err(BusinessIdError::OrganisasjonsnummerLength(8))
        );
        assert_eq!(
            BusinessId::parse("NO 923 609 0161 MVA"),
            Err(BusinessIdError::OrganisasjonsnummerLength(10))
        );
    }

    #[test]
    fn letters_are_refused() {
        assert_eq!(
            BusinessId::parse("Nokia Oyj"),
            Err(BusinessIdError::Unrecognised("Nokia Oyj".to_owned()))
        );
        assert_eq!(
            BusinessId::parse("92360901A"),
            Err(BusinessIdError::Unrecognised("92360901A".to_owned()))
        );
        assert_eq!(
            BusinessId::parse("NO MVA"),
            Err(BusinessIdError::Unrecognised("NO MVA".to_owned()))
        );
    }

    #[test]
    fn an_empty_input_is_refused() {
        assert_eq!(BusinessId::parse("  "), Err(BusinessIdError::Empty));
    }

    #[test]
    fn a_personal_identity_code_is_refused_without_being_repeated() {
        let error = BusinessId::parse("131052-308T").expect_err("a HETU is no business id");
        assert_eq!(error, BusinessIdError::PersonalId);
        assert!(!error.to_string().contains("131052"));
        assert_eq!(
            BusinessId::parse("01019012480"),
            Err(BusinessIdError::PersonalId)
        );
    }

    #[test]
    fn country_code_display_and_as_str_agree() {
        let y = fi("0112038-9");
        assert_eq!((y.country_code(), y.as_str()), ("FI", "0112038-9"));
        assert_eq!(y.to_string(), "0112038-9");
        let o = no("923609016");
        assert_eq!((o.country_code(), o.as_str()), ("NO", "923609016"));
        assert_eq!(o.to_string(), "923609016");
    }

    #[test]
    fn error_messages_say_what_to_fix() {
        assert_eq!(
            BusinessIdError::YTunnusFormat.to_string(),
            "a Finnish business id (Y-tunnus) has 7 digits, a hyphen and a check digit, like 1234567-1"
        );
        assert_eq!(
            BusinessIdError::YTunnusCheckDigit("1234567-2".to_owned()).to_string(),
            "the check digit of Y-tunnus 1234567-2 is wrong; check the number"
        );
        assert!(
            BusinessIdError::OrganisasjonsnummerLength(8)
                .to_string()
                .starts_with("a Norwegian organisation number has 9 digits")
        );
    }
}
