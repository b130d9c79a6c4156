<?php

declare(strict_types=1);

namespace PwaPresta\Php\Order;

/**
 * Builds the Order and item arrays of the Order shape (see PwaPresta\Engine\Engine), with every
 * key in the documented order, so the IOPN and report parsers return identical shapes.
 *
 * Callers pass only the keys they know; the rest default to null (or '' for required strings).
 * Totals are computed here. Twin of `Order::complete` in the Rust module `order`.
 */
final class OrderArray
{
    private const ITEM_DEFAULTS = [
        'amazon_order_item_code' => '',
        'merchant_id' => null,
        'sku' => '',
        'title' => '',
        'description' => null,
        'client_request_id' => null,
        'cart_id' => null,
        'integrator_id' => null,
        'integrator_name' => null,
        'unit_price' => null,
        'quantity' => 0,
        'weight' => null,
        'category' => null,
        'condition' => null,
        'fulfillment_network' => null,
        'components' => [],
        'total' => 0,
        'item_custom_data' => null,
        'cart_custom_data' => null,
        'shipping_custom_data' => null,
    ];

    private const ORDER_DEFAULTS = [
        'notification_type' => null,
        'notification_reference_id' => null,
        'amazon_order_id' => '',
        'order_channel' => null,
        'order_date' => '',
        'buyer' => ['name' => '', 'email' => '', 'phone' => null],
        'billing_address' => null,
        'shipping_address' => null,
        'shipping_service_level' => null,
        'displayable_shipping_label' => null,
        'currency' => '',
        'items' => [],
        'cart_custom_data' => null,
        'totals' => [],
    ];

    /**
     * An item with its total computed from its components.
     *
     * @param array<string, mixed> $fields keys of the item shape
     * @return array<string, mixed>
     * @throws \PwaPresta\Exception\InvalidAmountException when a sum leaves the range of int
     */
    public static function item(array $fields): array
    {
        self::rejectUnknownKeys($fields, self::ITEM_DEFAULTS);
        $item = array_replace(self::ITEM_DEFAULTS, $fields);
        $item['total'] = Components::total($item['components']);

        return $item;
    }

    /**
     * An order with its totals and cart_custom_data (the first item's) computed from its items.
     *
     * @param array<string, mixed> $fields keys of the order shape; 'items' built with item()
     * @return array<string, mixed>
     * @throws \PwaPresta\Exception\InvalidAmountException when a sum leaves the range of int
     */
    public static function order(array $fields): array
    {
        self::rejectUnknownKeys($fields, self::ORDER_DEFAULTS);
        $order = array_replace(self::ORDER_DEFAULTS, $fields);

        $components = [];
        foreach ($order['items'] as $item) {
            foreach ($item['components'] as $type => $amount) {
                $components = Components::add($components, (string) $type, $amount);
            }
        }
        $order['cart_custom_data'] = $order['items'][0]['cart_custom_data'] ?? null;
        $order['totals'] = [
            'components' => $components,
            'charges' => Components::charges($components),
            'promotions' => Components::promotions($components),
            'total' => Components::total($components),
        ];

        return $order;
    }

    /**
     * @param array<string, mixed> $fields
     * @param array<string, mixed> $defaults
     */
    private static function rejectUnknownKeys(array $fields, array $defaults): void
    {
        $unknown = array_diff_key($fields, $defaults);
        if ($unknown !== []) {
            throw new \LogicException(
                'unknown Order shape keys: ' . implode(', ', array_keys($unknown)) . ': use the keys of Engine',
            );
        }
    }
}
