<?php

declare(strict_types=1);

namespace PwaPresta\Module\Order;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Reads the shop's side of an Amazon order (Order shape of PwaPresta\Api): which product each item
 * is, the gift message, and the amounts Amazon charged.
 *
 * Product ids come from ItemCustomData (Item_product_id, Item_attr_product_id), as the button sends
 * them. An item without them is looked up by its SKU as a product reference. The item with SKU
 * wrapping_fee is gift wrapping, its Description the gift message.
 */
final class OrderPlan
{
    public const WRAPPING_SKU = 'wrapping_fee';

    private const PRODUCT_COMPONENTS = ['Principal', 'Tax', 'Other', 'OtherTax'];
    private const SHIPPING_COMPONENTS = ['Shipping', 'ShippingTax'];
    private const WRAPPING_COMPONENTS = ['GiftWrap', 'GiftWrapTax'];

    /**
     * @param array<string, mixed> $order
     *
     * @throws ImportException when an item names no product the shop has
     */
    public static function amounts(array $order, OrderGateway $orders): OrderAmounts
    {
        $lines = [];
        $products = 0;
        $shipping = 0;
        $wrapping = 0;
        $discounts = 0;

        foreach ($order['items'] as $item) {
            $components = $item['components'];
            $shipping += self::sum($components, self::SHIPPING_COMPONENTS);
            $wrapping += self::sum($components, self::WRAPPING_COMPONENTS);
            foreach ($components as $type => $amount) {
                $discounts += str_ends_with((string) $type, 'Promo') ? $amount : 0;
            }

            $itemTotal = self::sum($components, self::PRODUCT_COMPONENTS);
            if ($item['sku'] === self::WRAPPING_SKU) {
                $wrapping += $itemTotal;
                continue;
            }

            $products += $itemTotal;
            [$productId, $attributeId] = self::productOf($item, $orders);
            $lines[] = [
                'product_id' => $productId,
                'product_attribute_id' => $attributeId,
                'quantity' => (int) $item['quantity'],
                'total' => $itemTotal,
            ];
        }

        if ($lines === []) {
            throw new ImportException(sprintf('Amazon order %s has no product item.', $order['amazon_order_id']));
        }

        return new OrderAmounts(
            (string) $order['currency'],
            self::mergeLines($lines),
            $products,
            $shipping,
            $wrapping,
            $discounts,
            (int) $order['totals']['total'],
        );
    }

    /** Returns the gift message (Description of the wrapping_fee item), or null without wrapping. */
    public static function giftMessage(array $order): ?string
    {
        foreach ($order['items'] as $item) {
            if ($item['sku'] === self::WRAPPING_SKU) {
                return trim((string) ($item['description'] ?? ''));
            }
        }

        return null;
    }

    /** Returns the shop cart id the button sent (ClientRequestId), or null. */
    public static function originCartId(array $order): ?int
    {
        foreach ($order['items'] as $item) {
            $id = (string) ($item['client_request_id'] ?? '');
            if (ctype_digit($id) && (int) $id > 0) {
                return (int) $id;
            }
        }

        return null;
    }

    /** @return array{0: int, 1: int} product id, product attribute id */
    private static function productOf(array $item, OrderGateway $orders): array
    {
        $custom = is_array($item['item_custom_data'] ?? null) ? $item['item_custom_data'] : [];
        $productId = self::positiveInt($custom['Item_product_id'] ?? null);
        $attributeId = self::positiveInt($custom['Item_attr_product_id'] ?? null);

        if ($productId === 0) {
            $productId = $orders->productIdByReference((string) $item['sku']);
        }

        if ($productId === 0 || !$orders->productExists($productId, $attributeId)) {
            throw new ImportException(sprintf(
                'Item %s (SKU "%s") names no product of this shop (product %d, combination %d): '
                . 'restore the product, then retry the notification.',
                (string) $item['amazon_order_item_code'],
                (string) $item['sku'],
                $productId,
                $attributeId,
            ));
        }

        return [$productId, $attributeId];
    }

    /** Items of the same product and combination become one cart line, as PrestaShop's cart stores them. */
    private static function mergeLines(array $lines): array
    {
        $merged = [];
        foreach ($lines as $line) {
            $key = $line['product_id'] . '-' . $line['product_attribute_id'];
            if (isset($merged[$key])) {
                $merged[$key]['quantity'] += $line['quantity'];
                $merged[$key]['total'] += $line['total'];
            } else {
                $merged[$key] = $line;
            }
        }

        return array_values($merged);
    }

    private static function sum(array $components, array $types): int
    {
        $sum = 0;
        foreach ($types as $type) {
            $sum += (int) ($components[$type] ?? 0);
        }

        return $sum;
    }

    private static function positiveInt(mixed $value): int
    {
        return is_string($value) && ctype_digit(trim($value)) ? (int) trim($value) : 0;
    }
}
