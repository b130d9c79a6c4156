<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

require_once __DIR__ . '/Fake/bootstrap.php';

use PHPUnit\Framework\TestCase;
use PwaPresta\Api;
use PwaPresta\Engine\NativeEngine;
use PwaPresta\Engine\PhpEngine;
use PwaPresta\Module\Config\Keys;
use PwaPresta\Module\Iopn\IopnRequest;
use PwaPresta\Module\Iopn\NotificationStatus;
use PwaPresta\Module\Order\OrderLock;
use PwaPresta\Tests\Module\Fake\Shop;

/**
 * The IOPN endpoint and notification processor against in-memory fakes of the shop, on both engines:
 * answers, storage, idempotence, ordering of notifications and the transition guard.
 */
final class IopnEndpointUnitTest extends TestCase
{
    protected function tearDown(): void
    {
        Api::useEngine(null);
    }

    /** @return array<string, array{0: string}> */
    public static function engines(): array
    {
        return ['php' => ['php'], 'native' => ['native']];
    }

    private function shop(string $engine): Shop
    {
        if ($engine === 'native' && !NativeEngine::isAvailable()) {
            self::markTestSkipped('The pwapresta extension is not loaded.');
        }
        Api::useEngine($engine === 'native' ? new NativeEngine() : new PhpEngine());

        return new Shop();
    }

    /** @dataProvider engines */
    public function testGetIsRejectedWith405(string $engine): void
    {
        $response = $this->shop($engine)->endpoint->handle(new IopnRequest('GET', [], 0, ''));

        self::assertSame(405, $response->status);
        self::assertSame('POST', $response->headers['Allow']);
    }

    /** @dataProvider engines */
    public function testOversizedBodyIsRejectedWith413(string $engine): void
    {
        $request = new IopnRequest('POST', [], 12 * 1024 * 1024 + 1, '');

        self::assertSame(413, $this->shop($engine)->endpoint->handle($request)->status);
    }

    /** @dataProvider engines */
    public function testUnconfiguredModuleAnswers503(string $engine): void
    {
        $shop = $this->shop($engine);
        unset($shop->settingsStore->values[Keys::SECRET_KEY]);

        self::assertSame(503, $shop->postSample('01-new-order-A.post')->status);
        self::assertSame([], $shop->store->rows);
    }

    /** @dataProvider engines */
    public function testIopnSwitchedOffAnswers404(string $engine): void
    {
        $shop = $this->shop($engine);
        $shop->settingsStore->values[Keys::SYNCHRONISATION] = 'mws';

        self::assertSame(404, $shop->postSample('01-new-order-A.post')->status);
    }

    /** @dataProvider engines */
    public function testNewOrderCreatesOrderInAwaitingState(string $engine): void
    {
        $shop = $this->shop($engine);

        $response = $shop->postSample('01-new-order-A.post');

        self::assertSame(200, $response->status);
        self::assertCount(1, $shop->orders->orders);
        self::assertSame(Shop::AWAITING, $shop->orders->orders[1]['state']);
        self::assertSame([], $shop->orders->stateChanges);
        self::assertSame(1, $shop->links->links['403-1111111-2222222']['id_order']);
        self::assertSame(42, $shop->links->links['403-1111111-2222222']['id_cart_origin']);
        self::assertSame(NotificationStatus::PROCESSED, $shop->store->rows[1]['status']);
    }

    /** @dataProvider engines */
    public function testNewOrderAmountsAreAmazonCharges(string $engine): void
    {
        $shop = $this->shop($engine);
        $shop->postSample('01-new-order-A.post');
        $amounts = $shop->orders->orders[1]['amounts'];

        self::assertSame(129849, $amounts->products);
        self::assertSame(4000, $amounts->shipping);
        self::assertSame(2500, $amounts->wrapping);
        self::assertSame(10000, $amounts->discounts);
        self::assertSame(126349, $amounts->total);
        self::assertTrue($amounts->isConsistent());
    }

    /** @dataProvider engines */
    public function testNewOrderCartHoldsAmazonItems(string $engine): void
    {
        $shop = $this->shop($engine);
        $shop->postSample('01-new-order-A.post');
        $cart = $shop->orders->carts[101];

        self::assertSame([
            ['product_id' => 1, 'product_attribute_id' => 1, 'quantity' => 2, 'total' => 99800],
            ['product_id' => 6, 'product_attribute_id' => 0, 'quantity' => 1, 'total' => 29950],
            ['product_id' => 8, 'product_attribute_id' => 0, 'quantity' => 3, 'total' => 99],
        ], $cart['lines']);
        self::assertSame('Happy birthday, Aai!', $cart['giftMessage']);
        self::assertSame('INR', $cart['currency']);
    }

    /** @dataProvider engines */
    public function testAddressKeepsUnicodeAndQuotes(string $engine): void
    {
        $shop = $this->shop($engine);
        $shop->postSample('01-new-order-A.post');
        $address = $shop->orders->addresses[1];

        self::assertSame('अनया', $address['firstname']);
        self::assertSame('देशपांडे', $address['lastname']);
        self::assertSame('Flat 7, Sai Krupa "B" Wing', $address['address1']);
        self::assertSame("O'Brien Lane, Bandra (W)", $address['address2']);
        self::assertSame('400 050', $address['postcode']);
        self::assertSame('IN', $address['country_iso']);
        self::assertSame('+91 98200 00000', $address['phone']);
        self::assertSame(['email' => 'anaya.d@example.in', 'firstname' => 'Anaya', 'lastname' => 'Deshpande'], $shop->orders->customers[1]);
    }

    /** @dataProvider engines */
    public function testRepeatedNewOrderMakesOneOrder(string $engine): void
    {
        $shop = $this->shop($engine);

        $first = $shop->postSample('01-new-order-A.post');
        $second = $shop->postSample('01-new-order-A.post');

        self::assertSame(200, $first->status);
        self::assertSame(200, $second->status);
        self::assertSame('Already processed.', $second->body);
        self::assertCount(1, $shop->orders->orders);
        self::assertCount(1, $shop->store->rows);
    }

    /** @dataProvider engines */
    public function testSameNotificationWithNewUuidMakesOneOrder(string $engine): void
    {
        $shop = $this->shop($engine);
        $shop->postSample('01-new-order-A.post');

        $again = $shop->post($shop->resign(Shop::fields('01-new-order-A.post'), '9a9a9a9a-0000-4000-8000-000000000001'));

        self::assertSame(200, $again->status);
        self::assertCount(1, $shop->orders->orders);
        self::assertCount(1, $shop->store->rows);
    }

    /** @dataProvider engines */
    public function testLifecycleMovesOrderToPaymentAccepted(string $engine): void
    {
        $shop = $this->shop($engine);

        self::assertSame(200, $shop->postSample('01-new-order-A.post')->status);
        self::assertSame(200, $shop->postSample('02-ready-to-ship-A.post')->status);
        self::assertSame(200, $shop->postSample('02-ready-to-ship-A.post')->status);

        self::assertSame([[1, Shop::ACCEPTED]], $shop->orders->stateChanges);
        self::assertSame(Shop::ACCEPTED, $shop->orders->orders[1]['state']);
    }

    /** @dataProvider engines */
    public function testReadyToShipBeforeNewOrderCreatesThenAccepts(string $engine): void
    {
        $shop = $this->shop($engine);

        self::assertSame(200, $shop->postSample('02-ready-to-ship-A.post')->status);
        self::assertSame(200, $shop->postSample('01-new-order-A.post')->status);

        self::assertCount(1, $shop->orders->orders);
        self::assertSame([[1, Shop::ACCEPTED]], $shop->orders->stateChanges);
        self::assertSame(Shop::ACCEPTED, $shop->orders->orders[1]['state']);
    }

    /** @dataProvider engines */
    public function testCancellationCancelsOrder(string $engine): void
    {
        $shop = $this->shop($engine);

        $shop->postSample('03-new-order-B.post');
        $response = $shop->postSample('04-cancelled-B.post');

        self::assertSame(200, $response->status);
        self::assertSame(Shop::CANCELLED, $shop->orders->orders[1]['state']);
    }

    /** @dataProvider engines */
    public function testCancelledAfterShippedIsIgnored(string $engine): void
    {
        $shop = $this->shop($engine);
        $shop->postSample('03-new-order-B.post');
        $shop->orders->orders[1]['state'] = Shop::SHIPPED;

        $response = $shop->postSample('04-cancelled-B.post');

        self::assertSame(200, $response->status);
        self::assertSame(Shop::SHIPPED, $shop->orders->orders[1]['state']);
        self::assertSame([], $shop->orders->stateChanges);
        self::assertSame(NotificationStatus::PROCESSED, $shop->store->rows[2]['status']);
    }

    /** @dataProvider engines */
    public function testUnmappedShippedStateIsGuardedByFlags(string $engine): void
    {
        $shop = $this->shop($engine);
        $shop->postSample('03-new-order-B.post');
        $shop->orders->orders[1]['state'] = 5;
        $shop->orders->stateFlags[5] = 'shipped';

        $shop->postSample('04-cancelled-B.post');

        self::assertSame(5, $shop->orders->orders[1]['state']);
    }

    /** @return array<string, array{0: string, 1: string}> */
    public static function rejectedDeliveries(): array
    {
        $cases = [];
        foreach (['php', 'native'] as $engine) {
            foreach (['forged', 'stale', 'future', 'unsigned', 'other access key'] as $case) {
                $cases[$engine . ' ' . $case] = [$engine, $case];
            }
        }

        return $cases;
    }

    /** @dataProvider rejectedDeliveries */
    public function testRejectedDeliveryAnswers403AndStoresNothing(string $engine, string $case): void
    {
        $shop = $this->shop($engine);
        $fields = Shop::fields('01-new-order-A.post');
        $offset = 3;
        match ($case) {
            'forged' => $fields['Signature'] = base64_encode(hash_hmac('sha1', $fields['UUID'] . $fields['Timestamp'], 'wrong secret', true)),
            'stale' => $offset = 901,
            'future' => $offset = -901,
            'unsigned' => $fields['Signature'] = '',
            'other access key' => $fields['AWSAccessKeyId'] = 'AKIAOTHERMERCHANT000',
        };

        $response = $shop->post($fields, $offset);

        self::assertSame(403, $response->status);
        self::assertSame([], $shop->store->rows);
        self::assertSame([], $shop->orders->orders);
    }

    /** @dataProvider engines */
    public function testTimestampAtToleranceEdgeIsAccepted(string $engine): void
    {
        $shop = $this->shop($engine);
        $fields = Shop::fields('01-new-order-A.post');

        self::assertSame(200, $shop->post($fields, 900)->status);
    }

    /** @dataProvider engines */
    public function testMalformedXmlIsStoredAndAnswers400(string $engine): void
    {
        $shop = $this->shop($engine);
        $fields = Shop::fields('01-new-order-A.post');
        $fields['NotificationData'] = '<NewOrderNotification><ProcessedOrder>';

        $response = $shop->post($shop->resign($fields, '7b7b7b7b-0000-4000-8000-000000000002'));

        self::assertSame(400, $response->status);
        self::assertSame(NotificationStatus::REJECTED, $shop->store->rows[1]['status']);
        self::assertStringContainsString('NotificationData=%3CNewOrderNotification', $shop->store->rows[1]['raw_body']);
        self::assertSame([], $shop->orders->orders);
    }

    /** @dataProvider engines */
    public function testTypeMismatchIsRejectedWith400(string $engine): void
    {
        $shop = $this->shop($engine);
        $fields = Shop::fields('01-new-order-A.post');
        $fields['NotificationType'] = 'OrderCancelledNotification';

        self::assertSame(400, $shop->post($fields)->status);
        self::assertSame([], $shop->orders->orders);
    }

    /** @return array<string, array{0: string, 1: string, 2: int}> */
    public static function countryCodes(): array
    {
        $cases = [];
        foreach (['php', 'native'] as $engine) {
            $cases[$engine . ' IND'] = [$engine, 'IND', 200];
            $cases[$engine . ' USA'] = [$engine, 'USA', 200];
            $cases[$engine . ' lower-case in'] = [$engine, 'in', 200];
            $cases[$engine . ' unknown XXX'] = [$engine, 'XXX', 400];
            $cases[$engine . ' unknown ZZ'] = [$engine, 'ZZ', 400];
        }

        return $cases;
    }

    /** @dataProvider countryCodes */
    public function testCountryCodeAlpha3AndUnknown(string $engine, string $code, int $status): void
    {
        $shop = $this->shop($engine);
        $fields = Shop::fields('01-new-order-A.post');
        $fields['NotificationData'] = str_replace('<CountryCode>IN</CountryCode>', '<CountryCode>' . $code . '</CountryCode>', $fields['NotificationData']);

        $response = $shop->post($shop->resign($fields, '5c5c5c5c-0000-4000-8000-000000000003'));

        self::assertSame($status, $response->status);
        self::assertSame($status === 200 ? NotificationStatus::PROCESSED : NotificationStatus::REJECTED, $shop->store->rows[1]['status']);
        self::assertCount($status === 200 ? 1 : 0, $shop->orders->orders);
    }

    /** @dataProvider engines */
    public function testOneWordBuyerNameKeepsFullName(string $engine): void
    {
        $shop = $this->shop($engine);
        $fields = Shop::fields('03-new-order-B.post');
        $fields['NotificationData'] = str_replace(['<BuyerName>Rohan Iyer</BuyerName>', '<Name>Rohan Iyer</Name>'], ['<BuyerName>Asha</BuyerName>', '<Name>Asha</Name>'], $fields['NotificationData']);

        self::assertSame(200, $shop->post($fields)->status);
        self::assertSame('Asha', $shop->orders->customers[1]['firstname']);
        self::assertSame('Asha', $shop->orders->customers[1]['lastname']);
        self::assertSame('Asha', $shop->orders->addresses[1]['lastname']);
    }

    /** @dataProvider engines */
    public function testUnknownProductIsRejectedThenRetried(string $engine): void
    {
        $shop = $this->shop($engine);
        unset($shop->orders->products[6]);

        $response = $shop->postSample('01-new-order-A.post');

        self::assertSame(400, $response->status);
        self::assertStringContainsString('SKU "demo_13"', $response->body);
        self::assertSame(NotificationStatus::REJECTED, $shop->store->rows[1]['status']);

        $shop->orders->products[6] = [];
        self::assertSame('Processed.', $shop->retrier->retry(1));
        self::assertCount(1, $shop->orders->orders);
    }

    /** @dataProvider engines */
    public function testDatabaseDownAnswers503ThenRecovers(string $engine): void
    {
        $shop = $this->shop($engine);
        $shop->store->down = true;

        self::assertSame(503, $shop->postSample('01-new-order-A.post')->status);

        $shop->store->down = false;
        self::assertSame(200, $shop->postSample('01-new-order-A.post')->status);
        self::assertCount(1, $shop->orders->orders);
    }

    /** @dataProvider engines */
    public function testBusyOrderLockAnswers503(string $engine): void
    {
        $shop = $this->shop($engine);
        $shop->locks->heldElsewhere[] = OrderLock::lockName('403-1111111-2222222');

        $response = $shop->postSample('01-new-order-A.post');

        self::assertSame(503, $response->status);
        self::assertSame(NotificationStatus::RECEIVED, $shop->store->rows[1]['status']);
        self::assertSame([], $shop->locks->held);
    }

    /** @dataProvider engines */
    public function testRetryFinishesOrderLeftHalfWay(string $engine): void
    {
        $shop = $this->shop($engine);
        $shop->orders->failValidateOrder = new \RuntimeException('mail server timed out');

        self::assertSame(503, $shop->postSample('01-new-order-A.post')->status);
        self::assertSame(NotificationStatus::FAILED, $shop->store->rows[1]['status']);

        self::assertSame(200, $shop->postSample('01-new-order-A.post')->status);
        self::assertCount(1, $shop->orders->orders);
        self::assertSame(1, $shop->links->links['403-1111111-2222222']['id_order']);
        self::assertNotNull($shop->orders->orders[1]['amounts']);
    }

    /** @dataProvider engines */
    public function testReplayedUuidWithOtherDataIsRejected(string $engine): void
    {
        $shop = $this->shop($engine);
        $shop->locks->heldElsewhere[] = OrderLock::lockName('403-3333333-4444444');
        self::assertSame(503, $shop->postSample('03-new-order-B.post')->status);
        $shop->locks->heldElsewhere = [];
        $replay = Shop::fields('03-new-order-B.post');
        $replay['NotificationData'] = str_replace('<Quantity>1</Quantity>', '<Quantity>9</Quantity>', $replay['NotificationData']);

        $response = $shop->post($replay);

        self::assertSame(400, $response->status);
        self::assertSame([], $shop->orders->orders);
        self::assertSame(200, $shop->postSample('03-new-order-B.post')->status);
        self::assertSame(1, $shop->orders->carts[101]['lines'][0]['quantity']);
    }

    /** @dataProvider engines */
    public function testLogsNeverContainSecret(string $engine): void
    {
        $shop = $this->shop($engine);
        $forged = Shop::fields('01-new-order-A.post');
        $forged['Signature'] = 'AAAA';
        $shop->post($forged);
        $shop->postSample('01-new-order-A.post');
        $shop->postSample('02-ready-to-ship-A.post');

        self::assertStringNotContainsString($shop->expected['secret_key'], $shop->logger->text());
        self::assertStringContainsString('3f0e2c4a-1b5d-4e6f-8a7b-9c0d1e2f3a40', $shop->logger->text());
        self::assertStringContainsString('403-1111111-2222222', $shop->logger->text());
    }
}
