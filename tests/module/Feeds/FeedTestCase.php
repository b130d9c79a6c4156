<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Feeds;

require_once dirname(__DIR__, 2) . '/sandbox/mws/autoload.php';

use PwaPresta\Tests\Module\Case\ModuleTestCase;
use PwaPresta\Tests\Module\Support\Environment;
use PwaPresta\Tests\Sandbox\DeliveryOptions;
use PwaPresta\Tests\Sandbox\Mws\MwsSandbox;

/**
 * Base of the feed tests: the shop with pwapresta, the MWS sandbox as its MWS endpoint, order A of
 * the IOPN samples created and paid through IOPN, and back-office actions run by action.php.
 */
abstract class FeedTestCase extends ModuleTestCase
{
    public const ORDER_A = '403-1111111-2222222';
    public const ORDER_B = '403-3333333-4444444';
    public const SELLER_ID = 'A2PWAPRESTAEXMPL';

    protected MwsSandbox $mws;

    protected function setUp(): void
    {
        parent::setUp();
        $this->mws = MwsSandbox::start();
        $this->mws->scenario()->addSeller($this->expected['access_key_id'], $this->expected['secret_key'], self::SELLER_ID);
        $this->database->setConfiguration('PWAPRESTA_MWS_ENDPOINT', $this->mws->endpoint());
    }

    protected function tearDown(): void
    {
        $this->mws->stop();
    }

    /** Creates order A through IOPN and moves it to Payment accepted; returns its shop order id. */
    protected function paidOrderA(): int
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'), new DeliveryOptions(uuid: 'sample'));
        $this->deliverOnce(self::sample('02-ready-to-ship-A.post'), new DeliveryOptions(uuid: 'sample'));

        return (int) $this->orderOf(self::ORDER_A)['id_order'];
    }

    /** @return array<string, mixed> the JSON action.php printed */
    protected function action(string ...$arguments): array
    {
        $command = array_merge([PHP_BINARY], Environment::phpOptions(), [__DIR__ . '/action.php'], $arguments);
        exec(implode(' ', array_map('escapeshellarg', $command)) . ' 2>&1', $output, $code);
        self::assertSame(0, $code, implode("\n", $output));

        return json_decode(implode("\n", $output), true, 512, JSON_THROW_ON_ERROR);
    }

    protected function moveTo(int $orderId, string $stateKey): array
    {
        return $this->action('state', (string) $orderId, (string) $this->configuredState('PWAPRESTA_OS_' . strtoupper($stateKey)));
    }

    /** @return list<array<string, mixed>> the order's feed rows, oldest first */
    protected function feedRows(int $orderId): array
    {
        return $this->database->rows('SELECT * FROM ps_pwapresta_feed WHERE id_order = ? ORDER BY id_pwapresta_feed', [$orderId]);
    }

    /** Makes every submitted feed due for its processing report now. */
    protected function makeChecksDue(): void
    {
        $this->database->execute("UPDATE ps_pwapresta_feed SET next_attempt_at = '2000-01-01 00:00:00'");
    }

    /** Returns the feed body with the FulfillmentDate value replaced by DATE, for comparison. */
    protected static function withoutDates(string $xml): string
    {
        return (string) preg_replace('#<FulfillmentDate>[^<]+</FulfillmentDate>#', '<FulfillmentDate>DATE</FulfillmentDate>', $xml);
    }
}
