<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Feeds\FeedTestCase;

/**
 * Shipment confirmation: tracking details per item on the order page, the fulfillment feed the
 * Shipped state queues, its exact XML, and its submission to the MWS sandbox.
 */
final class ShipmentFeedTest extends FeedTestCase
{
    public function testShippedStateQueuesFulfillmentFeed(): void
    {
        $orderId = $this->paidOrderA();
        $this->database->execute("UPDATE ps_order_carrier SET tracking_number = 'EXTRK000000001IN' WHERE id_order = ?", [$orderId]);
        $saved = $this->action('tracking', (string) $orderId, json_encode([
            'carrier_name' => ['56781234000013' => 'Example Couriers & Logistics'],
            'shipping_method' => ['56781234000013' => 'Express'],
            'tracking_number' => ['56781234000013' => 'EXTRK000000002IN'],
        ]));

        $moved = $this->moveTo($orderId, 'shipped');
        $rows = $this->feedRows($orderId);

        self::assertSame([], $saved['errors']);
        self::assertTrue($moved['ok'], (string) ($moved['error'] ?? ''));
        self::assertCount(1, $rows);
        self::assertSame('_POST_ORDER_FULFILLMENT_DATA_', $rows[0]['feed_type']);
        self::assertSame('queued', $rows[0]['status']);
        self::assertSame(base64_encode(md5($rows[0]['body'], true)), $rows[0]['content_md5']);
        self::assertSame(self::expectedFulfillment($orderId), self::withoutDates($rows[0]["body"]));
    }

    public function testFeedJobSubmitsAndReadsReport(): void
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');

        $first = $this->action('job', 'feeds');
        $this->makeChecksDue();
        $second = $this->action('job', 'feeds');
        $feeds = $this->mws->scenario()->feeds();
        $row = $this->feedRows($orderId)[0];

        self::assertTrue($first['ok'], (string) ($first['error'] ?? ''));
        self::assertStringContainsString('1 submitted', $first['summary']);
        self::assertStringContainsString('1 done', $second['summary']);
        self::assertCount(1, $feeds);
        self::assertSame($row['body'], $feeds[0]['body']);
        self::assertSame('_POST_ORDER_FULFILLMENT_DATA_', $feeds[0]['feed_type']);
        self::assertSame(['AXGTNDD750VEM'], $feeds[0]['marketplaces']);
        self::assertSame('done', $row['status']);
        self::assertSame($feeds[0]['feed_submission_id'], $row['submission_id']);
        foreach ($this->mws->verdicts() as $verdict) {
            self::assertStringContainsString('signature valid', $verdict);
        }
    }

    public function testSecondShipmentQueuesNothing(): void
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');
        $this->moveTo($orderId, 'payment_accepted');

        $this->moveTo($orderId, 'shipped');

        self::assertCount(1, $this->feedRows($orderId));
    }

    public function testInvalidTrackingNumberRejected(): void
    {
        $orderId = $this->paidOrderA();

        $saved = $this->action('tracking', (string) $orderId, json_encode([
            'carrier_name' => ['56781234000011' => 'Courier'],
            'tracking_number' => ['56781234000011' => 'EX<b>1'],
        ]));

        self::assertCount(1, $saved['errors']);
        self::assertStringContainsString('tracking number', $saved['errors'][0]);
        self::assertSame(0, $this->database->count('pwapresta_tracking'));
    }

    public function testTrackingWithoutCarrierRejected(): void
    {
        $orderId = $this->paidOrderA();

        $saved = $this->action('tracking', (string) $orderId, json_encode([
            'tracking_number' => ['56781234000011' => 'EXTRK1'],
        ]));

        self::assertCount(1, $saved['errors']);
        self::assertStringContainsString('carrier is missing', $saved['errors'][0]);
    }

    public function testOrderPageShowsTrackingAndFeeds(): void
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');

        $html = $this->action('admin-order', (string) $orderId)['html'];

        self::assertStringContainsString('<tr data-item="56781234000011">', $html);
        self::assertStringContainsString('Shipment confirmation', $html);
        self::assertStringContainsString('pwapresta-feed-queued', $html);
    }

    private static function expectedFulfillment(int $orderId): string
    {
        return str_replace('ORDER-', $orderId . '-', (string) file_get_contents(__DIR__ . '/Feeds/expected/fulfillment-order-a.xml'));
    }
}
