//! IOPN (Instant Order Processing Notification): verification of a delivery and parsing of its
//! NotificationData into the Order shape.
//!
//! The signature covers UUID and Timestamp only, never NotificationData, so a captured triple
//! can be replayed with another body inside the tolerance window: callers must also accept each
//! UUID once. The PHP twins are `PwaPresta\Php\Iopn\NotificationVerifier` and
//! `NotificationParser`.

pub mod parse;
pub mod signature;

use std::fmt;

use crate::order::parse_instant;
use crate::status::order_state_for_notification;

pub use parse::{parse_notification, ParseError};

pub const FIELD_NOTIFICATION_TYPE: &str = "NotificationType";
pub const FIELD_NOTIFICATION_DATA: &str = "NotificationData";
pub const FIELD_UUID: &str = "UUID";
pub const FIELD_TIMESTAMP: &str = "Timestamp";
pub const FIELD_SIGNATURE: &str = "Signature";
pub const FIELD_AWS_ACCESS_KEY_ID: &str = "AWSAccessKeyId";

/// The required POST fields, in the order they are checked.
pub const REQUIRED_FIELDS: [&str; 6] = [
    FIELD_NOTIFICATION_TYPE,
    FIELD_NOTIFICATION_DATA,
    FIELD_UUID,
    FIELD_TIMESTAMP,
    FIELD_SIGNATURE,
    FIELD_AWS_ACCESS_KEY_ID,
];

/// Default distance allowed between Timestamp and now, either way, in seconds (15 minutes).
pub const DEFAULT_TOLERANCE_SECONDS: i64 = 900;

/// One POST field as the caller found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldValue<'a> {
    /// Absent or null.
    Missing,
    /// Present with another type than string (an array, an int, ...).
    NotString,
    /// A string, as bytes.
    Text(&'a [u8]),
}

/// Identity of a verified delivery; byte fields are returned exactly as sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub notification_type: String,
    pub uuid: Vec<u8>,
    pub timestamp: String,
    pub timestamp_unix: i64,
    pub aws_access_key_id: Vec<u8>,
}

/// Why a delivery was rejected; `Display` gives the message, which never contains a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerifyError {
    NegativeTolerance(i64),
    MissingField(&'static str),
    NotString(&'static str),
    UnknownNotificationType(String),
    UnknownAccessKey(String),
    InvalidTimestamp(String),
    SignatureMismatch {
        uuid: String,
    },
    Stale {
        timestamp: String,
        now: i64,
        tolerance_seconds: i64,
    },
    Future {
        timestamp: String,
        now: i64,
        tolerance_seconds: i64,
    },
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VerifyError::NegativeTolerance(value) => write!(
                f,
                "tolerance of {value} seconds is invalid: pass 0 or more ({DEFAULT_TOLERANCE_SECONDS} \
                 is the default)"
            ),
            VerifyError::MissingField(field) => write!(
                f,
                "IOPN field {field} is missing or empty: pass the POST fields as PHP decoded them"
            ),
            VerifyError::NotString(field) => write!(
                f,
                "IOPN field {field} is not a string: pass the POST fields as PHP decoded them"
            ),
            VerifyError::UnknownNotificationType(value) => write!(
                f,
                "{}",
                crate::status::StatusError::UnknownNotificationType(value.clone())
            ),
            VerifyError::UnknownAccessKey(value) => write!(
                f,
                "IOPN AWSAccessKeyId \"{value}\" is not this shop's access key id: check the access \
                 key id in the module settings"
            ),
            VerifyError::InvalidTimestamp(value) => write!(
                f,
                "IOPN Timestamp \"{value}\" is not an ISO 8601 date-time with Z or an offset"
            ),
            VerifyError::SignatureMismatch { uuid } => write!(
                f,
                "IOPN Signature does not match for UUID \"{uuid}\": check the secret key, and pass \
                 the Signature field decoded once"
            ),
            VerifyError::Stale { timestamp, now, tolerance_seconds } => write!(
                f,
                "IOPN Timestamp \"{timestamp}\" is more than {tolerance_seconds} seconds before now \
                 ({now}): a replay or a long delay"
            ),
            VerifyError::Future { timestamp, now, tolerance_seconds } => write!(
                f,
                "IOPN Timestamp \"{timestamp}\" is more than {tolerance_seconds} seconds after now \
                 ({now}): check the server clock"
            ),
        }
    }
}

impl std::error::Error for VerifyError {}

/// Verifies an IOPN delivery; see `PwaPresta\Engine\Engine::verifyNotification` for the contract.
///
/// `field` returns each POST field by name, exactly as PHP decoded it (never decoded again).
///
/// # Errors
///
/// The first [`VerifyError`] in this order: negative tolerance; a missing, empty or non-string
/// field; unknown type; unknown access key id; unreadable Timestamp; signature mismatch; a
/// Timestamp more than `tolerance_seconds` before or after `now` (both edges inclusive).
pub fn verify<'a>(
    field: impl Fn(&str) -> FieldValue<'a>,
    secret_key: &[u8],
    access_key_id: &[u8],
    now: i64,
    tolerance_seconds: i64,
) -> Result<Verified, VerifyError> {
    if tolerance_seconds < 0 {
        return Err(VerifyError::NegativeTolerance(tolerance_seconds));
    }

    let mut values: [&[u8]; 6] = [&[]; 6];
    for (index, name) in REQUIRED_FIELDS.iter().enumerate() {
        values[index] = match field(name) {
            FieldValue::Missing => return Err(VerifyError::MissingField(name)),
            FieldValue::NotString => return Err(VerifyError::NotString(name)),
            FieldValue::Text([]) => return Err(VerifyError::MissingField(name)),
            FieldValue::Text(value) => value,
        };
    }
    let [notification_type, _, uuid, timestamp, signature, aws_access_key_id] = values;
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();

    let notification_type = std::str::from_utf8(notification_type)
        .ok()
        .filter(|name| order_state_for_notification(name).is_ok())
        .ok_or_else(|| VerifyError::UnknownNotificationType(text(notification_type)))?;

    if aws_access_key_id != access_key_id {
        return Err(VerifyError::UnknownAccessKey(text(aws_access_key_id)));
    }

    let timestamp_text = std::str::from_utf8(timestamp)
        .map_err(|_| VerifyError::InvalidTimestamp(text(timestamp)))?;
    let instant = parse_instant(timestamp_text)
        .ok()
        .filter(|instant| instant.has_zone && timestamp_text.len() > 10)
        .ok_or_else(|| VerifyError::InvalidTimestamp(timestamp_text.to_owned()))?;

    if !signature::signature_matches(secret_key, uuid, timestamp, signature) {
        return Err(VerifyError::SignatureMismatch { uuid: text(uuid) });
    }

    let timestamp_owned = timestamp_text.to_owned();
    let age = i128::from(now) - i128::from(instant.unix);
    if age > i128::from(tolerance_seconds) {
        return Err(VerifyError::Stale {
            timestamp: timestamp_owned,
            now,
            tolerance_seconds,
        });
    }
    if -age > i128::from(tolerance_seconds) {
        return Err(VerifyError::Future {
            timestamp: timestamp_owned,
            now,
            tolerance_seconds,
        });
    }

    Ok(Verified {
        notification_type: notification_type.to_owned(),
        uuid: uuid.to_vec(),
        timestamp: timestamp_owned,
        timestamp_unix: instant.unix,
        aws_access_key_id: aws_access_key_id.to_vec(),
    })
}
