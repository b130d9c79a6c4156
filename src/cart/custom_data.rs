//! Merchant custom data (`ItemCustomData`, `CartCustomData`) written from a PHP array.
//!
//! Each key of a map becomes an element. A string or integer value becomes the element's text, a
//! map becomes child elements, and a list repeats the element once per entry. Null and empty
//! arrays write nothing; an empty string writes an empty element. Keys must be XML element names without a prefix (the cart has a default
//! namespace), such as `Item_product_id`.

use crate::feeds::input::{self, InputError, InputResult, Value};
use crate::xml::write::{is_element_name, XmlWriter};

/// Writes `<element>` containing the entries of `data`, or nothing when `data` is absent or empty.
///
/// # Errors
///
/// [`InputError::Invalid`] at `path` for a value that is not a map, a key that is not an element
/// name, a list inside a list, or a float, bool or object.
pub fn write(
    writer: &mut XmlWriter,
    element: &str,
    data: Option<&Value>,
    path: &str,
) -> InputResult<()> {
    let entries = match data {
        None | Some(Value::Null) => return Ok(()),
        Some(value) if value.is_list() && value.entries().is_some_and(|e| !e.is_empty()) => {
            return Err(input::invalid(
                path,
                value,
                "an array of element name => value",
            ))
        }
        Some(value) => match value.entries() {
            Some(entries) => entries,
            None => {
                return Err(input::invalid(
                    path,
                    value,
                    "an array of element name => value",
                ))
            }
        },
    };
    if entries.is_empty() {
        return Ok(());
    }
    writer.start(element, &[]);
    write_entries(writer, entries, path)?;
    writer.end();
    Ok(())
}

fn write_entries(
    writer: &mut XmlWriter,
    entries: &[(input::Key, Value)],
    path: &str,
) -> InputResult<()> {
    for (key, value) in entries {
        let name = key.to_text();
        let field = input::child(path, &name);
        let valid = matches!(key, input::Key::Name(_)) && is_element_name(&name);
        if !valid {
            return Err(InputError::Invalid {
                field,
                value: name,
                expected: "an XML element name such as Item_product_id".to_owned(),
            });
        }
        if value.is_list() && value.entries().is_some_and(|e| !e.is_empty()) {
            for (position, (_, entry)) in value.entries().unwrap_or_default().iter().enumerate() {
                let entry_path = input::index(&field, position);
                if entry.is_list() && entry.entries().is_some_and(|e| !e.is_empty()) {
                    return Err(input::invalid(
                        &entry_path,
                        entry,
                        "a value or a map, not a list",
                    ));
                }
                write_value(writer, &name, entry, &entry_path)?;
            }
        } else {
            write_value(writer, &name, value, &field)?;
        }
    }
    Ok(())
}

fn write_value(writer: &mut XmlWriter, name: &str, value: &Value, path: &str) -> InputResult<()> {
    match value {
        Value::Null => Ok(()),
        Value::Array(entries) if entries.is_empty() => Ok(()),
        Value::Array(entries) => {
            writer.start(name, &[]);
            write_entries(writer, entries, path)?;
            writer.end();
            Ok(())
        }
        _ => {
            let text = input::text_value(Some(value), path)?.unwrap_or_default();
            writer.text(name, &text);
            Ok(())
        }
    }
}
