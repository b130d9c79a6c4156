<?php

declare(strict_types=1);

spl_autoload_register(static function (string $class): void {
    $prefix = 'PwaPresta\\Tests\\Sandbox\\';
    if (strncmp($class, $prefix, strlen($prefix)) === 0) {
        $file = __DIR__ . '/' . substr($class, strlen($prefix)) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
