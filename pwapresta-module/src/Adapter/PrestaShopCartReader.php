<?php

declare(strict_types=1);

namespace PwaPresta\Module\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Order\MinorUnits;

/**
 * Reads a PrestaShop cart into the snapshot CartInputBuilder takes, with the prices PrestaShop
 * computes (tax included) converted to minor units.
 */
final class PrestaShopCartReader
{
    /** @return array<string, mixed> see CartInputBuilder::build */
    public static function snapshot(\Cart $cart): array
    {
        $currency = new \Currency((int) $cart->id_currency);
        $iso = (string) $currency->iso_code;
        $minor = fn (float $amount): int => (int) round($amount * 10 ** MinorUnits::digits($iso));

        $products = [];
        foreach ($cart->getProducts() as $product) {
            $products[] = [
                'id_product' => (int) $product['id_product'],
                'id_product_attribute' => (int) $product['id_product_attribute'],
                'reference' => (string) ($product['reference'] ?? ''),
                'name' => trim((string) $product['name'] . (empty($product['attributes']) ? '' : ' - ' . $product['attributes'])),
                'price' => $minor((float) $product['price_wt']),
                'quantity' => (int) $product['cart_quantity'],
                'weight' => rtrim(rtrim(number_format((float) ($product['weight'] ?? 0), 3, '.', ''), '0'), '.'),
            ];
        }

        return [
            'id' => (int) $cart->id,
            'currency' => $iso,
            'products' => $products,
            'discounts' => $minor((float) $cart->getOrderTotal(true, \Cart::ONLY_DISCOUNTS)),
            'gift' => (bool) $cart->gift,
            'gift_message' => (string) $cart->gift_message,
            'wrapping' => $cart->gift ? $minor((float) $cart->getOrderTotal(true, \Cart::ONLY_WRAPPING)) : 0,
            'weight_unit' => strtolower((string) \Configuration::get('PS_WEIGHT_UNIT')),
        ];
    }
}
