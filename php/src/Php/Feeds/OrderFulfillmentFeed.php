<?php

declare(strict_types=1);

namespace PwaPresta\Php\Feeds;

use PwaPresta\Php\Xml\Writer;

/**
 * _POST_ORDER_FULFILLMENT_DATA_: shipment confirmation; twin of the Rust module `feeds::fulfillment`.
 *
 * Input shape: PwaPresta\Api::orderFulfillmentFeed.
 */
final class OrderFulfillmentFeed
{
    private const FULFILLMENT_KEYS = [
        'amazon_order_id', 'merchant_order_id', 'merchant_fulfillment_id', 'fulfillment_date',
        'carrier_code', 'carrier_name', 'shipping_method', 'tracking_number', 'items',
    ];

    private const ITEM_KEYS = [
        'amazon_order_item_code', 'merchant_order_item_id', 'merchant_fulfillment_item_id', 'quantity',
    ];

    /** Latest date written: 9999-12-31T23:59:59Z. */
    private const MAX_DATE = 253402300799;

    /** @param array<mixed> $fulfillments */
    public static function build(string $merchantIdentifier, array $fulfillments): string
    {
        [$writer, $entries] = Envelope::start($merchantIdentifier, 'OrderFulfillment', 'fulfillments', $fulfillments);
        foreach ($entries as $position => $entry) {
            $writer->start('Message');
            $writer->text('MessageID', (string) ($position + 1));
            self::writeFulfillment($writer, $entry, Input::index('fulfillments', $position));
            $writer->end();
        }

        return $writer->finish();
    }

    private static function writeFulfillment(Writer $writer, mixed $entry, string $path): void
    {
        Input::checkKeys($path, $entry, self::FULFILLMENT_KEYS);
        $orderId = Envelope::eitherId(
            $entry,
            $path,
            ['amazon_order_id', 'AmazonOrderID'],
            ['merchant_order_id', 'MerchantOrderID'],
        );
        $fulfillmentId = Input::optionalText($entry, $path, 'merchant_fulfillment_id');
        $date = self::fulfillmentDate($entry['fulfillment_date'] ?? null, Input::child($path, 'fulfillment_date'));
        $carrierCode = Input::optionalText($entry, $path, 'carrier_code');
        $carrierName = Input::optionalText($entry, $path, 'carrier_name');
        $shippingMethod = Input::optionalText($entry, $path, 'shipping_method');
        $trackingNumber = Input::optionalText($entry, $path, 'tracking_number');
        $carrier = $carrierCode !== null ? ['CarrierCode', $carrierCode]
            : ($carrierName !== null ? ['CarrierName', $carrierName] : null);
        if ($carrier === null && ($shippingMethod !== null || $trackingNumber !== null)) {
            throw Input::missing(Input::child($path, 'carrier_name'));
        }

        $writer->start('OrderFulfillment');
        $writer->text($orderId[0], $orderId[1]);
        if ($fulfillmentId !== null) {
            $writer->text('MerchantFulfillmentID', $fulfillmentId);
        }
        $writer->text('FulfillmentDate', $date);
        if ($carrier !== null) {
            $writer->start('FulfillmentData');
            $writer->text($carrier[0], $carrier[1]);
            if ($shippingMethod !== null) {
                $writer->text('ShippingMethod', $shippingMethod);
            }
            if ($trackingNumber !== null) {
                $writer->text('ShipperTrackingNumber', $trackingNumber);
            }
            $writer->end();
        }

        $itemsPath = Input::child($path, 'items');
        foreach (Input::optionalList($entry, $path, 'items') as $position => $item) {
            self::writeItem($writer, $item, Input::index($itemsPath, $position));
        }
        $writer->end();
    }

    private static function fulfillmentDate(mixed $seconds, string $field): string
    {
        if ($seconds === null) {
            throw Input::missing($field);
        }
        if (!is_int($seconds) || $seconds < 0 || $seconds > self::MAX_DATE) {
            throw Input::invalid($field, Input::shown($seconds), 'Unix seconds between 0 and 253402300799');
        }

        return gmdate('Y-m-d\TH:i:s\Z', $seconds);
    }

    private static function writeItem(Writer $writer, mixed $item, string $path): void
    {
        Input::checkKeys($path, $item, self::ITEM_KEYS);
        $itemId = Envelope::eitherId(
            $item,
            $path,
            ['amazon_order_item_code', 'AmazonOrderItemCode'],
            ['merchant_order_item_id', 'MerchantOrderItemID'],
        );
        $fulfillmentItemId = Input::optionalText($item, $path, 'merchant_fulfillment_item_id');
        $quantity = Input::optionalInteger($item, $path, 'quantity', 1);

        $writer->start('Item');
        $writer->text($itemId[0], $itemId[1]);
        if ($fulfillmentItemId !== null) {
            $writer->text('MerchantFulfillmentItemID', $fulfillmentItemId);
        }
        if ($quantity !== null) {
            $writer->text('Quantity', (string) $quantity);
        }
        $writer->end();
    }
}
