//! `_POST_PAYMENT_ADJUSTMENT_DATA_`: refunds, one `OrderAdjustment` per message.
//!
//! Input, one array per adjustment: `amazon_order_id`, `currency` (ISO 4217, written on every
//! `Amount`), and `items` (at least one), each:
//! `amazon_order_item_code`, `merchant_adjustment_item_id`?, `reason` (an `AdjustmentReason`),
//! `components` ([type => int minor units], at least one), `promotions`? (a list of
//! [`merchant_promotion_id`?, `components` => [Principal|Shipping => int]]), and
//! `quantity_cancelled`? (int >= 1).
//!
//! Amounts are written exactly as given, sign included, so the caller decides the signs. Amazon's
//! convention: amounts are totals for the item's whole quantity, positive is money returned to
//! the buyer, and a promotion the buyer received is clawed back as a negative promotion component;
//! the net of a refund must be a credit. Components are written in the order given.

use super::input::{self, InputError, InputResult, Key, Value};
use super::{start_envelope, write_message};
use crate::money::format_minor;
use crate::xml::write::XmlWriter;

const ADJUSTMENT_KEYS: &[&str] = &["amazon_order_id", "currency", "items"];

const ITEM_KEYS: &[&str] = &[
    "amazon_order_item_code",
    "merchant_adjustment_item_id",
    "reason",
    "components",
    "promotions",
    "quantity_cancelled",
];

const PROMOTION_KEYS: &[&str] = &["merchant_promotion_id", "components"];

/// `AdjustmentReason` values of Amazon's OrderAdjustment schema (release 1.9).
// NOTE: taken from public copies of the release 1.9 schema; Amazon India may accept fewer.
pub const ADJUSTMENT_REASONS: &[&str] = &[
    "NoInventory",
    "CustomerReturn",
    "GeneralAdjustment",
    "CouldNotShip",
    "DifferentItem",
    "Abandoned",
    "CustomerCancel",
    "PriceError",
    "ProductOutofStock",
    "CustomerAddressIncorrect",
    "Exchange",
    "Other",
    "CarrierCreditDecision",
    "RiskAssessmentInformationNotValid",
    "CarrierCoverageFailure",
    "TransactionRecord",
];

/// Component types of `ItemPriceAdjustments` in Amazon's base schema.
pub const ITEM_COMPONENT_TYPES: &[&str] = &[
    "Principal",
    "Shipping",
    "Tax",
    "ShippingTax",
    "RestockingFee",
    "RestockingFeeTax",
    "GiftWrap",
    "GiftWrapTax",
    "Surcharge",
    "ReturnShipping",
    "Goodwill",
    "ExportCharge",
    "COD",
    "CODTax",
    "Other",
    "FreeReplacementReturnShipping",
];

/// Component types of `PromotionAdjustments`.
pub const PROMOTION_COMPONENT_TYPES: &[&str] = &["Principal", "Shipping"];

/// Builds the payment adjustment feed for `merchant_identifier` (the seller id).
///
/// # Errors
///
/// [`InputError`] naming the first invalid value by key path
/// (`adjustments[0].items[0].components.Principal`).
pub fn payment_adjustment_feed(
    merchant_identifier: &Value,
    adjustments: &Value,
) -> InputResult<String> {
    let (mut writer, entries) = start_envelope(
        merchant_identifier,
        "OrderAdjustment",
        "adjustments",
        adjustments,
    )?;
    for (position, entry) in entries.into_iter().enumerate() {
        let path = input::index("adjustments", position);
        write_message(&mut writer, position + 1, |writer| {
            write_adjustment(writer, entry, &path)
        })?;
    }
    Ok(writer.finish())
}

fn write_adjustment(writer: &mut XmlWriter, entry: &Value, path: &str) -> InputResult<()> {
    input::check_keys(path, entry, ADJUSTMENT_KEYS)?;
    let order_id = input::required_text(entry, path, "amazon_order_id")?;
    let currency = input::currency(entry, path, "currency")?;
    let items_path = input::child(path, "items");
    let items = input::required_list(entry.get("items"), &items_path)?;

    writer.start("OrderAdjustment", &[]);
    writer.text("AmazonOrderID", &order_id);
    for (position, item) in items.into_iter().enumerate() {
        write_item(
            writer,
            item,
            &input::index(&items_path, position),
            &currency,
        )?;
    }
    writer.end();
    Ok(())
}

fn write_item(writer: &mut XmlWriter, item: &Value, path: &str, currency: &str) -> InputResult<()> {
    input::check_keys(path, item, ITEM_KEYS)?;
    let item_code = input::required_text(item, path, "amazon_order_item_code")?;
    let adjustment_item_id = input::optional_text(item, path, "merchant_adjustment_item_id")?;
    let reason = input::one_of(item, path, "reason", ADJUSTMENT_REASONS)?;

    writer.start("AdjustedItem", &[]);
    writer.text("AmazonOrderItemCode", &item_code);
    if let Some(id) = &adjustment_item_id {
        writer.text("MerchantAdjustmentItemID", id);
    }
    writer.text("AdjustmentReason", &reason);
    writer.start("ItemPriceAdjustments", &[]);
    let components_path = input::child(path, "components");
    write_components(
        writer,
        item.get("components"),
        &components_path,
        ITEM_COMPONENT_TYPES,
        currency,
    )?;
    writer.end();

    let promotions_path = input::child(path, "promotions");
    for (position, promotion) in input::optional_list(item, path, "promotions")?
        .into_iter()
        .enumerate()
    {
        let promotion_path = input::index(&promotions_path, position);
        input::check_keys(&promotion_path, promotion, PROMOTION_KEYS)?;
        let promotion_id =
            input::optional_text(promotion, &promotion_path, "merchant_promotion_id")?;
        writer.start("PromotionAdjustments", &[]);
        if let Some(id) = &promotion_id {
            writer.text("MerchantPromotionID", id);
        }
        write_components(
            writer,
            promotion.get("components"),
            &input::child(&promotion_path, "components"),
            PROMOTION_COMPONENT_TYPES,
            currency,
        )?;
        writer.end();
    }

    if let Some(quantity) = input::optional_integer(item, path, "quantity_cancelled", 1)? {
        writer.text("QuantityCancelled", &quantity.to_string());
    }
    writer.end();
    Ok(())
}

/// Writes one `Component` per entry of a [type => minor units] map, in the order given.
///
/// # Errors
///
/// [`InputError::Missing`] for an absent or empty map; [`InputError::Invalid`] for a list or an
/// unknown type; [`InputError::Amount`] for a non-integer amount.
fn write_components(
    writer: &mut XmlWriter,
    components: Option<&Value>,
    path: &str,
    types: &[&str],
    currency: &str,
) -> InputResult<()> {
    let entries = match components {
        None | Some(Value::Null) => &[][..],
        Some(value) => match value.entries() {
            Some(entries) => entries,
            None => {
                return Err(input::invalid(
                    path,
                    value,
                    "an array of component type => amount",
                ))
            }
        },
    };
    if entries.is_empty() {
        return Err(InputError::Missing {
            field: path.to_owned(),
        });
    }
    for (key, value) in entries {
        let field = input::child(path, &key.to_text());
        let component_type = match key {
            Key::Name(name) => std::str::from_utf8(name)
                .ok()
                .filter(|name| types.contains(name)),
            Key::Index(_) => None,
        };
        let Some(component_type) = component_type else {
            return Err(InputError::Invalid {
                field,
                value: key.to_text(),
                expected: format!("a component type, one of {}", types.join(", ")),
            });
        };
        let minor = input::amount(Some(value), &field, true)?;
        writer.start("Component", &[]);
        writer.text("Type", component_type);
        writer.element(
            "Amount",
            &[("currency", currency)],
            &format_minor(minor, currency),
        );
        writer.end();
    }
    Ok(())
}
