<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Support;

/**
 * Resets the test shop between tests: the database is dropped and created again from the
 * double's schema and seed (modules are then uninstalled and their tables gone), and the
 * Smarty compile folder is kept.
 */
final class ShopData
{
    public static function reset(): void
    {
        MariaDb::createShop();
    }

    /**
     * Resets the shop and installs a module in it, as a fresh shop with the module would be.
     */
    public static function resetWithModule(string $module): void
    {
        self::reset();
        ModuleInstaller::install($module);
    }
}
