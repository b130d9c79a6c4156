//! PHP bindings of `crate::iopn`: `iopn_verify` and `iopn_parse`.

use ext_php_rs::binary::Binary;
use ext_php_rs::boxed::ZBox;
use ext_php_rs::builders::ModuleBuilder;
use ext_php_rs::convert::IntoZval;
use ext_php_rs::exception::PhpException;
use ext_php_rs::prelude::*;
use ext_php_rs::types::ZendHashTable;

use super::exception::{exception, ContextValue};
use super::keys::{self, Key};
use super::order::order_to_array;
use crate::iopn::{self, FieldValue, ParseError, VerifyError};
use crate::xml::read::XmlError;

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(iopn_verify))
        .function(wrap_function!(iopn_parse))
}

/// Verifies an IOPN delivery and returns its identity (see `Engine::verifyNotification`).
///
/// # Errors
///
/// `MissingFieldException`, `InvalidFieldException`, `UnknownNotificationTypeException`,
/// `UnknownAccessKeyException`, `SignatureMismatchException`, `StaleTimestampException` or
/// `FutureTimestampException`, in the documented order.
#[php_function]
#[php(name = "PwaPresta\\Native\\iopn_verify")]
pub fn iopn_verify(
    fields: &ZendHashTable,
    secret_key: Binary<u8>,
    access_key_id: Binary<u8>,
    now: i64,
    tolerance_seconds: i64,
) -> PhpResult<ZBox<ZendHashTable>> {
    let field = |name: &str| match fields.get(name) {
        None => FieldValue::Missing,
        Some(value) if value.is_null() => FieldValue::Missing,
        Some(value) => match value.zend_str() {
            Some(text) => FieldValue::Text(text.as_bytes()),
            None => FieldValue::NotString,
        },
    };
    let verified = iopn::verify(field, &secret_key, &access_key_id, now, tolerance_seconds)
        .map_err(|error| verify_exception(&error))?;

    let mut table = ZendHashTable::with_capacity(5);
    let failed = |error| PhpException::from_message(format!("cannot build the result: {error}"));
    let entries = [
        (
            Key::NotificationType,
            verified.notification_type.into_zval(false),
        ),
        (Key::Uuid, Binary::from(verified.uuid).into_zval(false)),
        (Key::Timestamp, verified.timestamp.into_zval(false)),
        (Key::TimestampUnix, verified.timestamp_unix.into_zval(false)),
        (
            Key::AwsAccessKeyId,
            Binary::from(verified.aws_access_key_id).into_zval(false),
        ),
    ];
    for (key, value) in entries {
        keys::insert(&mut table, key, value.map_err(failed)?).map_err(failed)?;
    }
    Ok(table)
}

/// Parses NotificationData into the Order array (see `Engine::parseNotification`).
///
/// # Errors
///
/// `DocumentTooLargeException`, `DtdNotAllowedException`, `MalformedXmlException`,
/// `UnknownNotificationTypeException`, `InvalidDocumentException`, `InvalidFieldException` or
/// `InvalidAmountException`.
#[php_function]
#[php(name = "PwaPresta\\Native\\iopn_parse")]
pub fn iopn_parse(notification_data: Binary<u8>) -> PhpResult<ZBox<ZendHashTable>> {
    let order =
        iopn::parse_notification(&notification_data).map_err(|error| parse_exception(&error))?;
    Ok(order_to_array(&order)?)
}

fn verify_exception(error: &VerifyError) -> PhpException {
    let message = error.to_string();
    let (class, context): (&str, Vec<(&str, ContextValue)>) = match error {
        VerifyError::NegativeTolerance(value) => (
            "InvalidFieldException",
            vec![
                ("field", "toleranceSeconds".into()),
                ("value", (*value).into()),
            ],
        ),
        VerifyError::MissingField(field) => {
            ("MissingFieldException", vec![("field", (*field).into())])
        }
        VerifyError::NotString(field) => {
            ("InvalidFieldException", vec![("field", (*field).into())])
        }
        VerifyError::UnknownNotificationType(value) => (
            "UnknownNotificationTypeException",
            vec![("notification_type", value.as_str().into())],
        ),
        VerifyError::UnknownAccessKey(value) => (
            "UnknownAccessKeyException",
            vec![("aws_access_key_id", value.as_str().into())],
        ),
        VerifyError::InvalidTimestamp(value) => (
            "InvalidFieldException",
            vec![
                ("field", "Timestamp".into()),
                ("value", value.as_str().into()),
            ],
        ),
        VerifyError::SignatureMismatch { uuid } => (
            "SignatureMismatchException",
            vec![("uuid", uuid.as_str().into())],
        ),
        VerifyError::Stale {
            timestamp,
            now,
            tolerance_seconds,
        } => (
            "StaleTimestampException",
            window_context(timestamp, *now, *tolerance_seconds),
        ),
        VerifyError::Future {
            timestamp,
            now,
            tolerance_seconds,
        } => (
            "FutureTimestampException",
            window_context(timestamp, *now, *tolerance_seconds),
        ),
    };
    exception(class, &message, context)
}

fn window_context(timestamp: &str, now: i64, tolerance: i64) -> Vec<(&'static str, ContextValue)> {
    vec![
        ("timestamp", timestamp.into()),
        ("now", now.into()),
        ("tolerance_seconds", tolerance.into()),
    ]
}

fn parse_exception(error: &ParseError) -> PhpException {
    let message = error.to_string();
    match error {
        ParseError::Xml(XmlError::TooLarge { size, limit }) => exception(
            "DocumentTooLargeException",
            &message,
            vec![
                ("size", to_i64(*size).into()),
                ("limit", to_i64(*limit).into()),
            ],
        ),
        ParseError::Xml(XmlError::DtdNotAllowed) => {
            exception("DtdNotAllowedException", &message, vec![])
        }
        ParseError::Xml(XmlError::Malformed { position, .. }) => {
            let context = match position {
                Some(position) => vec![("position", to_i64(*position).into())],
                None => vec![],
            };
            exception("MalformedXmlException", &message, context)
        }
        ParseError::UnknownNotificationType(value) => exception(
            "UnknownNotificationTypeException",
            &message,
            vec![("notification_type", value.as_str().into())],
        ),
        ParseError::MissingElement(element) => exception(
            "InvalidDocumentException",
            &message,
            vec![("element", (*element).into())],
        ),
        ParseError::InvalidField { field, value, .. } => exception(
            "InvalidFieldException",
            &message,
            vec![("field", (*field).into()), ("value", value.as_str().into())],
        ),
        ParseError::InvalidAmount { element, value, .. } => exception(
            "InvalidAmountException",
            &message,
            vec![
                ("value", value.as_str().into()),
                ("element", element.as_str().into()),
            ],
        ),
    }
}

fn to_i64(value: impl TryInto<i64>) -> i64 {
    value.try_into().unwrap_or(i64::MAX)
}
