//! Merchant custom data (`ItemCustomData`, `CartCustomData`) written from a PHP array.
//!
//! Each key of a map becomes an element. A string or integer value becomes the element's text, a
//! map becomes child elements, and a list repeats the element once per entry. Null and empty
//! arrays write nothing; an empty string writes an empty element. Keys must be XML element names without a prefix (the cart has a default
//! namespace), such as `Item_product_id`. Arrays, maps and lists alike, nest at most
//! [`MAX_DEPTH`] levels, the custom-data array itself being the first. One cart holds at most
//! [`MAX_ELEMENTS`] custom-data elements, counted over every item and the cart.

use crate::feeds::input::{self, InputError, InputResult, Value};
use crate::xml::write::{is_element_name, XmlWriter};

/// Deepest nesting of arrays in custom data, the custom-data array itself being level 1.
///
/// The limit keeps the written XML far below the 256 levels XML readers accept, and stops a
/// self-referencing PHP array in the PHP engine.
pub const MAX_DEPTH: usize = 32;

/// Most custom-data elements written for one cart, wrappers such as `ItemCustomData` left out.
///
/// PHP shares an array assigned twice instead of copying it, so custom data that nests one array
/// under two keys at each of 32 levels costs the caller little but would write 2^32 elements.
pub const MAX_ELEMENTS: usize = 10_000;

/// Custom-data elements still allowed in one cart; one budget is shared by every
/// [`write`] call for that cart.
#[derive(Debug)]
pub struct ElementBudget {
    left: usize,
}

impl Default for ElementBudget {
    fn default() -> Self {
        ElementBudget { left: MAX_ELEMENTS }
    }
}

impl ElementBudget {
    /// Counts one element at `path`, holding `value`.
    fn take(&mut self, value: &Value, path: &str) -> InputResult<()> {
        if self.left == 0 {
            return Err(input::invalid(
                path,
                value,
                &format!("at most {MAX_ELEMENTS} custom-data elements in one cart"),
            ));
        }
        self.left -= 1;
        Ok(())
    }
}

/// Writes `<element>` containing the entries of `data`, or nothing when `data` is absent or empty.
///
/// # Errors
///
/// [`InputError::Invalid`] at `path` for a value that is not a map, a key that is not an element
/// name, a list inside a list, a float, bool or object, or an array nested deeper than
/// [`MAX_DEPTH`] levels, or an element past the [`MAX_ELEMENTS`] of `budget`.
pub fn write(
    writer: &mut XmlWriter,
    element: &str,
    data: Option<&Value>,
    path: &str,
    budget: &mut ElementBudget,
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
    write_entries(writer, entries, path, 1, budget)?;
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
    budget: &mut ElementBudget,
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
                write_value(writer, &name, entry, &entry_path, depth + 2, budget)?;
            }
        } else {
            write_value(writer, &name, value, &field, depth + 1, budget)?;
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
    budget: &mut ElementBudget,
) -> InputResult<()> {
    match value {
        Value::Null => Ok(()),
        Value::Array(entries) if entries.is_empty() => Ok(()),
        Value::Array(entries) => {
            check_depth(depth, path)?;
            budget.take(value, path)?;
            writer.start(name, &[]);
            write_entries(writer, entries, path, depth, budget)?;
            writer.end();
            Ok(())
        }
        _ => {
            budget.take(value, path)?;
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
            &mut ElementBudget::default(),
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

    /// A map whose keys `a` and `b` both hold the map of the level below, `levels` deep.
    fn shared_halves(levels: usize) -> Value {
        let mut value = Value::text("v");
        for _ in 0..levels {
            value = Value::map(vec![("a", value.clone()), ("b", value)]);
        }
        value
    }

    #[test]
    fn elements_at_the_limit_are_written() {
        let entries = (0..MAX_ELEMENTS).map(|_| Value::text("v")).collect();
        let data = Value::map(vec![("e", Value::list(entries))]);
        let xml = written(&data).expect("written");
        assert_eq!(xml.matches("<e>").count(), MAX_ELEMENTS);
    }

    #[test]
    fn element_over_the_limit_names_the_path() {
        let entries = (0..=MAX_ELEMENTS).map(|_| Value::text("v")).collect();
        let data = Value::map(vec![("e", Value::list(entries))]);
        assert_eq!(
            written(&data),
            Err(InputError::Invalid {
                field: format!("item_custom_data.e[{MAX_ELEMENTS}]"),
                value: "v".to_owned(),
                expected: "at most 10000 custom-data elements in one cart".to_owned(),
            })
        );
    }

    #[test]
    fn shared_arrays_stop_at_the_limit() {
        let error = written(&shared_halves(16)).expect_err("2^17 elements");
        assert!(matches!(error, InputError::Invalid { ref expected, .. }
            if expected.contains("10000 custom-data elements")));
    }

    #[test]
    fn budget_is_shared_between_calls() {
        let entries = (0..MAX_ELEMENTS / 2).map(|_| Value::text("v")).collect();
        let data = Value::map(vec![("e", Value::list(entries))]);
        let mut writer = XmlWriter::new();
        let mut budget = ElementBudget::default();
        for path in ["first", "second"] {
            write(&mut writer, "D", Some(&data), path, &mut budget).expect("within the limit");
        }
        let error = write(&mut writer, "D", Some(&data), "third", &mut budget);
        assert!(matches!(error, Err(InputError::Invalid { field, .. }) if field == "third.e[0]"));
    }
}
