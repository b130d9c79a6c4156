<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Module\Iopn\BodyLimit;
use PwaPresta\Module\Iopn\NotificationEndpoint;
use PwaPresta\Tests\Module\Case\ModuleTestCase;
use PwaPresta\Tests\Module\Support\Environment;
use PwaPresta\Tests\Module\Support\HttpResponse;
use PwaPresta\Tests\Sandbox\DeliveryOptions;
use PwaPresta\Tests\Sandbox\IopnNotification;
use PwaPresta\Tests\Sandbox\IopnSandbox;

/**
 * Replays and oversized or odd requests against the module over HTTP. The IOPN signature covers
 * UUID and Timestamp only, so a captured (UUID, Timestamp, Signature) triple stays valid for 15
 * minutes with any other body. The endpoint must act on a UUID only with the content it first
 * carried, and on a new UUID of a stored notification only with that notification's content.
 */
final class IopnReplayTest extends ModuleTestCase
{
    private const ORDER_A = '403-1111111-2222222';
    private const ORDER_B = '403-3333333-4444444';
    private const REFERENCE_A = '403-1111111-2222222-NewOrder';
    private const PWAORDER_PATH = '/module/pwapresta/pwaorder';

    public function testRedeliveryUuidCannotCarryOtherData(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        [$uuid, $timestamp] = self::triple();
        $redelivery = $this->post(self::sample('01-new-order-A.post'), $uuid, $timestamp);
        $forged = self::changedSample('02-ready-to-ship-A.post', [
            '403-1111111-2222222-ReadyToShip' => 'forged-reference-1',
        ]);

        $replay = $this->post($forged, $uuid, $timestamp);

        self::assertSame(200, $redelivery->status, $redelivery->body);
        self::assertSame(400, $replay->status, $replay->body);
        self::assertStringContainsString('UUID', $replay->body);
        self::assertSame($this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT'), $this->stateOf(self::ORDER_A));
        self::assertSame(0, $this->mailCount('payment'));
        self::assertSame(1, $this->notificationCount());
        $pattern = '%' . $uuid . '%verified before with other content%';
        $logged = $this->database->count('log', 'message LIKE ?', [$pattern]);
        self::assertSame(1, $logged);
    }

    public function testStoredUuidCannotTakeOverOlderRow(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $this->database->execute(
            "UPDATE ps_pwapresta_notification SET status = 'failed' WHERE notification_reference_id = ?",
            [self::REFERENCE_A],
        );
        [$uuid, $timestamp] = self::triple();
        $genuine = self::changedSample('01-new-order-A.post', [
            self::REFERENCE_A => 'genuine-reference-E',
            self::ORDER_A => '403-1212121-3434343',
        ]);
        $stored = $this->post($genuine, $uuid, $timestamp);
        $takeover = self::changedSample('01-new-order-A.post', [
            '<AmazonOrderID>' . self::ORDER_A => '<AmazonOrderID>403-7777777-8888888',
        ]);

        $replay = $this->post($takeover, $uuid, $timestamp);

        self::assertSame(200, $stored->status, $stored->body);
        self::assertSame(400, $replay->status, $replay->body);
        self::assertNull($this->orderOf('403-7777777-8888888'));
        self::assertSame(2, $this->orderCount());
        $status = $this->database->value(
            'SELECT status FROM ps_pwapresta_notification WHERE notification_reference_id = ?',
            [self::REFERENCE_A],
        );
        self::assertSame('failed', $status);
    }

    public function testNewUuidWithOtherDataForStoredKeyIsRejected(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $changed = self::changedSample('01-new-order-A.post', [
            '<AmazonOrderID>' . self::ORDER_A => '<AmazonOrderID>403-7777777-8888888',
        ]);

        $result = $this->deliverOnce($changed);

        self::assertSame(400, $result->status, $result->body);
        self::assertNull($this->orderOf('403-7777777-8888888'));
        self::assertSame(1, $this->orderCount());
        self::assertSame('processed', $this->database->value('SELECT status FROM ps_pwapresta_notification'));
    }

    public function testFailedRowIsRetriedByGenuineRedelivery(): void
    {
        $this->deliverOnce(self::sample('03-new-order-B.post'));
        $this->database->execute("UPDATE ps_pwapresta_notification SET status = 'failed'");

        $result = $this->deliverOnce(self::sample('03-new-order-B.post'));

        self::assertSame(200, $result->status, $result->body);
        self::assertSame('processed', $this->database->value('SELECT status FROM ps_pwapresta_notification'));
    }

    public function testSameTripleAndDataIsAnsweredAgain(): void
    {
        [$uuid, $timestamp] = self::triple();

        $first = $this->post(self::sample('01-new-order-A.post'), $uuid, $timestamp);
        $second = $this->post(self::sample('01-new-order-A.post'), $uuid, $timestamp);

        self::assertSame(200, $first->status, $first->body);
        self::assertSame(200, $second->status, $second->body);
        self::assertSame(1, $this->orderCount());
        self::assertSame(1, $this->database->count('pwapresta_delivery'));
    }

    public function testRejectedUuidCannotCarryValidData(): void
    {
        [$uuid, $timestamp] = self::triple();
        $malformed = IopnNotification::fromData('<NewOrderNotification><ProcessedOrder>', 'NewOrderNotification');
        $rejected = $this->post($malformed, $uuid, $timestamp);

        $replay = $this->post(self::sample('01-new-order-A.post'), $uuid, $timestamp);

        self::assertSame(400, $rejected->status, $rejected->body);
        self::assertSame(400, $replay->status, $replay->body);
        self::assertSame(0, $this->orderCount());
        self::assertSame('rejected', $this->database->value('SELECT status FROM ps_pwapresta_notification'));
    }

    public function testReusedUuidWithOtherTypeIsRejected(): void
    {
        [$uuid, $timestamp] = self::triple();
        $this->post(self::sample('03-new-order-B.post'), $uuid, $timestamp);
        $sameData = self::sample('03-new-order-B.post');

        $replay = $this->post(new IopnNotification('OrderCancelledNotification', $sameData->data), $uuid, $timestamp);

        self::assertSame(400, $replay->status, $replay->body);
        self::assertSame($this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT'), $this->stateOf(self::ORDER_B));
    }

    public function testEveryVerifiedUuidIsRecorded(): void
    {
        $results = $this->deliver(self::sample('01-new-order-A.post'), new DeliveryOptions(rounds: 3, uuid: 'each'));
        $forged = $this->deliverOnce(self::sample('01-new-order-A.post'), new DeliveryOptions(signature: 'forged'));
        $recorded = array_column($this->database->rows('SELECT uuid FROM ps_pwapresta_delivery ORDER BY uuid'), 'uuid');
        $sent = array_map(static fn ($result): string => $result->uuid, $results);
        sort($sent);

        self::assertSame([200, 200, 200], self::statuses($results));
        self::assertSame(403, $forged->status, $forged->body);
        self::assertSame($sent, $recorded);
        self::assertSame(1, $this->notificationCount());
    }

    public function testParallelReplaysWithOtherDataAreRejected(): void
    {
        [$uuid, $timestamp] = self::triple();
        $this->post(self::sample('03-new-order-B.post'), $uuid, $timestamp);
        $options = new DeliveryOptions(parallel: 5, timestamp: $timestamp, uuid: $uuid);

        $results = $this->deliver(self::sample('04-cancelled-B.post'), $options);

        self::assertSame([400, 400, 400, 400, 400], self::statuses($results));
        self::assertSame($this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT'), $this->stateOf(self::ORDER_B));
    }

    public function testBodyOverPostMaxSizeGets413(): void
    {
        $limit = BodyLimit::bytes((string) ini_get('post_max_size'));
        if ($limit <= 0 || $limit >= 12 * 1024 * 1024) {
            self::markTestSkipped('post_max_size is unlimited or at least 12 MiB, so PHP never drops the body first.');
        }
        [$uuid, $timestamp] = self::triple();
        $body = $this->sandbox->formBody(self::sample('01-new-order-A.post'), $uuid, $timestamp);
        $body .= '&Padding=' . str_repeat('x', $limit);

        $response = $this->http->postForm(self::IOPN_PATH, $body);

        self::assertSame(413, $response->status, $response->body);
        self::assertStringContainsString('too large', $response->body);
        self::assertSame(0, $this->notificationCount());
        self::assertSame(0, $this->orderCount());
    }

    public function testBodyJustUnderPostMaxSizeIsProcessed(): void
    {
        $limit = BodyLimit::bytes((string) ini_get('post_max_size'));
        if ($limit <= 0 || $limit > 12 * 1024 * 1024) {
            self::markTestSkipped('post_max_size is unlimited or over 12 MiB here.');
        }
        [$uuid, $timestamp] = self::triple();
        $body = $this->sandbox->formBody(self::sample('03-new-order-B.post'), $uuid, $timestamp) . '&Padding=';
        $body .= str_repeat('x', $limit - strlen($body) - 1024);

        $response = $this->http->postForm(self::IOPN_PATH, $body);

        self::assertSame(200, $response->status, $response->body);
        self::assertSame(1, $this->orderCount());
    }

    public function testChunkedBodyOverPostMaxSizeGets413(): void
    {
        $limit = BodyLimit::bytes((string) ini_get('post_max_size'));
        if ($limit <= 0 || $limit >= 12 * 1024 * 1024) {
            self::markTestSkipped('post_max_size is unlimited or at least 12 MiB, so PHP never drops the body first.');
        }
        [$uuid, $timestamp] = self::triple();
        $body = $this->sandbox->formBody(self::sample('01-new-order-A.post'), $uuid, $timestamp);
        $body .= '&Padding=' . str_repeat('x', $limit);

        $response = $this->http->postForm(self::IOPN_PATH, $body, ['Transfer-Encoding' => 'chunked']);

        self::assertSame(413, $response->status, $response->body);
        self::assertSame(0, $this->notificationCount());
    }

    public function testBodyWithoutFormFieldsGets415(): void
    {
        $response = $this->http->request('POST', self::IOPN_PATH, '{"NotificationType":"NewOrderNotification"}', [
            'Content-Type' => 'application/json',
        ]);

        self::assertSame(415, $response->status, $response->body);
        self::assertStringContainsString('application/x-www-form-urlencoded', $response->body);
        self::assertSame(0, $this->notificationCount());
    }

    public function testOverlongUuidGets400AndNothingStored(): void
    {
        $uuid = str_repeat('a', 65);
        [, $timestamp] = self::triple();

        $response = $this->post(self::sample('01-new-order-A.post'), $uuid, $timestamp);

        self::assertSame(400, $response->status, $response->body);
        self::assertSame(0, $this->notificationCount());
        self::assertSame(0, $this->database->count('pwapresta_delivery'));
        self::assertSame(0, $this->orderCount());
    }

    /** @return array<string, array{0: string, 1: int}> */
    public static function iniQuantities(): array
    {
        return [
            'megabytes' => ['8M', 8 * 1024 * 1024],
            'lower-case kilobytes' => ['512k', 512 * 1024],
            'gigabytes' => ['1G', 1024 * 1024 * 1024],
            'plain bytes' => ['1000', 1000],
            'padded' => [' 2M ', 2 * 1024 * 1024],
            'zero is no limit' => ['0', 0],
            'empty' => ['', 0],
            'unknown suffix' => ['8X', 0],
        ];
    }

    /** @dataProvider iniQuantities */
    public function testBodyLimitReadsIniQuantities(string $quantity, int $bytes): void
    {
        self::assertSame($bytes, BodyLimit::bytes($quantity));
    }

    public function testBodyLimitNeverExceedsPostMaxSize(): void
    {
        $postMaxSize = BodyLimit::bytes((string) ini_get('post_max_size'));

        $limit = BodyLimit::forServer();

        self::assertLessThanOrEqual(NotificationEndpoint::MAX_BODY_BYTES, $limit);
        self::assertTrue($postMaxSize === 0 || $limit <= $postMaxSize, "limit $limit, post_max_size $postMaxSize");
    }

    public function testArrayQueryParametersAreIgnored(): void
    {
        $logSize = $this->serverLogSize();
        $query = 'amznPmtsOrderIds[]=' . self::ORDER_A . '&amznPmtsPaymentStatus[]=Success&amznPmtsReqId[x]=1';

        $response = $this->http->get(self::PWAORDER_PATH . '?' . $query);
        $log = $this->serverLogSince($logSize);

        self::assertSame(200, $response->status);
        self::assertStringContainsString('Thank you for your order', $response->body);
        self::assertStringNotContainsString('Array to string conversion', $log);
        self::assertStringNotContainsString('Array to string conversion', $response->body);
    }

    public function testStringQueryParametersStillWork(): void
    {
        $response = $this->http->get(self::PWAORDER_PATH, ['amznPmtsOrderIds' => self::ORDER_A . ',' . self::ORDER_B]);

        self::assertSame(200, $response->status);
        self::assertStringContainsString('being confirmed', $response->body);
        self::assertStringContainsString(self::ORDER_A, $response->body);
    }

    /** @return array{0: string, 1: string} a fresh UUID and the current IOPN timestamp */
    private static function triple(): array
    {
        return [IopnSandbox::newUuid(), IopnSandbox::formatTimestamp(new \DateTimeImmutable('now'))];
    }

    /** Posts $notification signed with the given UUID and Timestamp, as a replay of that triple would. */
    private function post(IopnNotification $notification, string $uuid, string $timestamp): HttpResponse
    {
        return $this->http->postForm(self::IOPN_PATH, $this->sandbox->formBody($notification, $uuid, $timestamp));
    }

    private function serverLogPath(): string
    {
        return Environment::runDirectory() . '/php-server-' . (getenv('PWA_ENGINE') ?: 'php') . '.log';
    }

    private function serverLogSize(): int
    {
        clearstatcache();

        return is_file($this->serverLogPath()) ? (int) filesize($this->serverLogPath()) : 0;
    }

    private function serverLogSince(int $offset): string
    {
        clearstatcache();
        $log = (string) @file_get_contents($this->serverLogPath(), false, null, $offset);

        return $log;
    }
}
