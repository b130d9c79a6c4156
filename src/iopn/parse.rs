//! NotificationData parsing: one pass of the safe XML reader into [`Order`], by recursive descent.
//!
//! Lenient on element order, unknown elements and absent optional elements (Amazon's own sample
//! has a bare-date OrderDate and no DisplayableShippingLabel); strict on what the shop uses. Each
//! check runs when its element ends, so the first failure in document order is reported; any
//! later not-well-formed part of the document still wins, as it does in the PHP engine, whose
//! libxml reads ahead.

use std::fmt;

use crate::money::{parse_minor, AmountError};
use crate::order::{normalize_date, Address, Item, Order, OverflowError, Weight};
use crate::status::{order_state_for_notification, StatusError};
use crate::xml::read::{check_document, XmlError, XmlReader, MAX_DOCUMENT_BYTES};

/// Largest quantity accepted for one item.
pub const MAX_QUANTITY: i64 = 2_147_483_647;

/// Why NotificationData was rejected; each variant maps to one PHP exception class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Too large, DOCTYPE, not UTF-8 or not well-formed.
    Xml(XmlError),
    /// The root element is not one of the three notification types.
    UnknownNotificationType(String),
    /// A required element is absent or empty (InvalidDocumentException).
    MissingElement(&'static str),
    /// A field has the wrong format (InvalidFieldException): Quantity or OrderDate.
    InvalidField {
        field: &'static str,
        value: String,
        message: String,
    },
    /// An amount or currency is not acceptable (InvalidAmountException).
    InvalidAmount {
        element: String,
        value: String,
        message: String,
    },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Xml(error) => error.fmt(f),
            ParseError::UnknownNotificationType(value) => {
                StatusError::UnknownNotificationType(value.clone()).fmt(f)
            }
            ParseError::MissingElement(element) => write!(
                f,
                "NotificationData has no {element} element, or it is empty: the notification is \
                 incomplete"
            ),
            ParseError::InvalidField { message, .. }
            | ParseError::InvalidAmount { message, .. } => f.write_str(message),
        }
    }
}

impl std::error::Error for ParseError {}

impl From<XmlError> for ParseError {
    fn from(error: XmlError) -> Self {
        ParseError::Xml(error)
    }
}

impl From<OverflowError> for ParseError {
    fn from(error: OverflowError) -> Self {
        ParseError::InvalidAmount {
            element: error.what.clone(),
            value: String::new(),
            message: error.to_string(),
        }
    }
}

/// Parses NotificationData of any notification type into the Order shape.
///
/// # Errors
///
/// [`ParseError`]: see `PwaPresta\Engine\Engine::parseNotification` for every case.
pub fn parse_notification(data: &[u8]) -> Result<Order, ParseError> {
    let document = check_document(data, MAX_DOCUMENT_BYTES)?;
    let mut reader = XmlReader::from_bytes(document);
    match parse_document(&mut reader) {
        Ok(order) => Ok(order),
        Err(ParseError::Xml(error)) => Err(ParseError::Xml(error)),
        Err(error) => {
            // A malformed part later in the document wins over the first semantic error.
            reader.finish()?;
            Err(error)
        }
    }
}

fn parse_document(reader: &mut XmlReader<&[u8]>) -> Result<Order, ParseError> {
    let Some(root) = reader.next_child()? else {
        return Err(XmlError::Malformed {
            message: "the document has no root element".to_owned(),
            position: None,
        }
        .into());
    };
    if order_state_for_notification(&root.local_name).is_err() {
        return Err(ParseError::UnknownNotificationType(root.local_name));
    }

    let mut order: Option<Order> = None;
    let mut reference_id = None;
    while let Some(child) = reader.next_child()? {
        match child.local_name.as_str() {
            "NotificationReferenceId" => reference_id = Some(reader.read_text()?),
            "ProcessedOrder" => order = Some(parse_processed_order(reader)?),
            _ => reader.skip()?,
        }
    }
    reader.finish()?;

    let mut order = order.ok_or(ParseError::MissingElement("ProcessedOrder"))?;
    order.notification_type = Some(root.local_name);
    order.notification_reference_id = reference_id;
    Ok(order)
}

fn parse_processed_order(reader: &mut XmlReader<&[u8]>) -> Result<Order, ParseError> {
    let mut order = Order::default();
    let mut amazon_order_id = None;
    let mut order_date = None;
    let mut currency: Option<String> = None;
    while let Some(child) = reader.next_child()? {
        match child.local_name.as_str() {
            "OrderChannel" => order.order_channel = Some(reader.read_text()?),
            "AmazonOrderID" => amazon_order_id = Some(reader.read_text()?),
            "OrderDate" => order_date = Some(reader.read_text()?),
            "BuyerInfo" => {
                while let Some(field) = reader.next_child()? {
                    match field.local_name.as_str() {
                        "BuyerName" => order.buyer.name = reader.read_text()?,
                        "BuyerEmailAddress" => order.buyer.email = reader.read_text()?,
                        _ => reader.skip()?,
                    }
                }
            }
            "BillingAddress" => order.billing_address = Some(parse_address(reader)?),
            "ShippingAddress" => order.shipping_address = Some(parse_address(reader)?),
            "ShippingServiceLevel" => order.shipping_service_level = Some(reader.read_text()?),
            "ProcessedOrderItems" => {
                while let Some(item) = reader.next_child()? {
                    if item.local_name == "ProcessedOrderItem" {
                        order.items.push(parse_item(reader, &mut currency)?);
                    } else {
                        reader.skip()?;
                    }
                }
            }
            "DisplayableShippingLabel" => {
                order.displayable_shipping_label = Some(reader.read_text()?)
            }
            _ => reader.skip()?,
        }
    }

    order.amazon_order_id = required(amazon_order_id, "AmazonOrderID")?;
    let order_date = required(order_date, "OrderDate")?;
    order.order_date = normalize_date(&order_date).map_err(|error| ParseError::InvalidField {
        field: "OrderDate",
        value: order_date.clone(),
        message: error.to_string(),
    })?;
    if order.items.is_empty() {
        return Err(ParseError::MissingElement("ProcessedOrderItem"));
    }
    order.currency = currency.ok_or(ParseError::MissingElement("CurrencyCode"))?;
    order.complete()?;
    Ok(order)
}

fn parse_address(reader: &mut XmlReader<&[u8]>) -> Result<Address, ParseError> {
    let mut address = Address::default();
    while let Some(field) = reader.next_child()? {
        if Address::FIELD_NAMES.contains(&field.local_name.as_str()) {
            let value = reader.read_text()?;
            address.set(&field.local_name, value);
        } else {
            reader.skip()?;
        }
    }
    Ok(address)
}

fn parse_item(
    reader: &mut XmlReader<&[u8]>,
    currency: &mut Option<String>,
) -> Result<Item, ParseError> {
    let mut item = Item::default();
    let mut code = None;
    let mut sku = None;
    let mut quantity = None;
    while let Some(child) = reader.next_child()? {
        let text = |reader: &mut XmlReader<&[u8]>| reader.read_text().map(Some);
        match child.local_name.as_str() {
            "AmazonOrderItemCode" => code = text(reader)?,
            "MerchantId" => item.merchant_id = text(reader)?,
            "SKU" => sku = text(reader)?,
            "Title" => item.title = reader.read_text()?,
            "Description" => item.description = text(reader)?,
            "ClientRequestId" => item.client_request_id = text(reader)?,
            "CartId" => item.cart_id = text(reader)?,
            "IntegratorId" => item.integrator_id = text(reader)?,
            "IntegratorName" => item.integrator_name = text(reader)?,
            "Price" => item.unit_price = Some(parse_money(reader, "Price", currency)?),
            "Quantity" => quantity = text(reader)?,
            "Weight" => item.weight = Some(parse_weight(reader)?),
            "Category" => item.category = text(reader)?,
            "Condition" => item.condition = text(reader)?,
            "FulfillmentNetwork" => item.fulfillment_network = text(reader)?,
            "ItemCharges" => {
                while let Some(component) = reader.next_child()? {
                    if component.local_name == "Component" {
                        let (kind, amount) = parse_component(reader, currency)?;
                        item.components.add(&kind, amount)?;
                    } else {
                        reader.skip()?;
                    }
                }
            }
            "CartCustomData" => item.cart_custom_data = Some(reader.read_value()?),
            "ItemCustomData" => item.item_custom_data = Some(reader.read_value()?),
            "ShippingCustomData" => item.shipping_custom_data = Some(reader.read_value()?),
            _ => reader.skip()?,
        }
    }

    item.amazon_order_item_code = required(code, "AmazonOrderItemCode")?;
    item.sku = required(sku, "SKU")?;
    item.quantity = parse_quantity(&required(quantity, "Quantity")?)?;
    Ok(item)
}

fn parse_weight(reader: &mut XmlReader<&[u8]>) -> Result<Weight, ParseError> {
    let mut weight = Weight::default();
    while let Some(field) = reader.next_child()? {
        match field.local_name.as_str() {
            "Amount" => weight.amount = reader.read_text()?,
            "Unit" => weight.unit = reader.read_text()?,
            _ => reader.skip()?,
        }
    }
    Ok(weight)
}

fn parse_component(
    reader: &mut XmlReader<&[u8]>,
    currency: &mut Option<String>,
) -> Result<(String, i64), ParseError> {
    let mut kind = None;
    let mut amount = None;
    while let Some(field) = reader.next_child()? {
        match field.local_name.as_str() {
            "Type" => kind = Some(reader.read_text()?),
            "Charge" => amount = Some(parse_money(reader, "Component/Charge", currency)?),
            _ => reader.skip()?,
        }
    }
    let kind = required(kind, "Component/Type")?;
    let amount = amount.ok_or(ParseError::MissingElement("Component/Charge"))?;
    Ok((kind, amount))
}

/// Reads an element holding Amount and CurrencyCode into minor units of the order's currency.
fn parse_money(
    reader: &mut XmlReader<&[u8]>,
    element: &'static str,
    currency: &mut Option<String>,
) -> Result<i64, ParseError> {
    let mut amount = None;
    let mut code = None;
    while let Some(field) = reader.next_child()? {
        match field.local_name.as_str() {
            "Amount" => amount = Some(reader.read_text()?),
            "CurrencyCode" => code = Some(reader.read_text()?),
            _ => reader.skip()?,
        }
    }
    let (amount_element, code_element) = match element {
        "Price" => ("Price/Amount", "Price/CurrencyCode"),
        _ => ("Component/Charge/Amount", "Component/Charge/CurrencyCode"),
    };
    let amount = required(amount, amount_element)?;
    let code = required(code, code_element)?;

    let invalid = |value: &str, message: String| ParseError::InvalidAmount {
        element: code_element.to_owned(),
        value: value.to_owned(),
        message,
    };
    if code.len() != 3 || !code.bytes().all(|byte| byte.is_ascii_uppercase()) {
        let message = format!(
            "currency code \"{code}\" in {code_element} is not an ISO 4217 code such as INR"
        );
        return Err(invalid(&code, message));
    }
    match currency {
        Some(expected) if *expected != code => {
            let message = format!(
                "currency \"{code}\" in {code_element} differs from the order's currency \
                 \"{expected}\": an order has one currency"
            );
            return Err(invalid(&code, message));
        }
        Some(_) => {}
        None => *currency = Some(code.clone()),
    }

    let minor = parse_minor(&amount, &code).map_err(|error| ParseError::InvalidAmount {
        element: amount_element.to_owned(),
        value: amount.clone(),
        message: amount_message(&error, &amount, amount_element, &code),
    })?;
    if minor < 0 {
        return Err(ParseError::InvalidAmount {
            element: amount_element.to_owned(),
            value: amount.clone(),
            message: format!(
                "amount \"{amount}\" in {amount_element} is negative: IOPN amounts are positive"
            ),
        });
    }
    Ok(minor)
}

/// The message of `PwaPresta\Php\Money::parseMinor` for the same failure, word for word.
fn amount_message(error: &AmountError, value: &str, element: &str, currency: &str) -> String {
    match error {
        AmountError::NotDecimal(_) => {
            format!("amount \"{value}\" in {element} is not a decimal number such as 499.00")
        }
        AmountError::TooPrecise { digits, .. } => format!(
            "amount \"{value}\" in {element} has more than {digits} decimal places, which \
             {currency} cannot represent exactly"
        ),
        AmountError::OutOfRange(_) => format!("amount \"{value}\" in {element} is out of range"),
    }
}

/// Reads a quantity: ASCII digits (surrounding whitespace allowed), from 1 to [`MAX_QUANTITY`].
fn parse_quantity(value: &str) -> Result<i64, ParseError> {
    let invalid = || ParseError::InvalidField {
        field: "Quantity",
        value: value.to_owned(),
        message: format!(
            "Quantity \"{value}\" is not a whole number from 1 to {MAX_QUANTITY}: the notification \
             is invalid"
        ),
    };
    let digits = value.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r'));
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(invalid());
    }
    let significant = digits.trim_start_matches('0');
    if significant.is_empty() || significant.len() > 10 {
        return Err(invalid());
    }
    let quantity: i64 = significant.parse().map_err(|_| invalid())?;
    if quantity > MAX_QUANTITY {
        return Err(invalid());
    }
    Ok(quantity)
}

/// Returns the value, or `MissingElement` when it is absent or only whitespace.
fn required(value: Option<String>, element: &'static str) -> Result<String, ParseError> {
    match value {
        Some(text)
            if !text
                .trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
                .is_empty() =>
        {
            Ok(text)
        }
        _ => Err(ParseError::MissingElement(element)),
    }
}
