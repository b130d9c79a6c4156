//! Merchant custom data (`ItemCustomData`, `CartCustomData`) written from a PHP array.
//!
//! Each key of a map becomes an element. A string or integer value becomes the element's text, a
//! map becomes child elements, and a list repeats the element once per entry. Null and empty
//! arrays write nothing; an empty string writes an empty element. Keys must be XML element names without a prefix (the cart has a default
//! namespace), such as `Item_product_id`. Arrays, maps and lists alike, nest at most
//! [`MAX_DEPTH`] levels, the custom-data array itself being the first.

use crate::feeds::input::{self, InputError, InputResult, Value};
use crate::xml::write::{is_element_name, XmlWriter};

/// Deepest nesting of arrays in custom data, the custom-data array itself being level 1.
///
/// The limit keeps the written XML far below the 256 levels XML readers accept, and stops a
/// self-referencing PHP array in the PHP engine.
pub const MAX_DEPTH: usize = 32;

/// Writes `<element>` containing the entries of `data`, or nothing when `data` is absent or empty.
///
/// # Errors
///
/// [`InputError::Invalid`] at `path` for a value that is not a map, a key that is not an element
/// name, a list inside a list, a float, bool or object, or an array nested deeper than
/// [`MAX_DEPTH`] levels.
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
    write_entries(writer, entries, path, 1)?;
    writer.end();
    Ok(())
}

/// Rejects an array at `depth` (the custom-data array being 1) beyond [`MAX_DEPTH`].
fn check_depth(depth: usize, path: &str) -> InputResult<()> {
    if depth <= MAX_DEPTH {
        return Ok(());
    }
    Err(InputError::Invalid {
        field: path.to_owned(),
        value: "array".to_owned(),
        expected: format!("custom data nested at most {MAX_DEPTH} levels deep"),
    })
}

/// Writes the entries of the array at `depth`.
fn write_entries(
    writer: &mut XmlWriter,
    entries: &[(input::Key, Value)],
    path: &str,
    depth: usize,
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
            check_depth(depth + 1, &field)?;
            for (position, (_, entry)) in value.entries().unwrap_or_default().iter().enumerate() {
                let entry_path = input::index(&field, position);
                if entry.is_list() && entry.entries().is_some_and(|e| !e.is_empty()) {
                    return Err(input::invalid(
                        &entry_path,
                        entry,
                        "a value or a map, not a list",
                    ));
                }
                write_value(writer, &name, entry, &entry_path, depth + 2)?;
            }
        } else {
            write_value(writer, &name, value, &field, depth + 1)?;
        }
    }
    Ok(())
}

/// Writes one value whose array, if it is one, sits at `depth`.
fn write_value(
    writer: &mut XmlWriter,
    name: &str,
    value: &Value,
    path: &str,
    depth: usize,
) -> InputResult<()> {
    match value {
        Value::Null => Ok(()),
        Value::Array(entries) if entries.is_empty() => Ok(()),
        Value::Array(entries) => {
            check_depth(depth, path)?;
            writer.start(name, &[]);
            write_entries(writer, entries, path, depth)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Custom data whose arrays nest `depth` levels, the outer map included.
    fn nested_maps(depth: usize) -> Value {
        let mut value = Value::text("v");
        for _ in 0..depth {
            value = Value::map(vec![("a", value)]);
        }
        value
    }

    fn written(data: &Value) -> InputResult<String> {
        let mut writer = XmlWriter::new();
        write(
            &mut writer,
            "ItemCustomData",
            Some(data),
            "item_custom_data",
        )?;
        Ok(writer.finish())
    }

    #[test]
    fn nesting_at_the_limit_is_written() {
        let xml = written(&nested_maps(MAX_DEPTH)).expect("written");
        assert_eq!(xml.matches("<a>").count(), MAX_DEPTH);
    }

    #[test]
    fn nesting_over_the_limit_names_the_path() {
        let error = written(&nested_maps(MAX_DEPTH + 1)).expect_err("too deep");
        let path = format!("item_custom_data{}", ".a".repeat(MAX_DEPTH));
        assert_eq!(
            error,
            InputError::Invalid {
                field: path,
                value: "array".to_owned(),
                expected: "custom data nested at most 32 levels deep".to_owned(),
            }
        );
    }

    /// The outer map, then `pairs` times a list holding a map: 1 + 2 × `pairs` levels.
    fn lists_of_maps(pairs: usize) -> Value {
        let mut value = Value::text("v");
        for _ in 0..pairs {
            value = Value::list(vec![Value::map(vec![("b", value)])]);
        }
        Value::map(vec![("a", value)])
    }

    #[test]
    fn lists_count_as_levels() {
        assert!(written(&lists_of_maps(15)).is_ok());
        assert!(matches!(
            written(&lists_of_maps(16)),
            Err(InputError::Invalid { .. })
        ));
    }
}
