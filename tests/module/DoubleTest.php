<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use Address;
use Cart;
use Configuration;
use Country;
use Currency;
use Customer;
use Language;
use PrestaShopException;
use PrestaShopLogger;
use State;
use PHPUnit\Framework\TestCase;
use PwaPresta\Tests\Module\Support\Database;
use PwaPresta\Tests\Module\Support\Environment;
use PwaPresta\Tests\Module\Support\HttpClient;
use PwaPresta\Tests\Module\Support\MariaDb;
use PwaPresta\Tests\Module\Support\ModuleInstaller;
use PwaPresta\Tests\Module\Support\Sandbox;
use PwaPresta\Tests\Module\Support\ShopData;
use PwaPresta\Tests\Module\Support\ShopFixtures;
use PwaPresta\Tests\Sandbox\DeliveryOptions;
use PwaPresta\Tests\Sandbox\IopnSandbox;

/**
 * Proves the PrestaShop test double and the harness with the probe module, independently of
 * pwapresta: validateOrder, state changes, mails, stock, the front-office gates, templates,
 * module installs, the sandbox and a database restart.
 */
final class DoubleTest extends TestCase
{
    private const PING = 'index.php?fc=module&module=pwaprobe&controller=ping';
    private const PLAIN = 'index.php?fc=module&module=pwaprobe&controller=plain';

    private Database $db;
    private HttpClient $http;

    protected function setUp(): void
    {
        if (!Environment::isHarnessRunning()) {
            self::markTestSkipped('Run through tests/module/run.sh, which starts MariaDB and the web server.');
        }
        if (!MariaDb::isUp()) {
            MariaDb::start();
        }
        ShopData::resetWithModule('pwaprobe');
        ShopFixtures::reconnect();
        $this->db = new Database();
        $this->http = new HttpClient();
    }

    protected function tearDown(): void
    {
        if (Environment::isHarnessRunning() && !MariaDb::isUp()) {
            MariaDb::start();
        }
    }

    private function orderCart(Cart $cart, int $state, string $amount = '0'): int
    {
        $response = $this->http->postForm(self::PING, [
            'action' => 'order', 'id_cart' => (string) $cart->id, 'id_order_state' => (string) $state, 'amount' => $amount,
        ]);
        self::assertSame(200, $response->status, $response->body);

        return (int) $response->body;
    }

    private function moveOrder(int $orderId, int $state): string
    {
        $response = $this->http->postForm(self::PING, [
            'action' => 'state', 'id_order' => (string) $orderId, 'id_order_state' => (string) $state,
        ]);
        self::assertSame(200, $response->status, $response->body);

        return $response->body;
    }

    public function testValidateOrderWritesOrderRows(): void
    {
        $cart = ShopFixtures::cart([[1, 1, 2], [8, 0, 3]]);

        $orderId = $this->orderCart($cart, 1);

        $order = $this->db->row('SELECT * FROM ps_orders WHERE id_order = ?', [$orderId]);
        self::assertNotNull($order);
        self::assertSame((int) $cart->id, (int) $order['id_cart']);
        self::assertSame(1, (int) $order['current_state']);
        self::assertSame('pwaprobe', $order['module']);
        self::assertSame('998.990000', $order['total_products_wt']);
        self::assertSame('40.000000', $order['total_shipping_tax_incl']);
        self::assertSame('1038.990000', $order['total_paid_tax_incl']);
        self::assertMatchesRegularExpression('/^[A-Z]{9}$/', (string) $order['reference']);
        self::assertSame(2, $this->db->count('order_detail', 'id_order = ?', [$orderId]));
        self::assertSame(1, $this->db->count('order_history', 'id_order = ? AND id_order_state = 1', [$orderId]));
        self::assertSame(1, $this->db->count('order_carrier', 'id_order = ? AND id_carrier = 2', [$orderId]));
        self::assertSame(0, $this->db->count('order_payment'));
    }

    public function testValidateOrderTakesStock(): void
    {
        $cart = ShopFixtures::cart([[1, 1, 2], [8, 0, 3]]);

        $this->orderCart($cart, 1);

        self::assertSame(98, $this->db->stock(1, 1));
        self::assertSame(198, $this->db->stock(1, 0));
        self::assertSame(97, $this->db->stock(8));
    }

    public function testValidateOrderMailsStateAndConfirmation(): void
    {
        $cart = ShopFixtures::cart([[6, 0, 1]]);

        $this->orderCart($cart, 1);

        self::assertSame(1, $this->db->count('mail', "template = 'cheque' AND recipient = 'anaya.d@example.in'"));
        self::assertSame(1, $this->db->count('mail', "template = 'order_conf'"));
    }

    public function testLogableStateWithWrongAmountBecomesError(): void
    {
        $cart = ShopFixtures::cart([[6, 0, 1]]);

        $orderId = $this->orderCart($cart, 2, '1.00');

        self::assertSame('8', $this->db->value('SELECT current_state FROM ps_orders WHERE id_order = ?', [$orderId]));
    }

    public function testLogableStateWithCartTotalRecordsPayment(): void
    {
        $cart = ShopFixtures::cart([[6, 0, 1]]);

        $orderId = $this->orderCart($cart, 2, '339.50');

        self::assertSame('2', $this->db->value('SELECT current_state FROM ps_orders WHERE id_order = ?', [$orderId]));
        self::assertSame('339.500000', $this->db->value('SELECT SUM(amount) FROM ps_order_payment'));
    }

    public function testSecondOrderForCartStops(): void
    {
        $cart = ShopFixtures::cart([[6, 0, 1]]);
        $this->orderCart($cart, 1);

        $response = $this->http->postForm(self::PING, ['action' => 'order', 'id_cart' => (string) $cart->id, 'id_order_state' => '1']);

        self::assertStringContainsString('an order has already been placed using this cart', $response->body);
        self::assertSame(1, $this->db->count('orders'));
    }

    public function testPaidStateMailsAndRecordsPayment(): void
    {
        $orderId = $this->orderCart(ShopFixtures::cart([[6, 0, 1]]), 1);

        self::assertSame('moved', $this->moveOrder($orderId, 2));

        self::assertSame(1, $this->db->count('mail', "template = 'payment'"));
        self::assertSame('339.500000', $this->db->value('SELECT SUM(amount) FROM ps_order_payment'));
        self::assertSame('339.500000', $this->db->value('SELECT total_paid_real FROM ps_orders WHERE id_order = ?', [$orderId]));
        self::assertSame(2, $this->db->count('order_history', 'id_order = ?', [$orderId]));
    }

    public function testSameStateIsNotRecordedTwice(): void
    {
        $orderId = $this->orderCart(ShopFixtures::cart([[6, 0, 1]]), 1);

        self::assertSame('unchanged', $this->moveOrder($orderId, 1));
        self::assertSame(1, $this->db->count('order_history', 'id_order = ?', [$orderId]));
    }

    public function testCancelRestocksAndMails(): void
    {
        $orderId = $this->orderCart(ShopFixtures::cart([[3, 13, 2]]), 1);
        self::assertSame(98, $this->db->stock(3, 13));

        $this->moveOrder($orderId, 6);

        self::assertSame(100, $this->db->stock(3, 13));
        self::assertSame(200, $this->db->stock(3, 0));
        self::assertSame(1, $this->db->count('mail', "template = 'order_canceled'"));
    }

    public function testStateHooksReachModule(): void
    {
        $orderId = $this->orderCart(ShopFixtures::cart([[6, 0, 1]]), 1);

        $this->moveOrder($orderId, 2);

        self::assertSame(2, $this->db->count('log', "message LIKE 'probe saw state %' AND object_id = ?", [$orderId]));
    }

    public function testTemplateEscapesVariables(): void
    {
        $response = $this->http->get(self::PING, ['name' => '<b>"A&B"</b>']);

        self::assertSame(200, $response->status);
        self::assertStringContainsString('Hello &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;', $response->body);
        self::assertStringContainsString('<p class="raw"><b>"A&B"</b></p>', $response->body);
    }

    public function testFriendlyUrlReachesController(): void
    {
        self::assertSame(200, $this->http->get('module/pwaprobe/ping', ['name' => 'x'])->status);
    }

    public function testUnknownControllerIsNotFound(): void
    {
        self::assertSame(404, $this->http->get('index.php?fc=module&module=pwaprobe&controller=missing')->status);
    }

    public function testUninstalledModuleIsNotFound(): void
    {
        ModuleInstaller::uninstall('pwaprobe');

        self::assertSame(404, $this->http->get(self::PING)->status);
    }

    public function testMaintenanceBlocksPlainController(): void
    {
        $this->db->setConfiguration('PS_SHOP_ENABLE', '0');

        self::assertSame(503, $this->http->get(self::PLAIN)->status);
        self::assertSame(200, $this->http->get(self::PING)->status);
    }

    public function testGeolocationBlocksPlainController(): void
    {
        $this->db->setConfiguration('PS_GEOLOCATION_ENABLED', '1');

        self::assertSame(403, $this->http->get(self::PLAIN)->status);
        self::assertSame(200, $this->http->get(self::PLAIN, [], ['X-Double-Country' => 'IN'])->status);
        self::assertSame(200, $this->http->get(self::PING)->status);
    }

    public function testSslRedirectsPlainController(): void
    {
        $this->db->setConfiguration('PS_SSL_ENABLED', '1');

        $response = $this->http->postForm(self::PLAIN, ['a' => 'b']);

        self::assertSame(301, $response->status);
        self::assertStringStartsWith('https://', (string) $response->header('location'));
        self::assertSame(200, $this->http->get(self::PING)->status);
    }

    public function testCanonicalRedirectMovesPlainController(): void
    {
        $this->db->setConfiguration('PS_CANONICAL_REDIRECT', '1');

        self::assertSame(301, $this->http->get('module/pwaprobe/plain')->status);
        self::assertSame(200, $this->http->get('module/pwaprobe/ping')->status);
    }

    public function testInstallRegistersModuleAndHook(): void
    {
        self::assertSame(1, $this->db->count('module', "name = 'pwaprobe' AND active = 1"));
        self::assertSame(1, $this->db->count(
            'hook_module',
            "id_hook = (SELECT id_hook FROM ps_hook WHERE name = 'actionOrderStatusPostUpdate')"
        ));
    }

    public function testSecondInstallFails(): void
    {
        [$code, $output] = ModuleInstaller::attempt('install', 'pwaprobe');

        self::assertSame(1, $code);
        self::assertStringContainsString('already installed', $output);
    }

    public function testReinstallKeepsOneModuleRow(): void
    {
        ModuleInstaller::reinstall('pwaprobe');

        self::assertSame(1, $this->db->count('module', "name = 'pwaprobe'"));
        self::assertSame(1, $this->db->count('hook_module'));
    }

    public function testDatabaseDownAnswers503ThenRecovers(): void
    {
        MariaDb::stop();
        $down = $this->http->postForm(self::PING, ['action' => 'db']);
        MariaDb::start();
        $up = $this->http->postForm(self::PING, ['action' => 'db']);

        self::assertSame(503, $down->status, $down->body);
        self::assertSame(200, $up->status, $up->body);
        self::assertSame('0', $up->body);
    }

    public function testIndiaZipCodeFollowsFormatLiterally(): void
    {
        $india = new Country(110);

        self::assertFalse($india->checkZipCode('400050'));
        self::assertTrue($india->checkZipCode('400 050'));
        self::assertFalse($india->checkZipCode('40005'));
    }

    public function testSandboxSignsLikeSamples(): void
    {
        $expected = Sandbox::expected();

        foreach ($expected['notifications'] as $sample) {
            self::assertSame($sample['signature'], IopnSandbox::sign($sample['uuid'], $sample['timestamp'], $expected['secret_key']));
        }
    }

    public function testSandboxReproducesSampleBody(): void
    {
        $sample = Sandbox::expected()['notifications'][0];
        $file = Environment::repositoryRoot() . '/tests/fixtures/iopn-lifecycle/' . $sample['file'];

        $body = (new Sandbox())->formBody(Sandbox::sample($sample['file']), $sample['uuid'], $sample['timestamp']);

        self::assertSame(trim((string) file_get_contents($file)), $body);
    }

    public function testSandboxRejectsOtherHosts(): void
    {
        $this->expectException(\InvalidArgumentException::class);

        IopnSandbox::withSampleKeys('http://192.0.2.1/iopn');
    }

    public function testSandboxSendsParallelRequests(): void
    {
        $sandbox = new Sandbox('index.php?fc=module&module=pwaprobe&controller=ping');

        $results = $sandbox->deliver(Sandbox::sample('01-new-order-A.post'), new DeliveryOptions(rounds: 2, parallel: 5));

        self::assertCount(10, $results);
        self::assertSame([400], array_values(array_unique(array_map(static fn ($result) => $result->status, $results))));
        self::assertCount(1, array_unique(array_map(static fn ($result) => $result->uuid, $results)));
    }

    public function testAddressRejectsDigitsInName(): void
    {
        $address = ShopFixtures::address(ShopFixtures::customer());
        $address->id = null;
        $address->lastname = 'Deshpande 2';

        $this->expectException(PrestaShopException::class);
        $this->expectExceptionMessage('Address->lastname');

        $address->add();
    }

    public function testAddressRejectsLongAddressLine(): void
    {
        $address = ShopFixtures::address(ShopFixtures::customer());
        $address->id = null;
        $address->address1 = str_repeat('अ', 129);

        $this->expectException(PrestaShopException::class);
        $this->expectExceptionMessage('Address->address1 length (129)');

        $address->add();
    }

    public function testAddressKeepsUnicodeAndQuotes(): void
    {
        $address = ShopFixtures::address(ShopFixtures::customer());

        $row = $this->db->row('SELECT firstname, address1, address2 FROM ps_address WHERE id_address = ?', [$address->id]);

        self::assertSame('अनया', $row['firstname']);
        self::assertSame('Flat 7, Sai Krupa "B" Wing', $row['address1']);
        self::assertSame("O'Brien Lane, Bandra (W)", $row['address2']);
    }

    public function testGuestCustomerGetsGuestGroup(): void
    {
        $customer = ShopFixtures::customer();

        self::assertSame(2, (int) $customer->id_default_group);
        self::assertSame(1, $this->db->count('customer_group', 'id_customer = ? AND id_group = 2', [$customer->id]));
        self::assertMatchesRegularExpression('/^[0-9a-f]{32}$/', (string) $customer->secure_key);
        self::assertNotFalse((new Customer())->getByEmail('anaya.d@example.in', null, false));
    }

    public function testConfigurationStripsTagsWithoutHtml(): void
    {
        Configuration::updateValue('PWA_DOUBLE_TEXT', '<b>bold</b> & "quoted"');
        Configuration::updateValue('PWA_DOUBLE_HTML', '<b>bold</b>', true);

        self::assertSame('bold & "quoted"', $this->db->configuration('PWA_DOUBLE_TEXT'));
        self::assertSame('<b>bold</b>', $this->db->configuration('PWA_DOUBLE_HTML'));
        self::assertSame('bold & "quoted"', Configuration::get('PWA_DOUBLE_TEXT'));
    }

    public function testConfigurationDeleteByName(): void
    {
        Configuration::updateValue('PWA_DOUBLE_TEXT', 'x');

        Configuration::deleteByName('PWA_DOUBLE_TEXT');

        self::assertNull($this->db->configuration('PWA_DOUBLE_TEXT'));
        self::assertFalse(Configuration::get('PWA_DOUBLE_TEXT'));
        self::assertFalse(Configuration::hasKey('PWA_DOUBLE_TEXT'));
    }

    public function testConfigurationRejectsInvalidKey(): void
    {
        $this->expectException(PrestaShopException::class);

        Configuration::updateValue('PWA DOUBLE', 'x');
    }

    public function testSeedHasShopBasics(): void
    {
        self::assertSame([1], Language::getLanguages(true, false, true));
        self::assertSame(1, Currency::getIdByIsoCode('INR'));
        self::assertSame(110, Country::getByIso('IN'));
        self::assertSame(332, State::getIdByIso('MH', 110));
        self::assertSame(328, State::getIdByName('Karnataka'));
        self::assertSame('2', Configuration::get('PS_OS_PAYMENT'));
    }

    public function testLoggerStoresDuplicateOnce(): void
    {
        PrestaShopLogger::addLog('same message', 1, null, 'Order', 7);
        PrestaShopLogger::addLog('same message', 1, null, 'Order', 7);
        PrestaShopLogger::addLog('same message', 1, null, 'Order', 7, true);

        self::assertSame(2, $this->db->count('log', "message = 'same message'"));
    }
}
