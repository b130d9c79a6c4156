<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Fake;

use PwaPresta\Module\Config\Keys;
use PwaPresta\Module\Config\Settings;
use PwaPresta\Module\Jobs\JobRunner;
use PwaPresta\Module\Jobs\OrdersJob;
use PwaPresta\Module\Jobs\ReportJob;
use PwaPresta\Module\Jobs\ScheduleJob;
use PwaPresta\Module\Mws\ApiTransport;
use PwaPresta\Module\Mws\MwsClient;
use PwaPresta\Module\Mws\MwsConfiguration;
use PwaPresta\Module\Mws\OrderSynchroniser;
use PwaPresta\Module\Order\OrderImporter;
use PwaPresta\Module\Order\OrderLock;
use PwaPresta\Module\Order\StateChanger;
use PwaPresta\Module\Support\SystemClock;
use PwaPresta\Tests\Sandbox\Mws\MwsSandbox;

/**
 * The in-memory shop of Shop with the MWS jobs wired to a running MWS sandbox: the sandbox knows
 * the shop's access key and secret key, and the client signs with the real clock.
 */
final class MwsShop
{
    public const SELLER_ID = 'A2PWAPRESTAEXMPL';

    public Shop $shop;
    public InMemoryJobStore $jobs;
    public RecordingSleeper $sleeper;
    public MwsClient $client;
    public OrderSynchroniser $synchroniser;
    public JobRunner $runner;

    public function __construct(public MwsSandbox $sandbox, ?string $sandboxSecret = null)
    {
        $this->shop = new Shop();
        $store = $this->shop->settingsStore;
        $store->set(Keys::MWS_ENDPOINT, $sandbox->endpoint());
        $sandbox->scenario()->addSeller(
            $this->accessKeyId(),
            $sandboxSecret ?? $this->secretKey(),
            self::SELLER_ID,
        );

        $settings = new Settings($store);
        $this->jobs = new InMemoryJobStore();
        $this->sleeper = new RecordingSleeper();
        $this->client = new MwsClient(
            MwsConfiguration::fromSettings($settings, $store),
            new ApiTransport(),
            new SystemClock(),
            $this->sleeper,
            $this->shop->logger,
        );
        $lock = new OrderLock($this->shop->locks, 0);
        $this->synchroniser = new OrderSynchroniser(
            $lock,
            new OrderImporter($settings, $this->shop->orders, $this->shop->links, $this->shop->logger),
            new StateChanger($settings, $this->shop->orders, $lock, $this->shop->logger),
        );
        $this->runner = new JobRunner($this->jobs, new SystemClock(), $this->shop->logger);
    }

    public function accessKeyId(): string
    {
        return (string) $this->shop->expected['access_key_id'];
    }

    public function secretKey(): string
    {
        return (string) $this->shop->expected['secret_key'];
    }

    public function scheduleJob(): ScheduleJob
    {
        return new ScheduleJob($this->client);
    }

    public function reportJob(): ReportJob
    {
        return new ReportJob($this->client, $this->synchroniser, $this->shop->logger, sys_get_temp_dir());
    }

    public function ordersJob(): OrdersJob
    {
        return new OrdersJob($this->client, $this->synchroniser, $this->jobs, new SystemClock(), $this->shop->logger);
    }

    /**
     * Returns an order report (_GET_ORDERS_DATA_) for the given Amazon order ids, built from the
     * constructed India report with its item SKU set to $sku (demo_6 is product 6 of the fake shop).
     */
    public static function orderReport(array $amazonOrderIds, string $sku = 'demo_6'): string
    {
        $template = (string) file_get_contents(dirname(__DIR__, 2) . '/fixtures/report-orders-xml-in-constructed.xml');
        $template = strtr($template, ['DEMO-TSHIRT-M' => $sku]);
        if (!preg_match('#^(.*?<MessageType>OrderReport</MessageType>\s*)(<Message>.*</Message>)(\s*</AmazonEnvelope>\s*)$#s', $template, $parts)) {
            throw new \RuntimeException('the report fixture has no Message to repeat');
        }
        $messages = '';
        foreach (array_values($amazonOrderIds) as $index => $amazonOrderId) {
            $messages .= strtr($parts[2], [
                '403-0000001-0000001' => $amazonOrderId,
                '<MessageID>1</MessageID>' => '<MessageID>' . ($index + 1) . '</MessageID>',
            ]);
        }

        return $parts[1] . $messages . $parts[3];
    }
}
