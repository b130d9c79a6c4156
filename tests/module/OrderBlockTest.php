<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Feeds\FeedTestCase;
use PwaPresta\Tests\Module\Support\Environment;

/**
 * The one Amazon block of the order page, rendered with the double's Smarty through the
 * displayAdminOrderMain hook. The tests check the order id and Seller Central link, the
 * environment, the payment status, notifications and MWS updates, and the shipment as the feed
 * sent it. They also check feeds linked to their credit slips, the retry of a failed feed, the
 * amount difference, escaping, and that no secret is shown.
 */
final class OrderBlockTest extends FeedTestCase
{
    private const SCRIPT = '<script>alert(1)</script>';

    public function testShowsOrderIdAndSellerCentralLink(): void
    {
        $html = $this->render($this->paidOrderA());

        self::assertStringContainsString('href="https://sellercentral.amazon.in/orders-v3/order/403-1111111-2222222"', $html);
        self::assertStringContainsString('<strong>403-1111111-2222222</strong>', $html);
        self::assertStringContainsString('Seller Central India', $html);
    }

    public function testShowsEnvironment(): void
    {
        $html = $this->render($this->paidOrderA());

        self::assertMatchesRegularExpression('#<span class="pwapresta-environment">(sandbox|production)</span>#', $html);
    }

    public function testShowsPaymentConfirmed(): void
    {
        $html = $this->render($this->paidOrderA());

        self::assertStringContainsString('data-status="paid"', $html);
        self::assertStringContainsString('Payment confirmed by Amazon.', $html);
    }

    public function testListsNotificationsAndMwsUpdates(): void
    {
        $orderId = $this->paidOrderA();
        $this->database->execute(
            "INSERT INTO ps_pwapresta_status_report (amazon_order_id, id_order, source, status, reported_at, date_add) "
            . "VALUES (?, ?, 'MWS', 'Unshipped', '2030-01-02T03:04:05Z', NOW())",
            [self::ORDER_A, $orderId],
        );

        $html = $this->render($orderId);

        self::assertStringContainsString('OrderReadyToShipNotification', $html);
        self::assertStringContainsString('<tr class="pwapresta-status-MWS">', $html);
        self::assertStringContainsString('2030-01-02T03:04:05Z', $html);
        self::assertStringContainsString('<strong>Unshipped</strong>', $html);
    }

    public function testShowsAmountDifference(): void
    {
        $html = $this->render($this->paidOrderA());

        self::assertStringContainsString('pwapresta-amount-difference', $html);
        self::assertStringContainsString('difference INR -100.00', $html);
    }

    public function testTrackingFormBeforeShipment(): void
    {
        $html = $this->render($this->paidOrderA());

        self::assertStringContainsString('name="tracking_number[56781234000011]"', $html);
        self::assertStringNotContainsString('pwapresta-shipment-sent', $html);
    }

    public function testTrackingFormSavesThroughHook(): void
    {
        $orderId = $this->paidOrderA();

        $html = $this->render($orderId, [
            'pwapresta_order' => $orderId,
            'pwapresta_tracking' => '1',
            'carrier_name' => ['56781234000011' => 'Example Couriers', '56781234000012' => 'Example Couriers'],
            'shipping_method' => ['56781234000011' => 'Express', '56781234000012' => 'Express'],
            'tracking_number' => ['56781234000011' => 'TRK-111', '56781234000012' => 'TRK-111'],
        ]);

        self::assertStringContainsString('Tracking details saved.', $html);
        self::assertStringContainsString('value="TRK-111"', $html);
    }

    public function testShipmentShowsWhatFeedSent(): void
    {
        $orderId = $this->paidOrderA();
        $this->action('tracking', (string) $orderId, json_encode([
            'carrier_name' => ['56781234000011' => 'Example Couriers', '56781234000012' => 'Example Couriers'],
            'shipping_method' => ['56781234000011' => 'Express', '56781234000012' => 'Express'],
            'tracking_number' => ['56781234000011' => 'TRK-111', '56781234000012' => 'TRK-111'],
        ]));
        $this->moveTo($orderId, 'shipped');
        $this->action('job', 'feeds');

        $html = $this->render($orderId);
        $row = $this->feedRows($orderId)[0];

        self::assertStringNotContainsString('name="tracking_number[56781234000011]"', $html);
        self::assertMatchesRegularExpression('#<tr data-item="56781234000011">.*?TRK-111</td>\s*<td>submitted</td>#s', $html);
        self::assertStringContainsString('data-status="submitted"', $html);
        self::assertStringContainsString((string) $row['submission_id'], $html);
        self::assertStringContainsString('TRK-111', (string) $row['body']);
    }

    public function testShipmentFillsOrderCarrierTrackingNumber(): void
    {
        $orderId = $this->paidOrderA();
        $this->database->execute("UPDATE ps_order_carrier SET tracking_number = '' WHERE id_order = ?", [$orderId]);
        $this->action('tracking', (string) $orderId, json_encode([
            'carrier_name' => ['56781234000011' => 'Example Couriers', '56781234000012' => 'Example Couriers'],
            'shipping_method' => ['56781234000011' => 'Express', '56781234000012' => 'Express'],
            'tracking_number' => ['56781234000011' => 'TRK-222', '56781234000012' => 'TRK-222'],
        ]));

        $this->moveTo($orderId, 'shipped');
        $html = $this->render($orderId);

        self::assertSame('TRK-222', $this->database->value('SELECT tracking_number FROM ps_order_carrier WHERE id_order = ?', [$orderId]));
        self::assertMatchesRegularExpression('#Order carrier tracking number:\s*<strong>TRK-222</strong>#', $html);
    }

    public function testCreditSlipLinksToItsFeed(): void
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');
        $slip = $this->action('slip', (string) $orderId, json_encode([['product_id' => 1, 'quantity' => 1, 'amount' => '499.00']]), '0');
        $this->action('job', 'feeds');

        $html = $this->render($orderId);
        $row = $this->feedRows($orderId)[1];

        self::assertTrue($slip['ok'], (string) ($slip['error'] ?? ''));
        self::assertStringContainsString('data-order-slip="' . $slip['order_slip'] . '"', $html);
        self::assertStringContainsString('Credit slip #' . $slip['order_slip'], $html);
        self::assertNotSame('', (string) $row['submission_id']);
        self::assertMatchesRegularExpression(
            '#data-order-slip="' . $slip['order_slip'] . '">.*?submitted.*?<td>' . $row['submission_id'] . '</td>#s',
            $html,
        );
    }

    public function testFullRefundLinksToItsFeed(): void
    {
        $orderId = $this->paidOrderA();

        $this->moveTo($orderId, 'refunded');
        $html = $this->render($orderId);

        self::assertStringContainsString('data-source="full_refund"', $html);
        self::assertStringContainsString('Full refund', $html);
    }

    public function testFailedSlipFeedMarkedWithMessage(): void
    {
        $orderId = $this->failedSlipFeed();

        $html = $this->render($orderId);

        self::assertStringContainsString('pwapresta-feed-failed', $html);
        self::assertStringContainsString('Failed: not applied by Amazon', $html);
        self::assertStringContainsString('The order id you supplied is not found.', $html);
        self::assertStringContainsString('name="pwapresta_retry_feed"', $html);
    }

    public function testRetryRequeuesFailedFeed(): void
    {
        $orderId = $this->failedSlipFeed();
        $row = $this->slipRow($orderId);

        $html = $this->render($orderId, $this->retryPost($orderId, $row));

        self::assertStringContainsString('queued again: the next feeds job sends it', $html);
        self::assertSame('queued', $this->slipRow($orderId)['status']);
    }

    public function testRepeatedRetryRequeuesOnce(): void
    {
        $orderId = $this->failedSlipFeed();
        $row = $this->slipRow($orderId);
        $this->render($orderId, $this->retryPost($orderId, $row));
        $this->action('job', 'feeds');

        $html = $this->render($orderId, $this->retryPost($orderId, $row));

        self::assertStringContainsString('was not queued again', $html);
        self::assertSame('submitted', $this->slipRow($orderId)['status']);
        self::assertCount(3, $this->mws->scenario()->feeds());
    }

    public function testRetriedFeedSentByNextJob(): void
    {
        $orderId = $this->failedSlipFeed();
        $failed = $this->slipRow($orderId);
        $this->render($orderId, $this->retryPost($orderId, $failed));

        $this->action('job', 'feeds');
        $this->makeChecksDue();
        $this->action('job', 'feeds');
        $feeds = $this->mws->scenario()->feeds();
        $row = $this->slipRow($orderId);

        self::assertSame('done', $row['status']);
        self::assertNotSame($failed['submission_id'], $row['submission_id']);
        self::assertSame($row['body'], end($feeds)['body']);
    }

    public function testRetryOfOtherOrderIgnored(): void
    {
        $orderId = $this->failedSlipFeed();
        $row = $this->slipRow($orderId);

        $this->render($orderId, ['pwapresta_order' => $orderId + 1] + $this->retryPost($orderId, $row));

        self::assertSame('failed', $this->slipRow($orderId)['status']);
    }

    public function testEscapesAmazonMessage(): void
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');
        $this->database->execute('UPDATE ps_pwapresta_feed SET last_error = ? WHERE id_order = ?', [self::SCRIPT, $orderId]);

        $html = $this->render($orderId);

        self::assertStringNotContainsString(self::SCRIPT, $html);
        self::assertStringContainsString('&lt;script&gt;alert(1)&lt;/script&gt;', $html);
    }

    public function testContainsNoSecret(): void
    {
        $html = $this->render($this->paidOrderA());

        self::assertStringNotContainsString($this->expected['secret_key'], $html);
    }

    public function testTranslatedTextsUseModuleDomain(): void
    {
        $template = (string) file_get_contents(Environment::repositoryRoot() . '/pwapresta-module/views/templates/admin/order_block.tpl');
        preg_match_all('#\{l s=#', $template, $all);
        preg_match_all("#\\{l s='(?:[^'\\\\]|\\\\.)*'[^}]*d='Modules\\.Pwapresta\\.Admin'#", $template, $withDomain);

        self::assertGreaterThan(30, count($all[0]));
        self::assertSame(count($all[0]), count($withDomain[0]));
    }

    public function testOtherOrderRendersNothing(): void
    {
        self::assertSame('', $this->render(999));
    }

    /** Creates order A, ships it, refunds one item with a slip whose feed Amazon rejects. */
    private function failedSlipFeed(): int
    {
        $orderId = $this->paidOrderA();
        $this->moveTo($orderId, 'shipped');
        $this->action('job', 'feeds');
        $this->action('slip', (string) $orderId, json_encode([['product_id' => 1, 'quantity' => 1, 'amount' => '499.00']]), '0');
        $this->mws->scenario()->planNextFeed(0, 18028, 'The order id you supplied is not found.');
        $this->action('job', 'feeds');
        $this->makeChecksDue();
        $this->action('job', 'feeds');
        self::assertSame('failed', $this->slipRow($orderId)['status']);

        return $orderId;
    }

    /** @return array<string, mixed> the feed row of the order's credit slip */
    private function slipRow(int $orderId): array
    {
        return (array) $this->database->row(
            "SELECT * FROM ps_pwapresta_feed WHERE id_order = ? AND source_key LIKE 'adjustment:slip:%'",
            [$orderId],
        );
    }

    /**
     * @param array<string, mixed> $row
     * @return array<string, mixed>
     */
    private function retryPost(int $orderId, array $row): array
    {
        return [
            'pwapresta_order' => $orderId,
            'pwapresta_retry_feed' => (string) $row['id_pwapresta_feed'],
            'pwapresta_failed_at' => (string) $row['date_upd'],
        ];
    }

    /** @param array<string, mixed> $post */
    private function render(int $orderId, array $post = []): string
    {
        $command = array_merge([PHP_BINARY], Environment::phpOptions(), [
            __DIR__ . '/OrderBlock/render.php',
            (string) $orderId,
            json_encode((object) $post, JSON_THROW_ON_ERROR),
        ]);
        exec(implode(' ', array_map('escapeshellarg', $command)) . ' 2>&1', $output, $code);
        self::assertSame(0, $code, implode("\n", $output));

        return (string) json_decode(implode("\n", $output), true, 512, JSON_THROW_ON_ERROR)['html'];
    }
}
