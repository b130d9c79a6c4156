//! Answers of the Orders section: ListOrders and ListOrderItems with their ByNextToken pages.

use super::element::Element;
use super::error::ParseError;
use super::fields::{boolean, date, integer, money, parse_integer, required_text, text};
use super::value::{MapBuilder, Value};
use super::{address, list_of, paged, AddressNames};

/// Address element names of the Orders API.
const ORDER_ADDRESS: AddressNames = AddressNames {
    line_one: "AddressLine1",
    line_two: "AddressLine2",
    line_three: "AddressLine3",
    phone: "Phone",
};

/// ListOrders: paging, the date bounds the answer covers, and every Order.
pub(super) fn list_orders(request_id: Value, result: &Element) -> Result<Value, ParseError> {
    let answer = paged(request_id, result)?
        .with("created_before", date(result, "CreatedBefore")?)
        .with("last_updated_before", date(result, "LastUpdatedBefore")?);
    let orders = match result.child("Orders") {
        Some(orders) => list_of(orders, "Order", order)?,
        None => Value::List(Vec::new()),
    };
    Ok(answer.with("orders", orders).build())
}

/// ListOrderItems: paging, the AmazonOrderId and every OrderItem.
pub(super) fn list_order_items(request_id: Value, result: &Element) -> Result<Value, ParseError> {
    let answer = paged(request_id, result)?.with("amazon_order_id", text(result, "AmazonOrderId"));
    let items = match result.child("OrderItems") {
        Some(items) => list_of(items, "OrderItem", order_item)?,
        None => Value::List(Vec::new()),
    };
    Ok(answer.with("order_items", items).build())
}

fn order(order: &Element) -> Result<Value, ParseError> {
    Ok(MapBuilder::new()
        .with("amazon_order_id", required_text(order, "AmazonOrderId")?)
        .with("seller_order_id", text(order, "SellerOrderId"))
        .with("purchase_date", date(order, "PurchaseDate")?)
        .with("last_update_date", date(order, "LastUpdateDate")?)
        .with("order_status", text(order, "OrderStatus"))
        .with("fulfillment_channel", text(order, "FulfillmentChannel"))
        .with("sales_channel", text(order, "SalesChannel"))
        .with("order_channel", text(order, "OrderChannel"))
        .with("ship_service_level", text(order, "ShipServiceLevel"))
        .with(
            "shipment_service_level_category",
            text(order, "ShipmentServiceLevelCategory"),
        )
        .with(
            "shipping_address",
            address(order.child("ShippingAddress"), &ORDER_ADDRESS),
        )
        .with("order_total", money(order, "OrderTotal")?)
        .with(
            "number_of_items_shipped",
            integer(order, "NumberOfItemsShipped")?,
        )
        .with(
            "number_of_items_unshipped",
            integer(order, "NumberOfItemsUnshipped")?,
        )
        .with("payment_method", text(order, "PaymentMethod"))
        .with("marketplace_id", text(order, "MarketplaceId"))
        .with("buyer_email", text(order, "BuyerEmail"))
        .with("buyer_name", text(order, "BuyerName"))
        .with("order_type", text(order, "OrderType"))
        .with("earliest_ship_date", date(order, "EarliestShipDate")?)
        .with("latest_ship_date", date(order, "LatestShipDate")?)
        .with("is_business_order", boolean(order, "IsBusinessOrder")?)
        .with("is_prime", boolean(order, "IsPrime")?)
        .build())
}

fn order_item(item: &Element) -> Result<Value, ParseError> {
    let quantity = parse_integer(required_text(item, "QuantityOrdered")?, "QuantityOrdered")?;
    let promotion_ids = item
        .child("PromotionIds")
        .map(|ids| {
            ids.children_named("PromotionId")
                .filter_map(Element::trimmed_text)
        })
        .into_iter()
        .flatten()
        .map(Value::from)
        .collect();
    Ok(MapBuilder::new()
        .with("order_item_id", required_text(item, "OrderItemId")?)
        .with("asin", text(item, "ASIN"))
        .with("seller_sku", text(item, "SellerSKU"))
        .with("title", text(item, "Title"))
        .with("quantity_ordered", quantity)
        .with("quantity_shipped", integer(item, "QuantityShipped")?)
        .with("item_price", money(item, "ItemPrice")?)
        .with("shipping_price", money(item, "ShippingPrice")?)
        .with("gift_wrap_price", money(item, "GiftWrapPrice")?)
        .with("item_tax", money(item, "ItemTax")?)
        .with("shipping_tax", money(item, "ShippingTax")?)
        .with("gift_wrap_tax", money(item, "GiftWrapTax")?)
        .with("shipping_discount", money(item, "ShippingDiscount")?)
        .with("promotion_discount", money(item, "PromotionDiscount")?)
        .with("cod_fee", money(item, "CODFee")?)
        .with("cod_fee_discount", money(item, "CODFeeDiscount")?)
        .with("promotion_ids", Value::List(promotion_ids))
        .with("gift_message_text", text(item, "GiftMessageText"))
        .with("gift_wrap_level", text(item, "GiftWrapLevel"))
        .with("condition_id", text(item, "ConditionId"))
        .with("condition_subtype_id", text(item, "ConditionSubtypeId"))
        .with("condition_note", text(item, "ConditionNote"))
        .build())
}
