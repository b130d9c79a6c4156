<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Case;

use PHPUnit\Framework\TestCase;
use PwaPresta\Tests\Module\Support\Database;
use PwaPresta\Tests\Module\Support\Environment;
use PwaPresta\Tests\Module\Support\HttpClient;
use PwaPresta\Tests\Module\Support\ShopData;
use PwaPresta\Tests\Sandbox\DeliveryOptions;
use PwaPresta\Tests\Sandbox\DeliveryResult;
use PwaPresta\Tests\Sandbox\IopnNotification;
use PwaPresta\Tests\Sandbox\IopnSandbox;

/**
 * Base of the module's HTTP tests: a fresh shop with pwapresta installed and configured with the
 * keys of the lifecycle samples, the IOPN sandbox aimed at the module's endpoint, and helpers that
 * read the shop's orders from the database.
 */
abstract class ModuleTestCase extends TestCase
{
    public const IOPN_PATH = '/module/pwapresta/iopn';

    protected Database $database;
    protected HttpClient $http;
    protected IopnSandbox $sandbox;

    /** @var array<string, mixed> */
    protected array $expected;

    protected function setUp(): void
    {
        if (!Environment::isHarnessRunning()) {
            self::markTestSkipped('Run through tests/module/run.sh, which starts MariaDB and the web server.');
        }

        ShopData::resetWithModule('pwapresta');
        $this->expected = json_decode((string) file_get_contents(self::fixture('expected.json')), true, 512, JSON_THROW_ON_ERROR);
        $this->database = new Database();
        $this->database->setConfiguration('PWAPRESTA_MERCHANT_ID', 'A2PWAPRESTAEXMPL');
        $this->database->setConfiguration('PWAPRESTA_ACCESS_KEY_ID', $this->expected['access_key_id']);
        $this->database->setConfiguration('PWAPRESTA_SECRET_KEY', $this->expected['secret_key']);
        $this->http = new HttpClient();
        $this->sandbox = IopnSandbox::withSampleKeys(Environment::shopUrl() . self::IOPN_PATH);
    }

    public static function fixture(string $name): string
    {
        return Environment::repositoryRoot() . '/tests/fixtures/iopn-lifecycle/' . $name;
    }

    public static function sample(string $file): IopnNotification
    {
        return IopnNotification::fromPostFile(self::fixture($file));
    }

    /** Returns a sample whose NotificationData has each key of $replacements replaced by its value. */
    public static function changedSample(string $file, array $replacements): IopnNotification
    {
        parse_str(trim((string) file_get_contents(self::fixture($file))), $fields);

        return IopnNotification::fromData(strtr((string) $fields['NotificationData'], $replacements), (string) $fields['NotificationType']);
    }

    /** @return list<DeliveryResult> */
    protected function deliver(IopnNotification $notification, DeliveryOptions $options = new DeliveryOptions()): array
    {
        return $this->sandbox->deliver($notification, $options);
    }

    protected function deliverOnce(IopnNotification $notification, DeliveryOptions $options = new DeliveryOptions()): DeliveryResult
    {
        return $this->deliver($notification, $options)[0];
    }

    /** @return list<int> the HTTP statuses of the results */
    protected static function statuses(array $results): array
    {
        return array_map(static fn (DeliveryResult $result): int => $result->status, $results);
    }

    /** @return array<string, mixed>|null the shop order linked to an Amazon order */
    protected function orderOf(string $amazonOrderId): ?array
    {
        return $this->database->row(
            'SELECT o.* FROM ps_pwapresta_order l JOIN ps_orders o ON o.id_order = l.id_order WHERE l.amazon_order_id = ?',
            [$amazonOrderId],
        );
    }

    protected function stateOf(string $amazonOrderId): int
    {
        return (int) ($this->orderOf($amazonOrderId)['current_state'] ?? 0);
    }

    protected function configuredState(string $key): int
    {
        return (int) $this->database->configuration($key);
    }

    protected function orderCount(): int
    {
        return $this->database->count('orders');
    }

    protected function notificationCount(): int
    {
        return $this->database->count('pwapresta_notification');
    }

    protected function mailCount(string $template): int
    {
        return $this->database->count('mail', 'template = ?', [$template]);
    }
}
