<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PHPUnit\Framework\TestCase;
use PwaPresta\Engine\Engine;
use PwaPresta\Engine\NativeEngine;
use PwaPresta\Engine\PhpEngine;

/**
 * Base of the conformance suite: every test taking an Engine runs once per engine.
 *
 * PWAPRESTA_ENGINES (comma-separated, default "native,php") chooses the engines. A requested
 * native engine without the extension loaded fails instead of skipping, so CI cannot pass on the
 * PHP engine alone.
 */
abstract class EngineTestCase extends TestCase
{
    /** @return array<string, array{Engine}> */
    public static function engines(): array
    {
        $engines = [];
        foreach (self::engineNames() as $name) {
            $engines[$name] = [self::createEngine($name)];
        }

        return $engines;
    }

    /** Both engines side by side, for tests that compare their output. */
    protected static function bothEngines(): array
    {
        return [self::createEngine('native'), self::createEngine('php')];
    }

    protected static function fixture(string $name): string
    {
        $path = __DIR__ . '/../../fixtures/' . $name;
        $contents = file_get_contents($path);
        if ($contents === false) {
            throw new \RuntimeException("fixture $path cannot be read");
        }

        return $contents;
    }

    /** @return array<mixed> */
    protected static function jsonFixture(string $name): array
    {
        return json_decode(self::fixture($name), true, 512, JSON_THROW_ON_ERROR);
    }

    /** @return list<string> */
    private static function engineNames(): array
    {
        $names = getenv('PWAPRESTA_ENGINES');

        return array_values(array_filter(explode(',', $names === false || $names === '' ? 'native,php' : $names)));
    }

    private static function createEngine(string $name): Engine
    {
        return match ($name) {
            'native' => NativeEngine::isAvailable()
                ? new NativeEngine()
                : throw new \RuntimeException(
                    'the native engine was requested but the extension is not loaded: run php with '
                    . '-d extension=target/release/libpwapresta.so, or set PWAPRESTA_ENGINES=php'
                ),
            'php' => new PhpEngine(),
            default => throw new \RuntimeException("unknown engine \"$name\" in PWAPRESTA_ENGINES"),
        };
    }
}
