<?php

declare(strict_types=1);

namespace PwaPresta\Php\Iopn;

use PwaPresta\Php\Order\Components;
use PwaPresta\Php\Order\OrderArray;
use PwaPresta\Php\Xml\SafeXmlReader;

/**
 * Reads one ProcessedOrderItem into an item of the Order shape.
 */
final class ItemParser
{
    /** Item elements read as plain text => item key. */
    private const TEXT_FIELDS = [
        'MerchantId' => 'merchant_id',
        'Title' => 'title',
        'Description' => 'description',
        'ClientRequestId' => 'client_request_id',
        'CartId' => 'cart_id',
        'IntegratorId' => 'integrator_id',
        'IntegratorName' => 'integrator_name',
        'Category' => 'category',
        'Condition' => 'condition',
        'FulfillmentNetwork' => 'fulfillment_network',
    ];

    private const CUSTOM_DATA = [
        'CartCustomData' => 'cart_custom_data',
        'ItemCustomData' => 'item_custom_data',
        'ShippingCustomData' => 'shipping_custom_data',
    ];

    /** @return array<string, mixed> */
    public static function parse(SafeXmlReader $reader, CurrencyTracker $currency): array
    {
        $item = ['components' => []];
        $code = null;
        $sku = null;
        $quantity = null;
        while (($child = $reader->nextChild()) !== null) {
            if (isset(self::TEXT_FIELDS[$child])) {
                $item[self::TEXT_FIELDS[$child]] = $reader->readText();
            } elseif (isset(self::CUSTOM_DATA[$child])) {
                $item[self::CUSTOM_DATA[$child]] = $reader->readValue();
            } else {
                match ($child) {
                    'AmazonOrderItemCode' => $code = $reader->readText(),
                    'SKU' => $sku = $reader->readText(),
                    'Quantity' => $quantity = $reader->readText(),
                    'Price' => $item['unit_price'] = $currency->readMoney($reader, 'Price'),
                    'Weight' => $item['weight'] = self::weight($reader),
                    'ItemCharges' => $item['components'] = self::charges($reader, $currency, $item['components']),
                    default => $reader->skip(),
                };
            }
        }

        $item['amazon_order_item_code'] = NotificationParser::required($code, 'AmazonOrderItemCode');
        $item['sku'] = NotificationParser::required($sku, 'SKU');
        $item['quantity'] = NotificationParser::quantity(NotificationParser::required($quantity, 'Quantity'));

        return OrderArray::item($item);
    }

    /** @return array{amount: string, unit: string} */
    private static function weight(SafeXmlReader $reader): array
    {
        $weight = ['amount' => '', 'unit' => ''];
        while (($field = $reader->nextChild()) !== null) {
            match ($field) {
                'Amount' => $weight['amount'] = $reader->readText(),
                'Unit' => $weight['unit'] = $reader->readText(),
                default => $reader->skip(),
            };
        }

        return $weight;
    }

    /**
     * @param array<string, int> $components
     * @return array<string, int>
     */
    private static function charges(SafeXmlReader $reader, CurrencyTracker $currency, array $components): array
    {
        while (($child = $reader->nextChild()) !== null) {
            if ($child !== 'Component') {
                $reader->skip();
                continue;
            }
            $type = null;
            $amount = null;
            while (($field = $reader->nextChild()) !== null) {
                match ($field) {
                    'Type' => $type = $reader->readText(),
                    'Charge' => $amount = $currency->readMoney($reader, 'Component/Charge'),
                    default => $reader->skip(),
                };
            }
            $type = NotificationParser::required($type, 'Component/Type');
            if ($amount === null) {
                throw NotificationParser::missing('Component/Charge');
            }
            $components = Components::add($components, $type, $amount);
        }

        return $components;
    }
}
