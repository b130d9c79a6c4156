<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Exception\PwaPrestaException;

/**
 * Both engines on generated feeds and carts (fixed seeds): the same bytes, or the same exception
 * class, message and context. Inputs mix Unicode, XML special characters, empty optional values,
 * wrong types and 1 to 200 entries.
 */
final class FeedGeneratedTest extends EngineTestCase
{
    private const TEXTS = [
        'plain', 'Couriers & Logistics', '<b>"quoted"</b> \'single\'', 'सूती टी-शर्ट', "line\nbreak\r\ttab",
        '😀 emoji', '', ' ', '0', 'a]]>b', "bad\x01control", "\xC3\x28", 'ünïcödé & <x>',
    ];

    /** Returns a random text, or sometimes null, an int or a value of another type. */
    public static function text(bool $mostlyValid = true): mixed
    {
        $roll = mt_rand(0, 99);
        if ($mostlyValid && $roll < 85) {
            return self::TEXTS[mt_rand(0, 5)] . self::TEXTS[mt_rand(0, 5)] . mt_rand(0, 9);
        }

        return match ($roll % 6) {
            0 => null,
            1 => mt_rand(-5, 99999),
            2 => self::TEXTS[mt_rand(0, count(self::TEXTS) - 1)],
            3 => 1.5,
            4 => true,
            default => [],
        };
    }

    public static function maybe(int $percent): bool
    {
        return mt_rand(0, 99) < $percent;
    }

    /** @return array<string, mixed> */
    private static function fulfillment(bool $valid): array
    {
        $entry = ['amazon_order_id' => self::text($valid), 'fulfillment_date' => $valid || self::maybe(80) ? mt_rand(0, 2000000000) : '2020'];
        foreach (['merchant_fulfillment_id', 'carrier_code', 'carrier_name', 'shipping_method', 'tracking_number'] as $key) {
            if (self::maybe(60)) {
                $entry[$key] = self::text($valid);
            }
        }
        if (!isset($entry['carrier_code']) && !isset($entry['carrier_name'])) {
            $entry['carrier_name'] = 'Carrier';
        }
        $items = [];
        for ($i = mt_rand(0, 5); $i > 0; $i--) {
            $item = ['amazon_order_item_code' => self::text($valid)];
            if (self::maybe(60)) {
                $item['quantity'] = $valid || self::maybe(80) ? mt_rand(1, 50) : mt_rand(-1, 1);
            }
            $items[] = $item;
        }
        if ($items !== []) {
            $entry['items'] = $items;
        }

        return $entry;
    }

    /** @return array<string, mixed> */
    private static function adjustment(bool $valid): array
    {
        $types = ['Principal', 'Shipping', 'Tax', 'ShippingTax', 'Goodwill'];
        $items = [];
        for ($i = mt_rand(1, 4); $i > 0; $i--) {
            $components = [];
            foreach (array_slice($types, 0, mt_rand(1, 5)) as $type) {
                $components[$type] = $valid || self::maybe(90) ? mt_rand(-100000, 100000) : '1.00';
            }
            $item = [
                'amazon_order_item_code' => self::text($valid),
                'reason' => $valid || self::maybe(90) ? 'CustomerReturn' : 'Refund',
                'components' => $components,
            ];
            if (self::maybe(40)) {
                $item['promotions'] = [['merchant_promotion_id' => self::text($valid), 'components' => ['Principal' => -mt_rand(0, 5000)]]];
            }
            if (self::maybe(30)) {
                $item['merchant_adjustment_item_id'] = self::text($valid);
            }
            $items[] = $item;
        }

        return ['amazon_order_id' => self::text($valid), 'currency' => ['INR', 'JPY', 'KWD'][mt_rand(0, 2)], 'items' => $items];
    }

    /** @return array<string, mixed> */
    private static function acknowledgement(bool $valid): array
    {
        $status = self::maybe(50) ? 'Failure' : 'Success';
        $items = [];
        for ($i = mt_rand(0, 4); $i > 0; $i--) {
            $item = ['amazon_order_item_code' => self::text($valid), 'merchant_order_item_id' => self::text($valid)];
            if ($status === 'Failure' || !$valid) {
                $item['cancel_reason'] = self::maybe(90) ? 'NoInventory' : 'Whim';
            }
            $items[] = $item;
        }

        return ['amazon_order_id' => self::text($valid), 'merchant_order_id' => self::text($valid), 'status_code' => $status, 'items' => $items];
    }

    /** @return array{string, mixed} result or [exception class, message, context] */
    public static function outcome(callable $build): array
    {
        try {
            return ['ok', $build()];
        } catch (PwaPrestaException $exception) {
            return [get_class($exception), [$exception->getMessage(), $exception->getContext()]];
        }
    }

    public function testFeedsAgreeOnGeneratedInput(): void
    {
        [$native, $php] = self::bothEngines();
        mt_srand(20261204);
        $outcomes = ['ok' => 0, 'error' => 0];
        for ($round = 0; $round < 300; $round++) {
            $valid = $round % 3 !== 0;
            $feed = ['fulfillment', 'adjustment', 'acknowledgement'][$round % 3 === 0 ? mt_rand(0, 2) : $round % 3];
            $count = $round % 50 === 0 ? 200 : mt_rand(1, 5);
            $entries = [];
            for ($i = 0; $i < $count; $i++) {
                $entries[] = self::$feed($valid);
            }
            $merchant = self::maybe(95) ? 'A1EXAMPLEPWASELLER' : '';
            $nativeOutcome = self::outcome(static fn () => FeedTest::buildFeed($native, $feed, $merchant, $entries));
            $phpOutcome = self::outcome(static fn () => FeedTest::buildFeed($php, $feed, $merchant, $entries));
            self::assertSame($nativeOutcome, $phpOutcome, "round $round ($feed)");
            $outcomes[$nativeOutcome[0] === 'ok' ? 'ok' : 'error']++;
        }
        self::assertGreaterThan(30, $outcomes['ok']);
        self::assertGreaterThan(30, $outcomes['error']);
    }
}
