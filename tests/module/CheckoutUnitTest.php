<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

require_once __DIR__ . '/Fake/bootstrap.php';

use PHPUnit\Framework\TestCase;
use PwaPresta\Api;
use PwaPresta\Engine\NativeEngine;
use PwaPresta\Engine\PhpEngine;
use PwaPresta\Module\Checkout\ButtonFactory;
use PwaPresta\Module\Checkout\CartInputBuilder;
use PwaPresta\Module\Config\Keys;
use PwaPresta\Module\Config\Settings;
use PwaPresta\Tests\Module\Fake\InMemorySettingsStore;

/**
 * The button's cart: input of PwaPresta\Api::cartXml from a shop cart, and the signed order-input,
 * on both engines.
 */
final class CheckoutUnitTest extends TestCase
{
    private const SECRET = 'pwaPrestaSandbox/Secret+Key=EXAMPLE0123456789';
    private const RETURN_URL = 'https://shop.example.in/module/pwapresta/pwaorder?CartId=42';
    private const CANCEL_URL = 'https://shop.example.in/cart?action=show';

    protected function tearDown(): void
    {
        Api::useEngine(null);
    }

    /** @return array<string, array{0: string}> */
    public static function engines(): array
    {
        return ['php' => ['php'], 'native' => ['native']];
    }

    private function useEngine(string $engine): void
    {
        if ($engine === 'native' && !NativeEngine::isAvailable()) {
            self::markTestSkipped('The pwapresta extension is not loaded.');
        }
        Api::useEngine($engine === 'native' ? new NativeEngine() : new PhpEngine());
    }

    /** @return array<string, mixed> */
    private static function cart(array $changes = []): array
    {
        return $changes + [
            'id' => 42,
            'currency' => 'INR',
            'products' => [
                ['id_product' => 1, 'id_product_attribute' => 1, 'reference' => 'demo_1', 'name' => 'Hummingbird printed T-shirt - Size : S', 'price' => 49900, 'quantity' => 2, 'weight' => '0.3'],
                ['id_product' => 6, 'id_product_attribute' => 0, 'reference' => '', 'name' => 'Mug <Today is a good day> & more — नमस्ते', 'price' => 29950, 'quantity' => 1, 'weight' => '0'],
            ],
            'discounts' => 10000,
            'gift' => true,
            'gift_message' => 'Happy birthday, Aai!',
            'wrapping' => 2500,
            'weight_unit' => 'kg',
        ];
    }

    public function testCartInputCarriesIdsPricesAndPromotion(): void
    {
        $input = CartInputBuilder::build(self::cart(), 'A2PWAPRESTAEXMPL', self::RETURN_URL, self::CANCEL_URL);

        self::assertSame('42', $input['client_request_id']);
        self::assertSame('INR', $input['currency']);
        self::assertSame(49900, $input['items'][0]['price']);
        self::assertSame(['Item_product_id' => '1', 'Item_attr_product_id' => '1'], $input['items'][0]['item_custom_data']);
        self::assertSame(['amount' => '0.3', 'unit' => 'kg'], $input['items'][0]['weight']);
        self::assertSame('Total_Discount', $input['cart_promotion_id']);
        self::assertSame(10000, $input['promotions'][0]['fixed_amount_discount']);
        self::assertSame(self::RETURN_URL, $input['return_url']);
    }

    public function testEmptyReferenceGetsProductSku(): void
    {
        $input = CartInputBuilder::build(self::cart(), 'A2PWAPRESTAEXMPL', self::RETURN_URL, self::CANCEL_URL);

        self::assertSame('product-6-0', $input['items'][1]['sku']);
        self::assertArrayNotHasKey('weight', $input['items'][1]);
    }

    public function testGiftWrappingBecomesWrappingFeeItem(): void
    {
        $input = CartInputBuilder::build(self::cart(), 'A2PWAPRESTAEXMPL', self::RETURN_URL, self::CANCEL_URL);
        $wrapping = $input['items'][2];

        self::assertSame('wrapping_fee', $wrapping['sku']);
        self::assertSame('Happy birthday, Aai!', $wrapping['description']);
        self::assertSame(2500, $wrapping['price']);
        self::assertSame(1, $wrapping['quantity']);
    }

    public function testCartWithoutDiscountOrGiftHasNeither(): void
    {
        $input = CartInputBuilder::build(self::cart(['discounts' => 0, 'gift' => false]), 'A2PWAPRESTAEXMPL', self::RETURN_URL, self::CANCEL_URL);

        self::assertArrayNotHasKey('promotions', $input);
        self::assertArrayNotHasKey('cart_promotion_id', $input);
        self::assertCount(2, $input['items']);
    }

    /** @dataProvider engines */
    public function testButtonOrderInputIsSignedCartXml(string $engine): void
    {
        $this->useEngine($engine);
        $settings = new Settings(new InMemorySettingsStore([
            Keys::MERCHANT_ID => 'A2PWAPRESTAEXMPL',
            Keys::ACCESS_KEY_ID => 'AKIAPWAPRESTAEXAMPLE',
            Keys::SECRET_KEY => self::SECRET,
        ]));

        $button = (new ButtonFactory($settings))->forCart(self::cart(), self::RETURN_URL, self::CANCEL_URL);
        preg_match('/^type:merchant-signed-order\/aws-accesskey\/1;order:([^;]+);signature:([^;]+);aws-access-key-id:(.+)$/', $button['order_input'], $parts);
        $xml = base64_decode($parts[1], true);

        self::assertSame(base64_encode(hash_hmac('sha1', (string) $xml, self::SECRET, true)), $parts[2]);
        self::assertSame('AKIAPWAPRESTAEXAMPLE', $parts[3]);
        self::assertStringContainsString('<ClientRequestId>42</ClientRequestId>', (string) $xml);
        self::assertStringContainsString('Mug &lt;Today is a good day&gt; &amp; more — नमस्ते', (string) $xml);
        self::assertStringContainsString('<Item_product_id>1</Item_product_id>', (string) $xml);
        self::assertStringNotContainsString(self::SECRET, $button['order_input']);
    }

    /** @return array<string, array{0: string, 1: string}> */
    public static function environments(): array
    {
        return [
            'sandbox' => ['sandbox', 'https://static-eu.payments-amazon.com/cba/js/in/sandbox/PaymentWidgets.js'],
            'production' => ['production', 'https://static-eu.payments-amazon.com/cba/js/in/PaymentWidgets.js'],
        ];
    }

    /** @dataProvider environments */
    public function testWidgetUrlFollowsEnvironment(string $environment, string $url): void
    {
        $settings = new Settings(new InMemorySettingsStore([Keys::ENVIRONMENT => $environment]));

        self::assertSame($url, $settings->widgetUrl());
    }
}
