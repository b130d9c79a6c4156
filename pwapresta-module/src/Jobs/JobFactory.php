<?php

declare(strict_types=1);

namespace PwaPresta\Module\Jobs;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Adapter\Database;
use PwaPresta\Module\Adapter\PrestaShopAmazonOrderLinks;
use PwaPresta\Module\Adapter\PrestaShopLocks;
use PwaPresta\Module\Adapter\PrestaShopLog;
use PwaPresta\Module\Adapter\PrestaShopOrderGateway;
use PwaPresta\Module\Adapter\PrestaShopPaymentGateway;
use PwaPresta\Module\Adapter\PrestaShopPaymentLedger;
use PwaPresta\Module\Adapter\PrestaShopSettingsStore;
use PwaPresta\Module\Config\Settings;
use PwaPresta\Module\Feeds\OrderItems;
use PwaPresta\Module\Mws\ApiTransport;
use PwaPresta\Module\Mws\MwsClient;
use PwaPresta\Module\Mws\MwsConfiguration;
use PwaPresta\Module\Mws\OrderSynchroniser;
use PwaPresta\Module\Mws\SystemSleeper;
use PwaPresta\Module\Order\OrderImporter;
use PwaPresta\Module\Order\OrderLock;
use PwaPresta\Module\Order\StateChanger;
use PwaPresta\Module\Payment\PaymentRecorder;
use PwaPresta\Module\Support\SystemClock;

/**
 * Wires the MWS client, the job runner and the three sync jobs to the shop's adapters.
 */
final class JobFactory
{
    private ?MwsClient $client = null;

    public function __construct(private \PaymentModule $module, private Database $database, private Settings $settings)
    {
    }

    public function mwsClient(): MwsClient
    {
        return $this->client ??= new MwsClient(
            MwsConfiguration::fromSettings($this->settings, new PrestaShopSettingsStore()),
            new ApiTransport(),
            new SystemClock(),
            new SystemSleeper(),
            new PrestaShopLog(),
        );
    }

    public function store(): JobStore
    {
        return new DatabaseJobStore($this->database);
    }

    public function cronJobs(JobRegistry $registry): CronJobs
    {
        return new CronJobs($registry, $this->runner(), $this->store());
    }

    public function runner(): JobRunner
    {
        return new JobRunner($this->store(), new SystemClock(), new PrestaShopLog());
    }

    public function cronToken(): CronToken
    {
        return new CronToken(new PrestaShopSettingsStore());
    }

    /** Registers schedule, report and orders. */
    public function registerSyncJobs(JobRegistry $registry): JobRegistry
    {
        return $registry
            ->add(ScheduleJob::NAME, fn (): Job => new ScheduleJob($this->mwsClient()))
            ->add(ReportJob::NAME, fn (): Job => new ReportJob(
                $this->mwsClient(),
                $this->synchroniser(),
                new PrestaShopLog(),
                sys_get_temp_dir(),
            ))
            ->add(OrdersJob::NAME, fn (): Job => new OrdersJob(
                $this->mwsClient(),
                $this->synchroniser(),
                $this->store(),
                new SystemClock(),
                new PrestaShopLog(),
            ));
    }

    private function synchroniser(): OrderSynchroniser
    {
        $log = new PrestaShopLog();
        $lock = new OrderLock(new PrestaShopLocks($this->database));
        $gateway = new PrestaShopOrderGateway($this->module, $this->database);
        $links = new PrestaShopAmazonOrderLinks($this->database);
        // The same recorder as the IOPN path (Adapter\Services::payments), so an MWS confirmation
        // records the one OrderPayment and every status MWS reports is stored.
        $payments = new PaymentRecorder(
            new PrestaShopPaymentGateway($this->database),
            new PrestaShopPaymentLedger($this->database),
            $links,
            $log,
        );

        return new OrderSynchroniser(
            $lock,
            new OrderImporter($this->settings, $gateway, $links, $log, $payments),
            new StateChanger($this->settings, $gateway, $lock, $log, $payments),
            new OrderItems($this->database),
        );
    }
}
