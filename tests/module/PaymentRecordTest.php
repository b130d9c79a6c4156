<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Case\ModuleTestCase;
use PwaPresta\Tests\Sandbox\DeliveryOptions;

/**
 * Amazon's payment as PrestaShop's own OrderPayment, over HTTP through the IOPN endpoint against the
 * PrestaShop double: one row per accepted order, under repeats and parallel deliveries.
 */
final class PaymentRecordTest extends ModuleTestCase
{
    private const ORDER_A = '403-1111111-2222222';
    private const ORDER_B = '403-3333333-4444444';

    public function testNewOrderHasNoPayment(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        self::assertSame([], $this->paymentsOf(self::ORDER_A));
        self::assertSame('0.00', $this->totalPaidReal(self::ORDER_A));
    }

    public function testReadyToShipRecordsOneAmazonPayment(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        $result = $this->deliverOnce(self::sample('02-ready-to-ship-A.post'));
        $payments = $this->paymentsOf(self::ORDER_A);

        self::assertSame(200, $result->status, $result->body . $this->shopLog());
        self::assertCount(1, $payments);
        self::assertSame('Pay with Amazon', $payments[0]['payment_method']);
        self::assertSame('1263.49', number_format((float) $payments[0]['amount'], 2, '.', ''));
        self::assertSame(self::ORDER_A, $payments[0]['transaction_id']);
        self::assertSame('1263.49', $this->totalPaidReal(self::ORDER_A));
    }

    public function testPaymentDateIsAmazonTimestamp(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $sent = new \DateTimeImmutable('-300 seconds', new \DateTimeZone('UTC'));

        $this->deliverOnce(self::sample('02-ready-to-ship-A.post'), new DeliveryOptions(timestamp: $sent->format('Y-m-d\\TH:i:s.000\\Z')));
        $expected = $sent->setTimezone(new \DateTimeZone($this->shopTimeZone()))->format('Y-m-d H:i:s');

        self::assertSame($expected, $this->paymentsOf(self::ORDER_A)[0]['date_add'] ?? null);
    }

    public function testRepeatedReadyToShipAddsNothing(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        $results = $this->deliver(self::sample('02-ready-to-ship-A.post'), new DeliveryOptions(rounds: 3, uuid: 'fresh'));

        self::assertSame([200, 200, 200], self::statuses($results));
        self::assertCount(1, $this->paymentsOf(self::ORDER_A));
        self::assertSame('1263.49', $this->totalPaidReal(self::ORDER_A));
    }

    public function testParallelReadyToShipRecordsOnePayment(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        $results = $this->deliver(self::sample('02-ready-to-ship-A.post'), new DeliveryOptions(parallel: 20, uuid: 'fresh'));

        self::assertSame(array_fill(0, 20, 200), self::statuses($results));
        self::assertCount(1, $this->paymentsOf(self::ORDER_A));
        self::assertSame('1263.49', $this->totalPaidReal(self::ORDER_A));
    }

    public function testReadyToShipFirstRecordsOnePayment(): void
    {
        $this->deliverOnce(self::sample('02-ready-to-ship-A.post'));
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        self::assertCount(1, $this->paymentsOf(self::ORDER_A));
        self::assertSame($this->configuredState('PWAPRESTA_OS_PAYMENT_ACCEPTED'), $this->stateOf(self::ORDER_A));
    }

    public function testCancelledOrderHasNoPayment(): void
    {
        $this->deliverOnce(self::sample('03-new-order-B.post'));
        $this->deliverOnce(self::sample('04-cancelled-B.post'));

        self::assertSame([], $this->paymentsOf(self::ORDER_B));
    }

    public function testLedgerLinksPaymentRow(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $this->deliverOnce(self::sample('02-ready-to-ship-A.post'));

        $ledger = $this->database->row('SELECT * FROM ps_pwapresta_payment WHERE amazon_order_id = ?', [self::ORDER_A]);

        self::assertNotNull($ledger);
        self::assertSame((string) $this->paymentsOf(self::ORDER_A)[0]['id_order_payment'], (string) $ledger['id_order_payment']);
        self::assertSame('126349', (string) $ledger['charged_minor']);
        self::assertSame('INR', $ledger['currency']);
    }

    /** @return list<array<string, mixed>> */
    private function paymentsOf(string $amazonOrderId): array
    {
        return $this->database->rows(
            'SELECT p.* FROM ps_order_payment p JOIN ps_orders o ON o.reference = p.order_reference '
            . 'JOIN ps_pwapresta_order l ON l.id_order = o.id_order WHERE l.amazon_order_id = ? ORDER BY p.id_order_payment',
            [$amazonOrderId],
        );
    }

    private function totalPaidReal(string $amazonOrderId): string
    {
        return number_format((float) ($this->orderOf($amazonOrderId)['total_paid_real'] ?? -1), 2, '.', '');
    }

    private function shopTimeZone(): string
    {
        return $this->database->configuration('PS_TIMEZONE') ?: date_default_timezone_get();
    }

    private function shopLog(): string
    {
        $lines = array_map(
            static fn (array $row): string => (string) $row['message'],
            $this->database->rows('SELECT message FROM ps_log ORDER BY id_log DESC LIMIT 5'),
        );

        return "\n" . implode("\n", $lines);
    }
}
