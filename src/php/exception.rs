//! Builds the PHP exception classes of `php/src/Exception/` by name, with their context array.

use ext_php_rs::convert::IntoZval;
use ext_php_rs::exception::PhpException;
use ext_php_rs::types::{ZendHashTable, ZendObject, Zval};
use ext_php_rs::zend::ClassEntry;

/// Namespace of the exception classes declared in PHP.
const NAMESPACE: &str = "PwaPresta\\Exception\\";

/// One entry of an exception's context array (`PwaPrestaException::getContext()`).
pub enum ContextValue {
    Text(String),
    Integer(i64),
}

impl From<&str> for ContextValue {
    fn from(value: &str) -> Self {
        ContextValue::Text(value.to_owned())
    }
}

impl From<String> for ContextValue {
    fn from(value: String) -> Self {
        ContextValue::Text(value)
    }
}

impl From<i64> for ContextValue {
    fn from(value: i64) -> Self {
        ContextValue::Integer(value)
    }
}

/// Returns `new PwaPresta\Exception\<class>($message, $context)`, ready to be returned as `Err`.
///
/// When the class is not loaded (the PHP API was not included), the result is a plain
/// `\Exception` whose message names the missing class, so a failure is never silent.
pub fn exception(class: &str, message: &str, context: Vec<(&str, ContextValue)>) -> PhpException {
    let name = format!("{NAMESPACE}{class}");
    let Some(class_entry) = ClassEntry::try_find(&name) else {
        return PhpException::from_message(format!(
            "{message} (exception class {name} is not loaded: include php/autoload.php)"
        ));
    };
    match construct(class_entry, message, context) {
        Ok(object) => PhpException::from_message(message.to_owned()).with_object(object),
        Err(error) => PhpException::from_message(format!("{message} ({error})")),
    }
}

fn construct(
    class_entry: &'static ClassEntry,
    message: &str,
    context: Vec<(&str, ContextValue)>,
) -> Result<Zval, String> {
    let mut table = ZendHashTable::new();
    for (key, value) in context {
        let inserted = match value {
            ContextValue::Text(text) => table.insert(key, text),
            ContextValue::Integer(number) => table.insert(key, number),
        };
        inserted.map_err(|error| format!("context key {key}: {error:?}"))?;
    }
    let context = table
        .into_zval(false)
        .map_err(|error| format!("context: {error:?}"))?;
    let message = message
        .into_zval(false)
        .map_err(|error| format!("message: {error:?}"))?;

    let object = ZendObject::new(class_entry);
    let object = object
        .into_zval(false)
        .map_err(|error| format!("object: {error:?}"))?;
    object
        .try_call_method("__construct", vec![&message, &context])
        .map_err(|error| {
            format!(
                "{}::__construct: {error:?}",
                class_entry.name().unwrap_or("?")
            )
        })?;
    Ok(object)
}
