<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Support;

/**
 * Settings of the running harness, read from the variables tests/module/run.sh exports.
 */
final class Environment
{
    public static function repositoryRoot(): string
    {
        return dirname(__DIR__, 3);
    }

    public static function runDirectory(): string
    {
        return self::read('PWA_RUN_DIR', self::repositoryRoot() . '/tests/.run');
    }

    public static function shopUrl(): string
    {
        return rtrim(self::read('PWA_SHOP_URL', 'http://127.0.0.1:8080'), '/');
    }

    public static function databaseHost(): string
    {
        return self::read('PWA_DB_HOST', '127.0.0.1');
    }

    public static function databasePort(): int
    {
        return (int) self::read('PWA_DB_PORT', '3306');
    }

    public static function databaseName(): string
    {
        return self::read('PWA_DB_NAME', 'prestashop');
    }

    public static function databaseUser(): string
    {
        return self::read('PWA_DB_USER', 'root');
    }

    public static function databasePassword(): string
    {
        return self::read('PWA_DB_PASSWORD', '');
    }

    /**
     * Returns `native` or `php`: the engine the web server runs.
     */
    public static function engine(): string
    {
        return self::read('PWA_ENGINE', 'php');
    }

    /**
     * Returns the PHP command line options of the web server (the -d extension=... of the
     * native engine), so CLI helpers run the same engine.
     *
     * @return list<string>
     */
    public static function phpOptions(): array
    {
        $options = trim(self::read('PWA_PHP_OPTIONS', ''));

        return $options === '' ? [] : preg_split('/\s+/', $options);
    }

    public static function isHarnessRunning(): bool
    {
        return getenv('PWA_SHOP_URL') !== false && getenv('PWA_DB_PORT') !== false;
    }

    private static function read(string $name, string $default): string
    {
        $value = getenv($name);

        return $value === false || $value === '' ? $default : $value;
    }
}
