<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\InvalidAmountException;
use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\MissingFieldException;

final class CartTest extends EngineTestCase
{
    /** @return array<string, mixed> the input of cba-cart-in-constructed.xml */
    public static function indiaCart(): array
    {
        return [
            'merchant_id' => 'A1EXAMPLEPWASELLER',
            'currency' => 'INR',
            'client_request_id' => 4711,
            'items' => [
                [
                    'sku' => 'DEMO-TSHIRT-M',
                    'title' => 'Cotton T-shirt (M) — सूती टी-शर्ट',
                    'description' => 'Demo product',
                    'price' => 49900,
                    'quantity' => 2,
                    'weight' => ['amount' => '0.25', 'unit' => 'kg'],
                    'item_custom_data' => [
                        'Item_product_id' => 12,
                        'Item_attr_product_id' => 34,
                        'Item_price_excl_tax' => '422.88',
                        'Item_attribute' => ['Attribute_name' => 'Size', 'Attribute_val' => 'M'],
                    ],
                ],
                [
                    'sku' => 'wrapping_fee',
                    'title' => 'Wrapping-fee',
                    'description' => 'Happy birthday!',
                    'price' => 2500,
                    'quantity' => 1,
                ],
            ],
            'cart_promotion_id' => 'Total_Discount',
            'promotions' => [[
                'promotion_id' => 'Total_Discount',
                'description' => 'Total discount at cart level',
                'fixed_amount_discount' => 10000,
            ]],
            'return_url' => 'https://shop.example.in/module/pwapresta/pwaorder?action=pwa_order&CartId=4711',
            'cancel_url' => 'https://shop.example.in/order',
        ];
    }

    /** @return array<string, mixed> */
    private static function signedVector(string $id): array
    {
        foreach (self::jsonFixture('cba-signed-cart-vectors.json')['computed'] as $vector) {
            if ($vector['id'] === $id) {
                return $vector;
            }
        }
        throw new \RuntimeException("no vector $id");
    }

    /** @dataProvider engines */
    public function testCartReproducesFixtureBytes(Engine $engine): void
    {
        self::assertSame(self::fixture('cba-cart-in-constructed.xml'), $engine->cartXml(self::indiaCart()));
    }

    /** @dataProvider engines */
    public function testBuiltCartSignsToKnownAnswer(Engine $engine): void
    {
        $vector = self::signedVector('CART-IN-CONSTRUCTED');
        $xml = $engine->cartXml(self::indiaCart());
        $orderInput = $engine->cartOrderInput($xml, $vector['secret_key'], $vector['aws_access_key_id']);
        self::assertSame($vector['expected_order_input'], $orderInput);
    }

    /** @dataProvider engines */
    public function testEveryComputedVector(Engine $engine): void
    {
        foreach (self::jsonFixture('cba-signed-cart-vectors.json')['computed'] as $vector) {
            $xml = isset($vector['cart_file']) ? self::fixture($vector['cart_file']) : $vector['cart_xml'];
            $orderInput = $engine->cartOrderInput($xml, $vector['secret_key'], $vector['aws_access_key_id']);
            self::assertSame($vector['expected_order_input'], $orderInput, $vector['id']);
            self::assertStringContainsString(';signature:' . $vector['expected_signature_base64'] . ';', $orderInput);
            self::assertStringContainsString(';order:' . $vector['expected_order_base64'] . ';', $orderInput);
        }
    }

    /** @dataProvider engines */
    public function testWrongVariantsDiffer(Engine $engine): void
    {
        $vectors = self::jsonFixture('cba-signed-cart-vectors.json');
        foreach ($vectors['negative'] as $wrong) {
            $vector = self::signedVector($wrong['based_on']);
            $xml = isset($vector['cart_file']) ? self::fixture($vector['cart_file']) : $vector['cart_xml'];
            $orderInput = $engine->cartOrderInput($xml, $vector['secret_key'], $vector['aws_access_key_id']);
            self::assertStringNotContainsString($wrong['value'], $orderInput, $wrong['id']);
        }
    }

    /** @dataProvider engines */
    public function testCrlfCartGivesTheWrongVariant(Engine $engine): void
    {
        $vector = self::signedVector('CART-IN-CONSTRUCTED');
        $crlf = str_replace("\n", "\r\n", self::fixture('cba-cart-in-constructed.xml'));
        $orderInput = $engine->cartOrderInput($crlf, $vector['secret_key'], $vector['aws_access_key_id']);
        self::assertStringContainsString(';signature:dd1OB1lGN8NTKP4LX4dQZAzyrRs=;', $orderInput);
    }

    /** @dataProvider engines */
    public function testLongSkuIsRejected(Engine $engine): void
    {
        $cart = self::indiaCart();
        $cart['items'][1]['sku'] = str_repeat('श', 41);
        $this->expectException(InvalidFieldException::class);
        $this->expectExceptionMessage('cart.items[1].sku');
        $engine->cartXml($cart);
    }

    /** @dataProvider engines */
    public function testFortyCharacterSkuIsAccepted(Engine $engine): void
    {
        $cart = self::indiaCart();
        $cart['items'][1]['sku'] = str_repeat('श', 40);
        self::assertStringContainsString('<SKU>' . str_repeat('श', 40) . '</SKU>', $engine->cartXml($cart));
    }

    /** @dataProvider engines */
    public function testHindiTitleIsCutOnCharacters(Engine $engine): void
    {
        $cart = self::indiaCart();
        $cart['items'][0]['title'] = str_repeat('सूती ', 30);
        $xml = $engine->cartXml($cart);
        self::assertStringContainsString('<Title>' . mb_substr(str_repeat('सूती ', 30), 0, 80) . '</Title>', $xml);
        self::assertTrue(mb_check_encoding($xml, 'UTF-8'));
    }

    /** @dataProvider engines */
    public function testTextIsEscaped(Engine $engine): void
    {
        $cart = self::indiaCart();
        $cart['items'][0]['description'] = 'a & b < c > "d" \'e\'';
        self::assertStringContainsString(
            '<Description>a &amp; b &lt; c &gt; "d" \'e\'</Description>',
            $engine->cartXml($cart),
        );
    }

    /** @dataProvider engines */
    public function testCustomDataListRepeatsElement(Engine $engine): void
    {
        $cart = self::indiaCart();
        $cart['cart_custom_data'] = ['Shop' => ['Cart_id' => 4711, 'Tag' => ['a', 'b']]];
        $xml = $engine->cartXml($cart);
        self::assertStringContainsString(
            "<CartCustomData>\n      <Shop>\n        <Cart_id>4711</Cart_id>\n        <Tag>a</Tag>\n"
            . "        <Tag>b</Tag>\n      </Shop>\n    </CartCustomData>",
            $xml,
        );
    }

    /** @dataProvider engines */
    public function testOptionalSectionsAreWritten(Engine $engine): void
    {
        $cart = self::indiaCart();
        $cart['items'][0]['shipping_method_ids'] = ['std'];
        $cart['shipping_methods'] = [[
            'shipping_method_id' => 'std',
            'service_level' => 'Standard',
            'rate' => ['type' => 'ShipmentBased', 'amount' => 5000],
            'included_regions' => ['IndiaAll'],
        ]];
        $cart['integrator_id'] = 'I1';
        $cart['order_calculation_callbacks'] = ['order_callback_endpoint' => 'https://shop.example.in/cb'];
        $xml = $engine->cartXml($cart);
        self::assertStringContainsString('<ShippingMethodId>std</ShippingMethodId>', $xml);
        self::assertStringContainsString('<ShipmentBased>', $xml);
        self::assertStringContainsString('<PredefinedRegion>IndiaAll</PredefinedRegion>', $xml);
        self::assertStringContainsString('<IntegratorId>I1</IntegratorId>', $xml);
        self::assertStringContainsString('<ProcessOrderOnCallbackFailure>false</ProcessOrderOnCallbackFailure>', $xml);
    }

    /** @return array<string, array{callable(array<string, mixed>): array<string, mixed>, class-string, string}> */
    public static function invalidCarts(): array
    {
        return [
            'no merchant' => [static fn (array $c) => ['merchant_id' => ''] + $c, MissingFieldException::class, 'cart.merchant_id'],
            'bad currency' => [static fn (array $c) => ['currency' => 'inr'] + $c, InvalidFieldException::class, 'cart.currency'],
            'unknown key' => [static fn (array $c) => $c + ['colour' => 'red'], InvalidFieldException::class, 'cart.colour'],
            'no items' => [static fn (array $c) => ['items' => []] + $c, MissingFieldException::class, 'cart.items'],
            'items not list' => [static fn (array $c) => ['items' => ['a' => []]] + $c, InvalidFieldException::class, 'cart.items'],
            'float price' => [static fn (array $c) => self::withItem($c, 'price', 499.0), InvalidAmountException::class, 'cart.items[0].price'],
            'negative price' => [static fn (array $c) => self::withItem($c, 'price', -1), InvalidAmountException::class, 'cart.items[0].price'],
            'zero quantity' => [static fn (array $c) => self::withItem($c, 'quantity', 0), InvalidFieldException::class, 'cart.items[0].quantity'],
            'no title' => [static fn (array $c) => self::withItem($c, 'title', null), MissingFieldException::class, 'cart.items[0].title'],
            'bad utf8' => [static fn (array $c) => self::withItem($c, 'title', "\xff"), InvalidFieldException::class, 'cart.items[0].title'],
            'control char' => [static fn (array $c) => self::withItem($c, 'description', "a\x01"), InvalidFieldException::class, 'cart.items[0].description'],
            'bool text' => [static fn (array $c) => self::withItem($c, 'sku', true), InvalidFieldException::class, 'cart.items[0].sku'],
            'bad weight unit' => [static fn (array $c) => self::withItem($c, 'weight', ['amount' => '1', 'unit' => 'g']), InvalidFieldException::class, 'cart.items[0].weight.unit'],
            'bad weight amount' => [static fn (array $c) => self::withItem($c, 'weight', ['amount' => '1,5', 'unit' => 'kg']), InvalidFieldException::class, 'cart.items[0].weight.amount'],
            'bad element name' => [static fn (array $c) => self::withItem($c, 'item_custom_data', ['1st' => 'x']), InvalidFieldException::class, 'cart.items[0].item_custom_data.1st'],
            'prefixed name' => [static fn (array $c) => self::withItem($c, 'item_custom_data', ['a:b' => 'x']), InvalidFieldException::class, 'cart.items[0].item_custom_data.a:b'],
            'list of lists' => [static fn (array $c) => self::withItem($c, 'item_custom_data', ['A' => [[1]]]), InvalidFieldException::class, 'cart.items[0].item_custom_data.A[0]'],
            'custom data list' => [static fn (array $c) => self::withItem($c, 'item_custom_data', ['x']), InvalidFieldException::class, 'cart.items[0].item_custom_data'],
            'float custom data' => [static fn (array $c) => self::withItem($c, 'item_custom_data', ['A' => 1.5]), InvalidFieldException::class, 'cart.items[0].item_custom_data.A'],
            'promotion amount' => [static fn (array $c) => ['promotions' => [['promotion_id' => 'p', 'fixed_amount_discount' => '1.00']]] + $c, InvalidAmountException::class, 'cart.promotions[0].fixed_amount_discount'],
            'no promotion id' => [static fn (array $c) => ['promotions' => [['fixed_amount_discount' => 1]]] + $c, MissingFieldException::class, 'cart.promotions[0].promotion_id'],
            'bad service level' => [static fn (array $c) => $c + ['shipping_methods' => [['shipping_method_id' => 's', 'service_level' => 'Fast']]], InvalidFieldException::class, 'cart.shipping_methods[0].service_level'],
            'no rate' => [static fn (array $c) => $c + ['shipping_methods' => [['shipping_method_id' => 's', 'service_level' => 'Standard']]], MissingFieldException::class, 'cart.shipping_methods[0].rate'],
            'callback flag' => [static fn (array $c) => $c + ['order_calculation_callbacks' => ['calculate_promotions' => 1]], InvalidFieldException::class, 'cart.order_calculation_callbacks.calculate_promotions'],
            'no endpoint' => [static fn (array $c) => $c + ['order_calculation_callbacks' => []], MissingFieldException::class, 'cart.order_calculation_callbacks.order_callback_endpoint'],
        ];
    }

    /**
     * @param array<string, mixed> $cart
     * @return array<string, mixed>
     */
    private static function withItem(array $cart, string $key, mixed $value): array
    {
        $cart['items'][0][$key] = $value;

        return $cart;
    }

    /**
     * @dataProvider invalidCarts
     * @param callable(array<string, mixed>): array<string, mixed> $change
     */
    public function testInvalidCartOnBothEngines(callable $change, string $class, string $field): void
    {
        foreach (self::bothEngines() as $engine) {
            try {
                $engine->cartXml($change(self::indiaCart()));
                self::fail($engine->name() . ' accepted the cart');
            } catch (\PwaPresta\Exception\PwaPrestaException $exception) {
                self::assertSame($class, get_class($exception), $engine->name());
                self::assertSame($field, $exception->getContext()['field'], $engine->name());
            }
        }
    }

    /** @return array<string, array{string, string, string, string}> */
    public static function invalidOrderInputs(): array
    {
        return [
            'empty xml' => ['', 'pwaSecretValue123', 'AKIA', MissingFieldException::class],
            'empty secret' => ['<a/>', '', 'AKIA', MissingFieldException::class],
            'empty key id' => ['<a/>', 'pwaSecretValue123', '', MissingFieldException::class],
            'separator in key id' => ['<a/>', 'pwaSecretValue123', 'AKIA;x', InvalidFieldException::class],
        ];
    }

    /** @dataProvider invalidOrderInputs */
    public function testInvalidOrderInputOnBothEngines(string $xml, string $secret, string $keyId, string $class): void
    {
        foreach (self::bothEngines() as $engine) {
            try {
                $engine->cartOrderInput($xml, $secret, $keyId);
                self::fail($engine->name() . ' signed it');
            } catch (\PwaPresta\Exception\PwaPrestaException $exception) {
                self::assertSame($class, get_class($exception), $engine->name());
                if ($secret !== '') {
                    self::assertStringNotContainsString($secret, $exception->getMessage(), $engine->name());
                }
            }
        }
    }
}
