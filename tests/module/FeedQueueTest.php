<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Feeds\FeedTestCase;

/**
 * The feed queue's job against the MWS sandbox: throttled then retried, sent once, a processing
 * report with errors shown on the order page, a wrong secret key, and the 30-day warning.
 */
final class FeedQueueTest extends FeedTestCase
{
    public function testThrottledFeedRetriedLater(): void
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');
        $this->mws->scenario()->failNext(4, 503, 'SubmitFeed');

        $first = $this->action('job', 'feeds');
        $afterFirst = $this->feedRows($orderId)[0];
        $this->makeChecksDue();
        $second = $this->action('job', 'feeds');

        self::assertStringContainsString('1 to retry', $first['summary']);
        self::assertSame('queued', $afterFirst['status']);
        self::assertStringContainsString('1 submitted', $second['summary']);
        self::assertCount(1, $this->mws->scenario()->feeds());
    }

    public function testFeedSentOnce(): void
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');

        $this->action('job', 'feeds');
        $this->action('job', 'feeds');

        self::assertCount(1, $this->mws->scenario()->feeds());
    }

    public function testReportErrorsShownOnOrderPage(): void
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');
        $this->mws->scenario()->planNextFeed(0, 18028, 'The order id you supplied is not found.');

        $this->action('job', 'feeds');
        $this->makeChecksDue();
        $this->action('job', 'feeds');
        $html = $this->action('admin-order', (string) $orderId)['html'];

        self::assertSame('failed', $this->feedRows($orderId)[0]['status']);
        self::assertStringContainsString('18028', $html);
        self::assertStringContainsString('The order id you supplied is not found.', $html);
    }

    public function testWrongSecretKeyKeepsFeedQueued(): void
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');
        $this->database->setConfiguration('PWAPRESTA_SECRET_KEY', 'wrong-secret');

        $run = $this->action('job', 'feeds');

        self::assertFalse($run['ok']);
        self::assertStringContainsString('SignatureDoesNotMatch', $run['error'] . ' ' . $this->feedRows($orderId)[0]['last_error']);
        self::assertStringNotContainsString('wrong-secret', $run['error']);
        self::assertSame('queued', $this->feedRows($orderId)[0]['status']);
    }

    public function testWarningListsOrdersNearLimit(): void
    {
        $orderId = $this->paidOrderA();
        $this->database->execute('UPDATE ps_orders SET date_add = DATE_SUB(NOW(), INTERVAL 26 DAY) WHERE id_order = ?', [$orderId]);

        $html = $this->action('orders-warning')['html'];

        self::assertStringContainsString(self::ORDER_A, $html);
        self::assertStringContainsString('4 day(s) left', $html);
    }

    public function testWarningSkipsRecentOrders(): void
    {
        $this->paidOrderA();

        self::assertSame('', $this->action('orders-warning')['html']);
    }

    public function testWarningSkipsConfirmedShipments(): void
    {
        $orderId = $this->paidOrderA();
        $this->database->execute('UPDATE ps_orders SET date_add = DATE_SUB(NOW(), INTERVAL 26 DAY) WHERE id_order = ?', [$orderId]);
        $this->moveTo($orderId, 'shipped');

        self::assertSame('', $this->action('orders-warning')['html']);
    }
}
