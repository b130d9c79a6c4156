<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\FutureTimestampException;
use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\MissingFieldException;
use PwaPresta\Exception\SignatureMismatchException;
use PwaPresta\Exception\StaleTimestampException;
use PwaPresta\Exception\UnknownAccessKeyException;
use PwaPresta\Exception\UnknownNotificationTypeException;

final class IopnVerifyTest extends EngineTestCase
{
    private const SECRET = 'pwaExampleSecret/Key+0123456789abcdefghij';
    private const KEY_ID = 'AKIAEXAMPLEPWAIN0001';
    private const UUID = '0b6f3c1e-4c2a-4f55-9d7e-000000000019';
    private const TIMESTAMP = '2015-06-01T10:15:31.250Z';
    private const TIMESTAMP_UNIX = 1433153731;
    private const SIGNATURE = 'YU+unJBQsKz0/KeHHFgsDo1KVBw=';

    /** @return array<string, string> */
    private static function fields(): array
    {
        return [
            'UUID' => self::UUID,
            'Timestamp' => self::TIMESTAMP,
            'AWSAccessKeyId' => self::KEY_ID,
            'Signature' => self::SIGNATURE,
            'NotificationType' => 'NewOrderNotification',
            'NotificationData' => '<NewOrderNotification/>',
        ];
    }

    private static function verify(Engine $engine, array $fields, int $now = self::TIMESTAMP_UNIX, int $tolerance = 900): array
    {
        return $engine->verifyNotification($fields, self::SECRET, self::KEY_ID, $now, $tolerance);
    }

    /** @dataProvider engines */
    public function testSignatureWithPlusAndSlashVerifies(Engine $engine): void
    {
        self::assertSame(
            [
                'notification_type' => 'NewOrderNotification',
                'uuid' => self::UUID,
                'timestamp' => self::TIMESTAMP,
                'timestamp_unix' => self::TIMESTAMP_UNIX,
                'aws_access_key_id' => self::KEY_ID,
            ],
            self::verify($engine, self::fields(), self::TIMESTAMP_UNIX + 3),
        );
    }

    /** @dataProvider engines */
    public function testComputedVectorsVerify(Engine $engine): void
    {
        foreach (self::jsonFixture('iopn-signature-vectors.json')['cases'] as $case) {
            $fields = ['UUID' => $case['UUID'], 'Timestamp' => $case['Timestamp'],
                'AWSAccessKeyId' => 'KEY', 'Signature' => $case['expected_signature'],
                'NotificationType' => 'NewOrderNotification', 'NotificationData' => '<x/>'];
            $now = strtotime(substr($case['Timestamp'], 0, 19) . 'Z');
            if ($now === false) {
                // The vector with Timestamp "b" only checks the signature formula.
                continue;
            }
            $result = $engine->verifyNotification($fields, $case['secret'], 'KEY', $now, 900);
            self::assertSame($case['UUID'], $result['uuid'], $case['name']);
        }
    }

    /** @dataProvider engines */
    public function testBothFormEncodingsVerify(Engine $engine): void
    {
        $published = self::jsonFixture('iopn-signature-published-vectors.json');
        foreach ($published['computed'] as $vector) {
            foreach (['form_body_rfc3986', 'form_body_www_form'] as $encoding) {
                if (!isset($vector[$encoding])) {
                    continue;
                }
                parse_str($vector[$encoding], $fields);
                $result = self::verify($engine, $fields, self::TIMESTAMP_UNIX + 2);
                self::assertSame(self::SIGNATURE, $fields['Signature'], $encoding);
                self::assertSame(self::UUID, $result['uuid'], $encoding);
            }
        }
    }

    /** @dataProvider engines */
    public function testLifecyclePostsVerify(Engine $engine): void
    {
        $expected = self::jsonFixture('iopn-lifecycle/expected.json');
        foreach ($expected['notifications'] as $notification) {
            parse_str(self::fixture('iopn-lifecycle/' . $notification['file']), $fields);
            $now = strtotime(substr($notification['timestamp'], 0, 19) . 'Z') + 5;
            $result = $engine->verifyNotification(
                $fields,
                $expected['secret_key'],
                $expected['access_key_id'],
                $now,
                $expected['tolerance_seconds'],
            );
            self::assertSame($notification['type'], $result['notification_type'], $notification['file']);
            self::assertSame($notification['uuid'], $result['uuid'], $notification['file']);
            self::assertSame($notification['signature'], $fields['Signature'], $notification['file']);
        }
    }

    /** @return array<string, array{string, mixed, class-string}> */
    public static function brokenFields(): array
    {
        $cases = [];
        foreach (['NotificationType', 'NotificationData', 'UUID', 'Timestamp', 'Signature', 'AWSAccessKeyId'] as $name) {
            $cases["$name missing"] = [$name, null, MissingFieldException::class];
            $cases["$name empty"] = [$name, '', MissingFieldException::class];
            $cases["$name array"] = [$name, ['x'], InvalidFieldException::class];
            $cases["$name int"] = [$name, 7, InvalidFieldException::class];
        }

        return $cases;
    }

    /** @dataProvider brokenFields */
    public function testEachBrokenFieldIsRejected(string $name, mixed $value, string $class): void
    {
        foreach (self::engines() as [$engine]) {
            $fields = self::fields();
            if ($value === null) {
                unset($fields[$name]);
            } else {
                $fields[$name] = $value;
            }
            try {
                self::verify($engine, $fields);
                self::fail("{$engine->name()}: accepted a broken $name");
            } catch (MissingFieldException|InvalidFieldException $error) {
                self::assertSame($class, get_class($error), $engine->name());
                self::assertSame(['field' => $name], $error->getContext(), $engine->name());
            }
        }
    }

    /** @dataProvider engines */
    public function testUnknownTypeIsRejected(Engine $engine): void
    {
        $this->expectException(UnknownNotificationTypeException::class);
        self::verify($engine, ['NotificationType' => 'OrderShippedNotification'] + self::fields());
    }

    /** @dataProvider engines */
    public function testUnknownAccessKeyIsRejected(Engine $engine): void
    {
        $this->expectException(UnknownAccessKeyException::class);
        self::verify($engine, ['AWSAccessKeyId' => 'AKIAOTHERMERCHANT000'] + self::fields());
    }

    /** @dataProvider engines */
    public function testUnparseableTimestampsAreRejected(Engine $engine): void
    {
        foreach (['2015-06-01', '2015-06-01T10:15:31', '01-06-2015T10:15:31Z', 'yesterday', '2015-06-01T10%3A15%3A31.250Z'] as $timestamp) {
            try {
                self::verify($engine, ['Timestamp' => $timestamp] + self::fields());
                self::fail("accepted Timestamp $timestamp");
            } catch (InvalidFieldException $error) {
                self::assertSame(['field' => 'Timestamp', 'value' => $timestamp], $error->getContext());
            }
        }
    }

    /** @dataProvider engines */
    public function testWrongSignaturesAreRejected(Engine $engine): void
    {
        $published = self::jsonFixture('iopn-signature-published-vectors.json');
        foreach ($published['negative'] as $wrong) {
            try {
                self::verify($engine, ['Signature' => $wrong['value']] + self::fields());
                self::fail('accepted ' . $wrong['id']);
            } catch (SignatureMismatchException $error) {
                self::assertSame(['uuid' => self::UUID], $error->getContext(), $wrong['id']);
            }
        }
    }

    /** @dataProvider engines */
    public function testDoubleDecodedPlusIsRejected(Engine $engine): void
    {
        $this->expectException(SignatureMismatchException::class);
        self::verify($engine, ['Signature' => urldecode(self::SIGNATURE)] + self::fields());
    }

    /** @dataProvider engines */
    public function testWrongSecretIsRejected(Engine $engine): void
    {
        $this->expectException(SignatureMismatchException::class);
        $engine->verifyNotification(self::fields(), self::SECRET . 'x', self::KEY_ID, self::TIMESTAMP_UNIX, 900);
    }

    /** @dataProvider engines */
    public function testWindowEdgesAreInclusive(Engine $engine): void
    {
        self::assertSame(self::UUID, self::verify($engine, self::fields(), self::TIMESTAMP_UNIX + 900)['uuid']);
        self::assertSame(self::UUID, self::verify($engine, self::fields(), self::TIMESTAMP_UNIX - 900)['uuid']);
        self::assertSame(self::UUID, self::verify($engine, self::fields(), self::TIMESTAMP_UNIX, 0)['uuid']);
    }

    /** @dataProvider engines */
    public function testStaleOneSecondPastEdge(Engine $engine): void
    {
        try {
            self::verify($engine, self::fields(), self::TIMESTAMP_UNIX + 901);
            self::fail('accepted a stale timestamp');
        } catch (StaleTimestampException $error) {
            self::assertSame(
                ['timestamp' => self::TIMESTAMP, 'now' => self::TIMESTAMP_UNIX + 901, 'tolerance_seconds' => 900],
                $error->getContext(),
            );
        }
    }

    /** @dataProvider engines */
    public function testFutureOneSecondPastEdge(Engine $engine): void
    {
        $this->expectException(FutureTimestampException::class);
        self::verify($engine, self::fields(), self::TIMESTAMP_UNIX - 901);
    }

    /** @dataProvider engines */
    public function testNegativeToleranceIsRejected(Engine $engine): void
    {
        try {
            self::verify($engine, self::fields(), self::TIMESTAMP_UNIX, -1);
            self::fail('accepted a negative tolerance');
        } catch (InvalidFieldException $error) {
            self::assertSame(['field' => 'toleranceSeconds', 'value' => -1], $error->getContext());
        }
    }

    /** @dataProvider engines */
    public function testMessagesNeverContainTheSecret(Engine $engine): void
    {
        try {
            self::verify($engine, ['Signature' => 'AAAA'] + self::fields());
            self::fail('accepted a forged signature');
        } catch (SignatureMismatchException $error) {
            self::assertStringNotContainsString(self::SECRET, $error->getMessage());
            self::assertStringNotContainsString(self::SIGNATURE, $error->getMessage());
        }
    }

    public function testEnginesAgreeOnRandomFields(): void
    {
        [$native, $php] = self::bothEngines();
        mt_srand(20261204);
        $types = ['NewOrderNotification', 'OrderReadyToShipNotification', 'OrderCancelledNotification', 'Other', ''];
        $timestamps = [self::TIMESTAMP, '2015-06-01T15:45:31+05:30', '2015-06-01T10:15:31.250', '', 'x', '2015-06-01T10:15:31-0030'];
        $signatures = [self::SIGNATURE, '', 'YU unJBQsKz0/KeHHFgsDo1KVBw=', '₹', 7];
        for ($round = 0; $round < 400; $round++) {
            $fields = [
                'UUID' => [self::UUID, '', 'उ-' . mt_rand(), null][mt_rand(0, 3)],
                'Timestamp' => $timestamps[mt_rand(0, count($timestamps) - 1)],
                'AWSAccessKeyId' => [self::KEY_ID, 'OTHER', ''][mt_rand(0, 2)],
                'Signature' => $signatures[mt_rand(0, count($signatures) - 1)],
                'NotificationType' => $types[mt_rand(0, count($types) - 1)],
                'NotificationData' => ['<x/>', '', ['a']][mt_rand(0, 2)],
            ];
            $fields = array_filter($fields, static fn ($value) => $value !== null);
            $now = self::TIMESTAMP_UNIX + mt_rand(-1000, 1000);
            $tolerance = mt_rand(-2, 950);
            self::assertSame(
                self::outcome($native, $fields, $now, $tolerance),
                self::outcome($php, $fields, $now, $tolerance),
                json_encode([$fields, $now, $tolerance], JSON_UNESCAPED_UNICODE),
            );
        }
    }

    /** @return array<int, mixed> */
    private static function outcome(Engine $engine, array $fields, int $now, int $tolerance): array
    {
        try {
            return ['result', self::verify($engine, $fields, $now, $tolerance)];
        } catch (\Throwable $error) {
            return [get_class($error), $error->getMessage(), $error->getContext()];
        }
    }
}
