<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Case\ModuleTestCase;
use PwaPresta\Tests\Module\Support\ModuleInstaller;

/**
 * Install, uninstall and reinstall of the module in the double's shop, in a CLI process as
 * PrestaShop's module manager runs them.
 */
final class ModuleInstallTest extends ModuleTestCase
{
    /** Every table the module creates (src/Install/Schema.php). */
    private const TABLES = [
        'ps_pwapresta_cancellation_rejection',
        'ps_pwapresta_delivery',
        'ps_pwapresta_feed',
        'ps_pwapresta_job',
        'ps_pwapresta_notification',
        'ps_pwapresta_order',
        'ps_pwapresta_order_item',
        'ps_pwapresta_payment',
        'ps_pwapresta_status_report',
        'ps_pwapresta_tracking',
    ];

    /** Every hook the module registers: payment, cart button, order page, cron and feeds. */
    private const HOOKS = [
        'actionCronJob',
        'actionOrderHistoryAddAfter',
        'actionOrderSlipAdd',
        'actionOrderStatusPostUpdate',
        'displayAdminAfterHeader',
        'displayAdminOrderMain',
        'displayShoppingCartFooter',
        'paymentOptions',
    ];

    public function testInstallCreatesTablesStateAndHooks(): void
    {
        $stateId = $this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT');
        $state = $this->database->row('SELECT * FROM ps_order_state WHERE id_order_state = ?', [$stateId]);

        foreach (self::TABLES as $table) {
            self::assertTrue($this->database->tableExists($table), $table . ' is missing after install');
        }
        self::assertSame('pwapresta', $state['module_name']);
        self::assertSame('0', (string) $state['logable']);
        self::assertSame('0', (string) $state['paid']);
        self::assertSame('Awaiting PWA payment', $this->database->value('SELECT name FROM ps_order_state_lang WHERE id_order_state = ? LIMIT 1', [$stateId]));
        self::assertSame(self::HOOKS, $this->hooks());
        self::assertSame('IN', $this->database->configuration('PWAPRESTA_MARKETPLACE'));
        self::assertSame('sandbox', $this->database->configuration('PWAPRESTA_ENVIRONMENT'));
    }

    public function testUninstallKeepsTablesAndStates(): void
    {
        $stateKeys = ['PWAPRESTA_OS_AWAITING_PAYMENT', 'PWAPRESTA_OS_PAYMENT_ACCEPTED', 'PWAPRESTA_OS_CANCELLED'];
        $stateIds = array_map(fn (string $key): int => $this->configuredState($key), $stateKeys);

        ModuleInstaller::uninstall('pwapresta');

        foreach (self::TABLES as $table) {
            self::assertTrue($this->database->tableExists($table), $table . ' was dropped by uninstall');
        }
        foreach ($stateIds as $stateId) {
            self::assertSame(1, $this->database->count('order_state', 'id_order_state = ? AND deleted = 0', [$stateId]));
        }
        self::assertSame([], $this->hooks());
    }

    public function testUninstallKeepsHistoryAndRemovesSettings(): void
    {
        $this->deliverOnce(self::sample('03-new-order-B.post'));
        $stateId = $this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT');

        ModuleInstaller::uninstall('pwapresta');

        self::assertNull($this->database->configuration('PWAPRESTA_SECRET_KEY'));
        self::assertNull($this->database->configuration('PWAPRESTA_OS_AWAITING_PAYMENT'));
        self::assertSame(1, $this->database->count('pwapresta_order'));
        self::assertSame(1, $this->database->count('pwapresta_notification'));
        self::assertSame(1, $this->database->count('order_state', 'id_order_state = ?', [$stateId]));
    }

    /** @return list<string> names of the hooks pwapresta is registered on, sorted */
    private function hooks(): array
    {
        $rows = $this->database->rows(
            'SELECT h.name FROM ps_hook h JOIN ps_hook_module hm ON hm.id_hook = h.id_hook '
            . "JOIN ps_module m ON m.id_module = hm.id_module WHERE m.name = 'pwapresta' ORDER BY h.name",
        );

        return array_column($rows, 'name');
    }

    public function testReinstallReusesAndUndeletesState(): void
    {
        $stateId = $this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT');
        ModuleInstaller::uninstall('pwapresta');
        $this->database->execute('UPDATE ps_order_state SET deleted = 1 WHERE id_order_state = ?', [$stateId]);

        ModuleInstaller::install('pwapresta');

        self::assertSame($stateId, $this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT'));
        self::assertSame(1, $this->database->count('order_state', "module_name = 'pwapresta'"));
        self::assertSame('0', (string) $this->database->value('SELECT deleted FROM ps_order_state WHERE id_order_state = ?', [$stateId]));
    }
}
