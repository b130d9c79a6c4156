<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Mws;

use PwaPresta\Tests\Module\Support\Environment;

/**
 * Runs the module's command-line entry (bin/cron.php) and render-configuration.php against the
 * double's shop with the web server's engine options.
 */
final class CronCommand
{
    /** @return array{0: int, 1: string} exit code and output */
    public static function cron(string ...$arguments): array
    {
        $script = Environment::repositoryRoot() . '/build/pwapresta/bin/cron.php';
        $shopRoot = '--shop-root=' . Environment::repositoryRoot() . '/tests/prestashop';

        return self::php([$script, ...$arguments, $shopRoot]);
    }

    /** @param array<string, string> $post */
    public static function configurationPage(array $post = []): string
    {
        [$code, $output] = self::php([__DIR__ . '/render-configuration.php', json_encode($post, JSON_THROW_ON_ERROR)]);
        if ($code !== 0) {
            throw new \RuntimeException("render-configuration.php exited with $code: $output");
        }

        return $output;
    }

    /**
     * @param list<string> $arguments
     * @return array{0: int, 1: string}
     */
    private static function php(array $arguments): array
    {
        $command = array_merge([PHP_BINARY], Environment::phpOptions(), $arguments);
        exec(implode(' ', array_map('escapeshellarg', $command)) . ' 2>&1', $output, $code);

        return [$code, implode("\n", $output)];
    }
}
