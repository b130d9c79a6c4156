<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Case\ModuleTestCase;
use PwaPresta\Tests\Module\Support\Database;
use PwaPresta\Tests\Module\Support\MariaDb;
use PwaPresta\Tests\Sandbox\DeliveryOptions;
use PwaPresta\Tests\Sandbox\IopnNotification;

/**
 * The IOPN endpoint over HTTP: deliveries it rejects, data it cannot use, a database outage, and
 * shop settings that must not block it.
 */
final class IopnRejectionTest extends ModuleTestCase
{
    /** @return array<string, array{0: DeliveryOptions}> */
    public static function forgedDeliveries(): array
    {
        return [
            'forged signature' => [new DeliveryOptions(signature: 'forged')],
            'missing signature' => [new DeliveryOptions(signature: 'missing')],
            'stale timestamp' => [new DeliveryOptions(timestamp: 'stale')],
            'future timestamp' => [new DeliveryOptions(timestamp: 'future')],
        ];
    }

    /** @dataProvider forgedDeliveries */
    public function testForgedDeliveryGets403AndNothing(DeliveryOptions $options): void
    {
        $result = $this->deliverOnce(self::sample('01-new-order-A.post'), $options);

        self::assertSame(403, $result->status, $result->body);
        self::assertSame(0, $this->orderCount());
        self::assertSame(0, $this->notificationCount());
    }

    public function testGetGets405(): void
    {
        $response = $this->http->get(self::IOPN_PATH);

        self::assertSame(405, $response->status);
        self::assertSame(0, $this->notificationCount());
    }

    public function testMalformedXmlIsStoredWith400(): void
    {
        $result = $this->deliverOnce(IopnNotification::fromData('<NewOrderNotification><ProcessedOrder>', 'NewOrderNotification'));
        $row = $this->database->row('SELECT status, raw_body FROM ps_pwapresta_notification');

        self::assertSame(400, $result->status, $result->body);
        self::assertSame('rejected', $row['status']);
        self::assertStringContainsString('NotificationData=%3CNewOrderNotification%3E%3CProcessedOrder%3E', $row['raw_body']);
        self::assertSame(0, $this->orderCount());
    }

    public function testDatabaseDownGets503ThenRecovers(): void
    {
        MariaDb::stop();
        try {
            $down = $this->deliverOnce(self::sample('01-new-order-A.post'), new DeliveryOptions(uuid: 'sample'));
        } finally {
            MariaDb::start();
            $this->database = new Database();
        }

        $back = $this->deliverOnce(self::sample('01-new-order-A.post'), new DeliveryOptions(uuid: 'sample'));

        self::assertSame(503, $down->status, $down->body);
        self::assertSame(200, $back->status, $back->body);
        self::assertSame(1, $this->orderCount());
    }

    /** @return array<string, array{0: string, 1: int}> */
    public static function countryCodes(): array
    {
        return ['alpha-3 IND' => ['IND', 200], 'alpha-3 USA' => ['USA', 200], 'unknown XXX' => ['XXX', 400]];
    }

    /** @dataProvider countryCodes */
    public function testCountryCodes(string $code, int $status): void
    {
        $notification = self::changedSample('03-new-order-B.post', ['<CountryCode>IN</CountryCode>' => '<CountryCode>' . $code . '</CountryCode>']);

        $result = $this->deliverOnce($notification);

        self::assertSame($status, $result->status, $result->body);
        self::assertSame($status === 200 ? 1 : 0, $this->orderCount());
        self::assertSame($status === 200 ? 'processed' : 'rejected', $this->database->value('SELECT status FROM ps_pwapresta_notification'));
    }

    public function testOneWordNameKeepsFullName(): void
    {
        $notification = self::changedSample('03-new-order-B.post', [
            '<BuyerName>Rohan Iyer</BuyerName>' => '<BuyerName>Asha</BuyerName>',
            '<Name>Rohan Iyer</Name>' => '<Name>Asha</Name>',
        ]);

        $result = $this->deliverOnce($notification);
        $customer = $this->database->row('SELECT firstname, lastname FROM ps_customer WHERE email = ?', ['rohan.iyer@example.in']);

        self::assertSame(200, $result->status, $result->body);
        self::assertSame(['firstname' => 'Asha', 'lastname' => 'Asha'], $customer);
    }

    /** @return array<string, array{0: string, 1: string}> */
    public static function blockingSettings(): array
    {
        return [
            'maintenance mode' => ['PS_SHOP_ENABLE', '0'],
            'forced SSL' => ['PS_SSL_ENABLED', '1'],
            'geolocation' => ['PS_GEOLOCATION_ENABLED', '1'],
        ];
    }

    /** @dataProvider blockingSettings */
    public function testShopSettingsNeverBlockEndpoint(string $name, string $value): void
    {
        $this->database->setConfiguration($name, $value);

        $result = $this->deliverOnce(self::sample('03-new-order-B.post'));

        self::assertSame(200, $result->status, $result->body);
        self::assertSame(1, $this->orderCount());
    }
}
