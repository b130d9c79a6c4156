<?php

declare(strict_types=1);

if (!defined('_PS_VERSION_')) {
    exit;
}

/*
 * Autoloader of the module's own classes (PSR-4: PwaPresta\Module\ => src/), so the module needs no
 * Composer at run time. The PHP API (PwaPresta\Api) has its own autoloader in api/autoload.php.
 */
spl_autoload_register(static function (string $class): void {
    $prefix = 'PwaPresta\\Module\\';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }

    $file = __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});
