//! PHP bindings of `crate::status`.

use ext_php_rs::binary::Binary;
use ext_php_rs::builders::ModuleBuilder;
use ext_php_rs::exception::PhpException;
use ext_php_rs::prelude::*;

use super::exception::exception;
use crate::status::{self, StatusError};

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(order_state_for_notification))
        .function(wrap_function!(order_state_for_mws_status))
        .function(wrap_function!(is_transition_allowed))
}

/// Order-state key for an IOPN notification type (see `Engine::orderStateForNotification`).
///
/// # Errors
///
/// `UnknownNotificationTypeException` for another type.
#[php_function]
#[php(name = "PwaPresta\\Native\\order_state_for_notification")]
pub fn order_state_for_notification(notification_type: Binary<u8>) -> PhpResult<&'static str> {
    status::order_state_for_notification(&text(&notification_type)).map_err(|error| throw(&error))
}

/// Order-state key for an MWS OrderStatus, or null (see `Engine::orderStateForMwsStatus`).
///
/// # Errors
///
/// `UnknownOrderStatusException` for a status outside Amazon's list.
#[php_function]
#[php(name = "PwaPresta\\Native\\order_state_for_mws_status")]
pub fn order_state_for_mws_status(order_status: Binary<u8>) -> PhpResult<Option<&'static str>> {
    status::order_state_for_mws_status(&text(&order_status)).map_err(|error| throw(&error))
}

/// Whether an order may move between two state keys (see `Engine::isTransitionAllowed`).
///
/// # Errors
///
/// `UnknownOrderStateException` naming the first unknown key.
#[php_function]
#[php(name = "PwaPresta\\Native\\is_transition_allowed")]
pub fn is_transition_allowed(from: Binary<u8>, to: Binary<u8>) -> PhpResult<bool> {
    status::is_transition_allowed(&text(&from), &text(&to)).map_err(|error| throw(&error))
}

/// Decodes a PHP string argument; bytes that are not UTF-8 become U+FFFD, so such a value is
/// never a known key and is raised as unknown, as the PHP engine does.
fn text(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

/// Builds the PHP exception of a status error.
pub fn throw(error: &StatusError) -> PhpException {
    let message = error.to_string();
    match error {
        StatusError::UnknownNotificationType(value) => exception(
            "UnknownNotificationTypeException",
            &message,
            vec![("notification_type", value.as_str().into())],
        ),
        StatusError::UnknownOrderStatus(value) => exception(
            "UnknownOrderStatusException",
            &message,
            vec![("order_status", value.as_str().into())],
        ),
        StatusError::UnknownOrderState(value) => exception(
            "UnknownOrderStateException",
            &message,
            vec![("order_state", value.as_str().into())],
        ),
    }
}
