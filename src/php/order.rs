//! Conversion of `crate::order::Order` into the PHP Order array, keys in the documented order.

use ext_php_rs::boxed::ZBox;
use ext_php_rs::convert::IntoZval;
use ext_php_rs::exception::PhpException;
use ext_php_rs::types::{ZendHashTable, Zval};

use super::keys::{self, Key};
use crate::order::{Address, Buyer, Components, CustomData, Item, Order, Totals};

type Table = ZBox<ZendHashTable>;

/// Builds the Order array of `PwaPresta\Engine\Engine`.
///
/// # Errors
///
/// A plain exception when PHP cannot allocate an array entry.
pub fn order_to_array(order: &Order) -> Result<Table, PhpException> {
    let mut table = ZendHashTable::with_capacity(14);
    put(
        &mut table,
        Key::NotificationType,
        order.notification_type.as_deref(),
    )?;
    put(
        &mut table,
        Key::NotificationReferenceId,
        order.notification_reference_id.as_deref(),
    )?;
    put(
        &mut table,
        Key::AmazonOrderId,
        order.amazon_order_id.as_str(),
    )?;
    put(
        &mut table,
        Key::OrderChannel,
        order.order_channel.as_deref(),
    )?;
    put(&mut table, Key::OrderDate, order.order_date.as_str())?;
    put(&mut table, Key::Buyer, buyer_to_array(&order.buyer)?)?;
    put(
        &mut table,
        Key::BillingAddress,
        optional_address(order.billing_address.as_ref())?,
    )?;
    put(
        &mut table,
        Key::ShippingAddress,
        optional_address(order.shipping_address.as_ref())?,
    )?;
    put(
        &mut table,
        Key::ShippingServiceLevel,
        order.shipping_service_level.as_deref(),
    )?;
    put(
        &mut table,
        Key::DisplayableShippingLabel,
        order.displayable_shipping_label.as_deref(),
    )?;
    put(&mut table, Key::Currency, order.currency.as_str())?;

    let mut items = ZendHashTable::with_capacity(len_u32(order.items.len()));
    for item in &order.items {
        items.push(item_to_array(item)?).map_err(convert)?;
    }
    put(&mut table, Key::Items, items)?;
    put(
        &mut table,
        Key::CartCustomData,
        optional_custom_data(order.cart_custom_data.as_ref())?,
    )?;
    put(&mut table, Key::Totals, totals_to_array(&order.totals)?)?;
    Ok(table)
}

/// Builds an Address array.
///
/// # Errors
///
/// A plain exception when PHP cannot allocate an array entry.
pub fn address_to_array(address: &Address) -> Result<Table, PhpException> {
    let mut table = ZendHashTable::with_capacity(9);
    put(&mut table, Key::Name, address.name.as_deref())?;
    put(
        &mut table,
        Key::AddressFieldOne,
        address.address_field_one.as_deref(),
    )?;
    put(
        &mut table,
        Key::AddressFieldTwo,
        address.address_field_two.as_deref(),
    )?;
    put(
        &mut table,
        Key::AddressFieldThree,
        address.address_field_three.as_deref(),
    )?;
    put(&mut table, Key::City, address.city.as_deref())?;
    put(&mut table, Key::State, address.state.as_deref())?;
    put(&mut table, Key::PostalCode, address.postal_code.as_deref())?;
    put(
        &mut table,
        Key::CountryCode,
        address.country_code.as_deref(),
    )?;
    put(
        &mut table,
        Key::PhoneNumber,
        address.phone_number.as_deref(),
    )?;
    Ok(table)
}

/// Builds the PHP value of custom data: a string, or an array of child values.
///
/// # Errors
///
/// A plain exception when PHP cannot allocate an array entry.
pub fn custom_data_to_zval(value: &CustomData) -> Result<Zval, PhpException> {
    match value {
        CustomData::Text(text) => text.as_str().into_zval(false).map_err(convert),
        CustomData::Map(children) => {
            let mut table = ZendHashTable::with_capacity(len_u32(children.len()));
            for (name, child) in children {
                put_named(&mut table, name, custom_data_to_zval(child)?)?;
            }
            table.into_zval(false).map_err(convert)
        }
        CustomData::List(values) => {
            let mut table = ZendHashTable::with_capacity(len_u32(values.len()));
            for child in values {
                table.push(custom_data_to_zval(child)?).map_err(convert)?;
            }
            table.into_zval(false).map_err(convert)
        }
    }
}

/// Builds a component map array ([type => minor units]).
///
/// # Errors
///
/// A plain exception when PHP cannot allocate an array entry.
pub fn components_to_array(components: &Components) -> Result<Table, PhpException> {
    let mut table = ZendHashTable::with_capacity(len_u32(components.entries().len()));
    for (name, amount) in components.entries() {
        put_named(&mut table, name, *amount)?;
    }
    Ok(table)
}

fn buyer_to_array(buyer: &Buyer) -> Result<Table, PhpException> {
    let mut table = ZendHashTable::with_capacity(3);
    put(&mut table, Key::Name, buyer.name.as_str())?;
    put(&mut table, Key::Email, buyer.email.as_str())?;
    put(&mut table, Key::Phone, buyer.phone.as_deref())?;
    Ok(table)
}

fn item_to_array(item: &Item) -> Result<Table, PhpException> {
    let mut table = ZendHashTable::with_capacity(20);
    put(
        &mut table,
        Key::AmazonOrderItemCode,
        item.amazon_order_item_code.as_str(),
    )?;
    put(&mut table, Key::MerchantId, item.merchant_id.as_deref())?;
    put(&mut table, Key::Sku, item.sku.as_str())?;
    put(&mut table, Key::Title, item.title.as_str())?;
    put(&mut table, Key::Description, item.description.as_deref())?;
    put(
        &mut table,
        Key::ClientRequestId,
        item.client_request_id.as_deref(),
    )?;
    put(&mut table, Key::CartId, item.cart_id.as_deref())?;
    put(&mut table, Key::IntegratorId, item.integrator_id.as_deref())?;
    put(
        &mut table,
        Key::IntegratorName,
        item.integrator_name.as_deref(),
    )?;
    put(&mut table, Key::UnitPrice, item.unit_price)?;
    put(&mut table, Key::Quantity, item.quantity)?;
    let weight = match &item.weight {
        Some(weight) => {
            let mut entry = ZendHashTable::with_capacity(2);
            put(&mut entry, Key::Amount, weight.amount.as_str())?;
            put(&mut entry, Key::Unit, weight.unit.as_str())?;
            Some(entry)
        }
        None => None,
    };
    put(&mut table, Key::Weight, weight)?;
    put(&mut table, Key::Category, item.category.as_deref())?;
    put(&mut table, Key::Condition, item.condition.as_deref())?;
    put(
        &mut table,
        Key::FulfillmentNetwork,
        item.fulfillment_network.as_deref(),
    )?;
    put(
        &mut table,
        Key::Components,
        components_to_array(&item.components)?,
    )?;
    put(&mut table, Key::Total, item.total)?;
    put(
        &mut table,
        Key::ItemCustomData,
        optional_custom_data(item.item_custom_data.as_ref())?,
    )?;
    put(
        &mut table,
        Key::CartCustomData,
        optional_custom_data(item.cart_custom_data.as_ref())?,
    )?;
    let shipping = optional_custom_data(item.shipping_custom_data.as_ref())?;
    put(&mut table, Key::ShippingCustomData, shipping)?;
    Ok(table)
}

fn totals_to_array(totals: &Totals) -> Result<Table, PhpException> {
    let mut table = ZendHashTable::with_capacity(4);
    put(
        &mut table,
        Key::Components,
        components_to_array(&totals.components)?,
    )?;
    put(&mut table, Key::Charges, totals.charges)?;
    put(&mut table, Key::Promotions, totals.promotions)?;
    put(&mut table, Key::Total, totals.total)?;
    Ok(table)
}

fn optional_address(address: Option<&Address>) -> Result<Option<Table>, PhpException> {
    address.map(address_to_array).transpose()
}

fn optional_custom_data(value: Option<&CustomData>) -> Result<Zval, PhpException> {
    match value {
        Some(value) => custom_data_to_zval(value),
        None => Ok(Zval::null()),
    }
}

fn put<V: IntoZval>(table: &mut ZendHashTable, key: Key, value: V) -> Result<(), PhpException> {
    keys::insert(table, key, value).map_err(convert)
}

/// Inserts under a name from the document; a numeric name becomes an integer key, as in PHP.
fn put_named<V: IntoZval>(
    table: &mut ZendHashTable,
    name: &str,
    value: V,
) -> Result<(), PhpException> {
    table.insert(name, value).map_err(convert)
}

fn len_u32(length: usize) -> u32 {
    u32::try_from(length).unwrap_or(u32::MAX)
}

fn convert(error: ext_php_rs::error::Error) -> PhpException {
    PhpException::from_message(format!("cannot build the Order array: {error}"))
}
