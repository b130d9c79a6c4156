<?php

declare(strict_types=1);

require __DIR__ . '/../../php/autoload.php';

spl_autoload_register(static function (string $class): void {
    $prefix = 'PwaPresta\\Tests\\';
    if (strncmp($class, $prefix, strlen($prefix)) === 0) {
        $file = __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
