//! Conversion of one OrderReport element into the [`Order`] shape shared with IOPN.

use std::borrow::Cow;

use crate::mws::response::element::{trim_xml_whitespace, Element};
use crate::mws::response::fields::{minor_units, normalise_date, parse_integer, required_text};
use crate::mws::response::ParseError;
use crate::order::{Address, Buyer, Components, Item, Order};

/// Key of the CustomizationInfo Data pair that carries the shop's cart id.
const CLIENT_REQUEST_ID_KEY: &str = "ClientRequestId";

/// Builds an [`Order`] from an OrderReport element.
///
/// BillingData gives the buyer, FulfillmentData/Address the shipping address (StateOrRegion as
/// state) and FulfillmentServiceLevel the service level. Each Item's ItemPrice components are
/// line totals; each Promotion component of type T becomes the positive component TPromo,
/// whatever the sign Amazon wrote. Report orders have no notification type, billing address,
/// channel or shipping label.
///
/// # Errors
///
/// [`ParseError::InvalidDocument`] when AmazonOrderID, OrderDate, an Item, or an item's
/// AmazonOrderItemCode, SKU, Quantity, component Type, Amount or currency attribute is missing
/// or invalid; [`ParseError::InvalidAmount`] for an inexact amount, a second currency, or a sum
/// out of range.
pub fn order_from_report(report: &Element) -> Result<Order, ParseError> {
    let amazon_order_id = required_text(report, "AmazonOrderID")?.to_owned();
    let order_date = normalise_date(required_text(report, "OrderDate")?, "OrderDate")?;
    let billing = report.child("BillingData");
    let billing_text = |name: &str| billing.and_then(|b| b.child_text(name)).map(str::to_owned);
    let fulfillment = report.child("FulfillmentData");

    let mut currency: Option<String> = None;
    let mut items = Vec::new();
    for item in report.children_named("Item") {
        items.push(item_from_report(item, &amazon_order_id, &mut currency)?);
    }
    let currency = require_items_and_currency(&amazon_order_id, &items, currency)?;

    let mut order = Order {
        amazon_order_id,
        order_date,
        buyer: Buyer {
            name: billing_text("BuyerName").unwrap_or_default(),
            email: billing_text("BuyerEmailAddress").unwrap_or_default(),
            phone: billing_text("BuyerPhoneNumber"),
        },
        shipping_address: fulfillment.and_then(|f| f.child("Address")).map(address),
        shipping_service_level: fulfillment
            .and_then(|f| f.child_text("FulfillmentServiceLevel"))
            .map(str::to_owned),
        currency,
        items,
        ..Order::default()
    };
    order
        .complete()
        .map_err(|error| ParseError::InvalidAmount {
            element: "Amount".to_owned(),
            value: String::new(),
            message: format!("{error} in OrderReport {}", order.amazon_order_id),
        })?;
    Ok(order)
}

fn item_from_report(
    item: &Element,
    amazon_order_id: &str,
    currency: &mut Option<String>,
) -> Result<Item, ParseError> {
    let amazon_order_item_code = required_text(item, "AmazonOrderItemCode")?.to_owned();
    let sku = required_text(item, "SKU")?.to_owned();
    let quantity = parse_integer(required_text(item, "Quantity")?, "Quantity")?;
    let mut components = Components::default();
    for price in item.children_named("ItemPrice") {
        for component in price.children_named("Component") {
            let (kind, amount) = component_amount(component, amazon_order_id, currency)?;
            add_component(&mut components, kind, amount, amazon_order_id)?;
        }
    }
    for promotion in item.children_named("Promotion") {
        for component in promotion.children_named("Component") {
            let (kind, amount) = component_amount(component, amazon_order_id, currency)?;
            let positive = amount
                .checked_abs()
                .ok_or_else(|| out_of_range(amazon_order_id))?;
            add_component(
                &mut components,
                &promotion_type(kind),
                positive,
                amazon_order_id,
            )?;
        }
    }

    Ok(Item {
        amazon_order_item_code,
        sku,
        title: item.child_text("Title").unwrap_or_default().to_owned(),
        client_request_id: item
            .children_named("CustomizationInfo")
            .find_map(client_request_id),
        quantity,
        components,
        ..Item::default()
    })
}

/// Type and minor units of a Component; records the currency of the first amount and rejects
/// any other.
fn component_amount<'a>(
    component: &'a Element,
    amazon_order_id: &str,
    currency: &mut Option<String>,
) -> Result<(&'a str, i64), ParseError> {
    let kind = required_text(component, "Type")?;
    let amount = component
        .child("Amount")
        .ok_or_else(|| ParseError::missing("Amount", "Component"))?;
    let code = amount
        .attribute("currency")
        .map(trim_xml_whitespace)
        .unwrap_or("");
    if code.is_empty() {
        return Err(ParseError::invalid(
            "Amount",
            format!("an Amount of OrderReport {amazon_order_id} has no currency attribute"),
        ));
    }
    let text = amount.trimmed_text().unwrap_or("");
    match currency {
        Some(first) if first != code => {
            return Err(ParseError::InvalidAmount {
                element: "Amount".to_owned(),
                value: text.to_owned(),
                message: format!(
                    "OrderReport {amazon_order_id} mixes currencies {first} and {code}: an order \
                     has one currency"
                ),
            });
        }
        Some(_) => {}
        None => *currency = Some(code.to_owned()),
    }
    Ok((kind, minor_units(text, code, "Amount")?))
}

/// The component type a Promotion component of type `kind` counts as: `kind` with "Promo" added
/// unless it already ends with it.
pub(super) fn promotion_type(kind: &str) -> Cow<'_, str> {
    if kind.ends_with("Promo") {
        Cow::Borrowed(kind)
    } else {
        let mut promotion = String::with_capacity(kind.len() + "Promo".len());
        promotion.push_str(kind);
        promotion.push_str("Promo");
        Cow::Owned(promotion)
    }
}

pub(super) fn add_component(
    components: &mut Components,
    kind: &str,
    amount: i64,
    amazon_order_id: &str,
) -> Result<(), ParseError> {
    components
        .add(kind, amount)
        .map_err(|_| out_of_range(amazon_order_id))
}

/// Returns the order's currency, after checking that the order has items and an amount.
///
/// # Errors
///
/// [`ParseError`] naming `Item` when there is none, or `Amount` when no amount gave a currency.
pub(super) fn require_items_and_currency(
    amazon_order_id: &str,
    items: &[Item],
    currency: Option<String>,
) -> Result<String, ParseError> {
    if items.is_empty() {
        return Err(ParseError::missing(
            "Item",
            &format!("OrderReport {amazon_order_id}"),
        ));
    }
    currency.ok_or_else(|| {
        ParseError::invalid(
            "Amount",
            format!("OrderReport {amazon_order_id} has no Amount, so its currency is unknown"),
        )
    })
}

pub(super) fn out_of_range(amazon_order_id: &str) -> ParseError {
    ParseError::InvalidAmount {
        element: "Amount".to_owned(),
        value: String::new(),
        message: format!("a component sum of OrderReport {amazon_order_id} is out of range"),
    }
}

/// The value of "ClientRequestId=<id>" among the comma-separated pairs of CustomizationInfo/Data.
///
/// NOTE: the Data layout is inferred from the original pwapresta parser; no Amazon sample shows
/// it.
fn client_request_id(info: &Element) -> Option<String> {
    client_request_id_of(info.child_text("Data")?)
}

/// The value of "ClientRequestId=<id>" in the trimmed text of a CustomizationInfo's Data.
pub(super) fn client_request_id_of(data: &str) -> Option<String> {
    data.split(',').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        let value = trim_xml_whitespace(value);
        (trim_xml_whitespace(key) == CLIENT_REQUEST_ID_KEY && !value.is_empty())
            .then(|| value.to_owned())
    })
}

fn address(element: &Element) -> Address {
    let text = |name: &str| element.child_text(name).map(str::to_owned);
    Address {
        name: text("Name"),
        address_field_one: text("AddressFieldOne"),
        address_field_two: text("AddressFieldTwo"),
        address_field_three: text("AddressFieldThree"),
        city: text("City"),
        state: text("StateOrRegion"),
        postal_code: text("PostalCode"),
        country_code: text("CountryCode"),
        phone_number: text("PhoneNumber"),
    }
}
