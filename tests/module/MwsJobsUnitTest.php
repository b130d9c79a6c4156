<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

require_once __DIR__ . '/Fake/bootstrap.php';
require_once dirname(__DIR__) . '/sandbox/mws/autoload.php';

use PHPUnit\Framework\TestCase;
use PwaPresta\Api;
use PwaPresta\Engine\NativeEngine;
use PwaPresta\Engine\PhpEngine;
use PwaPresta\Module\Jobs\JobOutcome;
use PwaPresta\Module\Jobs\OrdersJob;
use PwaPresta\Module\Mws\StateChangeOrigin;
use PwaPresta\Tests\Module\Fake\MwsShop;
use PwaPresta\Tests\Module\Fake\Shop;
use PwaPresta\Tests\Sandbox\Mws\MwsSandbox;

/**
 * The schedule, report and orders jobs against the MWS sandbox (which checks every signature) and
 * the in-memory shop, on both engines: imports, acknowledgements, state changes, cursors, paging,
 * throttling and credentials errors.
 */
final class MwsJobsUnitTest extends TestCase
{
    private const ORDER_A = '403-1111111-2222222';
    private const SANDBOX_MARKETPLACE = 'AXGTNDD750VEM';

    private ?MwsSandbox $sandbox = null;

    protected function tearDown(): void
    {
        $this->sandbox?->stop();
        $this->sandbox = null;
        Api::useEngine(null);
    }

    /** @return array<string, array{0: string}> */
    public static function engines(): array
    {
        return ['php' => ['php'], 'native' => ['native']];
    }

    private function shop(string $engine, ?string $sandboxSecret = null): MwsShop
    {
        if ($engine === 'native' && !NativeEngine::isAvailable()) {
            self::markTestSkipped('The pwapresta extension is not loaded.');
        }
        Api::useEngine($engine === 'native' ? new NativeEngine() : new PhpEngine());
        $this->sandbox = MwsSandbox::start();

        return new MwsShop($this->sandbox, $sandboxSecret);
    }

    /** @return list<string> the Action of every request the sandbox received */
    private function actions(): array
    {
        return array_map(static fn (array $entry): string => (string) $entry['action'], $this->sandbox->requests());
    }

    /** @return list<string> the verdict lines whose signature was not valid */
    private function badSignatures(): array
    {
        return array_values(array_filter(
            $this->sandbox->verdicts(),
            static fn (string $line): bool => !str_contains($line, 'signature valid'),
        ));
    }

    /** @dataProvider engines */
    public function testScheduleJobSchedulesOrderReport(string $engine): void
    {
        $mws = $this->shop($engine);

        $outcome = $mws->runner->run($mws->scheduleJob());

        self::assertSame(JobOutcome::OK, $outcome->status, $outcome->message);
        self::assertStringContainsString('_GET_ORDERS_DATA_ every _15_MINUTES_', $outcome->message);
        self::assertSame(['ManageReportSchedule'], $this->actions());
        self::assertSame([], $this->badSignatures());
    }

    /** @dataProvider engines */
    public function testReportJobSkipsOrderCreatedByIopn(string $engine): void
    {
        $mws = $this->shop($engine);
        $mws->shop->postSample('01-new-order-A.post');
        $scenario = $this->sandbox->scenario();
        $scenario->addReport('_GET_ORDERS_DATA_', MwsShop::orderReport([self::ORDER_A]));
        $scenario->addReport('_GET_ORDERS_DATA_', MwsShop::orderReport(['403-5555555-0000001']));

        $outcome = $mws->runner->run($mws->reportJob());

        self::assertSame(JobOutcome::OK, $outcome->status, $outcome->message);
        self::assertStringContainsString('2 report(s) read, 1 order(s) created, 1 already in the shop', $outcome->message);
        self::assertCount(2, $mws->shop->orders->orders);
        self::assertNotNull($mws->shop->links->find('403-5555555-0000001'));
        self::assertSame(
            [true, true],
            array_column($scenario->document('reports'), 'Acknowledged'),
        );
    }

    /** @dataProvider engines */
    public function testReportJobTwiceCreatesNothingNew(string $engine): void
    {
        $mws = $this->shop($engine);
        $this->sandbox->scenario()->addReport('_GET_ORDERS_DATA_', MwsShop::orderReport(['403-5555555-0000001']));
        $mws->runner->run($mws->reportJob());
        $this->sandbox->scenario()->addReport('_GET_ORDERS_DATA_', MwsShop::orderReport(['403-5555555-0000001']));

        $outcome = $mws->runner->run($mws->reportJob());

        self::assertSame(JobOutcome::OK, $outcome->status, $outcome->message);
        self::assertStringContainsString('0 order(s) created, 1 already in the shop', $outcome->message);
        self::assertCount(1, $mws->shop->orders->orders);
    }

    /** @dataProvider engines */
    public function testReportJobAcknowledgesAfterLastPage(string $engine): void
    {
        $mws = $this->shop($engine);
        $scenario = $this->sandbox->scenario()->setOption('report_list_page_size', 1);
        foreach (['403-5555555-0000001', '403-5555555-0000002', '403-5555555-0000003'] as $amazonOrderId) {
            $scenario->addReport('_GET_ORDERS_DATA_', MwsShop::orderReport([$amazonOrderId]));
        }

        $outcome = $mws->runner->run($mws->reportJob());
        $actions = $this->actions();

        self::assertSame(JobOutcome::OK, $outcome->status, $outcome->message);
        self::assertCount(3, $mws->shop->orders->orders);
        self::assertSame(
            ['GetReportList', 'GetReportListByNextToken', 'GetReportListByNextToken'],
            array_slice($actions, 0, 3),
        );
        self::assertSame(['GetReport', 'GetReport', 'GetReport'], array_slice($actions, 3, 3));
        self::assertSame(['UpdateReportAcknowledgements'], array_slice($actions, 6));
        self::assertSame([true, true, true], array_column($scenario->document('reports'), 'Acknowledged'));
        self::assertSame([], $this->badSignatures());
    }

    /** @dataProvider engines */
    public function testReportWithUnknownProductStaysUnacknowledged(string $engine): void
    {
        $mws = $this->shop($engine);
        $scenario = $this->sandbox->scenario();
        $scenario->addReport('_GET_ORDERS_DATA_', MwsShop::orderReport(['403-5555555-0000001'], 'NO-SUCH-SKU'));
        $scenario->addReport('_GET_ORDERS_DATA_', MwsShop::orderReport(['403-5555555-0000002']));

        $outcome = $mws->runner->run($mws->reportJob());

        self::assertSame(JobOutcome::FAILED, $outcome->status);
        self::assertStringContainsString('Amazon order 403-5555555-0000001', $outcome->message);
        self::assertStringContainsString('1 report(s) acknowledged', $outcome->message);
        self::assertSame([false, true], array_column($scenario->document('reports'), 'Acknowledged'));
        self::assertSame('failed', $mws->jobs->lastRun('report', time())['last_status']);
    }

    /** @dataProvider engines */
    public function testOrdersJobMirrorsSellerCentralStates(string $engine): void
    {
        $mws = $this->shop($engine);
        $scenario = $this->sandbox->scenario();
        $ids = [];
        foreach (['Unshipped', 'Shipped', 'Canceled', 'Pending'] as $index => $status) {
            $ids[$status] = $scenario->addOrder(['OrderStatus' => $status, 'MarketplaceId' => self::SANDBOX_MARKETPLACE]);
        }
        $scenario->addReport('_GET_ORDERS_DATA_', MwsShop::orderReport(array_values($ids)));
        $mws->runner->run($mws->reportJob());

        $outcome = $mws->runner->run($mws->ordersJob());
        $state = fn (string $amazonOrderId): int => $mws->shop->orders->orders[$mws->synchroniser->orderIdOf($amazonOrderId)]['state'];

        self::assertSame(JobOutcome::OK, $outcome->status, $outcome->message);
        self::assertStringContainsString('4 order(s) updated', $outcome->message);
        self::assertSame(Shop::ACCEPTED, $state($ids['Unshipped']));
        self::assertSame(Shop::SHIPPED, $state($ids['Shipped']));
        self::assertSame(Shop::CANCELLED, $state($ids['Canceled']));
        self::assertSame(Shop::AWAITING, $state($ids['Pending']));
        self::assertSame([], $this->badSignatures());
    }

    /** @dataProvider engines */
    public function testOrdersJobShipmentInSellerCentral(string $engine): void
    {
        $mws = $this->shop($engine);
        $scenario = $this->sandbox->scenario();
        $amazonOrderId = $scenario->addOrder(['MarketplaceId' => self::SANDBOX_MARKETPLACE]);
        $scenario->addReport('_GET_ORDERS_DATA_', MwsShop::orderReport([$amazonOrderId]));
        $mws->runner->run($mws->reportJob());
        $mws->runner->run($mws->ordersJob());
        $orderId = (int) $mws->synchroniser->orderIdOf($amazonOrderId);
        $scenario->setOrderStatus($amazonOrderId, 'Shipped');

        $outcome = $mws->runner->run($mws->ordersJob());

        self::assertSame(JobOutcome::OK, $outcome->status, $outcome->message);
        self::assertSame(Shop::SHIPPED, $mws->shop->orders->orders[$orderId]['state']);
        self::assertSame(
            [[$orderId, Shop::ACCEPTED], [$orderId, Shop::SHIPPED]],
            array_values(array_filter($mws->shop->orders->stateChanges, static fn (array $change): bool => $change[0] === $orderId && $change[1] !== Shop::AWAITING)),
        );
    }

    /** @dataProvider engines */
    public function testOrdersJobContinuesFromLastUpdatedBefore(string $engine): void
    {
        $mws = $this->shop($engine);
        $mws->runner->run($mws->ordersJob());
        $cursor = (string) $mws->jobs->cursor(OrdersJob::NAME);

        $mws->runner->run($mws->ordersJob());
        $second = $this->sandbox->requests()[1]['parameters'] ?? [];

        self::assertMatchesRegularExpression('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $cursor);
        self::assertLessThanOrEqual(time() - 120, strtotime($cursor));
        self::assertSame(gmdate('Y-m-d\TH:i:s\Z', strtotime($cursor) - OrdersJob::OVERLAP_SECONDS), $second['LastUpdatedAfter'] ?? null);
        self::assertArrayNotHasKey('LastUpdatedBefore', $second);
        self::assertSame(self::SANDBOX_MARKETPLACE, $second['MarketplaceId.Id.1'] ?? null);
    }

    /** @dataProvider engines */
    public function testOrdersJobFollowsNextToken(string $engine): void
    {
        $mws = $this->shop($engine);
        $scenario = $this->sandbox->scenario();
        for ($index = 0; $index < 101; ++$index) {
            $scenario->addOrder(['MarketplaceId' => self::SANDBOX_MARKETPLACE]);
        }

        $outcome = $mws->runner->run($mws->ordersJob());

        self::assertSame(JobOutcome::OK, $outcome->status, $outcome->message);
        self::assertStringContainsString('101 order(s) updated', $outcome->message);
        self::assertStringContainsString('101 not in the shop', $outcome->message);
        self::assertSame(['ListOrders', 'ListOrdersByNextToken'], $this->actions());
    }

    /** @dataProvider engines */
    public function testOrderNotYetImportedHoldsCursor(string $engine): void
    {
        $mws = $this->shop($engine);
        $scenario = $this->sandbox->scenario();
        $amazonOrderId = $scenario->addOrder(['MarketplaceId' => self::SANDBOX_MARKETPLACE]);
        $mws->runner->run($mws->ordersJob());
        $scenario->addReport('_GET_ORDERS_DATA_', MwsShop::orderReport([$amazonOrderId]));
        $mws->runner->run($mws->reportJob());

        $mws->runner->run($mws->ordersJob());
        $orderId = (int) $mws->synchroniser->orderIdOf($amazonOrderId);

        self::assertSame(Shop::ACCEPTED, $mws->shop->orders->orders[$orderId]['state']);
    }

    /** @dataProvider engines */
    public function testThrottledThenRetried(string $engine): void
    {
        $mws = $this->shop($engine);
        $this->sandbox->scenario()->failNext(2, 503, 'ListOrders')->failNext(1, 500, 'ListOrders');

        $outcome = $mws->runner->run($mws->ordersJob());

        self::assertSame(JobOutcome::OK, $outcome->status, $outcome->message);
        self::assertSame([1, 2, 4], $mws->sleeper->delays);
        self::assertSame(['ListOrders', 'ListOrders', 'ListOrders', 'ListOrders'], $this->actions());
        self::assertStringContainsString('MWS ListOrders: HTTP 503', $mws->shop->logger->text());
    }

    /** @dataProvider engines */
    public function testThrottledTooOftenFailsRun(string $engine): void
    {
        $mws = $this->shop($engine);
        $this->sandbox->scenario()->failNext(4, 503, 'ListOrders');

        $outcome = $mws->runner->run($mws->ordersJob());

        self::assertSame(JobOutcome::FAILED, $outcome->status);
        self::assertStringContainsString('RequestThrottled', $outcome->message);
        self::assertCount(4, $this->actions());
        self::assertNull($mws->jobs->cursor(OrdersJob::NAME));
    }

    /** @dataProvider engines */
    public function testWrongSecretKeyIsClearError(string $engine): void
    {
        $mws = $this->shop($engine, 'another-secret-key-0123456789');

        $outcome = $mws->runner->run($mws->ordersJob());

        self::assertSame(JobOutcome::FAILED, $outcome->status);
        self::assertStringContainsString('SignatureDoesNotMatch', $outcome->message);
        self::assertStringContainsString('secret key', $outcome->message);
        self::assertStringNotContainsString($mws->secretKey(), $outcome->message);
        self::assertStringNotContainsString($mws->secretKey(), $mws->shop->logger->text());
        self::assertSame($outcome->message, $mws->jobs->lastRun('orders', time())['last_message']);
    }

    /** @dataProvider engines */
    public function testOverlappingRunIsBusy(string $engine): void
    {
        $mws = $this->shop($engine);
        $mws->jobs->acquire('orders', 'other-run', time(), 900);

        $outcome = $mws->runner->run($mws->ordersJob());

        self::assertSame(JobOutcome::BUSY, $outcome->status);
        self::assertSame([], $this->actions());
    }

    public function testStateChangeOriginMarksOnlyInside(): void
    {
        $inside = StateChangeOrigin::fromAmazon(static fn (): bool => StateChangeOrigin::isFromAmazon());

        self::assertTrue($inside);
        self::assertFalse(StateChangeOrigin::isFromAmazon());
    }
}
