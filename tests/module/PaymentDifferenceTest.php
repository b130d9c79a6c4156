<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Case\ModuleTestCase;
use PwaPresta\Tests\Sandbox\DeliveryOptions;

/**
 * A PrestaShop cart total that differs from Amazon's charged total, over HTTP against the double:
 * the order keeps Amazon's amounts, stays out of Payment error, and carries a private message with
 * both amounts.
 */
final class PaymentDifferenceTest extends ModuleTestCase
{
    private const ORDER_A = '403-1111111-2222222';

    public function testEqualTotalsRecordNoDifference(): void
    {
        $this->setProductOnePrice(449);
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $ledger = $this->ledger();

        self::assertNotNull($ledger);
        self::assertSame((string) $ledger['charged_minor'], (string) $ledger['cart_total_minor']);
        self::assertSame([], $this->privateMessages());
    }

    public function testAmazonPromotionRecordedAsDifference(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $messages = $this->privateMessages();

        self::assertSame('136349', (string) $this->ledger()['cart_total_minor']);
        self::assertCount(1, $messages);
        self::assertStringContainsString('difference INR -100.00', $messages[0]);
    }

    public function testHigherShopPriceKeepsAmazonTotal(): void
    {
        $this->setProductOnePrice(510);

        $result = $this->deliverOnce(self::sample('01-new-order-A.post'));
        $order = $this->orderOf(self::ORDER_A);

        self::assertSame(200, $result->status, $result->body);
        self::assertSame('1263.49', number_format((float) $order['total_paid_tax_incl'], 2, '.', ''));
        self::assertSame($this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT'), (int) $order['current_state']);
    }

    public function testDifferenceStoredWithBothTotals(): void
    {
        $this->setProductOnePrice(510);

        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $ledger = $this->ledger();

        self::assertSame('126349', (string) $ledger['charged_minor']);
        self::assertSame('138549', (string) $ledger['cart_total_minor']);
    }

    public function testDifferenceWrittenAsPrivateMessage(): void
    {
        $this->setProductOnePrice(510);

        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $messages = $this->privateMessages();

        self::assertCount(1, $messages);
        self::assertStringContainsString('Amazon charged INR 1263.49', $messages[0]);
        self::assertStringContainsString('cart total was INR 1385.49', $messages[0]);
        self::assertStringContainsString('difference INR -122.00', $messages[0]);
    }

    public function testDifferenceDoesNotBlockPayment(): void
    {
        $this->setProductOnePrice(510);
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        $result = $this->deliverOnce(self::sample('02-ready-to-ship-A.post'));
        $order = $this->orderOf(self::ORDER_A);

        self::assertSame(200, $result->status, $result->body);
        self::assertSame($this->configuredState('PWAPRESTA_OS_PAYMENT_ACCEPTED'), (int) $order['current_state']);
        self::assertSame('1263.49', number_format((float) $order['total_paid_real'], 2, '.', ''));
        self::assertSame(1, $this->database->count('order_payment'));
    }

    public function testRepeatedNewOrderAddsNoSecondMessage(): void
    {
        $this->setProductOnePrice(510);

        $this->deliver(self::sample('01-new-order-A.post'), new DeliveryOptions(rounds: 2, uuid: 'each'));

        self::assertCount(1, $this->privateMessages());
    }

    /**
     * Sets the shop price of product 1 (2 units in sample A, 499.00 each on Amazon). Sample A's cart
     * costs 1363.49 in the shop and Amazon charged 1263.49 after its 100.00 promotion, so 449.00
     * makes both totals equal and 510.00 makes the cart 122.00 dearer.
     */
    private function setProductOnePrice(int $price): void
    {
        $this->database->execute('UPDATE ps_product SET price = ? WHERE id_product = 1', [$price]);
        $this->database->execute('UPDATE ps_product_shop SET price = ? WHERE id_product = 1', [$price]);
    }

    /** @return array<string, mixed>|null */
    private function ledger(): ?array
    {
        return $this->database->row('SELECT * FROM ps_pwapresta_payment WHERE amazon_order_id = ?', [self::ORDER_A]);
    }

    /** @return list<string> */
    private function privateMessages(): array
    {
        return array_map(static fn (array $row): string => (string) $row['message'], $this->database->rows(
            'SELECT m.message FROM ps_customer_message m JOIN ps_customer_thread t ON t.id_customer_thread = m.id_customer_thread '
            . 'WHERE m.private = 1 ORDER BY m.id_customer_message',
        ));
    }
}
