//! Exact money: decimal strings from Amazon converted to integer minor units, and back.
//!
//! Amazon writes amounts as decimal strings ("5.0", "499.00", "-50.00"). Floats would drift when
//! summed over many items, so every amount is an `i64` count of the currency's minor units (paise
//! for INR) from parsing to feed building.

use std::fmt;

/// Why an amount could not be converted; `Display` names the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    /// Not a decimal number: empty, a letter, an exponent, a second dot.
    NotDecimal(String),
    /// More fraction digits than the currency has, and not all of them zero ("1.005" in INR).
    TooPrecise {
        value: String,
        currency: String,
        digits: u32,
    },
    /// Beyond what an `i64` of minor units holds.
    OutOfRange(String),
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AmountError::NotDecimal(value) => {
                write!(f, "amount {value:?} is not a decimal number such as 499.00")
            }
            AmountError::TooPrecise {
                value,
                currency,
                digits,
            } => write!(
                f,
                "amount {value:?} has more than {digits} decimal places, which {currency} cannot \
                 represent exactly"
            ),
            AmountError::OutOfRange(value) => write!(f, "amount {value:?} is out of range"),
        }
    }
}

impl std::error::Error for AmountError {}

/// Number of minor-unit digits of an ISO 4217 currency (2 unless listed).
pub fn minor_digits(currency: &str) -> u32 {
    match currency {
        "JPY" | "KRW" => 0,
        "BHD" | "JOD" | "KWD" | "OMR" | "TND" => 3,
        _ => 2,
    }
}

/// Converts a decimal string into minor units of `currency`, exactly.
///
/// Accepts an optional sign, digits, and an optional fraction; surrounding ASCII whitespace is
/// ignored. Extra fraction digits are accepted only when they are zeros ("499.000" in INR).
///
/// # Errors
///
/// [`AmountError`] naming the value when it is not a decimal, too precise, or out of range.
pub fn parse_minor(value: &str, currency: &str) -> Result<i64, AmountError> {
    let digits = minor_digits(currency);
    let trimmed = value.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, unsigned) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let is_digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !is_digits(whole) || !is_digits(fraction) {
        return Err(AmountError::NotDecimal(value.to_owned()));
    }

    let kept_len = fraction.len().min(digits as usize);
    let (kept, dropped) = fraction.split_at(kept_len);
    if dropped.bytes().any(|byte| byte != b'0') {
        return Err(AmountError::TooPrecise {
            value: value.to_owned(),
            currency: currency.to_owned(),
            digits,
        });
    }

    // A negative amount is accumulated below zero, so i64::MIN, which has no positive twin, is
    // reached exactly as the PHP engine reaches PHP_INT_MIN.
    let out_of_range = || AmountError::OutOfRange(value.to_owned());
    let mut minor: i64 = 0;
    let padding = std::iter::repeat_n(b'0', digits as usize - kept_len);
    for byte in whole.bytes().chain(kept.bytes()).chain(padding) {
        let digit = i64::from(byte - b'0');
        minor = minor
            .checked_mul(10)
            .and_then(|m| {
                if negative {
                    m.checked_sub(digit)
                } else {
                    m.checked_add(digit)
                }
            })
            .ok_or_else(out_of_range)?;
    }
    Ok(minor)
}

/// Writes minor units as a decimal string with the currency's digits: 49900 INR => "499.00".
pub fn format_minor(minor: i64, currency: &str) -> String {
    let digits = minor_digits(currency);
    let sign = if minor < 0 { "-" } else { "" };
    let magnitude = minor.unsigned_abs();
    if digits == 0 {
        return format!("{sign}{magnitude}");
    }
    let scale = 10u64.pow(digits);
    format!(
        "{sign}{}.{:0width$}",
        magnitude / scale,
        magnitude % scale,
        width = digits as usize
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extreme_amounts_match_the_integer_range() {
        assert_eq!(parse_minor("-92233720368547758.08", "INR"), Ok(i64::MIN));
        assert_eq!(parse_minor("92233720368547758.07", "INR"), Ok(i64::MAX));
        assert!(matches!(
            parse_minor("-92233720368547758.09", "INR"),
            Err(AmountError::OutOfRange(_))
        ));
        assert!(matches!(
            parse_minor("92233720368547758.08", "INR"),
            Err(AmountError::OutOfRange(_))
        ));
        assert_eq!(parse_minor("-0.00", "INR"), Ok(0));
    }

    #[test]
    fn parses_amazon_amounts() {
        assert_eq!(parse_minor("499.00", "INR"), Ok(49900));
        assert_eq!(parse_minor("5.0", "INR"), Ok(500));
        assert_eq!(parse_minor("0.33", "INR"), Ok(33));
        assert_eq!(parse_minor("998", "INR"), Ok(99800));
        assert_eq!(parse_minor("-50.00", "INR"), Ok(-5000));
        assert_eq!(parse_minor(" 1.5 ", "INR"), Ok(150));
        assert_eq!(parse_minor(".5", "INR"), Ok(50));
        assert_eq!(parse_minor("499.000", "INR"), Ok(49900));
        assert_eq!(parse_minor("1200", "JPY"), Ok(1200));
        assert_eq!(parse_minor("1.234", "KWD"), Ok(1234));
    }

    #[test]
    fn rejects_inexact_amounts() {
        assert!(matches!(
            parse_minor("1.005", "INR"),
            Err(AmountError::TooPrecise { .. })
        ));
        assert!(matches!(
            parse_minor("12.5", "JPY"),
            Err(AmountError::TooPrecise { .. })
        ));
    }

    #[test]
    fn rejects_non_decimals() {
        for value in [
            "", ".", "-", "1e3", "1.2.3", "abc", "1,50", "₹5", "0x10", "--1",
        ] {
            assert!(
                matches!(parse_minor(value, "INR"), Err(AmountError::NotDecimal(_))),
                "{value:?}"
            );
        }
    }

    #[test]
    fn rejects_overflow() {
        let huge = "99999999999999999999.00";
        assert_eq!(
            parse_minor(huge, "INR"),
            Err(AmountError::OutOfRange(huge.to_owned()))
        );
    }

    #[test]
    fn formats_minor_units() {
        assert_eq!(format_minor(49900, "INR"), "499.00");
        assert_eq!(format_minor(-5000, "INR"), "-50.00");
        assert_eq!(format_minor(5, "INR"), "0.05");
        assert_eq!(format_minor(-5, "INR"), "-0.05");
        assert_eq!(format_minor(1200, "JPY"), "1200");
        assert_eq!(format_minor(1234, "KWD"), "1.234");
        assert_eq!(format_minor(i64::MIN, "INR"), "-92233720368547758.08");
    }

    #[test]
    fn error_names_the_value() {
        let message = parse_minor("1.005", "INR").unwrap_err().to_string();
        assert!(message.contains("\"1.005\""), "{message}");
        assert!(message.contains("INR"), "{message}");
    }
}
