//! Caller input as PHP gave it, and the checks every builder shares.
//!
//! The bindings turn a PHP array into a [`Value`] tree, so the builders validate plain Rust data
//! and `cargo test` covers them. Each check names the failing value by its key path, such as
//! `fulfillments[0].items[1].quantity`, and the PHP twin (`PwaPresta\Php\Feeds\Input`) raises the
//! same error class with the same message and context for the same input.
//!
//! Text is a string or an integer (written in decimal). `null`, `''` or an absent key mean "not
//! given", and a string must be UTF-8 with only characters XML 1.0 allows.

use std::fmt;
use std::rc::Rc;

use crate::xml::write::is_xml_text;

/// A PHP array key: integer or byte string.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    Index(i64),
    Name(Vec<u8>),
}

impl Key {
    /// Key as written in a path or an element name: decimal for integers, a string key as it
    /// is, and `(not UTF-8)` for a key that is not UTF-8.
    pub fn to_text(&self) -> String {
        match self {
            Key::Index(index) => index.to_string(),
            Key::Name(name) => match std::str::from_utf8(name) {
                Ok(name) => name.to_owned(),
                Err(_) => "(not UTF-8)".to_owned(),
            },
        }
    }
}

/// A PHP value as the builders see it; objects and resources become `Other`.
///
/// Arrays are shared, as PHP shares them: an array that occurs many times in the input is
/// converted once, so nesting one array under two keys at each level stays linear in size.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(Vec<u8>),
    Array(Rc<Vec<(Key, Value)>>),
    Other,
}

impl Value {
    /// Builds a text value, for tests and callers building input in Rust.
    pub fn text(text: &str) -> Value {
        Value::Text(text.as_bytes().to_vec())
    }

    /// Builds an array with string keys, in the given order.
    pub fn map(entries: Vec<(&str, Value)>) -> Value {
        Value::Array(Rc::new(
            entries
                .into_iter()
                .map(|(k, v)| (Key::Name(k.as_bytes().to_vec()), v))
                .collect(),
        ))
    }

    /// Builds an array with keys 0, 1, 2, ...
    pub fn list(values: Vec<Value>) -> Value {
        Value::Array(Rc::new(
            values
                .into_iter()
                .enumerate()
                .map(|(i, v)| (Key::Index(i as i64), v))
                .collect(),
        ))
    }

    /// Value as shown in an error: a string or integer as it is, otherwise PHP's type name.
    pub fn shown(&self) -> String {
        match self {
            Value::Null => "null".to_owned(),
            Value::Bool(_) => "bool".to_owned(),
            Value::Int(number) => number.to_string(),
            Value::Float(_) => "float".to_owned(),
            Value::Text(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) if is_xml_text(text) => text.to_owned(),
                _ => "(not UTF-8 XML text)".to_owned(),
            },
            Value::Array(_) => "array".to_owned(),
            Value::Other => "object".to_owned(),
        }
    }

    /// Entries of an array, or `None` for any other value.
    pub fn entries(&self) -> Option<&[(Key, Value)]> {
        match self {
            Value::Array(entries) => Some(entries.as_slice()),
            _ => None,
        }
    }

    /// True for an array whose keys are 0, 1, 2, ... in order (PHP's `array_is_list`).
    pub fn is_list(&self) -> bool {
        match self {
            Value::Array(entries) => entries
                .iter()
                .enumerate()
                .all(|(i, (key, _))| *key == Key::Index(i as i64)),
            _ => false,
        }
    }

    /// Value under a string key, if present.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.entries()?
            .iter()
            .find(|(key, _)| matches!(key, Key::Name(bytes) if bytes == name.as_bytes()))
            .map(|(_, value)| value)
    }
}

/// Rejection of an input value; each kind maps to one PHP exception class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// A required key is absent, null or empty (`MissingFieldException`).
    Missing { field: String },
    /// A value has the wrong type or format (`InvalidFieldException`).
    Invalid {
        field: String,
        value: String,
        expected: String,
    },
    /// An amount is not an integer of minor units (`InvalidAmountException`).
    Amount {
        field: String,
        value: String,
        expected: String,
    },
}

impl InputError {
    /// Short name of the PHP exception class in `PwaPresta\Exception`.
    pub fn class(&self) -> &'static str {
        match self {
            InputError::Missing { .. } => "MissingFieldException",
            InputError::Invalid { .. } => "InvalidFieldException",
            InputError::Amount { .. } => "InvalidAmountException",
        }
    }

    /// Key path of the failing value.
    pub fn field(&self) -> &str {
        match self {
            InputError::Missing { field }
            | InputError::Invalid { field, .. }
            | InputError::Amount { field, .. } => field,
        }
    }

    /// Failing value as shown in the message, absent for a missing one.
    pub fn value(&self) -> Option<&str> {
        match self {
            InputError::Missing { .. } => None,
            InputError::Invalid { value, .. } | InputError::Amount { value, .. } => Some(value),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Missing { field } => {
                write!(
                    f,
                    "missing {field}: the value is required and may not be empty"
                )
            }
            InputError::Invalid {
                field,
                value,
                expected,
            } => {
                write!(f, "invalid {field} \"{value}\": expected {expected}")
            }
            InputError::Amount {
                field,
                value,
                expected,
            } => {
                write!(f, "invalid amount {field} \"{value}\": expected {expected}")
            }
        }
    }
}

impl std::error::Error for InputError {}

/// Result of a check or a builder.
pub type InputResult<T> = Result<T, InputError>;

/// Path of a named child: `parent.key`, or `key` at the top.
pub fn child(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// Path of a list entry: `parent[index]`.
pub fn index(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

/// Builds an [`InputError::Invalid`] for `value` at `field`.
pub fn invalid(field: &str, value: &Value, expected: &str) -> InputError {
    InputError::Invalid {
        field: field.to_owned(),
        value: value.shown(),
        expected: expected.to_owned(),
    }
}

/// Checks that `value` is an array whose keys are all in `allowed`.
///
/// # Errors
///
/// [`InputError::Invalid`] on a non-array, or on the first key (in array order) not allowed.
pub fn check_keys(path: &str, value: &Value, allowed: &[&str]) -> InputResult<()> {
    let Some(entries) = value.entries() else {
        return Err(invalid(path, value, "an array with string keys"));
    };
    for (key, entry) in entries {
        let known =
            matches!(key, Key::Name(bytes) if allowed.iter().any(|a| a.as_bytes() == bytes));
        if !known {
            return Err(InputError::Invalid {
                field: child(path, &key.to_text()),
                value: entry.shown(),
                expected: format!("no such key; the keys are {}", allowed.join(", ")),
            });
        }
    }
    Ok(())
}

/// Reads optional text at `parent.key`: `None` when absent, null or empty.
///
/// # Errors
///
/// [`InputError::Invalid`] for a non-text value, or text that is not UTF-8 or contains a character
/// XML cannot carry.
pub fn optional_text(parent: &Value, path: &str, key: &str) -> InputResult<Option<String>> {
    text_value(parent.get(key), &child(path, key))
}

/// Reads an optional text value at `field`; rules as [`optional_text`].
///
/// # Errors
///
/// As [`optional_text`].
pub fn text_value(value: Option<&Value>, field: &str) -> InputResult<Option<String>> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Int(number)) => Ok(Some(number.to_string())),
        Some(Value::Text(bytes)) if bytes.is_empty() => Ok(None),
        Some(value @ Value::Text(bytes)) => match std::str::from_utf8(bytes) {
            Ok(text) if is_xml_text(text) => Ok(Some(text.to_owned())),
            _ => Err(invalid(
                field,
                value,
                "UTF-8 text without control characters",
            )),
        },
        Some(value) => Err(invalid(field, value, "a string")),
    }
}

/// Reads required text at `parent.key`.
///
/// # Errors
///
/// [`InputError::Missing`] when absent, null or empty; otherwise as [`optional_text`].
pub fn required_text(parent: &Value, path: &str, key: &str) -> InputResult<String> {
    optional_text(parent, path, key)?.ok_or_else(|| InputError::Missing {
        field: child(path, key),
    })
}

/// Reads required text that must be one of `allowed`.
///
/// # Errors
///
/// As [`required_text`], and [`InputError::Invalid`] listing `allowed` for another value.
pub fn one_of(parent: &Value, path: &str, key: &str, allowed: &[&str]) -> InputResult<String> {
    let text = required_text(parent, path, key)?;
    if allowed.contains(&text.as_str()) {
        return Ok(text);
    }
    Err(InputError::Invalid {
        field: child(path, key),
        value: text,
        expected: format!("one of {}", allowed.join(", ")),
    })
}

/// Reads an optional integer of at least `minimum`.
///
/// # Errors
///
/// [`InputError::Invalid`] for a non-integer or a smaller integer.
pub fn optional_integer(
    parent: &Value,
    path: &str,
    key: &str,
    minimum: i64,
) -> InputResult<Option<i64>> {
    match parent.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Int(number)) if *number >= minimum => Ok(Some(*number)),
        Some(value) => Err(invalid(
            &child(path, key),
            value,
            &format!("an integer of at least {minimum}"),
        )),
    }
}

/// Reads an amount in minor units: a PHP int, never a float or a decimal string.
///
/// # Errors
///
/// [`InputError::Missing`] when absent or null; [`InputError::Amount`] for another type, or a
/// negative amount when `negative_allowed` is false.
pub fn amount(value: Option<&Value>, field: &str, negative_allowed: bool) -> InputResult<i64> {
    let expected = if negative_allowed {
        "an integer in minor units, such as 49900 for 499.00 INR"
    } else {
        "a non-negative integer in minor units, such as 49900 for 499.00 INR"
    };
    match value {
        None | Some(Value::Null) => Err(InputError::Missing {
            field: field.to_owned(),
        }),
        Some(Value::Int(minor)) if negative_allowed || *minor >= 0 => Ok(*minor),
        Some(other) => Err(InputError::Amount {
            field: field.to_owned(),
            value: other.shown(),
            expected: expected.to_owned(),
        }),
    }
}

/// Reads an ISO 4217 currency code: three upper-case letters.
///
/// # Errors
///
/// As [`required_text`], and [`InputError::Invalid`] for another format.
pub fn currency(parent: &Value, path: &str, key: &str) -> InputResult<String> {
    let text = required_text(parent, path, key)?;
    if text.len() == 3 && text.bytes().all(|byte| byte.is_ascii_uppercase()) {
        return Ok(text);
    }
    Err(InputError::Invalid {
        field: child(path, key),
        value: text,
        expected: "an ISO 4217 currency code such as INR".to_owned(),
    })
}

/// Reads an optional list at `parent.key`: empty when absent, null or `[]`.
///
/// # Errors
///
/// [`InputError::Invalid`] when the value is not a list (keys 0, 1, 2, ... in order).
pub fn optional_list<'a>(parent: &'a Value, path: &str, key: &str) -> InputResult<Vec<&'a Value>> {
    match parent.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(value) => list(value, &child(path, key)),
    }
}

/// Reads a list value.
///
/// # Errors
///
/// [`InputError::Invalid`] when the value is not a list.
pub fn list<'a>(value: &'a Value, field: &str) -> InputResult<Vec<&'a Value>> {
    if !value.is_list() {
        return Err(invalid(field, value, "a list"));
    }
    Ok(value
        .entries()
        .unwrap_or_default()
        .iter()
        .map(|(_, entry)| entry)
        .collect())
}

/// Reads a required list with at least one entry.
///
/// # Errors
///
/// [`InputError::Missing`] when absent, null or empty; [`InputError::Invalid`] for a non-list.
pub fn required_list<'a>(value: Option<&'a Value>, field: &str) -> InputResult<Vec<&'a Value>> {
    let entries = match value {
        None | Some(Value::Null) => Vec::new(),
        Some(value) => list(value, field)?,
    };
    if entries.is_empty() {
        return Err(InputError::Missing {
            field: field.to_owned(),
        });
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_and_integers() {
        let input = Value::map(vec![
            ("a", Value::text("x")),
            ("b", Value::Int(7)),
            ("c", Value::text("")),
        ]);
        assert_eq!(optional_text(&input, "p", "a"), Ok(Some("x".to_owned())));
        assert_eq!(optional_text(&input, "p", "b"), Ok(Some("7".to_owned())));
        assert_eq!(optional_text(&input, "p", "c"), Ok(None));
        assert_eq!(
            required_text(&input, "p", "c"),
            Err(InputError::Missing {
                field: "p.c".into()
            })
        );
    }

    #[test]
    fn rejects_bad_text() {
        let input = Value::map(vec![
            ("bytes", Value::Text(vec![0xff, 0x41])),
            ("control", Value::text("a\u{1}")),
            ("float", Value::Float(1.5)),
        ]);
        for key in ["bytes", "control", "float"] {
            let error = optional_text(&input, "p", key).unwrap_err();
            assert_eq!(error.class(), "InvalidFieldException", "{key}");
        }
    }

    #[test]
    fn rejects_unknown_keys() {
        let input = Value::map(vec![("known", Value::Null), ("typo", Value::Int(1))]);
        let error = check_keys("x[0]", &input, &["known"]).unwrap_err();
        assert_eq!(error.field(), "x[0].typo");
    }

    #[test]
    fn reads_amounts() {
        assert_eq!(amount(Some(&Value::Int(-5)), "a", true), Ok(-5));
        assert_eq!(
            amount(Some(&Value::Int(-5)), "a", false)
                .unwrap_err()
                .class(),
            "InvalidAmountException"
        );
        assert_eq!(
            amount(Some(&Value::text("5.00")), "a", true)
                .unwrap_err()
                .class(),
            "InvalidAmountException"
        );
        assert_eq!(
            amount(None, "a", true).unwrap_err().class(),
            "MissingFieldException"
        );
    }

    #[test]
    fn lists_need_sequential_keys() {
        let not_list = Value::Array(Rc::new(vec![(Key::Index(1), Value::Null)]));
        assert!(list(&not_list, "l").is_err());
        assert!(required_list(Some(&Value::list(vec![])), "l").is_err());
    }
}
