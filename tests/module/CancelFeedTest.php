<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Feeds\FeedTestCase;
use PwaPresta\Tests\Sandbox\DeliveryOptions;

/**
 * Cancellation: an unshipped order moved to Cancelled queues an acknowledgement Failure with a
 * cancel reason. A shipped order's cancellation is undone once PrestaShop stored it, with and
 * without _PS_MODE_DEV_ (the double's Hook drops a module's exception unless it is on, like
 * PrestaShop 8.2), and Amazon's own cancellation sends nothing.
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

    /** @return array<string, array{bool}> PrestaShop 8.2 outside and inside debug mode (_PS_MODE_DEV_) */
    public static function modes(): array
    {
        return ['production mode' => [false], 'debug mode' => [true]];
    }

    /** @dataProvider modes */
    public function testCancelShippedRestoresShippedState(bool $debug): void
    {
        $orderId = $this->shippedOrderA();

        $moved = $this->moveInMode($debug, $orderId, 'cancelled');

        self::assertTrue($moved['ok'], (string) ($moved['error'] ?? ''));
        self::assertSame($this->configuredState('PWAPRESTA_OS_SHIPPED'), $moved['state']);
        self::assertSame($this->configuredState('PWAPRESTA_OS_SHIPPED'), $this->stateOf(self::ORDER_A));
        self::assertSame('1', $this->database->value('SELECT valid FROM ps_orders WHERE id_order = ?', [$orderId]));
    }

    /** @dataProvider modes */
    public function testCancelShippedQueuesNoFeed(bool $debug): void
    {
        $orderId = $this->shippedOrderA();

        $this->moveInMode($debug, $orderId, 'cancelled');
        $rows = $this->feedRows($orderId);

        self::assertCount(1, $rows);
        self::assertSame('_POST_ORDER_FULFILLMENT_DATA_', $rows[0]['feed_type']);
    }

    /** @dataProvider modes */
    public function testCancelShippedKeepsStock(bool $debug): void
    {
        $orderId = $this->shippedOrderA();
        $before = $this->stock($orderId);

        $this->moveInMode($debug, $orderId, 'cancelled');

        self::assertNotSame([], $before);
        self::assertSame($before, $this->stock($orderId));
    }

    /** @dataProvider modes */
    public function testCancelShippedLeavesNoCancelledHistory(bool $debug): void
    {
        $orderId = $this->shippedOrderA();
        $shipped = $this->configuredState('PWAPRESTA_OS_SHIPPED');
        $cancelled = $this->configuredState('PWAPRESTA_OS_CANCELLED');

        $this->moveInMode($debug, $orderId, 'cancelled');
        $history = $this->history($orderId);

        self::assertNotContains($cancelled, $history);
        self::assertSame([$shipped, $shipped], array_slice($history, -2));
        self::assertSame(0, $this->mailCount('order_canceled'));
        self::assertSame(1, $this->mailCount('shipped'));
    }

    /** @dataProvider modes */
    public function testCancelShippedTellsBackOffice(bool $debug): void
    {
        $orderId = $this->shippedOrderA();

        $this->moveInMode($debug, $orderId, 'cancelled');
        $block = $this->action('admin-order', (string) $orderId);

        self::assertSame(1, $this->database->count('pwapresta_cancellation_rejection', 'id_order = ?', [$orderId]));
        self::assertSame(1, $this->database->count(
            'customer_message',
            "private = 1 AND message LIKE 'Cancellation refused: Amazon does not cancel shipped orders%'",
        ));
        self::assertSame(1, $this->database->count('log', "message LIKE '%its cancellation was rejected and state%'"));
        self::assertStringContainsString('pwapresta-cancellation-rejected', $block['html']);
        self::assertStringContainsString(
            'Cancellation refused: Amazon does not cancel shipped orders; refund the order instead.',
            $block['html'],
        );
    }

    public function testCancelShippedTwiceRejectedTwice(): void
    {
        $orderId = $this->shippedOrderA();

        $this->moveTo($orderId, 'cancelled');
        $moved = $this->moveTo($orderId, 'cancelled');

        self::assertSame($this->configuredState('PWAPRESTA_OS_SHIPPED'), $moved['state']);
        self::assertSame(2, $this->database->count('pwapresta_cancellation_rejection', 'id_order = ?', [$orderId]));
        self::assertCount(1, $this->feedRows($orderId));
    }

    public function testCancelUnshippedRecordsNoRejection(): void
    {
        $orderId = $this->paidOrderA();

        $this->moveTo($orderId, 'cancelled');

        self::assertSame($this->configuredState('PWAPRESTA_OS_CANCELLED'), $this->stateOf(self::ORDER_A));
        self::assertSame(0, $this->database->count('pwapresta_cancellation_rejection'));
        self::assertSame(1, $this->mailCount('order_canceled'));
    }

    public function testCancelShippedPostUpdateSendsNothing(): void
    {
        $orderId = $this->shippedOrderA();

        // actionOrderStatusPostUpdate runs before PrestaShop stores the cancelled history row.
        $hook = $this->action(
            'post-update',
            (string) $orderId,
            (string) $this->configuredState('PWAPRESTA_OS_SHIPPED'),
            (string) $this->configuredState('PWAPRESTA_OS_CANCELLED'),
        );

        self::assertTrue($hook['ok'], (string) ($hook['error'] ?? ''));
        self::assertCount(1, $this->feedRows($orderId));
        self::assertSame(1, $this->database->count('log', "message LIKE '%its cancellation queues no feed%'"));
    }

    public function testAmazonCancellationSendsNothing(): void
    {
        $this->deliverOnce(self::sample('03-new-order-B.post'), new DeliveryOptions(uuid: 'sample'));
        $this->deliverOnce(self::sample('04-cancelled-B.post'), new DeliveryOptions(uuid: 'sample'));

        self::assertSame($this->configuredState('PWAPRESTA_OS_CANCELLED'), $this->stateOf(self::ORDER_B));
        self::assertSame(0, $this->database->count('pwapresta_feed'));
    }

    private function shippedOrderA(): int
    {
        $orderId = $this->paidOrderA();
        $shipped = $this->moveTo($orderId, 'shipped');
        self::assertTrue($shipped['ok'], (string) ($shipped['error'] ?? ''));

        return $orderId;
    }

    /** Runs action.php's state change with _PS_MODE_DEV_ on or off. */
    private function moveInMode(bool $debug, int $orderId, string $stateKey): array
    {
        $previous = getenv('PWA_PS_MODE_DEV');
        putenv('PWA_PS_MODE_DEV=' . ($debug ? '1' : '0'));
        try {
            return $this->moveTo($orderId, $stateKey);
        } finally {
            putenv($previous === false ? 'PWA_PS_MODE_DEV' : 'PWA_PS_MODE_DEV=' . $previous);
        }
    }

    /** @return list<int> the order's history states, oldest first */
    private function history(int $orderId): array
    {
        return array_map('intval', array_column($this->database->rows(
            'SELECT id_order_state FROM ps_order_history WHERE id_order = ? ORDER BY id_order_history',
            [$orderId],
        ), 'id_order_state'));
    }

    /** @return array<string, int> quantity by product and combination of the order's lines */
    private function stock(int $orderId): array
    {
        $stock = [];
        foreach ($this->database->rows(
            'SELECT s.id_product, s.id_product_attribute, s.quantity FROM ps_stock_available s '
            . 'JOIN ps_order_detail d ON d.product_id = s.id_product WHERE d.id_order = ? '
            . 'ORDER BY s.id_product, s.id_product_attribute',
            [$orderId],
        ) as $row) {
            $stock[$row['id_product'] . ':' . $row['id_product_attribute']] = (int) $row['quantity'];
        }

        return $stock;
    }
}
