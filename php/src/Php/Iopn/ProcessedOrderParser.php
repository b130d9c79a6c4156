<?php

declare(strict_types=1);

namespace PwaPresta\Php\Iopn;

use PwaPresta\Php\Xml\SafeXmlReader;

/**
 * Reads the ProcessedOrder element of NotificationData into Order fields (items included).
 */
final class ProcessedOrderParser
{
    /** @return array<string, mixed> Order fields for OrderArray::order() */
    public static function parse(SafeXmlReader $reader): array
    {
        $order = ['buyer' => ['name' => '', 'email' => '', 'phone' => null], 'items' => []];
        $amazonOrderId = null;
        $orderDate = null;
        $currency = new CurrencyTracker();
        while (($child = $reader->nextChild()) !== null) {
            switch ($child) {
                case 'OrderChannel':
                    $order['order_channel'] = $reader->readText();
                    break;
                case 'AmazonOrderID':
                    $amazonOrderId = $reader->readText();
                    break;
                case 'OrderDate':
                    $orderDate = $reader->readText();
                    break;
                case 'BuyerInfo':
                    while (($field = $reader->nextChild()) !== null) {
                        match ($field) {
                            'BuyerName' => $order['buyer']['name'] = $reader->readText(),
                            'BuyerEmailAddress' => $order['buyer']['email'] = $reader->readText(),
                            default => $reader->skip(),
                        };
                    }
                    break;
                case 'BillingAddress':
                    $order['billing_address'] = NotificationParser::address($reader);
                    break;
                case 'ShippingAddress':
                    $order['shipping_address'] = NotificationParser::address($reader);
                    break;
                case 'ShippingServiceLevel':
                    $order['shipping_service_level'] = $reader->readText();
                    break;
                case 'ProcessedOrderItems':
                    while (($item = $reader->nextChild()) !== null) {
                        if ($item === 'ProcessedOrderItem') {
                            $order['items'][] = ItemParser::parse($reader, $currency);
                        } else {
                            $reader->skip();
                        }
                    }
                    break;
                case 'DisplayableShippingLabel':
                    $order['displayable_shipping_label'] = $reader->readText();
                    break;
                default:
                    $reader->skip();
            }
        }

        $order['amazon_order_id'] = NotificationParser::required($amazonOrderId, 'AmazonOrderID');
        $order['order_date'] = NotificationParser::orderDate(NotificationParser::required($orderDate, 'OrderDate'));
        if ($order['items'] === []) {
            throw NotificationParser::missing('ProcessedOrderItem');
        }
        $order['currency'] = $currency->currency ?? throw NotificationParser::missing('CurrencyCode');

        return $order;
    }
}
