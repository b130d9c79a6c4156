//! Reads PHP arguments into the unchecked `InputValue`s and `InputArray`s of `crate::mws`.
//!
//! Nothing here judges a value: the MWS functions check them, in the same order as the PHP
//! engine. Array keys are kept as PHP hands them out, so names can borrow their bytes and the
//! signed request can put the caller's own key strings back into its result.

use std::borrow::Cow;

use ext_php_rs::flags::DataType;
use ext_php_rs::types::array::Iter;
use ext_php_rs::types::{ZendHashTable, Zval};

use crate::mws::input::{InputArray, InputValue};

/// Reads a PHP value; an absent key is `InputValue::Absent`.
pub fn read_value(value: Option<&Zval>) -> InputValue<'_> {
    let Some(value) = value else {
        return InputValue::Absent;
    };
    let value = value.dereference();
    match value.get_type() {
        DataType::Null | DataType::Undef => InputValue::Null,
        DataType::String => value
            .binary_slice::<u8>()
            .map_or(InputValue::Other("string"), InputValue::Text),
        DataType::Long => value
            .long()
            .map_or(InputValue::Other("int"), InputValue::Integer),
        DataType::Double => value
            .double()
            .map_or(InputValue::Other("float"), InputValue::Float),
        other => InputValue::Other(type_name(other)),
    }
}

/// An array argument as read from PHP: absent or null, its entries, or a value of another type.
pub enum RawArray<'a> {
    Absent,
    /// Each entry's key (a string or an int, as PHP stores it) and value, in array order.
    Entries(Vec<(Zval, &'a Zval)>),
    Other(&'static str),
}

impl<'a> RawArray<'a> {
    /// Reads an array value (`parameters`, `headers`); null or absent is `RawArray::Absent`.
    pub fn read(value: Option<&'a Zval>) -> Self {
        let Some(value) = value.map(Zval::dereference) else {
            return RawArray::Absent;
        };
        match value.array() {
            Some(table) => RawArray::Entries(entries(table)),
            None if value.is_null() => RawArray::Absent,
            None => RawArray::Other(type_name(value.get_type())),
        }
    }

    /// Reads every entry of a table.
    pub fn of_table(table: &'a ZendHashTable) -> Self {
        RawArray::Entries(entries(table))
    }

    /// Returns the array as the MWS functions take it.
    pub fn input(&self) -> InputArray<'_> {
        match self {
            RawArray::Absent => InputArray::Absent,
            RawArray::Other(type_name) => InputArray::Other(type_name),
            RawArray::Entries(_) => InputArray::List(self.input_entries()),
        }
    }

    /// Returns the entries as the MWS functions take them, none for a non-array. Integer keys
    /// become their decimal digits.
    pub fn input_entries(&self) -> Vec<(Cow<'_, [u8]>, InputValue<'_>)> {
        match self {
            RawArray::Entries(entries) => entries
                .iter()
                .map(|(key, value)| (key_bytes(key), read_value(Some(value))))
                .collect(),
            RawArray::Absent | RawArray::Other(_) => Vec::new(),
        }
    }

    /// Returns the key and value of the entry at `index`, when there is one.
    pub fn entry(&self, index: usize) -> Option<(&Zval, &'a Zval)> {
        match self {
            RawArray::Entries(entries) => entries.get(index).map(|(key, value)| (key, *value)),
            RawArray::Absent | RawArray::Other(_) => None,
        }
    }
}

/// Collects a table's entries. The key zvals hold a reference to the table's key strings, which
/// is what lets names borrow them rather than copy them.
fn entries(table: &ZendHashTable) -> Vec<(Zval, &Zval)> {
    let mut entries = Vec::with_capacity(table.len());
    let mut iterator = Iter::new(table);
    while let Some(entry) = iterator.next_zval() {
        entries.push(entry);
    }
    entries
}

/// Returns the bytes of a key: a string key as it is, an integer key in decimal.
fn key_bytes(key: &Zval) -> Cow<'_, [u8]> {
    match (key.long(), key.zend_str()) {
        (Some(number), _) => Cow::Owned(number.to_string().into_bytes()),
        (None, Some(text)) => Cow::Borrowed(text.as_bytes()),
        (None, None) => Cow::Borrowed(b""),
    }
}

/// PHP type name as `get_debug_type` spells the scalar ones, and `object` for any object.
pub fn type_name(data_type: DataType) -> &'static str {
    match data_type {
        DataType::Null | DataType::Undef => "null",
        DataType::Long => "int",
        DataType::Double => "float",
        DataType::String => "string",
        DataType::False | DataType::True | DataType::Bool => "bool",
        DataType::Array => "array",
        DataType::Object(_) => "object",
        DataType::Resource => "resource",
        _ => "unknown",
    }
}
