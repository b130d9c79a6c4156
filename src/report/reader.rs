//! Reads OrderReport elements from the event stream into an [`OrderScratch`], with no element tree.
//!
//! Each open element gets a [`Role`] from its parent's role and its local name, matched against
//! string literals. Text goes straight into the scratch buffer its role names, so a report is
//! read without allocating per element. Elements the conversion does not read are still read
//! through the same checked stream, so the reader rejects the same documents as the tree.

use std::borrow::Cow;
use std::io::Read;

use crate::mws::response::ParseError;
use crate::order::Order;

use super::scratch::{ComponentScratch, ItemScratch, OrderScratch, ADDRESS_NAMES};
use super::stream::{Node, NodeVisitor, ReportStream};

/// The list of an Item that a Component belongs to.
#[derive(Debug, Clone, Copy)]
enum ComponentList {
    ItemPrice,
    Promotion,
}

/// An element whose text is kept, and where.
#[derive(Debug, Clone, Copy)]
enum Field {
    AmazonOrderId,
    OrderDate,
    BuyerName,
    BuyerEmail,
    BuyerPhone,
    ServiceLevel,
    Address(usize),
    ItemCode,
    Sku,
    Quantity,
    Title,
    ComponentType(ComponentList),
    ComponentAmount(ComponentList),
    Data,
}

/// The part an open element plays in the order being read.
#[derive(Debug, Clone, Copy)]
enum Role {
    /// Outside any OrderReport, where an OrderReport start begins an order.
    Envelope,
    /// Inside an OrderReport, an element the conversion does not read.
    Ignored,
    Report,
    Billing,
    Fulfillment,
    Address,
    Item,
    ItemPrice,
    Promotion,
    Component(ComponentList),
    CustomizationInfo,
    Text(Field),
}

/// Streams orders out of the envelope, reusing its buffers from one OrderReport to the next.
#[derive(Debug, Default)]
pub(super) struct ReportReader {
    /// Roles of the open elements below the root, innermost last.
    roles: Vec<Role>,
    /// Whether the start tag being read has a currency attribute, whose first value is
    /// `currency`.
    currency_seen: bool,
    currency: String,
    scratch: OrderScratch,
}

impl ReportReader {
    /// Reads up to the end of the next OrderReport and converts it; `None` at the end of the
    /// document.
    ///
    /// # Errors
    ///
    /// [`ParseError`] as [`ReportStream::read_node`] for the document, and as
    /// [`order_from_report`](super::order_from_report) for the order.
    pub(super) fn next_order<R: Read>(
        &mut self,
        stream: &mut ReportStream<R>,
    ) -> Result<Option<Order>, ParseError> {
        loop {
            // Start tags and text went to the visitor methods below.
            match stream.read_node(self)? {
                None => return Ok(None),
                Some(Node::Start | Node::Text) => {}
                Some(Node::End) => match self.roles.pop() {
                    Some(Role::Report) => return self.scratch.to_order().map(Some),
                    Some(Role::CustomizationInfo) => {
                        if let Some(item) = self.scratch.items.last_mut() {
                            item.finish_customization();
                        }
                    }
                    _ => {}
                },
            }
        }
    }

    fn current_role(&self) -> Role {
        self.roles.last().copied().unwrap_or(Role::Envelope)
    }

    /// Returns the role of the element `name` just started under an element of role `parent`,
    /// and claims the element's slot in the scratch.
    fn child_role(&mut self, parent: Role, name: &str) -> Role {
        let scratch = &mut self.scratch;
        match parent {
            Role::Envelope if name == "OrderReport" => {
                scratch.reset();
                Role::Report
            }
            Role::Envelope => Role::Envelope,
            Role::Report => match name {
                "AmazonOrderID" => claimed(scratch.amazon_order_id.claim(), Field::AmazonOrderId),
                "OrderDate" => claimed(scratch.order_date.claim(), Field::OrderDate),
                "BillingData" if !std::mem::replace(&mut scratch.billing_seen, true) => {
                    Role::Billing
                }
                "FulfillmentData" if !std::mem::replace(&mut scratch.fulfillment_seen, true) => {
                    Role::Fulfillment
                }
                "Item" => {
                    scratch.items.next();
                    Role::Item
                }
                _ => Role::Ignored,
            },
            Role::Billing => match name {
                "BuyerName" => claimed(scratch.buyer_name.claim(), Field::BuyerName),
                "BuyerEmailAddress" => claimed(scratch.buyer_email.claim(), Field::BuyerEmail),
                "BuyerPhoneNumber" => claimed(scratch.buyer_phone.claim(), Field::BuyerPhone),
                _ => Role::Ignored,
            },
            Role::Fulfillment => match name {
                "FulfillmentServiceLevel" => {
                    claimed(scratch.service_level.claim(), Field::ServiceLevel)
                }
                "Address" if !std::mem::replace(&mut scratch.address_seen, true) => Role::Address,
                _ => Role::Ignored,
            },
            Role::Address => match ADDRESS_NAMES.iter().position(|field| *field == name) {
                Some(index) => claimed(scratch.address[index].claim(), Field::Address(index)),
                None => Role::Ignored,
            },
            Role::Item => match scratch.items.last_mut() {
                Some(item) => item_child_role(item, name),
                None => Role::Ignored,
            },
            Role::ItemPrice | Role::Promotion if name == "Component" => {
                let Some(item) = scratch.items.last_mut() else {
                    return Role::Ignored;
                };
                if let Role::ItemPrice = parent {
                    item.prices.next();
                    Role::Component(ComponentList::ItemPrice)
                } else {
                    item.promotions.next();
                    Role::Component(ComponentList::Promotion)
                }
            }
            Role::Component(list) => {
                let Some(component) = current_component(scratch, list) else {
                    return Role::Ignored;
                };
                let currency = self.currency_seen.then_some(self.currency.as_str());
                component_child_role(component, list, name, currency)
            }
            Role::CustomizationInfo if name == "Data" => match scratch.items.last_mut() {
                Some(item) => claimed(item.data.claim(), Field::Data),
                None => Role::Ignored,
            },
            _ => Role::Ignored,
        }
    }
}

impl NodeVisitor for ReportReader {
    fn attribute(&mut self, name: &str, value: Cow<'_, str>) {
        if name == "currency" && !self.currency_seen {
            self.currency_seen = true;
            self.currency.clear();
            self.currency.push_str(&value);
        }
    }

    fn start(&mut self, name: &str) {
        let parent = self.current_role();
        let child = self.child_role(parent, name);
        self.roles.push(child);
        self.currency_seen = false;
    }

    fn text(&mut self, text: &str) {
        let role = self.current_role();
        if let Some(buffer) = text_buffer(&mut self.scratch, role) {
            buffer.push_str(text);
        }
    }
}

fn item_child_role(item: &mut ItemScratch, name: &str) -> Role {
    match name {
        "AmazonOrderItemCode" => claimed(item.code.claim(), Field::ItemCode),
        "SKU" => claimed(item.sku.claim(), Field::Sku),
        "Quantity" => claimed(item.quantity.claim(), Field::Quantity),
        "Title" => claimed(item.title.claim(), Field::Title),
        "ItemPrice" => Role::ItemPrice,
        "Promotion" => Role::Promotion,
        "CustomizationInfo" => {
            item.data.reset();
            Role::CustomizationInfo
        }
        _ => Role::Ignored,
    }
}

/// The role of a Component's child; the first Amount keeps the currency attribute of its start
/// tag.
fn component_child_role(
    component: &mut ComponentScratch,
    list: ComponentList,
    name: &str,
    currency: Option<&str>,
) -> Role {
    match name {
        "Type" => claimed(component.kind.claim(), Field::ComponentType(list)),
        "Amount" if !std::mem::replace(&mut component.amount_seen, true) => {
            if let Some(value) = currency {
                component.currency_seen = true;
                component.currency.push_str(value);
            }
            Role::Text(Field::ComponentAmount(list))
        }
        _ => Role::Ignored,
    }
}

/// `Text(field)` for the first element of its name, `Ignored` for a later one.
fn claimed(first: bool, field: Field) -> Role {
    if first {
        Role::Text(field)
    } else {
        Role::Ignored
    }
}

fn current_component(
    scratch: &mut OrderScratch,
    list: ComponentList,
) -> Option<&mut ComponentScratch> {
    let item = scratch.items.last_mut()?;
    match list {
        ComponentList::ItemPrice => item.prices.last_mut(),
        ComponentList::Promotion => item.promotions.last_mut(),
    }
}

/// The buffer that keeps the text of an element of this role, or `None` when it is not kept.
fn text_buffer(scratch: &mut OrderScratch, role: Role) -> Option<&mut String> {
    let Role::Text(field) = role else {
        return None;
    };
    let buffer = match field {
        Field::AmazonOrderId => &mut scratch.amazon_order_id.text,
        Field::OrderDate => &mut scratch.order_date.text,
        Field::BuyerName => &mut scratch.buyer_name.text,
        Field::BuyerEmail => &mut scratch.buyer_email.text,
        Field::BuyerPhone => &mut scratch.buyer_phone.text,
        Field::ServiceLevel => &mut scratch.service_level.text,
        Field::Address(index) => &mut scratch.address.get_mut(index)?.text,
        Field::ComponentType(list) => &mut current_component(scratch, list)?.kind.text,
        Field::ComponentAmount(list) => &mut current_component(scratch, list)?.amount,
        Field::ItemCode | Field::Sku | Field::Quantity | Field::Title | Field::Data => {
            let item = scratch.items.last_mut()?;
            match field {
                Field::ItemCode => &mut item.code.text,
                Field::Sku => &mut item.sku.text,
                Field::Quantity => &mut item.quantity.text,
                Field::Title => &mut item.title.text,
                _ => &mut item.data.text,
            }
        }
    };
    Some(buffer)
}
