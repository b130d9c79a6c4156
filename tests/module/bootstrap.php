<?php

declare(strict_types=1);

/*
 * Bootstrap of the module test suite. It loads the PrestaShop test double (global classes, its
 * configuration from the PWA_* variables that tests/module/run.sh exports), the module unit
 * tests' fakes when they exist, and autoloads PwaPresta\Tests\Module\ (this folder) and
 * PwaPresta\Tests\Sandbox\ (tests/sandbox).
 */

$root = dirname(__DIR__, 2);

require $root . '/tests/prestashop/config/config.inc.php';
require $root . '/tests/sandbox/autoload.php';
if (is_file(__DIR__ . '/Fake/bootstrap.php')) {
    require __DIR__ . '/Fake/bootstrap.php';
} else {
    $module = is_file($root . '/build/pwapresta/api/autoload.php') ? $root . '/build/pwapresta/api' : $root . '/php';
    require_once $module . '/autoload.php';
}

spl_autoload_register(static function (string $class): void {
    $prefix = 'PwaPresta\\Tests\\Module\\';
    if (strncmp($class, $prefix, strlen($prefix)) === 0) {
        $file = __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
