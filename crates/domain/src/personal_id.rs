//! Finds Finnish and Norwegian personal identity codes in free text, so that Verkosto can refuse them.
//!
//! Verkosto stores knowledge about services, never client personal data. Every free-text field
//! passes through [`find_personal_id`], which scans the text once, by hand, for:
//!
//! - a Finnish henkilötunnus (`DDMMYY`, a century sign, a 3-digit individual number and a control
//!   character), matched case-insensitively and not glued to other letters or digits;
//! - a Norwegian fødselsnummer or D-number (11 digits with two mod-11 control digits, optionally
//!   written with one space or hyphen after the 6 date digits), not part of a longer digit run.
//!
//! Both are only reported when their control characters are right and their date exists, so
//! dates, phone numbers, business ids and case numbers are left alone.

use chrono::NaiveDate;

/// Which national identity code was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonalIdKind {
    /// A Finnish personal identity code (henkilötunnus, HETU).
    FinnishHenkilotunnus,
    /// A Norwegian national identity number (fødselsnummer) or D-number.
    NorwegianFodselsnummer,
}

impl PersonalIdKind {
    /// The `$kind` choice of the `text-personal-data` message.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FinnishHenkilotunnus => "henkilotunnus",
            Self::NorwegianFodselsnummer => "fodselsnummer",
        }
    }
}

/// The control characters of a henkilötunnus, indexed by `(DDMMYY * 1000 + NNN) mod 31`.
const HETU_CONTROL: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// Weights of the first control digit of a fødselsnummer.
const FNR_K1_WEIGHTS: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
/// Weights of the second control digit of a fødselsnummer.
const FNR_K2_WEIGHTS: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/// Finds the first valid personal identity code inside free text, if any.
///
/// The scan visits every byte once: candidates can only start where a run of ASCII digits starts,
/// and only runs of exactly 6 digits (henkilötunnus, spaced fødselsnummer) or 11 digits
/// (fødselsnummer) are examined further.
pub fn find_personal_id(text: &str) -> Option<PersonalIdKind> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        match i - start {
            6 => {
                if is_henkilotunnus_at(text, start) {
                    return Some(PersonalIdKind::FinnishHenkilotunnus);
                }
                if is_split_fodselsnummer_at(bytes, start) {
                    return Some(PersonalIdKind::NorwegianFodselsnummer);
                }
            }
            11 => {
                if let Some(digits) = digits_of(&bytes[start..i])
                    && is_valid_fodselsnummer(&digits)
                {
                    return Some(PersonalIdKind::NorwegianFodselsnummer);
                }
            }
            _ => {}
        }
    }
    None
}

/// The first year of the century a henkilötunnus century sign stands for.
fn hetu_century(sign: u8) -> Option<i32> {
    match sign.to_ascii_uppercase() {
        b'+' => Some(1800),
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => Some(1900),
        b'A'..=b'F' => Some(2000),
        _ => None,
    }
}

/// The control character of the henkilötunnus with date digits `ddmmyy` and individual number `nnn`.
fn hetu_control(ddmmyy: u32, nnn: u32) -> u8 {
    HETU_CONTROL[((ddmmyy * 1000 + nnn) % 31) as usize]
}

/// The number written by ASCII digits (the caller checked they are digits).
fn number(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |n, d| n * 10 + u32::from(d.wrapping_sub(b'0')))
}

/// Whether a henkilötunnus starts at byte `start` of `text`, where a run of 6 digits starts.
fn is_henkilotunnus_at(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(code) = bytes.get(start..start + 11) else {
        return false;
    };
    let Some(century) = hetu_century(code[6]) else {
        return false;
    };
    if !code[7..10].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let ddmmyy = number(&code[..6]);
    let nnn = number(&code[7..10]);
    if nnn < 2 || hetu_control(ddmmyy, nnn) != code[10].to_ascii_uppercase() {
        return false;
    }
    // The control character is ASCII, so both ends are char boundaries.
    let glued_before = text
        .get(..start)
        .and_then(|before| before.chars().next_back())
        .is_some_and(char::is_alphanumeric);
    let glued_after = text
        .get(start + 11..)
        .and_then(|after| after.chars().next())
        .is_some_and(char::is_alphanumeric);
    if glued_before || glued_after {
        return false;
    }
    let day = number(&code[0..2]);
    let month = number(&code[2..4]);
    let year = century + number(&code[4..6]) as i32;
    NaiveDate::from_ymd_opt(year, month, day).is_some()
}

/// Whether a fødselsnummer written "DDMMYY IIIKK" or "DDMMYY-IIIKK" starts at byte `start`.
fn is_split_fodselsnummer_at(bytes: &[u8], start: usize) -> bool {
    let Some(code) = bytes.get(start..start + 12) else {
        return false;
    };
    if !matches!(code[6], b' ' | b'-') {
        return false;
    }
    if bytes.get(start + 12).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let mut joined = [0u8; 11];
    joined[..6].copy_from_slice(&code[..6]);
    joined[6..].copy_from_slice(&code[7..]);
    digits_of(&joined).is_some_and(|digits| is_valid_fodselsnummer(&digits))
}

/// The values of exactly 11 ASCII digits.
fn digits_of(text: &[u8]) -> Option<[u8; 11]> {
    let mut digits = [0u8; 11];
    if text.len() != digits.len() {
        return None;
    }
    for (digit, &byte) in digits.iter_mut().zip(text) {
        if !byte.is_ascii_digit() {
            return None;
        }
        *digit = byte - b'0';
    }
    Some(digits)
}

/// The mod-11 control digit of `digits` with `weights`, or `None` when it would be 10.
fn mod11_control(digits: &[u8], weights: &[u32]) -> Option<u8> {
    let sum: u32 = digits
        .iter()
        .zip(weights)
        .map(|(&d, &w)| u32::from(d) * w)
        .sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k as u8),
    }
}

/// The two control digits that follow the 9 first digits of a fødselsnummer, if it can have any.
fn fodselsnummer_controls(first9: &[u8]) -> Option<(u8, u8)> {
    let k1 = mod11_control(first9, &FNR_K1_WEIGHTS)?;
    let mut first10 = [0u8; 10];
    first10[..9].copy_from_slice(first9.get(..9)?);
    first10[9] = k1;
    let k2 = mod11_control(&first10, &FNR_K2_WEIGHTS)?;
    Some((k1, k2))
}

/// Whether the 11 digit values form a valid fødselsnummer or D-number.
fn is_valid_fodselsnummer(digits: &[u8; 11]) -> bool {
    if fodselsnummer_controls(&digits[..9]) != Some((digits[9], digits[10])) {
        return false;
    }
    let mut day = u32::from(digits[0] * 10 + digits[1]);
    if (41..=71).contains(&day) {
        day -= 40; // D-number
    }
    let month = u32::from(digits[2] * 10 + digits[3]);
    let yy = i32::from(digits[4] * 10 + digits[5]);
    // Lenient about the century: any real calendar date in the 1900s or 2000s will do.
    NaiveDate::from_ymd_opt(1900 + yy, month, day).is_some()
        || NaiveDate::from_ymd_opt(2000 + yy, month, day).is_some()
}

/// Generators of valid personal identity codes and of strings that only look like them, for tests.
#[cfg(any(test, feature = "testgen"))]
pub mod testgen {
    use chrono::{Datelike, NaiveDate};
    use rand::Rng;

    use super::{HETU_CONTROL, fodselsnummer_controls, hetu_control};

    /// Every henkilötunnus century sign with the first year of its century.
    const HETU_SIGNS: [(char, i32); 13] = [
        ('+', 1800),
        ('-', 1900),
        ('Y', 1900),
        ('X', 1900),
        ('W', 1900),
        ('V', 1900),
        ('U', 1900),
        ('A', 2000),
        ('B', 2000),
        ('C', 2000),
        ('D', 2000),
        ('E', 2000),
        ('F', 2000),
    ];

    /// A random real date in `year`.
    fn random_date(rng: &mut impl Rng, year: i32) -> NaiveDate {
        loop {
            let month = rng.random_range(1..=12);
            let day = rng.random_range(1..=31);
            if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
                return date;
            }
        }
    }

    /// A random element of a non-empty slice.
    fn pick<T: Copy>(rng: &mut impl Rng, items: &[T]) -> T {
        items[rng.random_range(0..items.len())]
    }

    /// `n` random ASCII digits.
    fn digits(rng: &mut impl Rng, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
            .collect()
    }

    /// A valid Finnish henkilötunnus in upper case, with any century sign, e.g. "131052-308T".
    pub fn valid_henkilotunnus(rng: &mut impl Rng) -> String {
        let (sign, century) = pick(rng, &HETU_SIGNS);
        let year = century + rng.random_range(0..100);
        let date = random_date(rng, year);
        let nnn = rng.random_range(2..=999);
        hetu_string(date, sign, nnn, None)
    }

    /// The henkilötunnus of `date`, `sign` and `nnn`, with the right control character unless one is given.
    fn hetu_string(date: NaiveDate, sign: char, nnn: u32, control: Option<u8>) -> String {
        let ddmmyy = date.day() * 10_000 + date.month() * 100 + date.year().rem_euclid(100) as u32;
        let control = control.unwrap_or_else(|| hetu_control(ddmmyy, nnn));
        format!("{ddmmyy:06}{sign}{nnn:03}{}", char::from(control))
    }

    /// The 11 digits of a valid fødselsnummer, sometimes a D-number.
    fn fodselsnummer_digits(rng: &mut impl Rng) -> String {
        let year = rng.random_range(1900..=2039);
        let date = random_date(rng, year);
        let d_number = rng.random_bool(0.2);
        let day = date.day() + if d_number { 40 } else { 0 };
        let date_digits = format!("{day:02}{:02}{:02}", date.month(), year % 100);
        let individual = if year < 2000 { 0..=499 } else { 500..=999 };
        loop {
            let first9 = format!("{date_digits}{:03}", rng.random_range(individual.clone()));
            let values: Vec<u8> = first9.bytes().map(|b| b - b'0').collect();
            if let Some((k1, k2)) = fodselsnummer_controls(&values) {
                return format!("{first9}{k1}{k2}");
            }
        }
    }

    /// A valid Norwegian fødselsnummer, sometimes a D-number (day + 40), sometimes written with a
    /// space after the 6 date digits.
    pub fn valid_fodselsnummer(rng: &mut impl Rng) -> String {
        let digits = fodselsnummer_digits(rng);
        if rng.random_bool(0.3) {
            format!("{} {}", &digits[..6], &digits[6..])
        } else {
            digits
        }
    }

    /// A random Finnish phone number, in one of the ways people write them.
    fn finnish_phone(rng: &mut impl Rng) -> String {
        let prefix = pick(rng, &["40", "41", "44", "45", "50", "9"]);
        let (a, b) = (digits(rng, 3), digits(rng, 4));
        match rng.random_range(0..6) {
            0 => format!("0{prefix} {a} {b}"),
            1 => format!("0{prefix}{a}{b}"),
            2 => format!("+358 {prefix} {a} {b}"),
            3 => format!("+358{prefix}{a}{b}"),
            4 => format!("0{prefix}-{a} {b}"),
            _ => format!("(0{prefix}) {a}{b}"),
        }
    }

    /// A random Norwegian phone number, in one of the ways people write them.
    fn norwegian_phone(rng: &mut impl Rng) -> String {
        let first = pick(rng, &['2', '4', '5', '9']);
        let rest = digits(rng, 7);
        let (a, b, c) = (&rest[..2], &rest[2..4], &rest[4..]);
        match rng.random_range(0..6) {
            0 => format!("{first}{a} {b} {c}"),
            1 => format!("{first}{rest}"),
            2 => format!("+47 {first}{a} {b} {c}"),
            3 => format!("+47{first}{rest}"),
            4 => format!("0047 {first}{rest}"),
            _ => format!(
                "{first}{} {} {} {}",
                &rest[..1],
                &rest[1..3],
                &rest[3..5],
                &rest[5..]
            ),
        }
    }

    /// A fødselsnummer-shaped number whose control digits are wrong.
    fn wrong_fodselsnummer(rng: &mut impl Rng) -> String {
        let mut digits: Vec<u8> = fodselsnummer_digits(rng).into_bytes();
        // Changing the first or the second control digit alone always breaks a check.
        let at = pick(rng, &[9, 10]);
        digits[at] = b'0' + (digits[at] - b'0' + rng.random_range(1..10u8)) % 10;
        let text: String = digits.into_iter().map(char::from).collect();
        if rng.random_bool(0.3) {
            format!("{} {}", &text[..6], &text[6..])
        } else {
            text
        }
    }

    /// A henkilötunnus-shaped string whose control character is wrong.
    fn wrong_henkilotunnus(rng: &mut impl Rng) -> String {
        let mut code = valid_henkilotunnus(rng);
        let right = code.pop().unwrap_or('0');
        let wrong = loop {
            let candidate = char::from(pick(rng, HETU_CONTROL));
            if candidate != right {
                break candidate;
            }
        };
        code.push(wrong);
        code
    }

    /// An impossible date (day 0, 30 February, 31 April, month 13 …) with otherwise valid controls.
    fn impossible_date_code(rng: &mut impl Rng) -> String {
        let yy = rng.random_range(0..100u32);
        let (day, month) = pick(
            rng,
            &[
                (0, 5),
                (30, 2),
                (31, 2),
                (31, 4),
                (31, 6),
                (31, 9),
                (31, 11),
                (12, 13),
                (32, 1),
                (15, 0),
            ],
        );
        if rng.random_bool(0.5) {
            let (sign, _) = pick(rng, &HETU_SIGNS);
            let nnn = rng.random_range(2..=999);
            let ddmmyy = day * 10_000 + month * 100 + yy;
            let control = char::from(hetu_control(ddmmyy, nnn));
            format!("{ddmmyy:06}{sign}{nnn:03}{control}")
        } else {
            // Days 32–40 and months 13–20 are impossible for fødselsnummer and D-numbers alike.
            let (other_day, other_month) = (rng.random_range(32..=40), rng.random_range(13..=20));
            let day = pick(rng, &[day, other_day]);
            let month = pick(rng, &[month, other_month]);
            loop {
                let first9 = format!("{day:02}{month:02}{yy:02}{:03}", rng.random_range(0..1000));
                let values: Vec<u8> = first9.bytes().map(|b| b - b'0').collect();
                if let Some((k1, k2)) = fodselsnummer_controls(&values) {
                    return format!("{first9}{k1}{k2}");
                }
            }
        }
    }

    /// Strings that look like identity codes but are not: dates, phone numbers (FI and NO formats, with and without +358/+47), 11-digit numbers with a wrong check digit, HETU-shaped strings with a wrong control character, impossible dates, 9-digit org numbers, Y-tunnus like 1234567-1, case numbers like "Dnro 123/2024", times, postcodes, sums of money.
    pub fn look_alike(rng: &mut impl Rng) -> String {
        match rng.random_range(0..13) {
            0 => {
                let year = rng.random_range(1900..=2039);
                let date = random_date(rng, year);
                let (d, m, y) = (date.day(), date.month(), date.year());
                match rng.random_range(0..5) {
                    0 => format!("{d:02}.{m:02}.{y}"),
                    1 => format!("{y}-{m:02}-{d:02}"),
                    2 => format!("{d}.{m}.{}", y % 100),
                    3 => format!("{d:02}{m:02}{:02}", y % 100),
                    _ => format!("{d}/{m}/{y}"),
                }
            }
            1 => finnish_phone(rng),
            2 => norwegian_phone(rng),
            3 => wrong_fodselsnummer(rng),
            4 => wrong_henkilotunnus(rng),
            5 => impossible_date_code(rng),
            6 => {
                let number = digits(rng, 9);
                match rng.random_range(0..3) {
                    0 => number,
                    1 => format!("{} {} {}", &number[..3], &number[3..6], &number[6..]),
                    _ => format!("NO {number} MVA"),
                }
            }
            7 => format!("{}-{}", digits(rng, 7), digits(rng, 1)),
            8 => match rng.random_range(0..4) {
                0 => format!(
                    "Dnro {}/{}",
                    rng.random_range(1..1000),
                    rng.random_range(2000..2040)
                ),
                1 => format!(
                    "VN/{}/{}",
                    rng.random_range(1..10_000),
                    rng.random_range(2000..2040)
                ),
                2 => format!(
                    "Dnr {}/{:05}",
                    rng.random_range(2000..2040),
                    rng.random_range(1..100_000)
                ),
                _ => format!(
                    "sak {}/{:05}-{}",
                    rng.random_range(10..40),
                    rng.random_range(1..100_000),
                    rng.random_range(1..10)
                ),
            },
            9 => {
                let (h, m) = (rng.random_range(0..24), pick(rng, &[0, 15, 30, 45]));
                match rng.random_range(0..3) {
                    0 => format!("klo {h}.{m:02}"),
                    1 => format!("{h:02}:{m:02}–{:02}:{m:02}", (h + 2) % 24),
                    _ => format!("kl. {h:02}.{m:02}-{:02}.{m:02}", (h + 8) % 24),
                }
            }
            10 => match rng.random_range(0..3) {
                0 => format!("{} Helsinki", digits(rng, 5)),
                1 => format!("{} Oslo", digits(rng, 4)),
                _ => format!(
                    "PL {}, {} Tampere",
                    rng.random_range(1..1000),
                    digits(rng, 5)
                ),
            },
            11 => match rng.random_range(0..4) {
                0 => format!(
                    "{} {},{} €",
                    rng.random_range(1..1000),
                    digits(rng, 3),
                    digits(rng, 2)
                ),
                1 => format!("kr {} {}", rng.random_range(1..1000), digits(rng, 3)),
                2 => format!(
                    "{} {} {},{} €",
                    rng.random_range(1..100),
                    digits(rng, 3),
                    digits(rng, 3),
                    digits(rng, 2)
                ),
                _ => format!(
                    "NOK {} {} {}",
                    rng.random_range(1..10),
                    digits(rng, 3),
                    digits(rng, 3)
                ),
            },
            _ => {
                // A henkilötunnus or fødselsnummer glued to a longer run of letters or digits.
                if rng.random_bool(0.5) {
                    format!("{}{}", digits(rng, 1), fodselsnummer_digits(rng))
                } else {
                    format!("X{}", valid_henkilotunnus(rng))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use rand::{Rng, SeedableRng, rngs::StdRng};

    use super::PersonalIdKind::{FinnishHenkilotunnus as Fi, NorwegianFodselsnummer as No};
    use super::testgen::{look_alike, valid_fodselsnummer, valid_henkilotunnus};
    use super::*;

    #[test]
    fn the_official_example_henkilotunnus_is_found() {
        // 131052308 mod 31 = 25 → "T".
        assert_eq!(find_personal_id("131052-308T"), Some(Fi));
    }

    #[test]
    fn a_henkilotunnus_inside_a_sentence_is_found() {
        assert_eq!(
            find_personal_id("Asiakkaan hetu on 131052-308T, soita hänelle."),
            Some(Fi)
        );
        assert_eq!(find_personal_id("(131052-308T)"), Some(Fi));
        assert_eq!(find_personal_id("hetu:131052-308T."), Some(Fi));
    }

    #[test]
    fn a_lowercase_henkilotunnus_is_found() {
        assert_eq!(find_personal_id("asiakas 131052-308t soitti"), Some(Fi));
        assert_eq!(find_personal_id("010594y9032"), Some(Fi));
        assert_eq!(find_personal_id("020504a902e"), Some(Fi));
    }

    #[test]
    fn henkilotunnus_with_the_new_century_signs_is_found() {
        // Examples published by the Digital and Population Data Services Agency (DVV) for the
        // 2023 century signs; e.g. 10594903 mod 31 = 2 → "2", 20594903 mod 31 = 22 → "P".
        for code in [
            "010594Y9032",
            "010594Y9021",
            "020594X903P",
            "010516B903X",
            "030516D9037",
            "010501E9032",
            "020503F9037",
            "020504A902E",
        ] {
            assert_eq!(find_personal_id(code), Some(Fi), "{code}");
        }
    }

    #[test]
    fn a_henkilotunnus_with_a_wrong_control_character_is_refused() {
        assert_eq!(find_personal_id("131052-308U"), None);
        assert_eq!(find_personal_id("131052-308S"), None);
    }

    #[test]
    fn a_henkilotunnus_of_30_february_is_refused() {
        // 300280123 mod 31 = 19 → "K": the control character is right, the date is not.
        assert_eq!(find_personal_id("300280-123K"), None);
    }

    #[test]
    fn a_leap_day_henkilotunnus_depends_on_its_century() {
        // 290200123 mod 31 = 9 → "9"; 2000 is a leap year, 1800 and 1900 are not.
        assert_eq!(find_personal_id("290200A1239"), Some(Fi));
        assert_eq!(find_personal_id("290200-1239"), None);
        assert_eq!(find_personal_id("290200+1239"), None);
    }

    #[test]
    fn a_henkilotunnus_with_individual_number_001_is_refused() {
        // 131052001 mod 31 = 27 → "W".
        assert_eq!(find_personal_id("131052-001W"), None);
    }

    #[test]
    fn a_henkilotunnus_glued_to_letters_or_digits_is_refused() {
        for text in [
            "X131052-308T",
            "131052-308TX",
            "1131052-308T",
            "ä131052-308T",
            "131052-308Tä",
            "131052-308T9",
        ] {
            assert_eq!(find_personal_id(text), None, "{text}");
        }
    }

    #[test]
    fn a_henkilotunnus_after_multibyte_letters_is_found() {
        assert_eq!(
            find_personal_id("Hänen äitinsä – 131052-308T – ørn"),
            Some(Fi)
        );
    }

    #[test]
    fn hand_verified_fodselsnummer_are_found() {
        // 010190124: k1 sum 0·3+1·7+0·6+1·1+9·8+0·9+1·4+2·5+4·2 = 102, 102 mod 11 = 3, k1 = 8;
        // k2 sum 0·5+1·4+0·3+1·2+9·7+0·6+1·5+2·4+4·3+8·2 = 110, 110 mod 11 = 0, k2 = 0.
        assert_eq!(find_personal_id("01019012480"), Some(No));
        // 150765005: k1 sum 1·3+5·7+0·6+7·1+6·8+5·9+0·4+0·5+5·2 = 148, 148 mod 11 = 5, k1 = 6;
        // k2 sum 1·5+5·4+0·3+7·2+6·7+5·6+0·5+0·4+5·3+6·2 = 138, 138 mod 11 = 6, k2 = 5.
        assert_eq!(find_personal_id("Fnr 15076500565 ringte"), Some(No));
    }

    #[test]
    fn a_fodselsnummer_with_a_space_or_hyphen_is_found() {
        assert_eq!(find_personal_id("klient 010190 12480 ringte"), Some(No));
        assert_eq!(find_personal_id("klient 010190-12480 ringte"), Some(No));
    }

    #[test]
    fn a_d_number_is_found() {
        // 24.12.1985 as a D-number: 641285200.
        // k1 sum 6·3+4·7+1·6+2·1+8·8+5·9+2·4+0·5+0·2 = 171, 171 mod 11 = 6, k1 = 5;
        // k2 sum 6·5+4·4+1·3+2·2+8·7+5·6+2·5+0·4+0·3+5·2 = 159, 159 mod 11 = 5, k2 = 6.
        assert_eq!(find_personal_id("D-nummer 64128520056."), Some(No));
    }

    #[test]
    fn a_fodselsnummer_with_a_wrong_control_digit_is_refused() {
        assert_eq!(find_personal_id("01019012481"), None);
        assert_eq!(find_personal_id("01019012470"), None);
        assert_eq!(find_personal_id("15076500556"), None);
    }

    #[test]
    fn a_fodselsnummer_of_30_february_is_refused() {
        // 300285120: k1 sum 3·3+0·7+0·6+2·1+8·8+5·9+1·4+2·5+0·2 = 134, 134 mod 11 = 2, k1 = 9;
        // k2 sum 3·5+0·4+0·3+2·2+8·7+5·6+1·5+2·4+0·3+9·2 = 136, 136 mod 11 = 4, k2 = 7.
        // The control digits are right, the date is not.
        assert_eq!(
            fodselsnummer_controls(&[3, 0, 0, 2, 8, 5, 1, 2, 0]),
            Some((9, 7))
        );
        assert_eq!(find_personal_id("30028512097"), None);
    }

    #[test]
    fn a_fodselsnummer_inside_a_longer_digit_run_is_refused() {
        assert_eq!(find_personal_id("101019012480"), None);
        assert_eq!(find_personal_id("010190124801"), None);
        assert_eq!(find_personal_id("9010190 12480"), None);
        assert_eq!(find_personal_id("010190 124801"), None);
    }

    #[test]
    fn phone_numbers_are_not_identity_codes() {
        for text in [
            "040 123 4567",
            "0401234567",
            "+358 40 123 4567",
            "+358401234567",
            "912 34 567",
            "+47 912 34 567",
            "+4791234567",
            "004791234567",
        ] {
            assert_eq!(find_personal_id(text), None, "{text}");
        }
    }

    #[test]
    fn text_without_codes_is_left_alone() {
        assert_eq!(find_personal_id(""), None);
        assert_eq!(
            find_personal_id("Päivystys klo 8–16, puh. 09 123 4567."),
            None
        );
        assert_eq!(find_personal_id("Dnro 123/2024, Y-tunnus 0112038-9"), None);
        assert_eq!(find_personal_id("123456"), None);
        assert_eq!(find_personal_id("131052-"), None);
    }

    #[test]
    fn the_first_code_in_the_text_is_reported() {
        assert_eq!(find_personal_id("01019012480 ja 131052-308T"), Some(No));
        assert_eq!(find_personal_id("131052-308T og 01019012480"), Some(Fi));
    }

    #[test]
    fn the_refusal_names_the_code() {
        let refusal = |kind: PersonalIdKind| {
            crate::msg!("text-personal-data", kind = kind.as_str()).to_string()
        };
        assert!(refusal(Fi).contains("henkilötunnus"), "{}", refusal(Fi));
        assert!(refusal(No).contains("fødselsnummer"), "{}", refusal(No));
    }

    #[test]
    fn one_thousand_generated_codes_are_all_found_and_look_alikes_rarely() {
        let mut rng = StdRng::seed_from_u64(2024);
        for _ in 0..1_000 {
            let (code, kind) = if rng.random_bool(0.5) {
                (valid_henkilotunnus(&mut rng), Fi)
            } else {
                (valid_fodselsnummer(&mut rng), No)
            };
            let text = format!("Asiakas {code} soitti");
            assert_eq!(find_personal_id(&text), Some(kind), "{text}");
        }
        let mut found = Vec::new();
        for _ in 0..1_000 {
            let text = format!("Asiakas {} soitti", look_alike(&mut rng));
            if find_personal_id(&text).is_some() {
                found.push(text);
            }
        }
        println!("look-alikes found: {} of 1000: {found:?}", found.len());
        assert!(found.len() < 10, "{found:?}");
    }
}
