//! Typed reads of child elements: text, booleans, integers, UTC dates and money.
//!
//! Absent and empty elements read as null. A value that is present but invalid raises
//! [`ParseError::InvalidDocument`] naming the element, or [`ParseError::InvalidAmount`] for money.

use std::borrow::Cow;

use super::element::Element;
use super::error::ParseError;
use super::value::{MapBuilder, Value};
use crate::money;

/// The trimmed text of a child, or null.
pub fn text(parent: &Element, name: &str) -> Value {
    Value::optional_text(parent.child_text(name))
}

/// The trimmed text of a child that must be present and not empty.
///
/// # Errors
///
/// [`ParseError::InvalidDocument`] naming the element and its parent.
pub fn required_text<'a>(parent: &'a Element, name: &str) -> Result<&'a str, ParseError> {
    parent
        .child_text(name)
        .ok_or_else(|| ParseError::missing(name, &parent.name))
}

/// An xs:boolean child ("true", "false", "1", "0"), or null.
///
/// # Errors
///
/// [`ParseError::InvalidDocument`] for another value.
pub fn boolean(parent: &Element, name: &str) -> Result<Value, ParseError> {
    match parent.child_text(name) {
        None => Ok(Value::Null),
        Some("true" | "1") => Ok(Value::Bool(true)),
        Some("false" | "0") => Ok(Value::Bool(false)),
        Some(other) => Err(ParseError::invalid(
            name,
            format!("element {name} is \"{other}\", expected true or false"),
        )),
    }
}

/// A decimal integer child, or null.
///
/// # Errors
///
/// [`ParseError::InvalidDocument`] when it is not an integer that fits 64 bits.
pub fn integer(parent: &Element, name: &str) -> Result<Value, ParseError> {
    match parent.child_text(name) {
        None => Ok(Value::Null),
        Some(text) => parse_integer(text, name).map(Value::Int),
    }
}

/// Parses an optional sign followed by ASCII digits.
///
/// # Errors
///
/// [`ParseError::InvalidDocument`] naming `element`.
pub fn parse_integer(text: &str, element: &str) -> Result<i64, ParseError> {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let parsed = if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        text.parse::<i64>().ok()
    } else {
        None
    };
    parsed.ok_or_else(|| {
        ParseError::invalid(
            element,
            format!("element {element} is \"{text}\", expected an integer"),
        )
    })
}

/// A date child normalised to UTC "YYYY-MM-DDTHH:MM:SSZ", or null.
///
/// # Errors
///
/// [`ParseError::InvalidDocument`] when it is not an ISO 8601 date or date-time.
pub fn date(parent: &Element, name: &str) -> Result<Value, ParseError> {
    match parent.child_text(name) {
        None => Ok(Value::Null),
        Some(text) => normalise_date(text, name).map(Value::Text),
    }
}

/// Converts "2008-12-30T08:23:23-08:00", "2009-02-10T09:22:33.123Z" or "2009-08-31" to UTC
/// "YYYY-MM-DDTHH:MM:SSZ", dropping fractional seconds.
///
/// A date-time without an offset is taken as UTC (as [`crate::order::normalize_date`] does). "%3A"
/// is read as ":" because an old Amazon sample carries a percent-encoded date inside the XML.
///
/// # Errors
///
/// [`ParseError::InvalidDocument`] naming `element`.
pub fn normalise_date(text: &str, element: &str) -> Result<String, ParseError> {
    // Only old samples carry "%3A": other dates are read without the two copies.
    let decoded = if text.contains('%') {
        Cow::Owned(text.replace("%3A", ":").replace("%3a", ":"))
    } else {
        Cow::Borrowed(text)
    };
    crate::order::normalize_date(&decoded).map_err(|_| {
        ParseError::invalid(
            element,
            format!(
                "element {element} is \"{text}\", expected an ISO 8601 date such as \
                 2015-06-01T10:15:30Z"
            ),
        )
    })
}

/// A money child with CurrencyCode and Amount, as `['currency' => ..., 'amount' => minor units]`,
/// or null when the element is absent.
///
/// # Errors
///
/// [`ParseError::InvalidDocument`] when CurrencyCode or Amount is missing,
/// [`ParseError::InvalidAmount`] when Amount is not exact in that currency.
pub fn money(parent: &Element, name: &str) -> Result<Value, ParseError> {
    let Some(element) = parent.child(name) else {
        return Ok(Value::Null);
    };
    let currency = required_text(element, "CurrencyCode")?;
    let amount = required_text(element, "Amount")?;
    let minor = minor_units(amount, currency, name)?;
    Ok(MapBuilder::new()
        .with("currency", currency)
        .with("amount", minor)
        .build())
}

/// Converts a decimal amount to minor units of `currency`.
///
/// # Errors
///
/// [`ParseError::InvalidAmount`] naming the value and `element`.
pub fn minor_units(amount: &str, currency: &str, element: &str) -> Result<i64, ParseError> {
    money::parse_minor(amount, currency).map_err(|error| ParseError::InvalidAmount {
        element: element.to_owned(),
        value: amount.to_owned(),
        message: format!("{error} (element {element})"),
    })
}
