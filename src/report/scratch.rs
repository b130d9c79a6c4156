//! Reused buffers for the parts of one OrderReport that become an [`Order`], and their conversion.
//!
//! [`OrderScratch`] contains what [`order_from_report`](super::order_from_report) reads from an
//! element tree: the text of the first child of each name it reads once, and every Item, ItemPrice
//! or Promotion Component, and CustomizationInfo it reads all of. [`OrderScratch::to_order`] then
//! converts in that function's order, so both raise the same error for the same OrderReport. The
//! buffers keep their capacity from order to order.

use crate::mws::response::element::trim_xml_whitespace;
use crate::mws::response::fields::{minor_units, normalise_date, parse_integer};
use crate::mws::response::ParseError;
use crate::order::{Address, Buyer, Components, Item, Order};

use super::order_report::{
    add_component, client_request_id_of, out_of_range, promotion_type, require_items_and_currency,
};

/// Number of address fields read from FulfillmentData/Address, in [`ADDRESS_NAMES`] order.
pub(super) const ADDRESS_FIELDS: usize = 9;

/// Local names of the address fields, in the order of [`Address`]'s fields.
pub(super) const ADDRESS_NAMES: [&str; ADDRESS_FIELDS] = [
    "Name",
    "AddressFieldOne",
    "AddressFieldTwo",
    "AddressFieldThree",
    "City",
    "StateOrRegion",
    "PostalCode",
    "CountryCode",
    "PhoneNumber",
];

/// The text of the first child element of one name; later children of that name are ignored.
#[derive(Debug, Default)]
pub(super) struct TextSlot {
    seen: bool,
    pub(super) text: String,
}

impl TextSlot {
    pub(super) fn reset(&mut self) {
        self.seen = false;
        self.text.clear();
    }

    /// Takes the slot for the element just started; false when an element of its name came first.
    pub(super) fn claim(&mut self) -> bool {
        !std::mem::replace(&mut self.seen, true)
    }

    /// The trimmed text, or `None` when the element is absent or its text is empty.
    fn value(&self) -> Option<&str> {
        let trimmed = trim_xml_whitespace(&self.text);
        (self.seen && !trimmed.is_empty()).then_some(trimmed)
    }

    /// As [`TextSlot::value`], but a missing value is an error naming the element and its parent.
    fn required(&self, name: &str, parent: &str) -> Result<&str, ParseError> {
        self.value()
            .ok_or_else(|| ParseError::missing(name, parent))
    }

    fn owned(&self) -> Option<String> {
        self.value().map(str::to_owned)
    }
}

/// Entries reused from order to order: `len` of them are in use, the rest wait emptied.
#[derive(Debug)]
pub(super) struct Reused<T> {
    entries: Vec<T>,
    len: usize,
}

impl<T> Default for Reused<T> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
            len: 0,
        }
    }
}

impl<T: Default + Reset> Reused<T> {
    fn clear(&mut self) {
        self.len = 0;
    }

    /// Appends an emptied entry and returns it.
    pub(super) fn next(&mut self) -> &mut T {
        if self.len == self.entries.len() {
            self.entries.push(T::default());
        }
        let entry = &mut self.entries[self.len];
        entry.reset();
        self.len += 1;
        entry
    }

    /// The entry appended last.
    pub(super) fn last_mut(&mut self) -> Option<&mut T> {
        let index = self.len.checked_sub(1)?;
        self.entries.get_mut(index)
    }

    fn as_slice(&self) -> &[T] {
        self.entries.get(..self.len).unwrap_or_default()
    }
}

/// Empties an entry while keeping its buffers.
pub(super) trait Reset {
    fn reset(&mut self);
}

/// One Component of an ItemPrice or Promotion.
#[derive(Debug, Default)]
pub(super) struct ComponentScratch {
    pub(super) kind: TextSlot,
    /// Whether an Amount child was seen; its currency attribute and text follow.
    pub(super) amount_seen: bool,
    /// Whether the first Amount has a currency attribute, whose value is `currency`.
    pub(super) currency_seen: bool,
    pub(super) currency: String,
    pub(super) amount: String,
}

impl Reset for ComponentScratch {
    fn reset(&mut self) {
        self.kind.reset();
        self.amount_seen = false;
        self.currency_seen = false;
        self.currency.clear();
        self.amount.clear();
    }
}

/// One Item of the order.
#[derive(Debug, Default)]
pub(super) struct ItemScratch {
    pub(super) code: TextSlot,
    pub(super) sku: TextSlot,
    pub(super) quantity: TextSlot,
    pub(super) title: TextSlot,
    /// Components of every ItemPrice, in document order.
    pub(super) prices: Reused<ComponentScratch>,
    /// Components of every Promotion, in document order.
    pub(super) promotions: Reused<ComponentScratch>,
    /// The first Data child of the CustomizationInfo being read.
    pub(super) data: TextSlot,
    /// The first ClientRequestId found in a CustomizationInfo's Data.
    pub(super) client_request_id: Option<String>,
}

impl Reset for ItemScratch {
    fn reset(&mut self) {
        self.code.reset();
        self.sku.reset();
        self.quantity.reset();
        self.title.reset();
        self.prices.clear();
        self.promotions.clear();
        self.data.reset();
        self.client_request_id = None;
    }
}

impl ItemScratch {
    /// Records the ClientRequestId of the CustomizationInfo just closed, unless one came before.
    pub(super) fn finish_customization(&mut self) {
        if self.client_request_id.is_none() {
            self.client_request_id = self.data.value().and_then(client_request_id_of);
        }
    }
}

/// Everything read from the OrderReport being streamed.
#[derive(Debug, Default)]
pub(super) struct OrderScratch {
    pub(super) amazon_order_id: TextSlot,
    pub(super) order_date: TextSlot,
    pub(super) billing_seen: bool,
    pub(super) buyer_name: TextSlot,
    pub(super) buyer_email: TextSlot,
    pub(super) buyer_phone: TextSlot,
    pub(super) fulfillment_seen: bool,
    pub(super) service_level: TextSlot,
    pub(super) address_seen: bool,
    pub(super) address: [TextSlot; ADDRESS_FIELDS],
    pub(super) items: Reused<ItemScratch>,
}

impl OrderScratch {
    /// Empties the scratch for the next OrderReport.
    pub(super) fn reset(&mut self) {
        self.amazon_order_id.reset();
        self.order_date.reset();
        self.billing_seen = false;
        self.buyer_name.reset();
        self.buyer_email.reset();
        self.buyer_phone.reset();
        self.fulfillment_seen = false;
        self.service_level.reset();
        self.address_seen = false;
        self.address.iter_mut().for_each(TextSlot::reset);
        self.items.clear();
    }

    /// Builds the [`Order`], with the checks and errors of
    /// [`order_from_report`](super::order_from_report) in the same order.
    ///
    /// # Errors
    ///
    /// As [`order_from_report`](super::order_from_report).
    pub(super) fn to_order(&self) -> Result<Order, ParseError> {
        let amazon_order_id = self
            .amazon_order_id
            .required("AmazonOrderID", "OrderReport")?
            .to_owned();
        let order_date = normalise_date(
            self.order_date.required("OrderDate", "OrderReport")?,
            "OrderDate",
        )?;

        let mut currency: Option<String> = None;
        let mut items = Vec::with_capacity(self.items.as_slice().len());
        for item in self.items.as_slice() {
            items.push(to_item(item, &amazon_order_id, &mut currency)?);
        }
        let currency = require_items_and_currency(&amazon_order_id, &items, currency)?;

        let mut order = Order {
            amazon_order_id,
            order_date,
            buyer: Buyer {
                name: self.buyer_name.owned().unwrap_or_default(),
                email: self.buyer_email.owned().unwrap_or_default(),
                phone: self.buyer_phone.owned(),
            },
            shipping_address: self.address_seen.then(|| self.to_address()),
            shipping_service_level: self.service_level.owned(),
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

    fn to_address(&self) -> Address {
        let [name, one, two, three, city, state, postal_code, country_code, phone_number] =
            &self.address;
        Address {
            name: name.owned(),
            address_field_one: one.owned(),
            address_field_two: two.owned(),
            address_field_three: three.owned(),
            city: city.owned(),
            state: state.owned(),
            postal_code: postal_code.owned(),
            country_code: country_code.owned(),
            phone_number: phone_number.owned(),
        }
    }
}

fn to_item(
    item: &ItemScratch,
    amazon_order_id: &str,
    currency: &mut Option<String>,
) -> Result<Item, ParseError> {
    let amazon_order_item_code = item
        .code
        .required("AmazonOrderItemCode", "Item")?
        .to_owned();
    let sku = item.sku.required("SKU", "Item")?.to_owned();
    let quantity = parse_integer(item.quantity.required("Quantity", "Item")?, "Quantity")?;

    let mut components = Components::default();
    for component in item.prices.as_slice() {
        let (kind, amount) = component_amount(component, amazon_order_id, currency)?;
        add_component(&mut components, kind, amount, amazon_order_id)?;
    }
    for component in item.promotions.as_slice() {
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

    Ok(Item {
        amazon_order_item_code,
        sku,
        title: item.title.owned().unwrap_or_default(),
        client_request_id: item.client_request_id.clone(),
        quantity,
        components,
        ..Item::default()
    })
}

/// Type and minor units of a Component, with the currency checks of the tree conversion.
fn component_amount<'a>(
    component: &'a ComponentScratch,
    amazon_order_id: &str,
    currency: &mut Option<String>,
) -> Result<(&'a str, i64), ParseError> {
    let kind = component.kind.required("Type", "Component")?;
    if !component.amount_seen {
        return Err(ParseError::missing("Amount", "Component"));
    }
    let code = if component.currency_seen {
        trim_xml_whitespace(&component.currency)
    } else {
        ""
    };
    if code.is_empty() {
        return Err(ParseError::invalid(
            "Amount",
            format!("an Amount of OrderReport {amazon_order_id} has no currency attribute"),
        ));
    }
    let text = trim_xml_whitespace(&component.amount);
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
