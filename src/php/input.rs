//! Reads PHP arguments into the unchecked `InputValue`s and `InputArray`s of `crate::mws`.
//!
//! Nothing here judges a value: the MWS functions check them, in the same order as the PHP
//! engine. Array keys are kept as PHP hands them out, so names can borrow their bytes and the
//! signed request can put the caller's own key strings back into its result.

use std::borrow::Cow;
use std::convert::Infallible;

use ext_php_rs::ffi::{
    IS_DOUBLE, IS_INDIRECT, IS_LONG, IS_NULL, IS_REFERENCE, IS_STRING, IS_UNDEF,
};
use ext_php_rs::flags::DataType;
use ext_php_rs::types::array::Iter;
use ext_php_rs::types::{ZendHashTable, ZendStr, Zval};

use crate::mws::input::{InputArray, InputValue};

/// Reads a PHP value; an absent key is `InputValue::Absent`.
///
/// It reads the zval's type byte and value directly, and is inlined so that the value stays in
/// registers. Going through ext-php-rs' type conversion, and returning the value through memory,
/// cost about a tenth of a signed request.
#[inline]
pub fn read_value(value: Option<&Zval>) -> InputValue<'_> {
    let Some(value) = value else {
        return InputValue::Absent;
    };
    let value = dereferenced(value);
    // SAFETY: the type byte marks which member of the value union is set, and each arm reads
    // only that member. A string zval points to a live zend_string for as long as the borrow.
    unsafe {
        match zval_type(value) {
            IS_UNDEF | IS_NULL => InputValue::Null,
            IS_STRING => InputValue::Text((*value.value.str_).as_bytes()),
            IS_LONG => InputValue::Integer(value.value.lval),
            IS_DOUBLE => InputValue::Float(value.value.dval),
            _ => InputValue::Other(type_name(value.get_type())),
        }
    }
}

/// Returns the type of a zval, Zend's `Z_TYPE`: the low byte of its type info.
#[inline]
pub(super) fn zval_type(value: &Zval) -> u32 {
    // SAFETY: `u1` is a union of the type info and its bytes, so either reading is valid.
    unsafe { value.u1.type_info & 0xFF }
}

/// Follows a PHP reference or an indirect slot to the value it stands for.
#[inline]
pub(super) fn dereferenced(value: &Zval) -> &Zval {
    // SAFETY: the type byte marks which member is set: a reference points to a live
    // zend_reference and an indirect slot to a live zval, both owned by the array.
    unsafe {
        match zval_type(value) {
            IS_REFERENCE => &(*value.value.ref_).val,
            IS_INDIRECT => &*value.value.zv.cast::<Zval>(),
            _ => value,
        }
    }
}

/// The key of an array entry, as PHP stores it.
#[derive(Clone, Copy)]
pub enum EntryKey<'a> {
    Name(&'a ZendStr),
    Index(i64),
}

impl EntryKey<'_> {
    /// Returns the bytes of the key: a string key as it is, an integer key in decimal.
    #[inline]
    pub fn bytes(&self) -> Cow<'_, [u8]> {
        match self {
            EntryKey::Name(name) => Cow::Borrowed(name.as_bytes()),
            EntryKey::Index(index) => Cow::Owned(index.to_string().into_bytes()),
        }
    }
}

/// An array argument as read from PHP: absent or null, its entries, or a value of another type.
pub enum RawArray<'a> {
    Absent,
    /// Each entry's key and value, in array order.
    Entries(Vec<(EntryKey<'a>, &'a Zval)>),
    Other(&'static str),
}

impl<'a> RawArray<'a> {
    /// Reads an array value (`parameters`, `headers`); null or absent is `RawArray::Absent`.
    pub fn read(value: Option<&'a Zval>) -> Self {
        let Some(value) = value.map(Zval::dereference) else {
            return RawArray::Absent;
        };
        match value.array() {
            Some(table) => RawArray::of_table(table),
            None if value.is_null() => RawArray::Absent,
            None => RawArray::Other(type_name(value.get_type())),
        }
    }

    /// Reads every entry of a table.
    ///
    /// A string key that PHP reads as an integer ("5" from `compact()`) is read as that integer,
    /// so the array can hold the same key twice. The entries stay as they are: the MWS functions
    /// check each in array order and keep the last value of a repeated name, as the PHP engine
    /// does when it copies the parameters into an array.
    pub fn of_table(table: &'a ZendHashTable) -> Self {
        let mut entries = Vec::with_capacity(table.len());
        let read: Result<(), Infallible> = for_each_entry(table, |key, value| {
            entries.push((key, value));
            Ok(())
        });
        match read {
            Ok(()) => RawArray::Entries(entries),
        }
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
        let RawArray::Entries(entries) = self else {
            return Vec::new();
        };
        let mut inputs = Vec::with_capacity(entries.len());
        for &(key, value) in entries {
            // A string key goes straight into the pushed entry, and the integer case is kept out
            // of line. Building either kind in a temporary and copying it whole stalled the copy
            // on every entry.
            let name = match key {
                EntryKey::Name(name) => Cow::Borrowed(name.as_bytes()),
                EntryKey::Index(index) => decimal(index),
            };
            inputs.push((name, read_value(Some(value))));
        }
        inputs
    }

    /// Returns the key and value of the entry at `index`, when there is one.
    pub fn entry(&self, index: usize) -> Option<(EntryKey<'a>, &'a Zval)> {
        match self {
            RawArray::Entries(entries) => entries.get(index).copied(),
            RawArray::Absent | RawArray::Other(_) => None,
        }
    }
}

/// Returns an integer key's decimal digits.
#[cold]
fn decimal(index: i64) -> Cow<'static, [u8]> {
    Cow::Owned(index.to_string().into_bytes())
}

/// Zend's `HASH_FLAG_PACKED`: the table is a list whose entries carry no key.
const HASH_FLAG_PACKED: u32 = 1 << 2;

/// Returns the integer that a string key stands for under PHP's array rules, if any: a decimal
/// integer in the i64 range without a leading zero or a `+`, and not `-0`.
///
/// PHP turns such a key into an int key whenever it writes one, but an array built by
/// `compact()`, `get_defined_vars()` or an object cast can still hold the string, and the result
/// array must not.
#[inline]
fn numeric_key(bytes: &[u8]) -> Option<i64> {
    // Nearly every key starts with a letter: one comparison settles those.
    if !matches!(bytes.first(), Some(b'0'..=b'9' | b'-')) {
        return None;
    }
    numeric_key_digits(bytes)
}

/// Reads the integer of a key that starts with a digit or a minus sign (see [`numeric_key`]).
fn numeric_key_digits(bytes: &[u8]) -> Option<i64> {
    let digits = bytes.strip_prefix(b"-").unwrap_or(bytes);
    let canonical = match digits {
        [b'0'] => digits.len() == bytes.len(),
        [b'1'..=b'9', rest @ ..] => rest.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    if !canonical {
        return None;
    }
    std::str::from_utf8(bytes).ok()?.parse().ok()
}

/// Calls `visit` with the key and value of each entry of `table`, in array order, and stops at
/// the first error it returns.
///
/// A hash table is read straight from its buckets. The ext-php-rs iterator makes five calls into
/// the engine per entry and copies each key, which made reading the request about a sixth of a
/// signed request's time. A packed list goes through that iterator, because its layout differs
/// between PHP versions.
pub fn for_each_entry<'a, E>(
    table: &'a ZendHashTable,
    mut visit: impl FnMut(EntryKey<'a>, &'a Zval) -> Result<(), E>,
) -> Result<(), E> {
    // SAFETY: `u` is a union of the flag bytes and the same bits as one u32, so either reading
    // is valid.
    let flags = unsafe { table.u.flags };

    if flags & HASH_FLAG_PACKED != 0 {
        let mut iterator = Iter::new(table);
        while let Some((key, value)) = iterator.next_zval() {
            let index = key.long().unwrap_or_default();
            visit(EntryKey::Index(index), value)?;
        }
        return Ok(());
    }

    let used = table.nNumUsed as usize;
    if used == 0 {
        return Ok(());
    }
    // SAFETY: a table that is not packed keeps `nNumUsed` buckets at `arData` (deleted ones
    // included, marked IS_UNDEF), and the shared borrow of `table` keeps them alive and unchanged
    // while `visit` runs.
    let buckets = unsafe { std::slice::from_raw_parts(table.__bindgen_anon_1.arData, used) };
    for bucket in buckets {
        let value: &'a Zval = &bucket.val;
        let value = if zval_type(value) == IS_INDIRECT {
            dereferenced(value)
        } else {
            value
        };
        if zval_type(value) == IS_UNDEF {
            continue;
        }
        // SAFETY: a non-null bucket key is the entry's key string, owned by the table.
        let key = match unsafe { bucket.key.as_ref() } {
            Some(name) => match numeric_key(name.as_bytes()) {
                Some(index) => EntryKey::Index(index),
                None => EntryKey::Name(name),
            },
            None => EntryKey::Index(bucket.h as i64),
        };
        visit(key, value)?;
    }
    Ok(())
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
