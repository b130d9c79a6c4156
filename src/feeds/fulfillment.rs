//! `_POST_ORDER_FULFILLMENT_DATA_`: shipment confirmation, one `OrderFulfillment` per message.
//!
//! Input, one array per fulfillment:
//! `amazon_order_id` or `merchant_order_id` (exactly one), `merchant_fulfillment_id`?,
//! `fulfillment_date` (int, Unix seconds, written as `YYYY-MM-DDTHH:MM:SSZ` in UTC),
//! `carrier_code`? or `carrier_name`? (`CarrierCode` when a code is given, else `CarrierName`),
//! `shipping_method`?, `tracking_number`?, and `items`? (none ships the whole order), each
//! `amazon_order_item_code` or `merchant_order_item_id` (exactly one),
//! `merchant_fulfillment_item_id`?, `quantity`? (int >= 1).
//!
//! Element order follows Amazon's OrderFulfillment schema: order id, MerchantFulfillmentID,
//! FulfillmentDate, FulfillmentData (carrier, ShippingMethod, ShipperTrackingNumber), Item*.
//! `FulfillmentData` needs a carrier, so a shipping method or tracking number without one is
//! rejected at `carrier_name`.

use chrono::DateTime;

use super::input::{self, InputError, InputResult, Value};
use super::{either_id, start_envelope, write_message};
use crate::xml::write::XmlWriter;

const FULFILLMENT_KEYS: &[&str] = &[
    "amazon_order_id",
    "merchant_order_id",
    "merchant_fulfillment_id",
    "fulfillment_date",
    "carrier_code",
    "carrier_name",
    "shipping_method",
    "tracking_number",
    "items",
];

const ITEM_KEYS: &[&str] = &[
    "amazon_order_item_code",
    "merchant_order_item_id",
    "merchant_fulfillment_item_id",
    "quantity",
];

/// Latest date written: 9999-12-31T23:59:59Z, the last second with a four-digit year.
const MAX_DATE: i64 = 253_402_300_799;

/// Builds the fulfillment feed for `merchant_identifier` (the seller id).
///
/// # Errors
///
/// [`InputError`] naming the first invalid value, by key path (`fulfillments[0].items[1].quantity`).
pub fn order_fulfillment_feed(
    merchant_identifier: &Value,
    fulfillments: &Value,
) -> InputResult<String> {
    let (mut writer, entries) = start_envelope(
        merchant_identifier,
        "OrderFulfillment",
        "fulfillments",
        fulfillments,
    )?;
    for (position, entry) in entries.into_iter().enumerate() {
        let path = input::index("fulfillments", position);
        write_message(&mut writer, position + 1, |writer| {
            write_fulfillment(writer, entry, &path)
        })?;
    }
    Ok(writer.finish())
}

/// Formats Unix seconds as `YYYY-MM-DDTHH:MM:SSZ`.
///
/// # Errors
///
/// [`InputError`] for a non-integer, or a date before 1970 or after 9999.
fn fulfillment_date(entry: &Value, path: &str) -> InputResult<String> {
    let field = input::child(path, "fulfillment_date");
    let seconds = match entry.get("fulfillment_date") {
        None | Some(Value::Null) => return Err(InputError::Missing { field }),
        Some(Value::Int(seconds)) if (0..=MAX_DATE).contains(seconds) => *seconds,
        Some(value) => {
            return Err(input::invalid(
                &field,
                value,
                "Unix seconds between 0 and 253402300799",
            ))
        }
    };
    let date = DateTime::from_timestamp(seconds, 0)
        .ok_or_else(|| input::invalid(&field, &Value::Int(seconds), "Unix seconds"))?;
    Ok(date.format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

fn write_fulfillment(writer: &mut XmlWriter, entry: &Value, path: &str) -> InputResult<()> {
    input::check_keys(path, entry, FULFILLMENT_KEYS)?;
    let order_id = either_id(
        entry,
        path,
        ("amazon_order_id", "AmazonOrderID"),
        ("merchant_order_id", "MerchantOrderID"),
    )?;
    let fulfillment_id = input::optional_text(entry, path, "merchant_fulfillment_id")?;
    let date = fulfillment_date(entry, path)?;
    let carrier_code = input::optional_text(entry, path, "carrier_code")?;
    let carrier_name = input::optional_text(entry, path, "carrier_name")?;
    let shipping_method = input::optional_text(entry, path, "shipping_method")?;
    let tracking_number = input::optional_text(entry, path, "tracking_number")?;
    let carrier = match (carrier_code, carrier_name) {
        (Some(code), _) => Some(("CarrierCode", code)),
        (None, Some(name)) => Some(("CarrierName", name)),
        (None, None) => None,
    };
    if carrier.is_none() && (shipping_method.is_some() || tracking_number.is_some()) {
        return Err(InputError::Missing {
            field: input::child(path, "carrier_name"),
        });
    }

    writer.start("OrderFulfillment", &[]);
    writer.text(order_id.0, &order_id.1);
    if let Some(id) = &fulfillment_id {
        writer.text("MerchantFulfillmentID", id);
    }
    writer.text("FulfillmentDate", &date);
    if let Some((element, carrier)) = &carrier {
        writer.start("FulfillmentData", &[]);
        writer.text(element, carrier);
        if let Some(method) = &shipping_method {
            writer.text("ShippingMethod", method);
        }
        if let Some(number) = &tracking_number {
            writer.text("ShipperTrackingNumber", number);
        }
        writer.end();
    }

    let items_path = input::child(path, "items");
    for (position, item) in input::optional_list(entry, path, "items")?
        .into_iter()
        .enumerate()
    {
        write_item(writer, item, &input::index(&items_path, position))?;
    }
    writer.end();
    Ok(())
}

fn write_item(writer: &mut XmlWriter, item: &Value, path: &str) -> InputResult<()> {
    input::check_keys(path, item, ITEM_KEYS)?;
    let item_id = either_id(
        item,
        path,
        ("amazon_order_item_code", "AmazonOrderItemCode"),
        ("merchant_order_item_id", "MerchantOrderItemID"),
    )?;
    let fulfillment_item_id = input::optional_text(item, path, "merchant_fulfillment_item_id")?;
    let quantity = input::optional_integer(item, path, "quantity", 1)?;

    writer.start("Item", &[]);
    writer.text(item_id.0, &item_id.1);
    if let Some(id) = &fulfillment_item_id {
        writer.text("MerchantFulfillmentItemID", id);
    }
    if let Some(quantity) = quantity {
        writer.text("Quantity", &quantity.to_string());
    }
    writer.end();
    Ok(())
}
