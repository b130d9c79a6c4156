//! Loosely typed input values as PHP passes them, checked here so both engines check alike.
//!
//! The binding layer turns each PHP value into an [`InputValue`] without checking it. The MWS
//! functions then decide, in a fixed order, which value is missing or of the wrong type.

use std::borrow::Cow;

use super::error::MwsError;

/// A PHP value as seen by the MWS functions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum InputValue<'a> {
    /// The key is not in the array.
    Absent,
    Null,
    Text(&'a [u8]),
    Integer(i64),
    Float(f64),
    /// Any other type, by its PHP type name (`bool`, `float`, `array`, `object`, ...).
    Other(&'static str),
}

impl<'a> InputValue<'a> {
    /// Type name for messages: `string`, `int`, `null` or the [`InputValue::Other`] name.
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        match self {
            InputValue::Absent | InputValue::Null => "null",
            InputValue::Text(_) => "string",
            InputValue::Integer(_) => "int",
            InputValue::Float(_) => "float",
            InputValue::Other(name) => name,
        }
    }

    /// Reads a required, non-empty string.
    ///
    /// # Errors
    ///
    /// `MissingField` when absent, null or empty; `InvalidField` for another type.
    pub fn required_text(self, field: &str) -> Result<&'a [u8], MwsError> {
        match self {
            InputValue::Text(text) if !text.is_empty() => Ok(text),
            InputValue::Absent | InputValue::Null | InputValue::Text(_) => {
                Err(MwsError::missing_field(
                    field,
                    format!("missing MWS request key '{field}': pass a non-empty string"),
                ))
            }
            other => Err(wrong_type(field, other, "a string")),
        }
    }

    /// Reads an optional string; absent, null and empty give `None`.
    ///
    /// # Errors
    ///
    /// `InvalidField` for a type other than string or null.
    pub fn optional_text(self, field: &str) -> Result<Option<&'a [u8]>, MwsError> {
        match self {
            InputValue::Absent | InputValue::Null => Ok(None),
            InputValue::Text(text) if text.is_empty() => Ok(None),
            InputValue::Text(text) => Ok(Some(text)),
            other => Err(wrong_type(field, other, "a string or null")),
        }
    }
}

/// Builds the `InvalidField` error for a value of the wrong type; the value shown is its type.
#[must_use]
pub fn wrong_type(field: &str, value: InputValue<'_>, expected: &str) -> MwsError {
    let type_name = value.type_name();
    MwsError::invalid_field(
        field,
        type_name,
        format!("invalid MWS request key '{field}': expected {expected}, got {type_name}"),
    )
}

/// An array value of the input (`parameters`, `headers`): absent, entries, or a non-array.
#[derive(Debug, Clone, PartialEq)]
pub enum InputArray<'a> {
    Absent,
    /// Entries in array order; string keys borrowed from the array, integer keys written in
    /// decimal.
    List(Vec<(Cow<'a, [u8]>, InputValue<'a>)>),
    Other(&'static str),
}

/// Converts parameter values to bytes: strings as they are, integers in decimal.
///
/// # Errors
///
/// `InvalidField` naming the first parameter whose value is neither a string nor an integer.
pub fn parameter_bytes<'a>(
    entries: &'a [(Cow<'a, [u8]>, InputValue<'a>)],
) -> Result<Vec<(&'a [u8], Cow<'a, [u8]>)>, MwsError> {
    entries
        .iter()
        .map(|(name, value)| Ok((name.as_ref(), parameter_value(name, *value)?)))
        .collect()
}

/// Converts one parameter value to bytes.
///
/// # Errors
///
/// `InvalidField` on the parameter's name when the value is neither a string nor an integer.
#[inline]
pub fn parameter_value<'a>(name: &[u8], value: InputValue<'a>) -> Result<Cow<'a, [u8]>, MwsError> {
    match value {
        InputValue::Text(text) => Ok(Cow::Borrowed(text)),
        InputValue::Integer(number) => Ok(Cow::Owned(number.to_string().into_bytes())),
        other => Err(invalid_parameter(name, other)),
    }
}

/// Builds the error for a parameter value of the wrong type. It is marked cold, so the compiler
/// keeps it out of the caller, which runs once per parameter.
#[cold]
fn invalid_parameter(name: &[u8], value: InputValue<'_>) -> MwsError {
    let name = String::from_utf8_lossy(name);
    let type_name = value.type_name();
    MwsError::invalid_field(
        &name,
        type_name,
        format!(
            "invalid MWS parameter '{name}': expected a string or an integer, got {type_name}; \
             pass the value as a string"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_is_written_in_decimal() {
        let value = parameter_value(b"MaxResultsPerPage", InputValue::Integer(-100));
        assert_eq!(value.as_deref(), Ok(&b"-100"[..]));
    }

    #[test]
    fn bool_parameter_is_rejected() {
        let error = parameter_value(b"Acknowledged", InputValue::Other("bool"));
        assert_eq!(
            error.map_err(|error| error.context().to_vec()),
            Err(vec![
                ("field", "Acknowledged".to_owned()),
                ("value", "bool".to_owned()),
            ])
        );
    }

    #[test]
    fn empty_required_text_is_missing() {
        let error = InputValue::Text(b"").required_text("seller_id");
        assert_eq!(
            error.map_err(|error| error.kind()),
            Err(super::super::error::ErrorKind::MissingField)
        );
    }
}
