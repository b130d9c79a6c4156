<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Fake;

use PwaPresta\Module\Config\Keys;
use PwaPresta\Module\Config\Settings;
use PwaPresta\Module\Iopn\IopnRequest;
use PwaPresta\Module\Iopn\IopnResponse;
use PwaPresta\Module\Iopn\NotificationEndpoint;
use PwaPresta\Module\Iopn\NotificationProcessor;
use PwaPresta\Module\Iopn\NotificationRetrier;
use PwaPresta\Module\Order\OrderImporter;
use PwaPresta\Module\Order\OrderLock;
use PwaPresta\Module\Order\StateChanger;

/**
 * The module's IOPN services wired to in-memory fakes, configured with the keys of the lifecycle
 * samples (tests/fixtures/iopn-lifecycle/expected.json).
 */
final class Shop
{
    public const AWAITING = 20;
    public const ACCEPTED = 2;
    public const SHIPPED = 4;
    public const CANCELLED = 6;
    public const REFUNDED = 7;

    public InMemorySettingsStore $settingsStore;
    public InMemoryNotificationStore $store;
    public InMemoryAmazonOrderLinks $links;
    public InMemoryOrderGateway $orders;
    public InMemoryLocks $locks;
    public ArrayLogger $logger;
    public FixedClock $clock;
    public NotificationEndpoint $endpoint;
    public NotificationRetrier $retrier;

    /** @var array<string, mixed> */
    public array $expected;

    public function __construct()
    {
        $this->expected = json_decode((string) file_get_contents(self::fixture('expected.json')), true, 512, JSON_THROW_ON_ERROR);
        $this->settingsStore = new InMemorySettingsStore([
            Keys::MERCHANT_ID => 'A2PWAPRESTAEXMPL',
            Keys::ACCESS_KEY_ID => $this->expected['access_key_id'],
            Keys::SECRET_KEY => $this->expected['secret_key'],
            Keys::OS_AWAITING_PAYMENT => (string) self::AWAITING,
            Keys::OS_PAYMENT_ACCEPTED => (string) self::ACCEPTED,
            Keys::OS_SHIPPED => (string) self::SHIPPED,
            Keys::OS_CANCELLED => (string) self::CANCELLED,
            Keys::OS_REFUNDED => (string) self::REFUNDED,
        ]);
        $this->store = new InMemoryNotificationStore();
        $this->links = new InMemoryAmazonOrderLinks();
        $this->orders = new InMemoryOrderGateway();
        $this->locks = new InMemoryLocks();
        $this->logger = new ArrayLogger();
        $this->clock = new FixedClock(0);

        $settings = new Settings($this->settingsStore);
        $lock = new OrderLock($this->locks, 0);
        $processor = new NotificationProcessor(
            $this->store,
            $lock,
            new OrderImporter($settings, $this->orders, $this->links, $this->logger),
            new StateChanger($settings, $this->orders, $lock, $this->logger),
            $this->logger,
        );
        $this->endpoint = new NotificationEndpoint($settings, $this->store, $processor, $this->clock, $this->logger);
        $this->retrier = new NotificationRetrier($this->store, $processor, $this->logger);
    }

    public static function fixture(string $name): string
    {
        return dirname(__DIR__, 2) . '/fixtures/iopn-lifecycle/' . $name;
    }

    /**
     * Reads the POST fields of a lifecycle sample, as PHP decodes them.
     *
     * @return array<string, string>
     */
    public static function fields(string $file): array
    {
        parse_str(trim((string) file_get_contents(self::fixture($file))), $fields);

        return $fields;
    }

    /** Posts fields with the clock a few seconds after their Timestamp (or $offsetSeconds after it). */
    public function post(array $fields, int $offsetSeconds = 3): IopnResponse
    {
        $this->clock->now = (int) strtotime((string) $fields['Timestamp']) + $offsetSeconds;
        $body = http_build_query($fields);

        return $this->endpoint->handle(new IopnRequest('POST', $fields, strlen($body), $body));
    }

    public function postSample(string $file, int $offsetSeconds = 3): IopnResponse
    {
        return $this->post(self::fields($file), $offsetSeconds);
    }

    /**
     * Re-signs fields with the samples' secret, for documents the tests change.
     *
     * @param array<string, string> $fields
     * @return array<string, string>
     */
    public function resign(array $fields, string $uuid): array
    {
        $fields['UUID'] = $uuid;
        $fields['Signature'] = base64_encode(hash_hmac('sha1', $uuid . $fields['Timestamp'], $this->expected['secret_key'], true));

        return $fields;
    }
}
