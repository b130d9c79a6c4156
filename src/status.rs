//! Order states: Amazon's notification types and MWS order statuses mapped to the module's
//! order-state keys, and the guard that keeps an order from moving backwards.
//!
//! Each mapping is one table; the PHP twin is `PwaPresta\Php\Status\OrderStates`.

use std::fmt;

/// Order-state keys, in lifecycle order (the rows and columns of [`TRANSITIONS`]).
pub const ORDER_STATES: [&str; 5] = [
    "awaiting_payment",
    "payment_accepted",
    "shipped",
    "cancelled",
    "refunded",
];

/// IOPN notification types and the order state each one sets.
pub const NOTIFICATION_STATES: [(&str, &str); 3] = [
    ("NewOrderNotification", "awaiting_payment"),
    ("OrderReadyToShipNotification", "payment_accepted"),
    ("OrderCancelledNotification", "cancelled"),
];

/// MWS OrderStatus values and the order state each one sets (`None` when the shop needs no change).
pub const MWS_STATUS_STATES: [(&str, Option<&str>); 8] = [
    ("PendingAvailability", Some("awaiting_payment")),
    ("Pending", Some("awaiting_payment")),
    ("Unshipped", Some("payment_accepted")),
    ("PartiallyShipped", Some("payment_accepted")),
    ("Shipped", Some("shipped")),
    ("InvoiceUnconfirmed", Some("shipped")),
    ("Canceled", Some("cancelled")),
    ("Unfulfillable", None),
];

/// `TRANSITIONS[from][to]`: whether an order may move between two states of [`ORDER_STATES`].
///
/// Nothing leaves cancelled or refunded, nothing goes back to awaiting_payment, shipped may only
/// move to refunded, and staying in the same state is not a move.
pub const TRANSITIONS: [[bool; 5]; 5] = [
    // to: awaiting, accepted, shipped, cancelled, refunded
    [false, true, true, true, true],     // from awaiting_payment
    [false, false, true, true, true],    // from payment_accepted
    [false, false, false, false, true],  // from shipped
    [false, false, false, false, false], // from cancelled
    [false, false, false, false, false], // from refunded
];

/// A value outside the tables; `Display` names it and lists the accepted values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusError {
    UnknownNotificationType(String),
    UnknownOrderStatus(String),
    UnknownOrderState(String),
}

impl fmt::Display for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatusError::UnknownNotificationType(value) => write!(
                f,
                "IOPN notification type \"{value}\" is unknown: expected NewOrderNotification, \
                 OrderReadyToShipNotification or OrderCancelledNotification"
            ),
            StatusError::UnknownOrderStatus(value) => write!(
                f,
                "MWS OrderStatus \"{value}\" is unknown: expected PendingAvailability, Pending, \
                 Unshipped, PartiallyShipped, Shipped, InvoiceUnconfirmed, Canceled or Unfulfillable"
            ),
            StatusError::UnknownOrderState(value) => write!(
                f,
                "order state \"{value}\" is unknown: expected awaiting_payment, payment_accepted, \
                 shipped, cancelled or refunded"
            ),
        }
    }
}

impl std::error::Error for StatusError {}

/// Order state set by an IOPN notification type.
///
/// # Errors
///
/// [`StatusError::UnknownNotificationType`] for another type.
pub fn order_state_for_notification(notification_type: &str) -> Result<&'static str, StatusError> {
    NOTIFICATION_STATES
        .iter()
        .find(|(name, _)| *name == notification_type)
        .map(|(_, state)| *state)
        .ok_or_else(|| StatusError::UnknownNotificationType(notification_type.to_owned()))
}

/// Order state set by an MWS OrderStatus, or `None` when the shop needs no change.
///
/// # Errors
///
/// [`StatusError::UnknownOrderStatus`] for a status outside Amazon's list.
pub fn order_state_for_mws_status(order_status: &str) -> Result<Option<&'static str>, StatusError> {
    MWS_STATUS_STATES
        .iter()
        .find(|(name, _)| *name == order_status)
        .map(|(_, state)| *state)
        .ok_or_else(|| StatusError::UnknownOrderStatus(order_status.to_owned()))
}

/// Whether an order may move from one state to another (see [`TRANSITIONS`]).
///
/// # Errors
///
/// [`StatusError::UnknownOrderState`] naming `from`, or else `to`, when it is not a state key.
pub fn is_transition_allowed(from: &str, to: &str) -> Result<bool, StatusError> {
    let index = |state: &str| {
        ORDER_STATES
            .iter()
            .position(|known| *known == state)
            .ok_or_else(|| StatusError::UnknownOrderState(state.to_owned()))
    };
    let from = index(from)?;
    let to = index(to)?;
    Ok(TRANSITIONS[from][to])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_leaves_final_states() {
        for to in ORDER_STATES {
            assert_eq!(is_transition_allowed("cancelled", to), Ok(false), "{to}");
            assert_eq!(is_transition_allowed("refunded", to), Ok(false), "{to}");
        }
    }

    #[test]
    fn unknown_from_is_named_first() {
        assert_eq!(
            is_transition_allowed("paid", "lost"),
            Err(StatusError::UnknownOrderState("paid".to_owned()))
        );
    }
}
