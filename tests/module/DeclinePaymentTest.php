<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Support\Environment;
use PwaPresta\Tests\Module\Case\ModuleTestCase;

/**
 * A payment Amazon has not confirmed, over HTTP against the double. The order waits in Awaiting PWA
 * payment with Amazon's last status on the order page. It moves on when Amazon confirms, and Amazon's
 * cancellation cancels it and puts its stock back.
 */
final class DeclinePaymentTest extends ModuleTestCase
{
    private const ORDER_A = '403-1111111-2222222';
    private const ORDER_B = '403-3333333-4444444';

    public function testUnconfirmedOrderStaysAwaiting(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        self::assertSame($this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT'), $this->stateOf(self::ORDER_A));
        self::assertSame(0, $this->database->count('order_payment'));
    }

    public function testLastAmazonStatusRecorded(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        $reports = $this->database->rows('SELECT source, status, reported_at FROM ps_pwapresta_status_report WHERE amazon_order_id = ?', [self::ORDER_A]);

        self::assertCount(1, $reports);
        self::assertSame('IOPN', $reports[0]['source']);
        self::assertSame('NewOrderNotification', $reports[0]['status']);
        self::assertMatchesRegularExpression('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $reports[0]['reported_at']);
    }

    public function testOrderPageSaysAwaiting(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        $html = $this->orderBlock(self::ORDER_A);

        self::assertStringContainsString('data-status="awaiting"', $html);
        self::assertStringContainsString('Amazon has not confirmed the payment yet', $html);
        self::assertMatchesRegularExpression('#Last status reported by Amazon:\s*<strong>NewOrderNotification</strong>\s*\(IOPN, \d{4}-#', $html);
    }

    public function testLaterConfirmationMovesOn(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        $this->deliverOnce(self::sample('02-ready-to-ship-A.post'));
        $html = $this->orderBlock(self::ORDER_A);

        self::assertSame($this->configuredState('PWAPRESTA_OS_PAYMENT_ACCEPTED'), $this->stateOf(self::ORDER_A));
        self::assertStringContainsString('data-status="paid"', $html);
        self::assertStringContainsString('<strong>OrderReadyToShipNotification</strong>', $html);
    }

    public function testCancellationRestocks(): void
    {
        $before = $this->database->stock(3, 13);
        $this->deliverOnce(self::sample('03-new-order-B.post'));
        $taken = $this->database->stock(3, 13);

        $this->deliverOnce(self::sample('04-cancelled-B.post'));

        self::assertLessThan($before, $taken);
        self::assertSame($before, $this->database->stock(3, 13));
        self::assertSame($this->configuredState('PWAPRESTA_OS_CANCELLED'), $this->stateOf(self::ORDER_B));
        self::assertStringContainsString('data-status="cancelled"', $this->orderBlock(self::ORDER_B));
    }

    private function orderBlock(string $amazonOrderId): string
    {
        $orderId = (int) $this->orderOf($amazonOrderId)['id_order'];
        $command = array_merge([PHP_BINARY], Environment::phpOptions(), [__DIR__ . '/Case/render-hook.php', 'admin-order', (string) $orderId]);
        exec(implode(' ', array_map('escapeshellarg', $command)) . ' 2>&1', $output, $code);
        self::assertSame(0, $code, implode("\n", $output));

        return (string) json_decode(implode("\n", $output), true, 512, JSON_THROW_ON_ERROR)['html'];
    }
}
