<?php

declare(strict_types=1);

// PSR-4 loading of PwaPresta\Tests\Sandbox\Mws\* from this folder, for the router and for tests.
spl_autoload_register(static function (string $class): void {
    $prefix = 'PwaPresta\\Tests\\Sandbox\\Mws\\';
    if (strncmp($class, $prefix, strlen($prefix)) === 0) {
        $file = __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
