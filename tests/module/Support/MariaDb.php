<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Support;

use RuntimeException;

/**
 * Stops and starts the harness' private MariaDB server (tests/prestashop/bin/mariadb.sh), so a
 * test can take the database away from the web server and bring it back on the same port.
 */
final class MariaDb
{
    public static function stop(): void
    {
        self::run('stop');
    }

    public static function start(): void
    {
        self::run('start');
    }

    public static function isUp(): bool
    {
        return self::exitCode('status') === 0;
    }

    /**
     * Drops the shop database and creates it again from the schema and the seed.
     */
    public static function createShop(): void
    {
        self::run('create-shop');
    }

    private static function run(string $command): void
    {
        $code = self::exitCode($command, $output);
        if ($code !== 0) {
            throw new RuntimeException("mariadb.sh $command failed with exit code $code: " . implode("\n", $output));
        }
    }

    /**
     * @param list<string>|null $output
     */
    private static function exitCode(string $command, ?array &$output = null): int
    {
        $script = Environment::repositoryRoot() . '/tests/prestashop/bin/mariadb.sh';
        $output = [];
        exec(escapeshellarg($script) . ' ' . escapeshellarg($command) . ' 2>&1', $output, $code);

        return $code;
    }
}
