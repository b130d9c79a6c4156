<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Feeds\FeedTestCase;

/**
 * Refunds: an order slip queues a payment adjustment of exactly its items and amounts, the
 * Refunded state queues the adjustment of everything not refunded yet, in exact paise.
 */
final class RefundFeedTest extends FeedTestCase
{
    public function testOrderSlipQueuesPartialAdjustment(): void
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');

        $slip = $this->action('slip', (string) $orderId, json_encode([['product_id' => 1, 'quantity' => 1, 'amount' => '499.00']]), '40.00');
        $rows = $this->feedRows($orderId);

        self::assertTrue($slip['ok'], (string) ($slip['error'] ?? ''));
        self::assertCount(2, $rows);
        self::assertSame('_POST_PAYMENT_ADJUSTMENT_DATA_', $rows[1]['feed_type']);
        self::assertSame('adjustment:slip:' . $slip['order_slip'], $rows[1]['source_key']);
        self::assertSame(self::expected('adjustment-partial-order-a.xml', $slip['order_slip']), $rows[1]['body']);
    }

    public function testRefundedStateRefundsTheRest(): void
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');
        $slip = $this->action('slip', (string) $orderId, json_encode([['product_id' => 1, 'quantity' => 1, 'amount' => '499.00']]), '40.00');

        $this->moveTo($orderId, 'refunded');
        $rows = $this->feedRows($orderId);

        self::assertCount(3, $rows);
        self::assertSame('adjustment:full:' . self::ORDER_A, $rows[2]['source_key']);
        self::assertSame(self::expected('adjustment-rest-order-a.xml', $slip['order_slip'], $orderId), $rows[2]['body']);
    }

    public function testRefundedStateRefundsEverything(): void
    {
        $orderId = $this->paidOrderA();

        $this->moveTo($orderId, 'refunded');
        $rows = $this->feedRows($orderId);

        self::assertCount(1, $rows);
        self::assertSame(self::expected('adjustment-full-order-a.xml', 0, $orderId), $rows[0]['body']);
    }

    public function testSlipOfLineAddedInShopQueuesNothing(): void
    {
        $orderId = $this->paidOrderA();
        // A line the merchant added in the back office: product 2 is no Amazon item of order A.
        $this->database->execute(
            'INSERT INTO ps_order_detail (id_order, id_shop, product_id, product_attribute_id, product_name, product_quantity, '
            . "product_weight, tax_name, total_price_tax_incl, total_price_tax_excl) VALUES (?, 1, 2, 0, 'Added', 1, 0, '', 10, 10)",
            [$orderId],
        );

        $slip = $this->action('slip', (string) $orderId, json_encode([['product_id' => 2, 'quantity' => 1, 'amount' => '10.00']]), '0');

        self::assertTrue($slip['ok'], (string) ($slip['error'] ?? ''));
        self::assertSame([], $this->feedRows($orderId));
        self::assertSame(1, $this->database->count('log', "message LIKE '%names no Amazon item%'"));
    }

    private static function expected(string $file, int $orderSlipId, int $orderId = 0): string
    {
        return strtr((string) file_get_contents(__DIR__ . '/Feeds/expected/' . $file), [
            'SLIP' => (string) $orderSlipId,
            'ORDER' => (string) $orderId,
        ]);
    }
}
