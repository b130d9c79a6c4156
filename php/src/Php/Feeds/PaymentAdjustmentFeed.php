<?php

declare(strict_types=1);

namespace PwaPresta\Php\Feeds;

use PwaPresta\Php\Money;
use PwaPresta\Php\Xml\Writer;

/**
 * _POST_PAYMENT_ADJUSTMENT_DATA_: refunds; twin of the Rust module `feeds::adjustment`.
 *
 * Input shape and Amazon's sign convention: PwaPresta\Api::paymentAdjustmentFeed. Amounts are written
 * exactly as given, sign included, and components in the order given.
 */
final class PaymentAdjustmentFeed
{
    private const ADJUSTMENT_KEYS = ['amazon_order_id', 'currency', 'items'];

    private const ITEM_KEYS = [
        'amazon_order_item_code', 'merchant_adjustment_item_id', 'reason', 'components', 'promotions',
        'quantity_cancelled',
    ];

    private const PROMOTION_KEYS = ['merchant_promotion_id', 'components'];

    /** AdjustmentReason values of Amazon's OrderAdjustment schema (release 1.9). */
    public const ADJUSTMENT_REASONS = [
        'NoInventory', 'CustomerReturn', 'GeneralAdjustment', 'CouldNotShip', 'DifferentItem', 'Abandoned',
        'CustomerCancel', 'PriceError', 'ProductOutofStock', 'CustomerAddressIncorrect', 'Exchange', 'Other',
        'CarrierCreditDecision', 'RiskAssessmentInformationNotValid', 'CarrierCoverageFailure',
        'TransactionRecord',
    ];

    /** Component types of ItemPriceAdjustments. */
    public const ITEM_COMPONENT_TYPES = [
        'Principal', 'Shipping', 'Tax', 'ShippingTax', 'RestockingFee', 'RestockingFeeTax', 'GiftWrap',
        'GiftWrapTax', 'Surcharge', 'ReturnShipping', 'Goodwill', 'ExportCharge', 'COD', 'CODTax', 'Other',
        'FreeReplacementReturnShipping',
    ];

    /** Component types of PromotionAdjustments. */
    public const PROMOTION_COMPONENT_TYPES = ['Principal', 'Shipping'];

    /** @param array<mixed> $adjustments */
    public static function build(string $merchantIdentifier, array $adjustments): string
    {
        [$writer, $entries] = Envelope::start($merchantIdentifier, 'OrderAdjustment', 'adjustments', $adjustments);
        foreach ($entries as $position => $entry) {
            $writer->start('Message');
            $writer->text('MessageID', (string) ($position + 1));
            self::writeAdjustment($writer, $entry, Input::index('adjustments', $position));
            $writer->end();
        }

        return $writer->finish();
    }

    private static function writeAdjustment(Writer $writer, mixed $entry, string $path): void
    {
        Input::checkKeys($path, $entry, self::ADJUSTMENT_KEYS);
        $orderId = Input::requiredText($entry, $path, 'amazon_order_id');
        $currency = Input::currency($entry, $path, 'currency');
        $itemsPath = Input::child($path, 'items');
        $items = Input::requiredList($entry['items'] ?? null, $itemsPath);

        $writer->start('OrderAdjustment');
        $writer->text('AmazonOrderID', $orderId);
        foreach ($items as $position => $item) {
            self::writeItem($writer, $item, Input::index($itemsPath, $position), $currency);
        }
        $writer->end();
    }

    private static function writeItem(Writer $writer, mixed $item, string $path, string $currency): void
    {
        Input::checkKeys($path, $item, self::ITEM_KEYS);
        $itemCode = Input::requiredText($item, $path, 'amazon_order_item_code');
        $adjustmentItemId = Input::optionalText($item, $path, 'merchant_adjustment_item_id');
        $reason = Input::oneOf($item, $path, 'reason', self::ADJUSTMENT_REASONS);

        $writer->start('AdjustedItem');
        $writer->text('AmazonOrderItemCode', $itemCode);
        if ($adjustmentItemId !== null) {
            $writer->text('MerchantAdjustmentItemID', $adjustmentItemId);
        }
        $writer->text('AdjustmentReason', $reason);
        $writer->start('ItemPriceAdjustments');
        $componentsPath = Input::child($path, 'components');
        self::writeComponents($writer, $item['components'] ?? null, $componentsPath, self::ITEM_COMPONENT_TYPES, $currency);
        $writer->end();

        $promotionsPath = Input::child($path, 'promotions');
        foreach (Input::optionalList($item, $path, 'promotions') as $position => $promotion) {
            $promotionPath = Input::index($promotionsPath, $position);
            Input::checkKeys($promotionPath, $promotion, self::PROMOTION_KEYS);
            $promotionId = Input::optionalText($promotion, $promotionPath, 'merchant_promotion_id');
            $writer->start('PromotionAdjustments');
            if ($promotionId !== null) {
                $writer->text('MerchantPromotionID', $promotionId);
            }
            self::writeComponents(
                $writer,
                $promotion['components'] ?? null,
                Input::child($promotionPath, 'components'),
                self::PROMOTION_COMPONENT_TYPES,
                $currency,
            );
            $writer->end();
        }

        $quantity = Input::optionalInteger($item, $path, 'quantity_cancelled', 1);
        if ($quantity !== null) {
            $writer->text('QuantityCancelled', (string) $quantity);
        }
        $writer->end();
    }

    /** @param list<string> $types */
    private static function writeComponents(
        Writer $writer,
        mixed $components,
        string $path,
        array $types,
        string $currency,
    ): void {
        $components ??= [];
        if (!is_array($components)) {
            throw Input::invalid($path, Input::shown($components), 'an array of component type => amount');
        }
        if ($components === []) {
            throw Input::missing($path);
        }
        foreach ($components as $type => $amount) {
            $field = Input::child($path, Input::keyText($type));
            if (!is_string($type) || !in_array($type, $types, true)) {
                throw Input::invalid($field, Input::keyText($type), 'a component type, one of ' . implode(', ', $types));
            }
            $minor = Input::amount($amount, $field, true);
            $writer->start('Component');
            $writer->text('Type', $type);
            $writer->element('Amount', ['currency' => $currency], Money::formatMinor($minor, $currency));
            $writer->end();
        }
    }
}
