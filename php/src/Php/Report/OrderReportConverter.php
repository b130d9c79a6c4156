<?php

declare(strict_types=1);

namespace PwaPresta\Php\Report;

use PwaPresta\Exception\InvalidAmountException;
use PwaPresta\Php\Mws\Response\Element;
use PwaPresta\Php\Mws\Response\Fields;
use PwaPresta\Php\Order\Components;
use PwaPresta\Php\Order\OrderArray;

/**
 * Converts one OrderReport element into the Order shape shared with IOPN. Twin of
 * `order_from_report` in the Rust module `report`.
 *
 * Each Item's ItemPrice components are line totals; each Promotion component of type T becomes
 * the positive component TPromo, whatever the sign Amazon wrote.
 */
final class OrderReportConverter
{
    /** Key of the CustomizationInfo Data pair that carries the shop's cart id. */
    private const CLIENT_REQUEST_ID_KEY = 'ClientRequestId';

    /** @return array<string, mixed> */
    public static function order(Element $report): array
    {
        $amazonOrderId = Fields::requiredText($report, 'AmazonOrderID');
        $orderDate = Fields::normaliseDate(Fields::requiredText($report, 'OrderDate'), 'OrderDate');
        $billing = $report->child('BillingData');
        $fulfillment = $report->child('FulfillmentData');

        $currency = null;
        $items = [];
        foreach ($report->childrenNamed('Item') as $item) {
            $items[] = self::item($item, $amazonOrderId, $currency);
        }
        if ($items === []) {
            throw Fields::missing('Item', 'OrderReport ' . $amazonOrderId);
        }
        if ($currency === null) {
            throw Fields::invalid(
                'Amount',
                sprintf('OrderReport %s has no Amount, so its currency is unknown', $amazonOrderId),
            );
        }

        $address = $fulfillment?->child('Address');

        return OrderArray::order([
            'amazon_order_id' => $amazonOrderId,
            'order_date' => $orderDate,
            'buyer' => [
                'name' => $billing?->childText('BuyerName') ?? '',
                'email' => $billing?->childText('BuyerEmailAddress') ?? '',
                'phone' => $billing?->childText('BuyerPhoneNumber'),
            ],
            'shipping_address' => $address === null ? null : self::address($address),
            'shipping_service_level' => $fulfillment?->childText('FulfillmentServiceLevel'),
            'currency' => $currency,
            'items' => $items,
        ]);
    }

    /** @return array<string, mixed> */
    private static function item(Element $item, string $amazonOrderId, ?string &$currency): array
    {
        $code = Fields::requiredText($item, 'AmazonOrderItemCode');
        $sku = Fields::requiredText($item, 'SKU');
        $quantity = Fields::parseInteger(Fields::requiredText($item, 'Quantity'), 'Quantity');

        $components = [];
        foreach ($item->childrenNamed('ItemPrice') as $price) {
            foreach ($price->childrenNamed('Component') as $component) {
                [$type, $amount] = self::component($component, $amazonOrderId, $currency);
                $components = Components::add($components, $type, $amount);
            }
        }
        foreach ($item->childrenNamed('Promotion') as $promotion) {
            foreach ($promotion->childrenNamed('Component') as $component) {
                [$type, $amount] = self::component($component, $amazonOrderId, $currency);
                $promo = str_ends_with($type, 'Promo') ? $type : $type . 'Promo';
                if ($amount === PHP_INT_MIN) {
                    throw new InvalidAmountException(
                        sprintf('a component sum of OrderReport %s is out of range', $amazonOrderId),
                        ['element' => 'Amount', 'value' => ''],
                    );
                }
                $components = Components::add($components, $promo, abs($amount));
            }
        }

        $clientRequestId = null;
        foreach ($item->childrenNamed('CustomizationInfo') as $info) {
            $clientRequestId = self::clientRequestId($info);
            if ($clientRequestId !== null) {
                break;
            }
        }

        return OrderArray::item([
            'amazon_order_item_code' => $code,
            'sku' => $sku,
            'title' => $item->childText('Title') ?? '',
            'client_request_id' => $clientRequestId,
            'quantity' => $quantity,
            'components' => $components,
        ]);
    }

    /**
     * Type and minor units of a Component; records the currency of the first amount and rejects
     * any other.
     *
     * @return array{0: string, 1: int}
     */
    private static function component(Element $component, string $amazonOrderId, ?string &$currency): array
    {
        $type = Fields::requiredText($component, 'Type');
        $amount = $component->child('Amount') ?? throw Fields::missing('Amount', 'Component');
        $code = trim($amount->attribute('currency') ?? '', " \t\n\r");
        if ($code === '') {
            throw Fields::invalid(
                'Amount',
                sprintf('an Amount of OrderReport %s has no currency attribute', $amazonOrderId),
            );
        }
        $text = $amount->trimmedText() ?? '';
        if ($currency !== null && $currency !== $code) {
            throw new InvalidAmountException(
                sprintf(
                    'OrderReport %s mixes currencies %s and %s: an order has one currency',
                    $amazonOrderId,
                    $currency,
                    $code,
                ),
                ['element' => 'Amount', 'value' => $text],
            );
        }
        $currency ??= $code;

        return [$type, Fields::minorUnits($text, $code, 'Amount')];
    }

    /**
     * The value of "ClientRequestId=<id>" among the comma-separated pairs of CustomizationInfo/Data.
     *
     * NOTE: the Data layout is inferred from the original pwapresta parser; no Amazon sample shows it.
     */
    private static function clientRequestId(Element $info): ?string
    {
        $data = $info->childText('Data');
        if ($data === null) {
            return null;
        }
        foreach (explode(',', $data) as $pair) {
            if (!str_contains($pair, '=')) {
                continue;
            }
            [$key, $value] = explode('=', $pair, 2);
            $value = trim($value, " \t\n\r");
            if (trim($key, " \t\n\r") === self::CLIENT_REQUEST_ID_KEY && $value !== '') {
                return $value;
            }
        }

        return null;
    }

    /** @return array<string, string|null> */
    private static function address(Element $address): array
    {
        return [
            'name' => $address->childText('Name'),
            'address_field_one' => $address->childText('AddressFieldOne'),
            'address_field_two' => $address->childText('AddressFieldTwo'),
            'address_field_three' => $address->childText('AddressFieldThree'),
            'city' => $address->childText('City'),
            'state' => $address->childText('StateOrRegion'),
            'postal_code' => $address->childText('PostalCode'),
            'country_code' => $address->childText('CountryCode'),
            'phone_number' => $address->childText('PhoneNumber'),
        ];
    }
}
