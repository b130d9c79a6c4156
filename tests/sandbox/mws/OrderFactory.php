<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * Builds Order and OrderItem element arrays (Orders API 2013-09-01 names, in MWS's element
 * order) from defaults for a Pay with Amazon India order and the values a test overrides.
 *
 * Defaults: status Unshipped, marketplace A3PY9OQTG31F3H, INR, one item, and dates 10 minutes
 * in the past so that ListOrders, whose dates end 2 minutes before now, finds the order.
 */
final class OrderFactory
{
    public const MARKETPLACE_ID = 'A3PY9OQTG31F3H';

    /**
     * @param array<string, mixed> $overrides Order elements, e.g. ['OrderStatus' => 'Pending']
     * @param int $sequence makes the default AmazonOrderId unique
     * @return array<string, mixed>
     */
    public static function order(array $overrides, int $sequence, int $now): array
    {
        $date = Dates::orders($now - 600);
        $defaults = [
            'AmazonOrderId' => sprintf('403-%07d-%07d', intdiv($sequence, 10000000), $sequence % 10000000),
            'SellerOrderId' => null,
            'PurchaseDate' => $date,
            'LastUpdateDate' => $overrides['PurchaseDate'] ?? $date,
            'OrderStatus' => 'Unshipped',
            'FulfillmentChannel' => 'MFN',
            'SalesChannel' => 'Checkout by Amazon',
            'ShipServiceLevel' => 'Std IN Dom',
            'ShippingAddress' => [
                'Name' => 'Asha Example Rao',
                'AddressLine1' => 'Flat 4, Example Residency',
                'AddressLine2' => 'Test Road, Andheri East',
                'City' => 'Mumbai',
                'StateOrRegion' => 'MAHARASHTRA',
                'PostalCode' => '400069',
                'CountryCode' => 'IN',
                'Phone' => '9000000001',
            ],
            'OrderTotal' => ['CurrencyCode' => 'INR', 'Amount' => '973.00'],
            'NumberOfItemsShipped' => 0,
            'NumberOfItemsUnshipped' => 1,
            'PaymentMethod' => 'Other',
            'MarketplaceId' => self::MARKETPLACE_ID,
            'BuyerEmail' => 'asha.example@example.in',
            'BuyerName' => 'Asha Example Rao',
            'ShipmentServiceLevelCategory' => 'Standard',
        ];

        return array_replace($defaults, $overrides);
    }

    /**
     * @param array<string, mixed> $overrides OrderItem elements
     * @return array<string, mixed>
     */
    public static function item(array $overrides, int $sequence): array
    {
        $defaults = [
            'ASIN' => sprintf('B0%08d', $sequence),
            'OrderItemId' => sprintf('%014d', 10000000000000 + $sequence),
            'SellerSKU' => "SKU-$sequence",
            'Title' => 'Example cotton kurta',
            'QuantityOrdered' => 1,
            'QuantityShipped' => 0,
            'ItemPrice' => ['CurrencyCode' => 'INR', 'Amount' => '973.00'],
        ];

        return array_replace($defaults, $overrides);
    }
}
