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
    public function testInstallCreatesTablesStateAndHooks(): void
    {
        $stateId = $this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT');
        $state = $this->database->row('SELECT * FROM ps_order_state WHERE id_order_state = ?', [$stateId]);
        $hooks = $this->database->rows(
            "SELECT h.name FROM ps_hook h JOIN ps_hook_module hm ON hm.id_hook = h.id_hook JOIN ps_module m ON m.id_module = hm.id_module WHERE m.name = 'pwapresta' ORDER BY h.name",
        );

        self::assertTrue($this->database->tableExists('ps_pwapresta_order'));
        self::assertTrue($this->database->tableExists('ps_pwapresta_notification'));
        self::assertSame('pwapresta', $state['module_name']);
        self::assertSame('0', (string) $state['logable']);
        self::assertSame('0', (string) $state['paid']);
        self::assertSame('Awaiting PWA payment', $this->database->value('SELECT name FROM ps_order_state_lang WHERE id_order_state = ? LIMIT 1', [$stateId]));
        self::assertSame(['displayAdminOrderMain', 'displayShoppingCartFooter', 'paymentOptions'], array_column($hooks, 'name'));
        self::assertSame('IN', $this->database->configuration('PWAPRESTA_MARKETPLACE'));
        self::assertSame('sandbox', $this->database->configuration('PWAPRESTA_ENVIRONMENT'));
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
