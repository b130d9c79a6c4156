<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Case\ModuleTestCase;
use PwaPresta\Tests\Module\Support\Environment;

/**
 * The module's hooks rendered in the double's shop (tests/module/Case/render-hook.php): the
 * Pay with Amazon button on the cart page with its signed order-input, the payment option, and the
 * Amazon block of the back-office order page.
 */
final class HooksTest extends ModuleTestCase
{
    /** @return array<string, mixed> */
    private function renderHook(string ...$arguments): array
    {
        $command = array_merge([PHP_BINARY], Environment::phpOptions(), [__DIR__ . '/Case/render-hook.php'], $arguments);
        exec(implode(' ', array_map('escapeshellarg', $command)) . ' 2>&1', $output, $code);
        self::assertSame(0, $code, implode("\n", $output));

        return json_decode(implode("\n", $output), true, 512, JSON_THROW_ON_ERROR);
    }

    /** @return array{0: string, 1: string, 2: string} cart XML, signature, access key id of a button */
    private static function orderInput(string $html): array
    {
        self::assertMatchesRegularExpression('/data-order-input="([^"]+)"/', $html);
        preg_match('/data-order-input="([^"]+)"/', $html, $attribute);
        preg_match('/^type:merchant-signed-order\/aws-accesskey\/1;order:([^;]+);signature:([^;]+);aws-access-key-id:(.+)$/', $attribute[1], $parts);

        return [(string) base64_decode($parts[1], true), $parts[2], $parts[3]];
    }

    public function testCartButtonCarriesSignedCart(): void
    {
        $rendered = $this->renderHook('cart-footer');
        [$xml, $signature, $accessKeyId] = self::orderInput($rendered['html']);

        self::assertSame(base64_encode(hash_hmac('sha1', $xml, $this->expected['secret_key'], true)), $signature);
        self::assertSame($this->expected['access_key_id'], $accessKeyId);
        self::assertStringContainsString('<ClientRequestId>' . $rendered['cart'] . '</ClientRequestId>', $xml);
        self::assertStringContainsString('<Item_product_id>1</Item_product_id>', $xml);
        self::assertStringContainsString('<Item_attr_product_id>1</Item_attr_product_id>', $xml);
        self::assertStringContainsString('<CurrencyCode>INR</CurrencyCode>', $xml);
        self::assertStringContainsString('<SKU>wrapping_fee</SKU>', $xml);
        self::assertStringContainsString('<Description>Happy birthday &lt;b&gt;Aai&lt;/b&gt;!</Description>', $xml);
        self::assertMatchesRegularExpression('#<ReturnUrl>[^<]*controller=pwaorder[^<]*</ReturnUrl>#', $xml);
    }

    public function testCartButtonNeverShowsSecret(): void
    {
        $html = $this->renderHook('cart-footer')['html'];

        self::assertStringNotContainsString($this->expected['secret_key'], $html);
        self::assertStringNotContainsString(htmlspecialchars($this->expected['secret_key']), $html);
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
    public function testWidgetScriptFollowsEnvironment(string $environment, string $url): void
    {
        $this->database->setConfiguration('PWAPRESTA_ENVIRONMENT', $environment);

        $html = $this->renderHook('cart-footer')['html'];

        self::assertStringContainsString('<script src="' . $url . '"></script>', $html);
    }

    public function testCartButtonHiddenWhenSwitchedOff(): void
    {
        $this->database->setConfiguration('PWAPRESTA_BUTTON_ON_CART', '0');

        self::assertSame('', $this->renderHook('cart-footer')['html']);
    }

    public function testPaymentOptionLeadsToCheckout(): void
    {
        $options = $this->renderHook('payment-options');

        self::assertCount(1, $options);
        self::assertSame('pwapresta', $options[0]['module']);
        self::assertSame('Pay with Amazon', $options[0]['text']);
        self::assertStringContainsString('controller=checkout', $options[0]['action']);
    }

    public function testPaymentOptionMissingWithoutKeys(): void
    {
        $this->database->setConfiguration('PWAPRESTA_SECRET_KEY', '');

        self::assertSame([], $this->renderHook('payment-options'));
    }

    public function testAdminOrderBlockListsNotifications(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'), new \PwaPresta\Tests\Sandbox\DeliveryOptions(uuid: 'sample'));
        $orderId = (int) $this->orderOf('403-1111111-2222222')['id_order'];

        $html = $this->renderHook('admin-order', (string) $orderId)['html'];

        self::assertStringContainsString('403-1111111-2222222', $html);
        self::assertStringContainsString('3f0e2c4a-1b5d-4e6f-8a7b-9c0d1e2f3a40', $html);
        self::assertStringContainsString('NewOrderNotification', $html);
    }

    public function testAdminOrderBlockEmptyForOtherOrders(): void
    {
        self::assertSame('', $this->renderHook('admin-order', '999')['html']);
    }
}
