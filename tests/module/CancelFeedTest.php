<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Feeds\FeedTestCase;
use PwaPresta\Tests\Sandbox\DeliveryOptions;

/**
 * Cancellation: an unshipped order moved to Cancelled queues an acknowledgement Failure with a
 * cancel reason. A shipped order's cancellation is rejected, and Amazon's own cancellation sends
 * nothing.
 */
final class CancelFeedTest extends FeedTestCase
{
    public function testCancelUnshippedQueuesAcknowledgement(): void
    {
        $orderId = $this->paidOrderA();

        $moved = $this->moveTo($orderId, 'cancelled');
        $rows = $this->feedRows($orderId);

        self::assertTrue($moved['ok']);
        self::assertCount(1, $rows);
        self::assertSame('_POST_ORDER_ACKNOWLEDGEMENT_DATA_', $rows[0]['feed_type']);
        self::assertSame(
            str_replace('ORDER', (string) $orderId, (string) file_get_contents(__DIR__ . '/Feeds/expected/cancel-order-a.xml')),
            $rows[0]['body'],
        );
    }

    public function testCancelShippedRejected(): void
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');

        $moved = $this->moveTo($orderId, 'cancelled');

        self::assertFalse($moved['ok']);
        self::assertStringContainsString('was shipped, so it cannot be cancelled', $moved['error']);
        self::assertSame($this->configuredState('PWAPRESTA_OS_SHIPPED'), $this->stateOf(self::ORDER_A));
        self::assertCount(1, $this->feedRows($orderId));
    }

    public function testCancelShippedSavedSendsNothing(): void
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');

        // PrestaShop 8.2 outside debug mode drops the rejection of actionOrderStatusUpdate and saves
        // the cancellation; then only actionOrderStatusPostUpdate reaches the module.
        $hook = $this->action(
            'post-update',
            (string) $orderId,
            (string) $this->configuredState('PWAPRESTA_OS_SHIPPED'),
            (string) $this->configuredState('PWAPRESTA_OS_CANCELLED'),
        );

        self::assertTrue($hook['ok'], (string) ($hook['error'] ?? ''));
        self::assertCount(1, $this->feedRows($orderId));
        self::assertSame(1, $this->database->count('log', "message LIKE '%its cancellation was not sent to Amazon%'"));
    }

    public function testAmazonCancellationSendsNothing(): void
    {
        $this->deliverOnce(self::sample('03-new-order-B.post'), new DeliveryOptions(uuid: 'sample'));
        $this->deliverOnce(self::sample('04-cancelled-B.post'), new DeliveryOptions(uuid: 'sample'));

        self::assertSame($this->configuredState('PWAPRESTA_OS_CANCELLED'), $this->stateOf(self::ORDER_B));
        self::assertSame(0, $this->database->count('pwapresta_feed'));
    }
}
