//! Writes a float the way PHP's string conversion does, so both engines name a bad value alike.
//!
//! PHP converts a float to a string with the `precision` setting, 14 by default, in the `%G`
//! style: fourteen significant digits without trailing zeros, in exponent form (`1.0E+15`) when
//! the decimal exponent is below -4 or at least 14, and `INF`, `-INF` and `NAN` for the special
//! values.

/// Significant digits of PHP's default `precision` setting.
const PRECISION: usize = 14;

/// Returns `value` as PHP's `(string)` conversion writes it with the default precision.
#[must_use]
pub fn php_float_text(value: f64) -> String {
    if value.is_nan() {
        return "NAN".to_owned();
    }
    if value.is_infinite() {
        return if value > 0.0 { "INF" } else { "-INF" }.to_owned();
    }
    if value == 0.0 {
        return if value.is_sign_negative() { "-0" } else { "0" }.to_owned();
    }
    // Rounded to PRECISION significant digits: "d.ddddddddddddde<exponent>".
    let scientific = format!("{:.*e}", PRECISION - 1, value);
    let (mantissa, exponent) = scientific
        .split_once('e')
        .unwrap_or((scientific.as_str(), "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let sign = if negative { "-" } else { "" };

    if exponent < -4 || exponent >= PRECISION as i32 {
        let (first, rest) = digits.split_at(1);
        let fraction = if rest.is_empty() { "0" } else { rest };
        let exponent_sign = if exponent < 0 { '-' } else { '+' };
        return format!("{sign}{first}.{fraction}E{exponent_sign}{}", exponent.abs());
    }
    if exponent < 0 {
        let zeros = "0".repeat((-exponent - 1) as usize);
        return format!("{sign}0.{zeros}{digits}");
    }
    let integer_length = exponent as usize + 1;
    if digits.len() <= integer_length {
        let zeros = "0".repeat(integer_length - digits.len());
        return format!("{sign}{digits}{zeros}");
    }
    let (integer, fraction) = digits.split_at(integer_length);
    format!("{sign}{integer}.{fraction}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_php_string_conversion() {
        // Each pair is a float and what PHP 8.2 prints for `(string)` of it.
        let cases = [
            (1e14, "1.0E+14"),
            (1e13, "10000000000000"),
            (123_456_789_012_345_678.0, "1.2345678901235E+17"),
            (0.0001, "0.0001"),
            (0.00001, "1.0E-5"),
            (1.5e-7, "1.5E-7"),
            (86_400.5, "86400.5"),
            (1e300, "1.0E+300"),
            (-1e300, "-1.0E+300"),
            (f64::INFINITY, "INF"),
            (f64::NEG_INFINITY, "-INF"),
            (f64::NAN, "NAN"),
            (-0.0, "-0"),
            (0.0, "0"),
            (0.1 + 0.2, "0.3"),
            (5e-324, "4.9406564584125E-324"),
            (f64::MAX, "1.7976931348623E+308"),
            (100_000.0, "100000"),
            (1_234_567.125, "1234567.125"),
            (-5.0, "-5"),
            (-0.25, "-0.25"),
            (99_999_999_999_999.5, "1.0E+14"),
        ];
        for (value, expected) in cases {
            assert_eq!(php_float_text(value), expected, "{value:e}");
        }
    }
}
