//! The order-state tables: every pair of states and every MWS status.

use pwapresta::status::{is_transition_allowed, order_state_for_mws_status, ORDER_STATES};

#[test]
fn every_pair_of_states() {
    let allowed = [
        ("awaiting_payment", "payment_accepted"),
        ("awaiting_payment", "shipped"),
        ("awaiting_payment", "cancelled"),
        ("awaiting_payment", "refunded"),
        ("payment_accepted", "shipped"),
        ("payment_accepted", "cancelled"),
        ("payment_accepted", "refunded"),
        ("shipped", "refunded"),
    ];
    for from in ORDER_STATES {
        for to in ORDER_STATES {
            let expected = allowed.contains(&(from, to));
            assert_eq!(
                is_transition_allowed(from, to),
                Ok(expected),
                "{from} -> {to}"
            );
        }
    }
}

#[test]
fn every_mws_status() {
    let expected = [
        ("PendingAvailability", Some("awaiting_payment")),
        ("Pending", Some("awaiting_payment")),
        ("Unshipped", Some("payment_accepted")),
        ("PartiallyShipped", Some("payment_accepted")),
        ("Shipped", Some("shipped")),
        ("InvoiceUnconfirmed", Some("shipped")),
        ("Canceled", Some("cancelled")),
        ("Unfulfillable", None),
    ];
    for (status, state) in expected {
        assert_eq!(order_state_for_mws_status(status), Ok(state), "{status}");
    }
    assert!(order_state_for_mws_status("Cancelled").is_err());
}
