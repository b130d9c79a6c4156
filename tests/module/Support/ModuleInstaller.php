<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Support;

use RuntimeException;

/**
 * Runs Module::install(), uninstall() or both in a separate PHP CLI process against the shop
 * database (tests/prestashop/bin/install-module.php), with the web server's engine options.
 */
final class ModuleInstaller
{
    public static function install(string $module): string
    {
        return self::run('install', $module);
    }

    public static function uninstall(string $module): string
    {
        return self::run('uninstall', $module);
    }

    public static function reinstall(string $module): string
    {
        return self::run('reinstall', $module);
    }

    /**
     * Runs the action and returns its output; throws with the output when it fails.
     */
    public static function run(string $action, string $module): string
    {
        [$code, $output] = self::attempt($action, $module);
        if ($code !== 0) {
            throw new RuntimeException("$action of module $module failed (exit code $code): $output");
        }

        return $output;
    }

    /**
     * Runs the action and returns [exit code, output] without judging the result.
     *
     * @return array{0: int, 1: string}
     */
    public static function attempt(string $action, string $module): array
    {
        $command = array_merge(
            [PHP_BINARY],
            Environment::phpOptions(),
            [Environment::repositoryRoot() . '/tests/prestashop/bin/install-module.php', $action, $module]
        );
        $line = implode(' ', array_map('escapeshellarg', $command)) . ' 2>&1';
        exec($line, $output, $code);

        return [$code, implode("\n", $output)];
    }
}
