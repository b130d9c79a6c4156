<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Adapter\Database;
use PwaPresta\Module\Adapter\PrestaShopLog;
use PwaPresta\Module\Adapter\PrestaShopPaymentGateway;
use PwaPresta\Module\Adapter\PrestaShopSettingsStore;
use PwaPresta\Module\Config\Settings;
use PwaPresta\Module\Jobs\Job;
use PwaPresta\Module\Jobs\JobRegistry;
use PwaPresta\Module\Mws\MwsClient;
use PwaPresta\Module\Mws\MwsConfiguration;
use PwaPresta\Module\Support\SystemClock;

/**
 * Wires the feed queue, the feed builders, the state-change listener and the feed job to the
 * shop's adapters, once per request.
 */
final class FeedServices
{
    /** Hooks the feeds need, registered at install. */
    public const HOOKS = [
        'actionOrderHistoryAddAfter',
        'actionOrderStatusPostUpdate',
        'actionOrderSlipAdd',
        'displayAdminAfterHeader',
    ];

    /** @var callable(): MwsClient */
    private $client;

    /** @var \Closure(string, array<string, string>): string */
    private \Closure $translate;

    /**
     * @param callable(): MwsClient $client
     * @param \Closure(string, array<string, string>): string $translate the module's trans() in
     *     Modules.Pwapresta.Admin
     */
    public function __construct(private Database $database, private Settings $settings, callable $client, \Closure $translate)
    {
        $this->client = $client;
        $this->translate = $translate;
    }

    public function queue(): FeedQueue
    {
        return new FeedQueue($this->database);
    }

    public function items(): OrderItems
    {
        return new OrderItems($this->database);
    }

    public function orders(): ShopOrders
    {
        return new ShopOrders($this->database);
    }

    public function tracking(): TrackingDetails
    {
        return new TrackingDetails($this->database);
    }

    public function shipments(): ShipmentFeeds
    {
        return new ShipmentFeeds($this->merchantIdentifier(), $this->queue(), $this->items(), $this->orders(), $this->tracking());
    }

    public function refunds(): RefundFeeds
    {
        return new RefundFeeds($this->merchantIdentifier(), $this->queue(), $this->items(), $this->orders(), new RefundAllocator());
    }

    public function cancellations(): CancellationFeeds
    {
        return new CancellationFeeds($this->merchantIdentifier(), $this->queue(), $this->items(), $this->orders());
    }

    public function listener(): StateChangeListener
    {
        return new StateChangeListener(
            $this->settings,
            $this->orders(),
            $this->shipments(),
            $this->refunds(),
            $this->cancellations(),
            $this->rejection(),
            new SystemClock(),
            new PrestaShopLog(),
        );
    }

    public function rejection(): CancellationRejection
    {
        $gateway = new PrestaShopPaymentGateway($this->database);

        return new CancellationRejection(
            $this->settings,
            $this->orders(),
            $this->queue(),
            new OrderStateRestorer($this->database),
            $this->rejections(),
            new BackOfficeNotice(),
            new SystemClock(),
            new PrestaShopLog(),
            $gateway->addPrivateMessage(...),
            $this->translate,
        );
    }

    public function rejections(): CancellationRejections
    {
        return new CancellationRejections($this->database);
    }

    public function deadlines(): ShipmentDeadlines
    {
        return new ShipmentDeadlines($this->database);
    }

    public function orderPage(): OrderFeedsPage
    {
        return new OrderFeedsPage(
            $this->queue(),
            $this->items(),
            $this->shipments(),
            $this->tracking(),
            $this->orders(),
            $this->rejections(),
        );
    }

    /** Adds the feed job to the registry of the cron URL, the command line and the cron tasks manager. */
    public function registerJobs(JobRegistry $registry): JobRegistry
    {
        return $registry->add(FeedJob::NAME, fn (): Job => new FeedJob(
            $this->queue(),
            ($this->client)(),
            new SystemClock(),
            new PrestaShopLog(),
        ));
    }

    /** Returns the MerchantIdentifier of feed envelopes: the MWS seller id, else the merchant id. */
    private function merchantIdentifier(): string
    {
        return MwsConfiguration::fromSettings($this->settings, new PrestaShopSettingsStore())->sellerId;
    }
}
