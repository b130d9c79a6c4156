//! The merchant-signed cart of the Pay with Amazon button: cart XML and the signed order-input.
//!
//! [`cart_xml`] writes `<Order xmlns="http://payments.amazon.com/checkout/2009-05-15/">` with the
//! writer of [`crate::xml::write`], byte for byte as the PHP twin `PwaPresta\Php\Cart\CartBuilder`
//! does, because [`order_input::order_input`] signs those exact bytes.
//!
//! Input (keys in the order they are checked; `?` marks an optional key):
//! `merchant_id`, `currency` (ISO 4217, for every amount), `client_request_id`?,
//! `items` (at least one), each: `sku` (at most 40 characters), `title` (cut to 80 characters),
//! `description`? (cut to 2000 characters), `price` (int minor units, unit price),
//! `quantity` (int >= 1), `weight`? ([`amount` => decimal string or int, `unit` => kg|lb]),
//! `item_custom_data`? (see [`custom_data`]), `shipping_method_ids`? (list of ids);
//! then `cart_custom_data`?, `cart_promotion_id`?, `promotions`? (list of [`promotion_id`,
//! `description`?, `fixed_amount_discount` => int minor units]), `shipping_methods`? (list of
//! [`shipping_method_id`, `service_level` => Standard|Expedited|OneDay|TwoDay, `rate` =>
//! [`type` => ShipmentBased|WeightBased|ItemQuantityBased, `amount` => int], `included_regions`
//! => list of predefined region names, `displayable_shipping_label`?]), `integrator_id`?,
//! `integrator_name`?, `return_url`?, `cancel_url`?, `order_calculation_callbacks`?
//! ([`calculate_tax_rates`?, `calculate_promotions`?, `calculate_shipping_rates`? (bools, default
//! false), `order_callback_endpoint`, `process_order_on_callback_failure`? (bool)]).
//!
//! Cuts count Unicode code points, never bytes, so Hindi text stays valid UTF-8.

pub mod custom_data;
pub mod order_input;

pub use order_input::order_input;

use crate::feeds::input::{self, InputError, InputResult, Value};
use crate::money::format_minor;
use crate::xml::write::XmlWriter;

/// Namespace of the cart document.
pub const NAMESPACE: &str = "http://payments.amazon.com/checkout/2009-05-15/";

/// Longest SKU Amazon accepts, in characters; a longer one is rejected, never cut.
pub const SKU_MAX_CHARS: usize = 40;

/// Titles are cut to this many characters.
pub const TITLE_MAX_CHARS: usize = 80;

/// Descriptions are cut to this many characters.
// NOTE: 2000 is a cautious limit; Amazon's published cart schema does not state one.
pub const DESCRIPTION_MAX_CHARS: usize = 2000;

const CART_KEYS: &[&str] = &[
    "merchant_id",
    "currency",
    "client_request_id",
    "items",
    "cart_custom_data",
    "cart_promotion_id",
    "promotions",
    "shipping_methods",
    "integrator_id",
    "integrator_name",
    "return_url",
    "cancel_url",
    "order_calculation_callbacks",
];

const ITEM_KEYS: &[&str] = &[
    "sku",
    "title",
    "description",
    "price",
    "quantity",
    "weight",
    "item_custom_data",
    "shipping_method_ids",
];

const PROMOTION_KEYS: &[&str] = &["promotion_id", "description", "fixed_amount_discount"];

const SHIPPING_METHOD_KEYS: &[&str] = &[
    "shipping_method_id",
    "service_level",
    "rate",
    "included_regions",
    "displayable_shipping_label",
];

const CALLBACK_KEYS: &[&str] = &[
    "calculate_tax_rates",
    "calculate_promotions",
    "calculate_shipping_rates",
    "order_callback_endpoint",
    "process_order_on_callback_failure",
];

/// Builds the cart XML from `cart` (the shape in the module documentation).
///
/// # Errors
///
/// [`InputError`] naming the first invalid value by key path (`cart.items[0].sku`).
pub fn cart_xml(cart: &Value) -> InputResult<String> {
    let path = "cart";
    input::check_keys(path, cart, CART_KEYS)?;
    let merchant_id = input::required_text(cart, path, "merchant_id")?;
    let currency = input::currency(cart, path, "currency")?;
    let mut context = ItemContext {
        merchant_id: &merchant_id,
        currency: &currency,
        custom_data: custom_data::ElementBudget::default(),
    };

    let mut writer = XmlWriter::new();
    writer.start("Order", &[("xmlns", NAMESPACE)]);
    if let Some(id) = input::optional_text(cart, path, "client_request_id")? {
        writer.text("ClientRequestId", &id);
    }

    writer.start("Cart", &[]);
    writer.start("Items", &[]);
    let items_path = input::child(path, "items");
    for (position, item) in input::required_list(cart.get("items"), &items_path)?
        .into_iter()
        .enumerate()
    {
        write_item(
            &mut writer,
            item,
            &input::index(&items_path, position),
            &mut context,
        )?;
    }
    writer.end();
    let cart_data_path = input::child(path, "cart_custom_data");
    custom_data::write(
        &mut writer,
        "CartCustomData",
        cart.get("cart_custom_data"),
        &cart_data_path,
        &mut context.custom_data,
    )?;
    if let Some(id) = input::optional_text(cart, path, "cart_promotion_id")? {
        writer.text("CartPromotionId", &id);
    }
    writer.end();

    write_promotions(&mut writer, cart, path, &currency)?;
    write_shipping_methods(&mut writer, cart, path, &currency)?;
    for (key, element) in [
        ("integrator_id", "IntegratorId"),
        ("integrator_name", "IntegratorName"),
        ("return_url", "ReturnUrl"),
        ("cancel_url", "CancelUrl"),
    ] {
        if let Some(text) = input::optional_text(cart, path, key)? {
            writer.text(element, &text);
        }
    }
    write_callbacks(&mut writer, cart, path)?;
    Ok(writer.finish())
}

struct ItemContext<'a> {
    merchant_id: &'a str,
    currency: &'a str,
    /// Custom-data elements still allowed, shared by the items and the cart.
    custom_data: custom_data::ElementBudget,
}

/// Keeps the first `max` characters (Unicode code points) of `text`.
pub fn cut(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

fn write_amount(writer: &mut XmlWriter, element: &str, minor: i64, currency: &str) {
    writer.start(element, &[]);
    writer.text("Amount", &format_minor(minor, currency));
    writer.text("CurrencyCode", currency);
    writer.end();
}

fn write_item(
    writer: &mut XmlWriter,
    item: &Value,
    path: &str,
    context: &mut ItemContext<'_>,
) -> InputResult<()> {
    input::check_keys(path, item, ITEM_KEYS)?;
    let sku = input::required_text(item, path, "sku")?;
    if sku.chars().count() > SKU_MAX_CHARS {
        return Err(InputError::Invalid {
            field: input::child(path, "sku"),
            value: sku,
            expected: format!("at most {SKU_MAX_CHARS} characters"),
        });
    }
    let title = input::required_text(item, path, "title")?;
    let description = input::optional_text(item, path, "description")?;
    let price = input::amount(item.get("price"), &input::child(path, "price"), false)?;
    let quantity =
        input::optional_integer(item, path, "quantity", 1)?.ok_or_else(|| InputError::Missing {
            field: input::child(path, "quantity"),
        })?;
    let weight = weight(item, path)?;

    writer.start("Item", &[]);
    writer.text("SKU", &sku);
    writer.text("MerchantId", context.merchant_id);
    writer.text("Title", cut(&title, TITLE_MAX_CHARS));
    if let Some(description) = &description {
        writer.text("Description", cut(description, DESCRIPTION_MAX_CHARS));
    }
    write_amount(writer, "Price", price, context.currency);
    writer.text("Quantity", &quantity.to_string());
    if let Some((amount, unit)) = &weight {
        writer.start("Weight", &[]);
        writer.text("Amount", amount);
        writer.text("Unit", unit);
        writer.end();
    }
    let data_path = input::child(path, "item_custom_data");
    custom_data::write(
        writer,
        "ItemCustomData",
        item.get("item_custom_data"),
        &data_path,
        &mut context.custom_data,
    )?;

    let ids_path = input::child(path, "shipping_method_ids");
    let ids = input::optional_list(item, path, "shipping_method_ids")?;
    if !ids.is_empty() {
        writer.start("ShippingMethodIds", &[]);
        for (position, id) in ids.into_iter().enumerate() {
            let id_path = input::index(&ids_path, position);
            let id = input::text_value(Some(id), &id_path)?
                .ok_or(InputError::Missing { field: id_path })?;
            writer.text("ShippingMethodId", &id);
        }
        writer.end();
    }
    writer.end();
    Ok(())
}

/// Reads `weight` as (amount, unit): a decimal string such as "0.25" or an int, and kg or lb.
fn weight(item: &Value, path: &str) -> InputResult<Option<(String, String)>> {
    let weight_path = input::child(path, "weight");
    let weight = match item.get("weight") {
        None | Some(Value::Null) => return Ok(None),
        Some(weight) => weight,
    };
    input::check_keys(&weight_path, weight, &["amount", "unit"])?;
    let amount = input::required_text(weight, &weight_path, "amount")?;
    let (whole, fraction) = amount.split_once('.').unwrap_or((&amount, "0"));
    let is_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !is_digits(whole) || !is_digits(fraction) {
        return Err(InputError::Invalid {
            field: input::child(&weight_path, "amount"),
            value: amount,
            expected: "a non-negative decimal number such as 0.25".to_owned(),
        });
    }
    let unit = input::one_of(weight, &weight_path, "unit", &["kg", "lb"])?;
    Ok(Some((amount, unit)))
}

fn write_promotions(
    writer: &mut XmlWriter,
    cart: &Value,
    path: &str,
    currency: &str,
) -> InputResult<()> {
    let promotions = input::optional_list(cart, path, "promotions")?;
    if promotions.is_empty() {
        return Ok(());
    }
    let promotions_path = input::child(path, "promotions");
    writer.start("Promotions", &[]);
    for (position, promotion) in promotions.into_iter().enumerate() {
        let promotion_path = input::index(&promotions_path, position);
        input::check_keys(&promotion_path, promotion, PROMOTION_KEYS)?;
        let id = input::required_text(promotion, &promotion_path, "promotion_id")?;
        let description = input::optional_text(promotion, &promotion_path, "description")?;
        let discount_path = input::child(&promotion_path, "fixed_amount_discount");
        let discount = input::amount(
            promotion.get("fixed_amount_discount"),
            &discount_path,
            false,
        )?;

        writer.start("Promotion", &[]);
        writer.text("PromotionId", &id);
        if let Some(description) = &description {
            writer.text("Description", description);
        }
        writer.start("Benefit", &[]);
        write_amount(writer, "FixedAmountDiscount", discount, currency);
        writer.end();
        writer.end();
    }
    writer.end();
    Ok(())
}

fn write_shipping_methods(
    writer: &mut XmlWriter,
    cart: &Value,
    path: &str,
    currency: &str,
) -> InputResult<()> {
    let methods = input::optional_list(cart, path, "shipping_methods")?;
    if methods.is_empty() {
        return Ok(());
    }
    let methods_path = input::child(path, "shipping_methods");
    writer.start("ShippingMethods", &[]);
    for (position, method) in methods.into_iter().enumerate() {
        let method_path = input::index(&methods_path, position);
        input::check_keys(&method_path, method, SHIPPING_METHOD_KEYS)?;
        let id = input::required_text(method, &method_path, "shipping_method_id")?;
        let levels = &["Standard", "Expedited", "OneDay", "TwoDay"];
        let level = input::one_of(method, &method_path, "service_level", levels)?;
        let rate_path = input::child(&method_path, "rate");
        let rate = match method.get("rate") {
            None | Some(Value::Null) => return Err(InputError::Missing { field: rate_path }),
            Some(rate) => rate,
        };
        input::check_keys(&rate_path, rate, &["type", "amount"])?;
        let rate_types = &["ShipmentBased", "WeightBased", "ItemQuantityBased"];
        let rate_type = input::one_of(rate, &rate_path, "type", rate_types)?;
        let rate_amount = input::amount(
            rate.get("amount"),
            &input::child(&rate_path, "amount"),
            false,
        )?;
        let regions_path = input::child(&method_path, "included_regions");
        let regions = input::required_list(method.get("included_regions"), &regions_path)?;

        writer.start("ShippingMethod", &[]);
        writer.text("ShippingMethodId", &id);
        writer.text("ServiceLevel", &level);
        writer.start("Rate", &[]);
        write_amount(writer, &rate_type, rate_amount, currency);
        writer.end();
        writer.start("IncludedRegions", &[]);
        for (index, region) in regions.into_iter().enumerate() {
            let region_path = input::index(&regions_path, index);
            let region = input::text_value(Some(region), &region_path)?
                .ok_or(InputError::Missing { field: region_path })?;
            writer.text("PredefinedRegion", &region);
        }
        writer.end();
        if let Some(label) =
            input::optional_text(method, &method_path, "displayable_shipping_label")?
        {
            writer.text("DisplayableShippingLabel", &label);
        }
        writer.end();
    }
    writer.end();
    Ok(())
}

fn write_callbacks(writer: &mut XmlWriter, cart: &Value, path: &str) -> InputResult<()> {
    let callbacks_path = input::child(path, "order_calculation_callbacks");
    let callbacks = match cart.get("order_calculation_callbacks") {
        None | Some(Value::Null) => return Ok(()),
        Some(callbacks) => callbacks,
    };
    input::check_keys(&callbacks_path, callbacks, CALLBACK_KEYS)?;
    let flag = |key: &str| -> InputResult<&'static str> {
        match callbacks.get(key) {
            None | Some(Value::Null) | Some(Value::Bool(false)) => Ok("false"),
            Some(Value::Bool(true)) => Ok("true"),
            Some(value) => Err(input::invalid(
                &input::child(&callbacks_path, key),
                value,
                "a bool",
            )),
        }
    };
    let tax = flag("calculate_tax_rates")?;
    let promotions = flag("calculate_promotions")?;
    let shipping = flag("calculate_shipping_rates")?;
    let endpoint = input::required_text(callbacks, &callbacks_path, "order_callback_endpoint")?;
    let process_on_failure = flag("process_order_on_callback_failure")?;

    writer.start("OrderCalculationCallbacks", &[]);
    writer.text("CalculateTaxRates", tax);
    writer.text("CalculatePromotions", promotions);
    writer.text("CalculateShippingRates", shipping);
    writer.text("OrderCallbackEndpoint", &endpoint);
    writer.text("ProcessOrderOnCallbackFailure", process_on_failure);
    writer.end();
    Ok(())
}
