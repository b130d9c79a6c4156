<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws\Response;

/**
 * Answers of the Orders section: ListOrders and ListOrderItems with their ByNextToken pages.
 * Twin of the Rust module `mws::response::orders`.
 */
final class OrdersAnswers
{
    private const MONEY = [
        'item_price' => 'ItemPrice',
        'shipping_price' => 'ShippingPrice',
        'gift_wrap_price' => 'GiftWrapPrice',
        'item_tax' => 'ItemTax',
        'shipping_tax' => 'ShippingTax',
        'gift_wrap_tax' => 'GiftWrapTax',
        'shipping_discount' => 'ShippingDiscount',
        'promotion_discount' => 'PromotionDiscount',
        'cod_fee' => 'CODFee',
        'cod_fee_discount' => 'CODFeeDiscount',
    ];

    /** @return array<string, mixed> */
    public static function listOrders(?string $requestId, Element $result): array
    {
        $orders = $result->child('Orders')?->childrenNamed('Order') ?? [];

        return Paging::start($requestId, $result) + [
            'created_before' => Fields::date($result, 'CreatedBefore'),
            'last_updated_before' => Fields::date($result, 'LastUpdatedBefore'),
            'orders' => array_map([self::class, 'order'], $orders),
        ];
    }

    /** @return array<string, mixed> */
    public static function listOrderItems(?string $requestId, Element $result): array
    {
        $items = $result->child('OrderItems')?->childrenNamed('OrderItem') ?? [];

        return Paging::start($requestId, $result) + [
            'amazon_order_id' => Fields::text($result, 'AmazonOrderId'),
            'order_items' => array_map([self::class, 'orderItem'], $items),
        ];
    }

    /** @return array<string, mixed> */
    private static function order(Element $order): array
    {
        return [
            'amazon_order_id' => Fields::requiredText($order, 'AmazonOrderId'),
            'seller_order_id' => Fields::text($order, 'SellerOrderId'),
            'purchase_date' => Fields::date($order, 'PurchaseDate'),
            'last_update_date' => Fields::date($order, 'LastUpdateDate'),
            'order_status' => Fields::text($order, 'OrderStatus'),
            'fulfillment_channel' => Fields::text($order, 'FulfillmentChannel'),
            'sales_channel' => Fields::text($order, 'SalesChannel'),
            'order_channel' => Fields::text($order, 'OrderChannel'),
            'ship_service_level' => Fields::text($order, 'ShipServiceLevel'),
            'shipment_service_level_category' => Fields::text($order, 'ShipmentServiceLevelCategory'),
            'shipping_address' => self::address($order->child('ShippingAddress')),
            'order_total' => Fields::money($order, 'OrderTotal'),
            'number_of_items_shipped' => Fields::integer($order, 'NumberOfItemsShipped'),
            'number_of_items_unshipped' => Fields::integer($order, 'NumberOfItemsUnshipped'),
            'payment_method' => Fields::text($order, 'PaymentMethod'),
            'marketplace_id' => Fields::text($order, 'MarketplaceId'),
            'buyer_email' => Fields::text($order, 'BuyerEmail'),
            'buyer_name' => Fields::text($order, 'BuyerName'),
            'order_type' => Fields::text($order, 'OrderType'),
            'earliest_ship_date' => Fields::date($order, 'EarliestShipDate'),
            'latest_ship_date' => Fields::date($order, 'LatestShipDate'),
            'is_business_order' => Fields::boolean($order, 'IsBusinessOrder'),
            'is_prime' => Fields::boolean($order, 'IsPrime'),
        ];
    }

    /** @return array<string, mixed> */
    private static function orderItem(Element $item): array
    {
        $quantity = Fields::parseInteger(Fields::requiredText($item, 'QuantityOrdered'), 'QuantityOrdered');
        $fields = [
            'order_item_id' => Fields::requiredText($item, 'OrderItemId'),
            'asin' => Fields::text($item, 'ASIN'),
            'seller_sku' => Fields::text($item, 'SellerSKU'),
            'title' => Fields::text($item, 'Title'),
            'quantity_ordered' => $quantity,
            'quantity_shipped' => Fields::integer($item, 'QuantityShipped'),
        ];
        foreach (self::MONEY as $key => $name) {
            $fields[$key] = Fields::money($item, $name);
        }
        $promotionIds = [];
        foreach ($item->child('PromotionIds')?->childrenNamed('PromotionId') ?? [] as $promotionId) {
            $text = $promotionId->trimmedText();
            if ($text !== null) {
                $promotionIds[] = $text;
            }
        }

        return $fields + [
            'promotion_ids' => $promotionIds,
            'gift_message_text' => Fields::text($item, 'GiftMessageText'),
            'gift_wrap_level' => Fields::text($item, 'GiftWrapLevel'),
            'condition_id' => Fields::text($item, 'ConditionId'),
            'condition_subtype_id' => Fields::text($item, 'ConditionSubtypeId'),
            'condition_note' => Fields::text($item, 'ConditionNote'),
        ];
    }

    /**
     * The Address shape from the Orders API's element names; null when absent.
     *
     * @return array<string, string|null>|null
     */
    private static function address(?Element $address): ?array
    {
        if ($address === null) {
            return null;
        }

        return [
            'name' => $address->childText('Name'),
            'address_field_one' => $address->childText('AddressLine1'),
            'address_field_two' => $address->childText('AddressLine2'),
            'address_field_three' => $address->childText('AddressLine3'),
            'city' => $address->childText('City'),
            'state' => $address->childText('StateOrRegion'),
            'postal_code' => $address->childText('PostalCode'),
            'country_code' => $address->childText('CountryCode') ?? $address->childText('Country'),
            'phone_number' => $address->childText('Phone'),
        ];
    }
}
