<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

require_once __DIR__ . '/Fake/bootstrap.php';
require_once '/usr/share/php/smarty4/Smarty.class.php';

use PHPUnit\Framework\TestCase;

/**
 * The module's templates rendered with a real Smarty 4: the front office with escape_html on, as
 * PrestaShop's front office sets it, and the back office with it off, where the templates escape
 * each value themselves. A stand-in page.tpl plays the theme's layout.
 */
final class TemplateUnitTest extends TestCase
{
    private const SCRIPT = '<script>alert("x")</script>';

    private static ?string $themeDir = null;

    public static function setUpBeforeClass(): void
    {
        self::$themeDir = sys_get_temp_dir() . '/pwapresta-templates-' . getmypid();
        @mkdir(self::$themeDir . '/compiled', 0777, true);
        file_put_contents(self::$themeDir . '/page.tpl', '<main>{block name=\'page_content\'}{/block}</main>');
    }

    public static function tearDownAfterClass(): void
    {
        array_map('unlink', glob(self::$themeDir . '/compiled/*') ?: []);
        @rmdir(self::$themeDir . '/compiled');
        @unlink(self::$themeDir . '/page.tpl');
        @rmdir(self::$themeDir);
    }

    private static function moduleDir(): string
    {
        $root = dirname(__DIR__, 2);

        return is_file($root . '/build/pwapresta/pwapresta.php') ? $root . '/build/pwapresta' : $root . '/pwapresta-module';
    }

    private function render(string $template, array $variables, bool $escapeHtml): string
    {
        $smarty = new \Smarty();
        $smarty->setTemplateDir(self::$themeDir);
        $smarty->setCompileDir(self::$themeDir . '/compiled');
        $smarty->escape_html = $escapeHtml;
        $smarty->registerPlugin('function', 'l', static fn (array $params): string => htmlspecialchars((string) $params['s'], ENT_QUOTES, 'UTF-8'));
        // PrestaShop registers the PHP functions its templates use as modifiers
        // (config/smarty.config.inc.php); Smarty 4.3 deprecates calling unregistered ones.
        $smarty->registerPlugin('modifier', 'intval', 'intval');
        $smarty->registerResource('module', new class (self::moduleDir()) extends \Smarty_Resource_Custom {
            public function __construct(private string $moduleDir)
            {
            }

            protected function fetch($name, &$source, &$mtime)
            {
                $file = $this->moduleDir . '/' . preg_replace('#^pwapresta/#', '', $name);
                $source = is_file($file) ? (string) file_get_contents($file) : null;
                $mtime = is_file($file) ? filemtime($file) : null;
            }
        });
        $smarty->assign($variables);

        return $smarty->fetch('module:pwapresta/views/templates/' . $template);
    }

    public function testOrderPageConfirmedEscapesValues(): void
    {
        $html = $this->render('front/pwa_order.tpl', [
            'pwa_status' => 'confirmed',
            'pwa_amazon_order_id' => '403-1111111-2222222',
            'pwa_payment_status' => '',
            'pwa_order' => ['id' => 1, 'reference' => self::SCRIPT, 'total_paid' => 1263.49, 'currency' => 'INR', 'state' => 'Payment accepted'],
            'pwa_refresh_url' => 'https://shop.example.in/module/pwapresta/pwaorder',
        ], true);

        self::assertStringContainsString('your order is confirmed', $html);
        self::assertStringContainsString('&lt;script&gt;', $html);
        self::assertStringNotContainsString(self::SCRIPT, $html);
        self::assertStringContainsString('1263.49 INR', $html);
        self::assertStringStartsWith('<main>', $html);
    }

    public function testOrderPagePendingShowsBeingConfirmed(): void
    {
        $html = $this->render('front/pwa_order.tpl', [
            'pwa_status' => 'pending',
            'pwa_amazon_order_id' => '403-1111111-2222222',
            'pwa_payment_status' => '',
            'pwa_order' => null,
            'pwa_refresh_url' => 'https://shop.example.in/pwaorder?a=1&b="2"',
        ], true);

        self::assertStringContainsString('being confirmed', $html);
        self::assertStringContainsString('url=https://shop.example.in/pwaorder?a=1&amp;b=&quot;2&quot;', $html);
    }

    public function testCartButtonRendersWidget(): void
    {
        $html = $this->render('hook/cart_button.tpl', ['pwapresta' => [
            'widget_url' => 'https://static-eu.payments-amazon.com/cba/js/in/sandbox/PaymentWidgets.js',
            'merchant_id' => 'A2PWAPRESTAEXMPL" onclick="x',
            'order_input' => 'type:merchant-signed-order/aws-accesskey/1;order:PE9yZGVy+/=;signature:c2ln;aws-access-key-id:AKIA',
            'element_id' => 'pwapresta-button-42',
            'environment' => 'sandbox',
            'script_url' => '/modules/pwapresta/views/js/pwapresta.js',
            'style_url' => '/modules/pwapresta/views/css/pwapresta.css',
        ]], true);

        self::assertStringContainsString('<script src="https://static-eu.payments-amazon.com/cba/js/in/sandbox/PaymentWidgets.js"></script>', $html);
        self::assertStringContainsString('data-order-input="type:merchant-signed-order/aws-accesskey/1;order:PE9yZGVy+/=;signature:c2ln;aws-access-key-id:AKIA"', $html);
        self::assertStringContainsString('data-merchant-id="A2PWAPRESTAEXMPL&quot; onclick=&quot;x"', $html);
        self::assertStringContainsString('id="pwapresta-button-42"', $html);
    }

    public function testAdminOrderBlockEscapesWithoutAutoEscape(): void
    {
        $html = $this->render('admin/order_block.tpl', ['pwapresta' => [
            'order_id' => 7,
            'amazon_order_id' => '403-1111111-2222222',
            'payment' => [
                'seller_central_url' => 'https://sellercentral.amazon.in/orders-v3/order/403-1111111-2222222',
                'environment' => 'sandbox',
                'payment_status' => 'awaiting',
                'last_status' => null,
                'statuses' => [],
                'difference' => null,
            ],
            'notifications' => [[
                'uuid' => self::SCRIPT,
                'type' => 'NewOrderNotification',
                'status' => 'processed',
                'attempts' => 1,
                'message' => 'created order 1',
                'date_add' => '2026-12-04 09:10:16',
            ]],
            'messages' => [],
            'deadline' => null,
            'items' => [],
            'feeds' => [],
            'shipment' => null,
            'order_carrier' => ['carrier_name' => 'Example Couriers & Logistics', 'tracking_number' => ''],
            'cancellation_rejections' => [['date_add' => '2026-12-04 09:12:00', 'state' => self::SCRIPT]],
        ]], false);

        self::assertStringContainsString('403-1111111-2222222', $html);
        self::assertStringContainsString('&lt;script&gt;', $html);
        self::assertStringNotContainsString(self::SCRIPT, $html);
        self::assertStringContainsString('created order 1', $html);
        self::assertStringContainsString('Example Couriers &amp; Logistics', $html);
        self::assertStringContainsString('pwapresta-cancellation-rejected', $html);
    }
}
