//! PHP bindings of `crate::mws::response` (MWS answers) and `crate::report` (order reports).
//!
//! Parsed values become PHP arrays with the keys in the documented order. An exception thrown by
//! the PHP callback of `report_each_order` is left pending, so it reaches the caller unchanged.

use std::ffi::OsString;
use std::fs::File;
use std::os::unix::ffi::OsStringExt;
use std::path::PathBuf;

use ext_php_rs::binary::Binary;
use ext_php_rs::boxed::ZBox;
use ext_php_rs::builders::ModuleBuilder;
use ext_php_rs::convert::IntoZval;
use ext_php_rs::exception::PhpException;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendCallable, ZendHashTable, Zval};

use super::exception::{exception, ContextValue};
use super::order::order_to_array;
use crate::mws::response::value::Value;
use crate::mws::response::{self, ParseError};
use crate::report::{self, StreamError};

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(mws_parse_response))
        .function(wrap_function!(report_parse_orders))
        .function(wrap_function!(report_each_order))
}

/// Parses the answer to an MWS action (see `Engine::parseMwsResponse`).
///
/// # Errors
///
/// `UnknownActionException`, `DocumentTooLargeException`, `DtdNotAllowedException`,
/// `MalformedXmlException`, `InvalidDocumentException`, `InvalidAmountException`, and for an
/// ErrorResponse `MwsThrottledException`, `MwsAuthenticationException` or `MwsErrorException`.
#[php_function]
#[php(name = "PwaPresta\\Native\\mws_parse_response")]
pub fn mws_parse_response(action: Binary<u8>, xml: Binary<u8>) -> PhpResult<Zval> {
    let action = String::from_utf8_lossy(&action).into_owned();
    let value = response::parse(&action, &xml).map_err(|error| throwable(&error, &action))?;
    into_zval(value)
}

/// Parses a report held in memory into a list of Orders (see `Engine::parseOrderReport`).
///
/// # Errors
///
/// As `report_each_order`, except for the file.
#[php_function]
#[php(name = "PwaPresta\\Native\\report_parse_orders")]
pub fn report_parse_orders(xml: Binary<u8>) -> PhpResult<Zval> {
    let orders = report::parse_orders(&xml).map_err(|error| throwable(&error, ""))?;
    let mut list = ZendHashTable::with_capacity(len_u32(orders.len()));
    for order in &orders {
        list.push(order_to_array(order)?)?;
    }
    let mut zval = Zval::new();
    zval.set_hashtable(list);
    Ok(zval)
}

/// Streams a report file and calls `$onOrder(Order)` per order (see `Engine::eachReportOrder`);
/// returns the number of orders.
///
/// # Errors
///
/// `MalformedXmlException` when the file cannot be opened or is not well-formed,
/// `DtdNotAllowedException`, `InvalidDocumentException`, `InvalidAmountException`, the MWS
/// exceptions for an ErrorResponse, and whatever `$onOrder` throws.
#[php_function]
#[php(name = "PwaPresta\\Native\\report_each_order")]
pub fn report_each_order(path: Binary<u8>, on_order: ZendCallable) -> PhpResult<i64> {
    let path = PathBuf::from(OsString::from_vec(path.to_vec()));
    let file = File::open(&path).map_err(|_| {
        let shown = path.display().to_string();
        exception(
            "MalformedXmlException",
            &format!(
                "the report file \"{shown}\" cannot be read: check the path and its permissions"
            ),
            vec![("path", shown.clone().into())],
        )
    })?;
    // The report stream reads the file in chunks of its own, so it needs no BufReader.
    let streamed = report::each_order(file, |order| {
        // Report orders carry no custom data, so its keys come out null, as in the PHP engine.
        let order = order_to_array(&order)?.into_zval(false)?;
        on_order
            .try_call(vec![&order])
            .map(drop)
            .map_err(CallbackError::from)
    });
    match streamed {
        Ok(count) => Ok(i64::try_from(count).unwrap_or(i64::MAX)),
        Err(StreamError::Parse(error)) => Err(throwable(&error, "")),
        // The callback's exception is still pending in the engine: returning normally lets PHP
        // raise it to the caller of eachReportOrder unchanged.
        Err(StreamError::Callback(CallbackError::Pending)) => Ok(0),
        Err(StreamError::Callback(CallbackError::Raised(error))) => Err(error),
    }
}

/// Why calling the PHP callback failed.
enum CallbackError {
    /// The callback threw; its exception is pending in the engine.
    Pending,
    /// The order could not be converted or the callable could not be called.
    Raised(PhpException),
}

impl From<ext_php_rs::error::Error> for CallbackError {
    fn from(error: ext_php_rs::error::Error) -> Self {
        match error {
            ext_php_rs::error::Error::ExceptionPending { .. } => CallbackError::Pending,
            other => CallbackError::Raised(PhpException::from(other)),
        }
    }
}

impl From<PhpException> for CallbackError {
    fn from(error: PhpException) -> Self {
        CallbackError::Raised(error)
    }
}

/// The PHP exception of a parse error, with the context keys the PHP engine sets.
fn throwable(error: &ParseError, action: &str) -> PhpException {
    let context: Vec<(&str, ContextValue)> = match error {
        ParseError::UnknownAction(_) => vec![("action", action.into())],
        ParseError::TooLarge { size, limit } => vec![
            ("size", i64::try_from(*size).unwrap_or(i64::MAX).into()),
            ("limit", i64::try_from(*limit).unwrap_or(i64::MAX).into()),
        ],
        ParseError::DtdNotAllowed | ParseError::Malformed(_) => Vec::new(),
        ParseError::InvalidDocument { element, .. } => vec![("element", element.as_str().into())],
        ParseError::InvalidAmount { element, value, .. } => {
            vec![
                ("element", element.as_str().into()),
                ("value", value.as_str().into()),
            ]
        }
        ParseError::Mws(mws) => vec![
            ("type", mws.error_type.as_str().into()),
            ("code", mws.code.as_str().into()),
            ("message", mws.message.as_str().into()),
            ("request_id", mws.request_id.as_str().into()),
        ],
    };
    exception(error.exception_class(), &error.to_string(), context)
}

/// Converts a parsed value into a PHP value.
fn into_zval(value: Value) -> PhpResult<Zval> {
    let mut zval = Zval::new();
    match value {
        Value::Null => zval.set_null(),
        Value::Bool(flag) => zval.set_bool(flag),
        Value::Int(number) => zval.set_long(number),
        Value::Text(text) => zval.set_string(&text, false)?,
        Value::List(items) => {
            let mut table: ZBox<ZendHashTable> = ZendHashTable::with_capacity(len_u32(items.len()));
            for item in items {
                table.push(into_zval(item)?)?;
            }
            zval.set_hashtable(table);
        }
        Value::Map(entries) => {
            let mut table: ZBox<ZendHashTable> =
                ZendHashTable::with_capacity(len_u32(entries.len()));
            for (key, item) in entries {
                table.insert(key.as_str(), into_zval(item)?)?;
            }
            zval.set_hashtable(table);
        }
    }
    Ok(zval)
}

fn len_u32(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
}
