<?php

declare(strict_types=1);

/*
 * Autoloader of the PwaPresta PHP API (PSR-4: PwaPresta\ => src/).
 *
 * The module zip carries this folder whole, so nothing here needs Composer at run time.
 */
spl_autoload_register(static function (string $class): void {
    $prefix = 'PwaPresta\\';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }

    $file = __DIR__ . '/src/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});
