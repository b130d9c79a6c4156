<?php

declare(strict_types=1);

namespace PwaPresta\Module\Checkout;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Builds the input of PwaPresta\Api::cartXml from a snapshot of the shop cart, the way the India
 * integrations send it. Unit prices are tax-included INR, the shop cart id is the ClientRequestId
 * and product ids go in ItemCustomData. Every cart discount becomes one cart promotion, and gift
 * wrapping the wrapping_fee pseudo item whose Description is the gift message. The cart carries no
 * shipping methods, because rates are set in Seller Central.
 */
final class CartInputBuilder
{
    public const PROMOTION_ID = 'Total_Discount';
    public const WRAPPING_SKU = 'wrapping_fee';
    private const SKU_MAX_CHARS = 40;

    /**
     * @param array{id: int, currency: string, products: list<array{id_product: int, id_product_attribute: int,
     *              reference: string, name: string, price: int, quantity: int, weight: string}>,
     *              discounts: int, gift: bool, gift_message: string, wrapping: int, weight_unit: string} $cart
     *        prices in minor units, tax included; price is the unit price
     * @return array<string, mixed>
     */
    public static function build(array $cart, string $merchantId, string $returnUrl, string $cancelUrl): array
    {
        $items = [];
        foreach ($cart['products'] as $product) {
            $items[] = self::item($product, $cart['weight_unit']);
        }

        if ($cart['gift'] && $cart['wrapping'] > 0) {
            $items[] = [
                'sku' => self::WRAPPING_SKU,
                'title' => 'Wrapping-fee',
                'description' => $cart['gift_message'],
                'price' => $cart['wrapping'],
                'quantity' => 1,
            ];
        }

        $input = [
            'merchant_id' => $merchantId,
            'currency' => $cart['currency'],
            'client_request_id' => (string) $cart['id'],
            'items' => $items,
        ];
        if ($cart['discounts'] > 0) {
            $input['cart_promotion_id'] = self::PROMOTION_ID;
            $input['promotions'] = [[
                'promotion_id' => self::PROMOTION_ID,
                'description' => 'Total discount at cart level',
                'fixed_amount_discount' => $cart['discounts'],
            ]];
        }
        $input['return_url'] = $returnUrl;
        $input['cancel_url'] = $cancelUrl;

        return $input;
    }

    /** @return array<string, mixed> */
    private static function item(array $product, string $weightUnit): array
    {
        $item = [
            'sku' => self::sku($product),
            'title' => $product['name'],
            'price' => $product['price'],
            'quantity' => $product['quantity'],
        ];
        if (in_array($weightUnit, ['kg', 'lb'], true) && (float) $product['weight'] > 0) {
            $item['weight'] = ['amount' => $product['weight'], 'unit' => $weightUnit];
        }
        $item['item_custom_data'] = [
            'Item_product_id' => (string) $product['id_product'],
            'Item_attr_product_id' => (string) $product['id_product_attribute'],
        ];

        return $item;
    }

    /** Returns the product reference, or "product-ID-COMBINATION" when it is empty or over 40 characters. */
    private static function sku(array $product): string
    {
        $reference = trim($product['reference']);
        if ($reference !== '' && mb_strlen($reference) <= self::SKU_MAX_CHARS) {
            return $reference;
        }

        return sprintf('product-%d-%d', $product['id_product'], $product['id_product_attribute']);
    }
}
