<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

/**
 * Both engines on generated carts (fixed seed): the same bytes and the same order-input, or the same
 * exception class, message and context. Texts come from FeedGeneratedTest's generator.
 */
final class CartGeneratedTest extends EngineTestCase
{
    /** @return array<string, mixed> */
    private static function item(bool $valid): array
    {
        $item = [
            'sku' => self::maybe(95) || $valid ? mb_substr(self::word(), 0, 40) : str_repeat('x', 41),
            'title' => str_repeat(self::word(), mt_rand(1, 12)),
            'price' => $valid || self::maybe(90) ? mt_rand(0, 10000000) : 4.99,
            'quantity' => $valid || self::maybe(90) ? mt_rand(1, 20) : 0,
        ];
        if ($item['sku'] === '') {
            $item['sku'] = 'S';
        }
        if ($item['title'] === '') {
            $item['title'] = 'T';
        }
        if (self::maybe(50)) {
            $item['description'] = $valid || self::maybe(80)
                ? str_repeat(self::word(), mt_rand(1, 400))
                : FeedGeneratedTest::text(false);
        }
        if (self::maybe(30)) {
            $item['weight'] = ['amount' => (string) (mt_rand(0, 999) / 100), 'unit' => self::maybe(50) ? 'kg' : 'lb'];
        }
        if (self::maybe(50)) {
            $item['item_custom_data'] = [
                'Item_product_id' => mt_rand(1, 999),
                'Item_note' => FeedGeneratedTest::text($valid),
                'Item_attribute' => [['Name' => FeedGeneratedTest::text($valid)], ['Name' => 'b']],
            ];
        }
        if (self::maybe(20)) {
            $item['shipping_method_ids'] = ['std', 'exp'];
        }

        return $item;
    }

    /** Returns a valid, non-blank text from the generator's Unicode and XML-special samples. */
    private static function word(): string
    {
        $text = FeedGeneratedTest::text(true);

        return is_string($text) && trim($text) !== '' && mb_check_encoding($text, 'UTF-8') ? $text : 'T';
    }

    private static function maybe(int $percent): bool
    {
        return FeedGeneratedTest::maybe($percent);
    }

    /** @return array<string, mixed> */
    private static function cart(bool $valid): array
    {
        $items = [];
        for ($i = mt_rand(1, 3) === 1 ? 200 : mt_rand(1, 10); $i > 0; $i--) {
            $items[] = self::item($valid);
        }
        $cart = ['merchant_id' => 'A1EXAMPLEPWASELLER', 'currency' => 'INR', 'items' => $items];
        foreach (['client_request_id', 'cart_promotion_id', 'integrator_id', 'integrator_name', 'return_url', 'cancel_url'] as $key) {
            if (self::maybe(50)) {
                $cart[$key] = FeedGeneratedTest::text($valid);
            }
        }
        if (self::maybe(40)) {
            $cart['promotions'] = [[
                'promotion_id' => 'Total_Discount',
                'description' => FeedGeneratedTest::text($valid),
                'fixed_amount_discount' => mt_rand(0, 10000),
            ]];
        }
        if (self::maybe(30)) {
            $cart['cart_custom_data'] = ['Cart_id' => mt_rand(1, 9999), 'Shop' => FeedGeneratedTest::text($valid)];
        }
        if (self::maybe(20)) {
            $cart['order_calculation_callbacks'] = [
                'calculate_promotions' => self::maybe(50),
                'order_callback_endpoint' => FeedGeneratedTest::text($valid),
            ];
        }

        return $cart;
    }

    public function testCartsAgreeOnGeneratedInput(): void
    {
        [$native, $php] = self::bothEngines();
        mt_srand(4711);
        $outcomes = ['ok' => 0, 'error' => 0];
        for ($round = 0; $round < 150; $round++) {
            $cart = self::cart($round % 3 !== 0);
            $nativeOutcome = FeedGeneratedTest::outcome(static fn () => $native->cartXml($cart));
            $phpOutcome = FeedGeneratedTest::outcome(static fn () => $php->cartXml($cart));
            self::assertSame($nativeOutcome, $phpOutcome, "round $round");
            if ($nativeOutcome[0] !== 'ok') {
                $outcomes['error']++;
                continue;
            }
            $outcomes['ok']++;
            self::assertSame(
                $native->cartOrderInput($nativeOutcome[1], 'pwaExampleSecret', 'AKIAEXAMPLE'),
                $php->cartOrderInput($phpOutcome[1], 'pwaExampleSecret', 'AKIAEXAMPLE'),
                "round $round",
            );
        }
        self::assertGreaterThan(20, $outcomes['ok']);
        self::assertGreaterThan(10, $outcomes['error']);
    }
}
