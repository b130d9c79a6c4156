<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

require_once __DIR__ . '/Fake/bootstrap.php';

use PHPUnit\Framework\TestCase;
use PwaPresta\Module\Admin\ConfigurationForm;
use PwaPresta\Module\Config\Keys;

/**
 * Validation of the settings form: one message per invalid field, the secret kept when left empty,
 * and production IOPN refused without HTTPS.
 */
final class ConfigurationFormUnitTest extends TestCase
{
    private const HTTPS_URL = 'https://shop.example.in/module/pwapresta/iopn';
    private const STATES = [1, 2, 4, 6, 7, 20];

    /** @return array<string, string> */
    private static function input(array $changes = []): array
    {
        return $changes + [
            'merchant_id' => 'A2PWAPRESTAEXMPL',
            'access_key_id' => 'AKIAPWAPRESTAEXAMPLE',
            'secret_key' => 'pwaPrestaSandbox/Secret+Key=EXAMPLE0123456789',
            'marketplace' => 'IN',
            'environment' => 'sandbox',
            'synchronisation' => 'iopn',
            'os_awaiting_payment' => '20',
            'os_payment_accepted' => '2',
            'os_shipped' => '4',
            'os_cancelled' => '6',
            'os_refunded' => '7',
            'button_on_cart' => '1',
            'button_on_payment' => '0',
            'widget_url_production' => '',
            'widget_url_sandbox' => '',
        ];
    }

    public function testValidInputIsSaved(): void
    {
        $result = ConfigurationForm::validate(self::input(), false, self::HTTPS_URL, self::STATES);

        self::assertSame([], $result['errors']);
        self::assertSame('A2PWAPRESTAEXMPL', $result['values'][Keys::MERCHANT_ID]);
        self::assertSame('20', $result['values'][Keys::OS_AWAITING_PAYMENT]);
        self::assertSame('0', $result['values'][Keys::BUTTON_ON_PAYMENT]);
        self::assertSame(Keys::DEFAULTS[Keys::WIDGET_URL_SANDBOX], $result['values'][Keys::WIDGET_URL_SANDBOX]);
    }

    public function testEmptySecretKeepsStoredSecret(): void
    {
        $result = ConfigurationForm::validate(self::input(['secret_key' => '']), true, self::HTTPS_URL, self::STATES);

        self::assertSame([], $result['errors']);
        self::assertArrayNotHasKey(Keys::SECRET_KEY, $result['values']);
    }

    /** @return array<string, array{0: array<string, string>, 1: string}> */
    public static function invalidInputs(): array
    {
        return [
            'merchant id' => [['merchant_id' => 'bad id'], 'Merchant ID is invalid'],
            'access key' => [['access_key_id' => 'short'], 'Access key ID is invalid'],
            'secret short' => [['secret_key' => 'tooshort'], 'Secret key is invalid'],
            'secret missing' => [['secret_key' => ''], 'Secret key is missing'],
            'marketplace' => [['marketplace' => 'DE'], 'Marketplace "DE" is invalid'],
            'environment' => [['environment' => 'staging'], 'Environment "staging" is invalid'],
            'synchronisation' => [['synchronisation' => 'email'], 'Synchronisation "email" is invalid'],
            'state' => [['os_shipped' => '99'], 'Order state for "shipped" is invalid'],
            'widget url' => [['widget_url_production' => 'http://static.example/PaymentWidgets.js'], 'Widget script URL'],
        ];
    }

    /** @dataProvider invalidInputs */
    public function testInvalidFieldGetsMessage(array $changes, string $message): void
    {
        $result = ConfigurationForm::validate(self::input($changes), false, self::HTTPS_URL, self::STATES);

        self::assertCount(1, $result['errors']);
        self::assertStringContainsString($message, $result['errors'][0]);
    }

    public function testProductionIopnNeedsHttps(): void
    {
        $input = self::input(['environment' => 'production']);

        $result = ConfigurationForm::validate($input, false, 'http://shop.example.in/module/pwapresta/iopn', self::STATES);

        self::assertCount(1, $result['errors']);
        self::assertStringContainsString('IOPN in production needs HTTPS', $result['errors'][0]);
    }

    public function testProductionMwsAllowsHttp(): void
    {
        $input = self::input(['environment' => 'production', 'synchronisation' => 'mws']);

        $result = ConfigurationForm::validate($input, false, 'http://shop.example.in/module/pwapresta/iopn', self::STATES);

        self::assertSame([], $result['errors']);
    }

    public function testMaskedSecretShowsOnlyLastFour(): void
    {
        $mask = ConfigurationForm::maskSecret('pwaPrestaSandbox/Secret+Key=EXAMPLE0123456789');

        self::assertStringEndsWith('6789', $mask);
        self::assertStringNotContainsString('pwaPresta', $mask);
        self::assertSame('', ConfigurationForm::maskSecret(''));
    }
}
