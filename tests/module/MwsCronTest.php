<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

require_once dirname(__DIR__) . '/sandbox/mws/autoload.php';

use PwaPresta\Tests\Module\Case\ModuleTestCase;
use PwaPresta\Tests\Module\Mws\CronCommand;
use PwaPresta\Tests\Sandbox\Mws\MwsSandbox;

/**
 * The jobs' ways in against the double and the MWS sandbox, on the web server's engine: the cron
 * URL and its token, the command line, the cron tasks manager hook, the settings page with its
 * last runs, a wrong secret key shown there, and overlapping runs.
 */
final class MwsCronTest extends ModuleTestCase
{
    private const CRON_PATH = '/module/pwapresta/cron';

    private MwsSandbox $mws;

    protected function setUp(): void
    {
        parent::setUp();
        $this->mws = MwsSandbox::start();
        $this->mws->scenario()->addSeller($this->expected['access_key_id'], $this->expected['secret_key'], 'A2PWAPRESTAEXMPL');
        $this->database->setConfiguration('PWAPRESTA_MWS_ENDPOINT', $this->mws->endpoint());
        $this->database->setConfiguration('PWAPRESTA_SYNCHRONISATION', 'both');
        $this->database->setConfiguration('PWAPRESTA_CRON_TOKEN', str_repeat('ab', 16));
    }

    protected function tearDown(): void
    {
        $this->mws->stop();
    }

    private function token(): string
    {
        return str_repeat('ab', 16);
    }

    public function testMissingTokenIsForbidden(): void
    {
        $response = $this->http->get(self::CRON_PATH, ['job' => 'orders']);

        self::assertSame(403, $response->status);
        self::assertSame([], $this->mws->requests());
    }

    public function testWrongTokenIsForbidden(): void
    {
        $response = $this->http->get(self::CRON_PATH, ['job' => 'orders', 'token' => str_repeat('ab', 15) . 'ac']);

        self::assertSame(403, $response->status);
        self::assertSame([], $this->mws->requests());
    }

    public function testUnknownJobIsNotFound(): void
    {
        $response = $this->http->get(self::CRON_PATH, ['job' => 'nothing', 'token' => $this->token()]);

        self::assertSame(404, $response->status);
        self::assertStringContainsString('schedule, report, orders', $response->body);
    }

    public function testScheduleUrlSchedulesReport(): void
    {
        $response = $this->http->get(self::CRON_PATH, ['job' => 'schedule', 'token' => $this->token()]);

        self::assertSame(200, $response->status, $response->body);
        self::assertStringContainsString('schedule: ok: Scheduled _GET_ORDERS_DATA_ every _15_MINUTES_', $response->body);
        self::assertSame(['POST / ManageReportSchedule: signature valid, 200 OK'], $this->mws->verdicts());
        self::assertSame('ok', $this->database->value("SELECT last_status FROM ps_pwapresta_job WHERE job = 'schedule'"));
    }

    public function testReportUrlSkipsOrderCreatedByIopn(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $report = (string) file_get_contents(self::reportFixture());
        $this->mws->scenario()->addReport('_GET_ORDERS_DATA_', strtr($report, ['403-0000001-0000001' => '403-1111111-2222222']));

        $response = $this->http->get(self::CRON_PATH, ['job' => 'report', 'token' => $this->token()]);

        self::assertSame(200, $response->status, $response->body);
        self::assertStringContainsString('1 already in the shop', $response->body);
        self::assertSame(1, $this->orderCount());
        self::assertSame([true], array_column($this->mws->scenario()->document('reports'), 'Acknowledged'));
    }

    public function testOrdersUrlAppliesSellerCentralShipment(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $this->mws->scenario()->addOrder([
            'AmazonOrderId' => '403-1111111-2222222',
            'OrderStatus' => 'Shipped',
            'MarketplaceId' => 'AXGTNDD750VEM',
        ]);

        $response = $this->http->get(self::CRON_PATH, ['job' => 'orders', 'token' => $this->token()]);

        self::assertSame(200, $response->status, $response->body);
        self::assertSame($this->configuredState('PWAPRESTA_OS_SHIPPED'), $this->stateOf('403-1111111-2222222'));
        self::assertNotNull($this->database->value("SELECT cursor_value FROM ps_pwapresta_job WHERE job = 'orders'"));
    }

    public function testOverlappingRunsRunOnce(): void
    {
        $this->database->execute(
            "INSERT INTO ps_pwapresta_job (job, lock_token, locked_until) VALUES ('orders', ?, UTC_TIMESTAMP() + INTERVAL 10 MINUTE)",
            [str_repeat('0', 32)],
        );

        $response = $this->http->get(self::CRON_PATH, ['job' => 'orders', 'token' => $this->token()]);
        [$code, $output] = CronCommand::cron('orders');

        self::assertSame(409, $response->status, $response->body);
        self::assertSame(75, $code, $output);
        self::assertSame([], $this->mws->requests());
    }

    public function testExpiredLockIsTakenOver(): void
    {
        $this->database->execute(
            "INSERT INTO ps_pwapresta_job (job, lock_token, locked_until) VALUES ('orders', ?, UTC_TIMESTAMP() - INTERVAL 1 MINUTE)",
            [str_repeat('0', 32)],
        );

        $response = $this->http->get(self::CRON_PATH, ['job' => 'orders', 'token' => $this->token()]);

        self::assertSame(200, $response->status, $response->body);
    }

    public function testCommandLineRunsJob(): void
    {
        [$code, $output] = CronCommand::cron('schedule');

        self::assertSame(0, $code, $output);
        self::assertStringContainsString('schedule: ok:', $output);
    }

    public function testCommandLineUnknownJobIsUsageError(): void
    {
        [$code, $output] = CronCommand::cron('nothing');

        self::assertSame(2, $code, $output);
        self::assertStringContainsString('Unknown job "nothing"', $output);
    }

    public function testCronTasksManagerRunsDueJobs(): void
    {
        [$code, $output] = CronCommand::cron('due');

        self::assertSame(0, $code, $output);
        self::assertStringContainsString('schedule: ok', $output);
        self::assertStringContainsString('report: ok', $output);
        self::assertStringContainsString('orders: ok', $output);
    }

    public function testSettingsPageListsUrlsAndLastRuns(): void
    {
        $this->http->get(self::CRON_PATH, ['job' => 'schedule', 'token' => $this->token()]);

        $html = CronCommand::configurationPage();

        self::assertStringContainsString('controller=cron', $html);
        self::assertStringContainsString('token=' . $this->token(), $html);
        self::assertStringContainsString('ok: Scheduled _GET_ORDERS_DATA_', $html);
        self::assertStringNotContainsString($this->expected['secret_key'], $html);
    }

    public function testWrongSecretKeyShownInBackOffice(): void
    {
        $this->database->setConfiguration('PWAPRESTA_SECRET_KEY', 'a-wrong-secret-key-0123456789');

        $html = CronCommand::configurationPage(['pwapresta_run_job' => 'orders']);

        self::assertStringContainsString('Job orders failed: MWS returned error SignatureDoesNotMatch', $html);
        self::assertStringContainsString('check the access key id, the secret key and the seller id', $html);
        self::assertStringNotContainsString('a-wrong-secret-key-0123456789', $html);
        self::assertSame('failed', $this->database->value("SELECT last_status FROM ps_pwapresta_job WHERE job = 'orders'"));
    }

    private static function reportFixture(): string
    {
        return dirname(__DIR__) . '/fixtures/report-orders-xml-in-constructed.xml';
    }
}
