<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Feeds\FeedTestCase;

/**
 * Feeds of orders imported from an MWS order report, which have no IOPN notification: the report
 * job records Amazon's items, so the shipment, refund and cancellation feeds name each
 * AmazonOrderItemCode of the report.
 */
final class ReportOrderFeedTest extends FeedTestCase
{
    private const ORDER_C = '403-5555555-0000001';
    private const ORDER_D = '403-5555555-0000002';
    private const ITEM_CODES = ['10000000000001', '10000000000002'];

    public function testReportImportRecordsItems(): void
    {
        $this->importReportOrders();

        $codes = $this->database->rows(
            'SELECT amazon_order_item_code FROM ps_pwapresta_order_item WHERE amazon_order_id = ? ORDER BY position',
            [self::ORDER_C],
        );

        self::assertSame(self::ITEM_CODES, array_column($codes, 'amazon_order_item_code'));
    }

    public function testShipmentFeedNamesReportItems(): void
    {
        $orderId = $this->importReportOrders()[self::ORDER_C];
        $this->moveTo($orderId, 'payment_accepted');

        $moved = $this->moveTo($orderId, 'shipped');
        $rows = $this->feedRows($orderId);

        self::assertSame($this->configuredState('PWAPRESTA_OS_SHIPPED'), $moved['state']);
        self::assertCount(1, $rows);
        self::assertSame('_POST_ORDER_FULFILLMENT_DATA_', $rows[0]['feed_type']);
        self::assertSame(self::ITEM_CODES, self::itemCodes($rows[0]['body']));
    }

    public function testPartialRefundNamesReportItem(): void
    {
        $orderId = $this->importReportOrders()[self::ORDER_C];
        $this->moveTo($orderId, 'payment_accepted');
        $this->moveTo($orderId, 'shipped');

        $slip = $this->action('slip', (string) $orderId, json_encode([['product_id' => 3, 'quantity' => 1, 'amount' => '449.00']]), '0');
        $rows = $this->feedRows($orderId);

        self::assertTrue($slip['ok'], (string) ($slip['error'] ?? ''));
        self::assertCount(2, $rows);
        self::assertSame('_POST_PAYMENT_ADJUSTMENT_DATA_', $rows[1]['feed_type']);
        self::assertSame([self::ITEM_CODES[0]], self::itemCodes($rows[1]['body']));
        self::assertStringContainsString('<Amount currency="INR">449.00</Amount>', $rows[1]['body']);
    }

    public function testFullRefundNamesReportItems(): void
    {
        $orderId = $this->importReportOrders()[self::ORDER_C];
        $this->moveTo($orderId, 'payment_accepted');

        $this->moveTo($orderId, 'refunded');
        $rows = $this->feedRows($orderId);

        self::assertCount(1, $rows);
        self::assertSame('_POST_PAYMENT_ADJUSTMENT_DATA_', $rows[0]['feed_type']);
        self::assertSame(self::ITEM_CODES, self::itemCodes($rows[0]['body']));
    }

    public function testCancellationNamesReportItems(): void
    {
        $orderId = $this->importReportOrders()[self::ORDER_D];
        $this->moveTo($orderId, 'payment_accepted');

        $this->moveTo($orderId, 'cancelled');
        $rows = $this->feedRows($orderId);

        self::assertCount(1, $rows);
        self::assertSame('_POST_ORDER_ACKNOWLEDGEMENT_DATA_', $rows[0]['feed_type']);
        self::assertStringContainsString('<StatusCode>Failure</StatusCode>', $rows[0]['body']);
        self::assertSame(self::ITEM_CODES, self::itemCodes($rows[0]['body']));
    }

    /**
     * Runs the report job on one report with orders C and D (product demo_6 and the wrapping fee)
     * and returns their shop order ids by Amazon order id.
     *
     * @return array<string, int>
     */
    private function importReportOrders(): array
    {
        $report = (string) file_get_contents(dirname(__DIR__) . '/fixtures/report-orders-xml-in-constructed.xml');
        foreach ([self::ORDER_C, self::ORDER_D] as $amazonOrderId) {
            $this->mws->scenario()->addReport('_GET_ORDERS_DATA_', strtr($report, [
                '403-0000001-0000001' => $amazonOrderId,
                'DEMO-TSHIRT-M' => 'demo_6',
            ]));
        }

        $job = $this->action('job', 'report');
        self::assertTrue($job['ok'], (string) ($job['error'] ?? ''));

        $orders = [];
        foreach ([self::ORDER_C, self::ORDER_D] as $amazonOrderId) {
            $orders[$amazonOrderId] = (int) $this->orderOf($amazonOrderId)['id_order'];
            self::assertGreaterThan(0, $orders[$amazonOrderId], $amazonOrderId . ' was not imported');
        }

        return $orders;
    }

    /** @return list<string> the AmazonOrderItemCode values of a feed body, in order */
    private static function itemCodes(string $body): array
    {
        preg_match_all('#<AmazonOrderItemCode>([^<]+)</AmazonOrderItemCode>#', $body, $matches);

        return $matches[1];
    }
}
