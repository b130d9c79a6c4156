<?php

declare(strict_types=1);

namespace PwaPresta\Php\Cart;

use PwaPresta\Php\Feeds\Input;
use PwaPresta\Php\Xml\Writer;

/** Promotions, ShippingMethods and OrderCalculationCallbacks of the cart; twin of Rust `cart`. */
final class CartOptions
{
    private const PROMOTION_KEYS = ['promotion_id', 'description', 'fixed_amount_discount'];

    private const SHIPPING_METHOD_KEYS = [
        'shipping_method_id', 'service_level', 'rate', 'included_regions', 'displayable_shipping_label',
    ];

    private const CALLBACK_KEYS = [
        'calculate_tax_rates', 'calculate_promotions', 'calculate_shipping_rates', 'order_callback_endpoint',
        'process_order_on_callback_failure',
    ];

    /** @param array<mixed> $cart */
    public static function writePromotions(Writer $writer, array $cart, string $path, string $currency): void
    {
        $promotions = Input::optionalList($cart, $path, 'promotions');
        if ($promotions === []) {
            return;
        }
        $promotionsPath = Input::child($path, 'promotions');
        $writer->start('Promotions');
        foreach ($promotions as $position => $promotion) {
            $promotionPath = Input::index($promotionsPath, $position);
            Input::checkKeys($promotionPath, $promotion, self::PROMOTION_KEYS);
            $id = Input::requiredText($promotion, $promotionPath, 'promotion_id');
            $description = Input::optionalText($promotion, $promotionPath, 'description');
            $discountPath = Input::child($promotionPath, 'fixed_amount_discount');
            $discount = Input::amount($promotion['fixed_amount_discount'] ?? null, $discountPath, false);

            $writer->start('Promotion');
            $writer->text('PromotionId', $id);
            if ($description !== null) {
                $writer->text('Description', $description);
            }
            $writer->start('Benefit');
            CartBuilder::writeAmount($writer, 'FixedAmountDiscount', $discount, $currency);
            $writer->end();
            $writer->end();
        }
        $writer->end();
    }

    /** @param array<mixed> $cart */
    public static function writeShippingMethods(Writer $writer, array $cart, string $path, string $currency): void
    {
        $methods = Input::optionalList($cart, $path, 'shipping_methods');
        if ($methods === []) {
            return;
        }
        $methodsPath = Input::child($path, 'shipping_methods');
        $writer->start('ShippingMethods');
        foreach ($methods as $position => $method) {
            $methodPath = Input::index($methodsPath, $position);
            Input::checkKeys($methodPath, $method, self::SHIPPING_METHOD_KEYS);
            $id = Input::requiredText($method, $methodPath, 'shipping_method_id');
            $level = Input::oneOf($method, $methodPath, 'service_level', ['Standard', 'Expedited', 'OneDay', 'TwoDay']);
            $ratePath = Input::child($methodPath, 'rate');
            $rate = $method['rate'] ?? throw Input::missing($ratePath);
            Input::checkKeys($ratePath, $rate, ['type', 'amount']);
            $rateType = Input::oneOf($rate, $ratePath, 'type', ['ShipmentBased', 'WeightBased', 'ItemQuantityBased']);
            $rateAmount = Input::amount($rate['amount'] ?? null, Input::child($ratePath, 'amount'), false);
            $regionsPath = Input::child($methodPath, 'included_regions');
            $regions = Input::requiredList($method['included_regions'] ?? null, $regionsPath);

            $writer->start('ShippingMethod');
            $writer->text('ShippingMethodId', $id);
            $writer->text('ServiceLevel', $level);
            $writer->start('Rate');
            CartBuilder::writeAmount($writer, $rateType, $rateAmount, $currency);
            $writer->end();
            $writer->start('IncludedRegions');
            foreach ($regions as $index => $region) {
                $regionPath = Input::index($regionsPath, $index);
                $writer->text('PredefinedRegion', Input::textValue($region, $regionPath) ?? throw Input::missing($regionPath));
            }
            $writer->end();
            $label = Input::optionalText($method, $methodPath, 'displayable_shipping_label');
            if ($label !== null) {
                $writer->text('DisplayableShippingLabel', $label);
            }
            $writer->end();
        }
        $writer->end();
    }

    /** @param array<mixed> $cart */
    public static function writeCallbacks(Writer $writer, array $cart, string $path): void
    {
        $callbacksPath = Input::child($path, 'order_calculation_callbacks');
        $callbacks = $cart['order_calculation_callbacks'] ?? null;
        if ($callbacks === null) {
            return;
        }
        Input::checkKeys($callbacksPath, $callbacks, self::CALLBACK_KEYS);
        $flag = static function (string $key) use ($callbacks, $callbacksPath): string {
            $value = $callbacks[$key] ?? false;
            if (!is_bool($value)) {
                throw Input::invalid(Input::child($callbacksPath, $key), Input::shown($value), 'a bool');
            }

            return $value ? 'true' : 'false';
        };
        $tax = $flag('calculate_tax_rates');
        $promotions = $flag('calculate_promotions');
        $shipping = $flag('calculate_shipping_rates');
        $endpoint = Input::requiredText($callbacks, $callbacksPath, 'order_callback_endpoint');
        $processOnFailure = $flag('process_order_on_callback_failure');

        $writer->start('OrderCalculationCallbacks');
        $writer->text('CalculateTaxRates', $tax);
        $writer->text('CalculatePromotions', $promotions);
        $writer->text('CalculateShippingRates', $shipping);
        $writer->text('OrderCallbackEndpoint', $endpoint);
        $writer->text('ProcessOrderOnCallbackFailure', $processOnFailure);
        $writer->end();
    }
}
