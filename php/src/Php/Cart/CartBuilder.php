<?php

declare(strict_types=1);

namespace PwaPresta\Php\Cart;

use PwaPresta\Php\Feeds\Input;
use PwaPresta\Php\Money;
use PwaPresta\Php\Xml\Writer;

/**
 * Cart XML of the co-branded checkout; twin of the Rust module `cart`.
 *
 * Writes the same bytes as the native engine, because cartOrderInput signs those exact bytes.
 * Input shape: PwaPresta\Api::cartXml.
 */
final class CartBuilder
{
    public const NAMESPACE = 'http://payments.amazon.com/checkout/2009-05-15/';

    private const CART_KEYS = [
        'merchant_id', 'currency', 'client_request_id', 'items', 'cart_custom_data', 'cart_promotion_id',
        'promotions', 'shipping_methods', 'integrator_id', 'integrator_name', 'return_url', 'cancel_url',
        'order_calculation_callbacks',
    ];

    private const TRAILING_TEXT = [
        'integrator_id' => 'IntegratorId',
        'integrator_name' => 'IntegratorName',
        'return_url' => 'ReturnUrl',
        'cancel_url' => 'CancelUrl',
    ];

    /** @param array<mixed> $cart */
    public static function build(array $cart): string
    {
        $path = 'cart';
        Input::checkKeys($path, $cart, self::CART_KEYS);
        $merchantId = Input::requiredText($cart, $path, 'merchant_id');
        $currency = Input::currency($cart, $path, 'currency');

        $writer = new Writer();
        $writer->start('Order', ['xmlns' => self::NAMESPACE]);
        $clientRequestId = Input::optionalText($cart, $path, 'client_request_id');
        if ($clientRequestId !== null) {
            $writer->text('ClientRequestId', $clientRequestId);
        }

        $writer->start('Cart');
        $writer->start('Items');
        $itemsPath = Input::child($path, 'items');
        $budget = new ElementBudget();
        foreach (Input::requiredList($cart['items'] ?? null, $itemsPath) as $position => $item) {
            CartItem::write($writer, $item, Input::index($itemsPath, $position), $merchantId, $currency, $budget);
        }
        $writer->end();
        $customData = $cart['cart_custom_data'] ?? null;
        CustomData::write($writer, 'CartCustomData', $customData, Input::child($path, 'cart_custom_data'), $budget);
        $promotionId = Input::optionalText($cart, $path, 'cart_promotion_id');
        if ($promotionId !== null) {
            $writer->text('CartPromotionId', $promotionId);
        }
        $writer->end();

        CartOptions::writePromotions($writer, $cart, $path, $currency);
        CartOptions::writeShippingMethods($writer, $cart, $path, $currency);
        foreach (self::TRAILING_TEXT as $key => $element) {
            $text = Input::optionalText($cart, $path, $key);
            if ($text !== null) {
                $writer->text($element, $text);
            }
        }
        CartOptions::writeCallbacks($writer, $cart, $path);

        return $writer->finish();
    }

    /** Keeps the first $max characters (Unicode code points) of $text. */
    public static function cut(string $text, int $max): string
    {
        return mb_substr($text, 0, $max, 'UTF-8');
    }

    public static function writeAmount(Writer $writer, string $element, int $minor, string $currency): void
    {
        $writer->start($element);
        $writer->text('Amount', Money::formatMinor($minor, $currency));
        $writer->text('CurrencyCode', $currency);
        $writer->end();
    }
}
