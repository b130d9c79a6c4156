//! `_POST_ORDER_ACKNOWLEDGEMENT_DATA_`: order import confirmation or cancellation.
//!
//! Input, one array per acknowledgement: `amazon_order_id`, `merchant_order_id`?,
//! `status_code` (`Success`, or `Failure`, which cancels an unshipped order), and `items`?, each
//! `amazon_order_item_code`, `merchant_order_item_id`?, `cancel_reason`? (only with `Failure`).
//! Element order follows Amazon's OrderAcknowledgement schema: AmazonOrderID, MerchantOrderID,
//! StatusCode, Item* (AmazonOrderItemCode, MerchantOrderItemID, CancelReason).

use super::input::{self, InputError, InputResult, Value};
use super::{start_envelope, write_message};
use crate::xml::write::XmlWriter;

const ACKNOWLEDGEMENT_KEYS: &[&str] = &[
    "amazon_order_id",
    "merchant_order_id",
    "status_code",
    "items",
];

const ITEM_KEYS: &[&str] = &[
    "amazon_order_item_code",
    "merchant_order_item_id",
    "cancel_reason",
];

/// `StatusCode` values.
pub const STATUS_CODES: &[&str] = &["Success", "Failure"];

/// `CancelReason` values of Amazon's OrderAcknowledgement schema (release 1.9).
pub const CANCEL_REASONS: &[&str] = &[
    "NoInventory",
    "ShippingAddressUndeliverable",
    "CustomerExchange",
    "BuyerCanceled",
    "GeneralAdjustment",
    "CarrierCreditDecision",
    "RiskAssessmentInformationNotValid",
    "CarrierCoverageFailure",
    "CustomerReturn",
    "MerchandiseNotReceived",
];

/// Builds the order acknowledgement feed for `merchant_identifier` (the seller id).
///
/// # Errors
///
/// [`InputError`] naming the first invalid value by key path
/// (`acknowledgements[0].items[0].cancel_reason`).
pub fn order_acknowledgement_feed(
    merchant_identifier: &Value,
    acknowledgements: &Value,
) -> InputResult<String> {
    let (mut writer, entries) = start_envelope(
        merchant_identifier,
        "OrderAcknowledgement",
        "acknowledgements",
        acknowledgements,
    )?;
    for (position, entry) in entries.into_iter().enumerate() {
        let path = input::index("acknowledgements", position);
        write_message(&mut writer, position + 1, |writer| {
            write_acknowledgement(writer, entry, &path)
        })?;
    }
    Ok(writer.finish())
}

fn write_acknowledgement(writer: &mut XmlWriter, entry: &Value, path: &str) -> InputResult<()> {
    input::check_keys(path, entry, ACKNOWLEDGEMENT_KEYS)?;
    let order_id = input::required_text(entry, path, "amazon_order_id")?;
    let merchant_order_id = input::optional_text(entry, path, "merchant_order_id")?;
    let status = input::one_of(entry, path, "status_code", STATUS_CODES)?;

    writer.start("OrderAcknowledgement", &[]);
    writer.text("AmazonOrderID", &order_id);
    if let Some(id) = &merchant_order_id {
        writer.text("MerchantOrderID", id);
    }
    writer.text("StatusCode", &status);

    let items_path = input::child(path, "items");
    for (position, item) in input::optional_list(entry, path, "items")?
        .into_iter()
        .enumerate()
    {
        let item_path = input::index(&items_path, position);
        input::check_keys(&item_path, item, ITEM_KEYS)?;
        let item_code = input::required_text(item, &item_path, "amazon_order_item_code")?;
        let merchant_item_id = input::optional_text(item, &item_path, "merchant_order_item_id")?;
        let cancel_reason = match input::optional_text(item, &item_path, "cancel_reason")? {
            None => None,
            Some(_) if status != "Failure" => {
                return Err(InputError::Invalid {
                    field: input::child(&item_path, "cancel_reason"),
                    value: item
                        .get("cancel_reason")
                        .map(Value::shown)
                        .unwrap_or_default(),
                    expected: "no cancel reason unless status_code is Failure".to_owned(),
                })
            }
            Some(_) => Some(input::one_of(
                item,
                &item_path,
                "cancel_reason",
                CANCEL_REASONS,
            )?),
        };

        writer.start("Item", &[]);
        writer.text("AmazonOrderItemCode", &item_code);
        if let Some(id) = &merchant_item_id {
            writer.text("MerchantOrderItemID", id);
        }
        if let Some(reason) = &cancel_reason {
            writer.text("CancelReason", reason);
        }
        writer.end();
    }
    writer.end();
    Ok(())
}
