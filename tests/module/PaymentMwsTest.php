<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

require_once dirname(__DIR__) . '/sandbox/mws/autoload.php';

use PwaPresta\Tests\Module\Case\ModuleTestCase;
use PwaPresta\Tests\Sandbox\Mws\MwsSandbox;

/**
 * Amazon's payment seen through MWS only, against the double and the MWS sandbox: the report job
 * creates the order, and the orders job stores each OrderStatus, records the one OrderPayment
 * dated Amazon's LastUpdateDate when the order becomes Unshipped, and cancels and restocks a
 * Canceled order.
 */
final class PaymentMwsTest extends ModuleTestCase
{
    private const CRON_PATH = '/module/pwapresta/cron';
    private const TOKEN = 'cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd';
    private const ORDER = '403-7700001-0000001';
    /** India checkout marketplace that the module queries by default. */
    private const MARKETPLACE = 'AXGTNDD750VEM';
    /** Product 6 of the double (reference demo_13, no combinations). */
    private const PRODUCT = 6;

    private MwsSandbox $mws;

    protected function setUp(): void
    {
        parent::setUp();
        $this->mws = MwsSandbox::start();
        $this->mws->scenario()->addSeller($this->expected['access_key_id'], $this->expected['secret_key'], 'A2PWAPRESTAEXMPL');
        $this->database->setConfiguration('PWAPRESTA_MWS_ENDPOINT', $this->mws->endpoint());
        $this->database->setConfiguration('PWAPRESTA_SYNCHRONISATION', 'both');
        $this->database->setConfiguration('PWAPRESTA_CRON_TOKEN', self::TOKEN);
    }

    protected function tearDown(): void
    {
        $this->mws->stop();
    }

    public function testReportOrderWaitsForPayment(): void
    {
        $this->importReportOrder();

        self::assertSame($this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT'), $this->stateOf(self::ORDER));
        self::assertSame(0, $this->database->count('order_payment'));
    }

    public function testPendingStatusStoredAndOrderKeptAwaiting(): void
    {
        $this->importReportOrder();
        $this->mws->scenario()->addOrder(['AmazonOrderId' => self::ORDER, 'OrderStatus' => 'Pending', 'MarketplaceId' => self::MARKETPLACE]);

        $this->runJob('orders');
        $reports = $this->statusReports();

        self::assertSame($this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT'), $this->stateOf(self::ORDER));
        self::assertSame(0, $this->database->count('order_payment'));
        self::assertSame([['MWS', 'Pending']], array_map(static fn (array $row): array => [$row['source'], $row['status']], $reports));
    }

    public function testUnshippedRecordsOnePaymentDatedByAmazon(): void
    {
        $this->importReportOrder();
        $this->mws->scenario()->addOrder(['AmazonOrderId' => self::ORDER, 'OrderStatus' => 'Pending', 'MarketplaceId' => self::MARKETPLACE]);
        $this->runJob('orders');
        $confirmedAt = time() - 200;
        $this->mws->scenario()->setOrderStatus(self::ORDER, 'Unshipped', $confirmedAt);

        $this->runJob('orders');
        $payments = $this->database->rows('SELECT * FROM ps_order_payment');
        $order = $this->orderOf(self::ORDER);

        self::assertSame($this->configuredState('PWAPRESTA_OS_PAYMENT_ACCEPTED'), (int) $order['current_state']);
        self::assertCount(1, $payments);
        self::assertSame('Pay with Amazon', $payments[0]['payment_method']);
        self::assertSame(self::ORDER, $payments[0]['transaction_id']);
        self::assertSame('973.00', number_format((float) $payments[0]['amount'], 2, '.', ''));
        self::assertSame(date('Y-m-d H:i:s', $confirmedAt), $payments[0]['date_add']);
        self::assertSame('973.00', number_format((float) $order['total_paid_real'], 2, '.', ''));
    }

    public function testRepeatedUnshippedAddsNoSecondPayment(): void
    {
        $this->importReportOrder();
        $this->mws->scenario()->addOrder(['AmazonOrderId' => self::ORDER, 'OrderStatus' => 'Unshipped', 'MarketplaceId' => self::MARKETPLACE]);

        $this->runJob('orders');
        $this->database->execute("DELETE FROM ps_pwapresta_job WHERE job = 'orders'");
        $this->runJob('orders');

        self::assertSame(1, $this->database->count('order_payment'));
        self::assertSame(1, $this->database->count('pwapresta_status_report', "source = 'MWS' AND status = 'Unshipped'"));
    }

    public function testCanceledCancelsAndRestocks(): void
    {
        $before = $this->database->stock(self::PRODUCT);
        $this->importReportOrder();
        $taken = $this->database->stock(self::PRODUCT);
        $this->mws->scenario()->addOrder(['AmazonOrderId' => self::ORDER, 'OrderStatus' => 'Canceled', 'MarketplaceId' => self::MARKETPLACE]);

        $this->runJob('orders');

        self::assertSame($before - 2, $taken);
        self::assertSame($before, $this->database->stock(self::PRODUCT));
        self::assertSame($this->configuredState('PWAPRESTA_OS_CANCELLED'), $this->stateOf(self::ORDER));
        self::assertSame(0, $this->database->count('order_payment'));
    }

    private function importReportOrder(): void
    {
        $report = strtr((string) file_get_contents(dirname(__DIR__) . '/fixtures/report-orders-xml-in-constructed.xml'), [
            '403-0000001-0000001' => self::ORDER,
            'DEMO-TSHIRT-M' => 'demo_13',
        ]);
        $this->mws->scenario()->addReport('_GET_ORDERS_DATA_', $report);

        $this->runJob('report');
        self::assertNotNull($this->orderOf(self::ORDER), 'the report job created no order');
    }

    private function runJob(string $job): void
    {
        $response = $this->http->get(self::CRON_PATH, ['job' => $job, 'token' => self::TOKEN]);

        self::assertSame(200, $response->status, $response->body);
    }

    /** @return list<array<string, mixed>> */
    private function statusReports(): array
    {
        return $this->database->rows(
            'SELECT source, status, reported_at FROM ps_pwapresta_status_report WHERE amazon_order_id = ? ORDER BY id_pwapresta_status_report',
            [self::ORDER],
        );
    }
}
