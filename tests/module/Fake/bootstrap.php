<?php

declare(strict_types=1);

/*
 * Loads the PHP API, the module's services and these fakes for the module's unit tests, which run
 * without PrestaShop. The module is taken from build/pwapresta/ when `make dist` built it, so the
 * tests check what ships, and from pwapresta-module/ otherwise.
 */
if (!defined('_PS_VERSION_')) {
    define('_PS_VERSION_', '8.2.0');
}

$root = dirname(__DIR__, 3);
$module = is_file($root . '/build/pwapresta/src/autoload.php') ? $root . '/build/pwapresta' : $root . '/pwapresta-module';
require_once is_file($module . '/api/autoload.php') ? $module . '/api/autoload.php' : $root . '/php/autoload.php';
require_once $module . '/src/autoload.php';

spl_autoload_register(static function (string $class): void {
    $prefix = 'PwaPresta\\Tests\\Module\\Fake\\';
    if (strncmp($class, $prefix, strlen($prefix)) === 0) {
        $file = __DIR__ . '/' . substr($class, strlen($prefix)) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
