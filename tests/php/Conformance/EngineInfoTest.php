<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Api;
use PwaPresta\Engine\Engine;
use PwaPresta\Engine\NativeEngine;
use PwaPresta\Engine\PhpEngine;

/**
 * Engine selection by the facade, engine names and versions, and the native function list.
 *
 * Tests about the native extension fail (they never skip) when the extension is not loaded and
 * PWAPRESTA_ENGINES requests the native engine, as it does by default.
 */
final class EngineInfoTest extends EngineTestCase
{
    private const REPO = __DIR__ . '/../../..';

    protected function tearDown(): void
    {
        Api::useEngine(null);
    }

    /** @dataProvider engines */
    public function testEngineNameMatchesClass(Engine $engine): void
    {
        $expected = $engine instanceof NativeEngine ? 'native' : 'php';

        self::assertSame($expected, $engine->name());
    }

    /** @dataProvider engines */
    public function testEngineVersionEqualsCrateVersion(Engine $engine): void
    {
        self::assertSame(self::crateVersion(), $engine->version());
    }

    public function testPhpEngineVersionConstantEqualsCrateVersion(): void
    {
        self::assertSame(self::crateVersion(), PhpEngine::VERSION);
    }

    public function testBothEnginesReportSameVersion(): void
    {
        self::requireExtension();
        [$native, $php] = self::bothEngines();

        self::assertSame($php->version(), $native->version());
    }

    public function testApiPicksNativeEngineWhenExtensionLoaded(): void
    {
        self::requireExtension();
        Api::useEngine(null);

        self::assertInstanceOf(NativeEngine::class, Api::engine());
        self::assertSame('native', Api::engineName());
        self::assertSame(self::crateVersion(), Api::engineVersion());
    }

    public function testApiPicksPhpEngineWithoutExtension(): void
    {
        // -n loads no php.ini, so not even an installed pwapresta.ini can load the extension.
        $script = 'require ' . var_export(self::REPO . '/php/autoload.php', true) . ';'
            . 'echo json_encode([extension_loaded("pwapresta"), get_class(PwaPresta\Api::engine()),'
            . ' PwaPresta\Api::engineName(), PwaPresta\Api::engineVersion()]);';
        [$status, $output, $errors] = self::runPhp(['-n', '-r', $script]);

        self::assertSame(0, $status, "the child php without the extension failed: $errors");
        self::assertSame(
            [false, PhpEngine::class, 'php', self::crateVersion()],
            json_decode($output, true, 8, JSON_THROW_ON_ERROR),
        );
    }

    public function testUseEngineOverridesAndResetsSelection(): void
    {
        Api::useEngine(new PhpEngine());
        self::assertSame('php', Api::engineName());

        Api::useEngine(null);
        self::assertSame(NativeEngine::isAvailable() ? 'native' : 'php', Api::engineName());
    }

    public function testBothEnginesImplementEveryEngineMethod(): void
    {
        foreach ([NativeEngine::class, PhpEngine::class] as $class) {
            $reflection = new \ReflectionClass($class);
            self::assertTrue($reflection->implementsInterface(Engine::class), "$class implements Engine");
            self::assertTrue($reflection->isInstantiable(), "$class is instantiable");
            foreach (self::engineMethods() as $method) {
                self::assertSame(
                    $class,
                    $reflection->getMethod($method)->getDeclaringClass()->getName(),
                    "$class declares $method itself",
                );
            }
        }
    }

    public function testApiExposesEveryEngineOperation(): void
    {
        $api = new \ReflectionClass(Api::class);
        foreach (self::engineMethods() as $method) {
            $facadeName = match ($method) {
                'name' => 'engineName',
                'version' => 'engineVersion',
                default => $method,
            };
            self::assertTrue($api->hasMethod($facadeName), "Api has no method $facadeName");
            self::assertTrue($api->getMethod($facadeName)->isStatic(), "Api::$facadeName is static");
        }
    }

    public function testExtensionIsListedByPhpRe(): void
    {
        self::requireExtension();
        [$status, $output, $errors] = self::runPhp(['-d', 'extension=' . self::extensionPath(), '--re', 'pwapresta']);

        self::assertSame(0, $status, "php --re pwapresta failed: $errors");
        self::assertStringContainsString('pwapresta version ' . self::crateVersion(), $output);
        self::assertContains('PwaPresta\\Native\\engine_version', self::listedFunctions($output));
    }

    public function testNativeEngineCallsOnlyListedFunctions(): void
    {
        self::requireExtension();
        [, $output] = self::runPhp(['-d', 'extension=' . self::extensionPath(), '--re', 'pwapresta']);

        $missing = array_values(array_diff(self::nativeEngineFunctions(), self::listedFunctions($output)));

        self::assertSame([], $missing, 'NativeEngine calls functions the extension does not define');
    }

    public function testExtensionListsNoUnusedFunction(): void
    {
        self::requireExtension();
        [, $output] = self::runPhp(['-d', 'extension=' . self::extensionPath(), '--re', 'pwapresta']);

        $used = array_merge(self::nativeEngineFunctions(), ['PwaPresta\\Native\\engine_version']);
        $unused = array_values(array_diff(self::listedFunctions($output), $used));

        self::assertSame([], $unused, 'the extension defines functions NativeEngine never calls');
    }

    public function testReadmeExamplePrintsDocumentedLine(): void
    {
        self::requireExtension();
        $readme = (string) file_get_contents(self::REPO . '/README.md');
        $found = preg_match(
            "/^php -d extension=target\\/release\\/libpwapresta\\.so -r '\\n(.*?)^'\\n```\\n\\nIt prints `([^`]+)`/ms",
            $readme,
            $example,
        );
        self::assertSame(1, $found, 'README.md has no php -r example followed by "It prints `...`"');

        $workingDirectory = getcwd();
        chdir(self::REPO);
        try {
            [$status, $output, $errors] = self::runPhp(['-d', 'extension=' . self::extensionPath(), '-r', $example[1]]);
        } finally {
            chdir((string) $workingDirectory);
        }

        self::assertSame(0, $status, "the README example failed: $errors");
        self::assertSame($example[2] . "\n", $output);
    }

    /** @return list<string> the methods of the Engine interface */
    private static function engineMethods(): array
    {
        return array_map(
            static fn (\ReflectionMethod $method): string => $method->getName(),
            (new \ReflectionClass(Engine::class))->getMethods(),
        );
    }

    /** @return list<string> fully qualified names of the functions NativeEngine calls */
    private static function nativeEngineFunctions(): array
    {
        $source = (string) file_get_contents(self::REPO . '/php/src/Engine/NativeEngine.php');
        preg_match_all('/Native\\\\(\w+)\(/', $source, $matches);

        return array_values(array_unique(array_map(
            static fn (string $name): string => 'PwaPresta\\Native\\' . $name,
            $matches[1],
        )));
    }

    /** @return list<string> */
    private static function listedFunctions(string $phpReOutput): array
    {
        preg_match_all('/Function \[ <internal:pwapresta> function ([\w\\\\]+) \]/', $phpReOutput, $matches);

        return $matches[1];
    }

    private static function crateVersion(): string
    {
        $manifest = (string) file_get_contents(self::REPO . '/Cargo.toml');
        if (preg_match('/^\[package\][^\[]*?^version\s*=\s*"([^"]+)"/ms', $manifest, $match) !== 1) {
            throw new \RuntimeException('no [package] version found in Cargo.toml');
        }

        return $match[1];
    }

    private static function requireExtension(): void
    {
        $engines = getenv('PWAPRESTA_ENGINES');
        if ($engines !== false && $engines !== '' && !in_array('native', explode(',', $engines), true)) {
            self::markTestSkipped('PWAPRESTA_ENGINES excludes the native engine');
        }
        self::assertTrue(
            extension_loaded('pwapresta'),
            'the extension is not loaded: run php with -d extension=target/release/libpwapresta.so',
        );
    }

    /** Path of the loaded extension: $PWAPRESTA_EXTENSION, else the file mapped into this process. */
    private static function extensionPath(): string
    {
        $path = getenv('PWAPRESTA_EXTENSION');
        if ($path !== false && $path !== '') {
            return $path;
        }
        $maps = @file_get_contents('/proc/self/maps');
        if ($maps !== false && preg_match('#(/\S*libpwapresta\S*\.so)$#m', $maps, $match) === 1) {
            return $match[1];
        }

        return self::REPO . '/target/release/libpwapresta.so';
    }

    /**
     * Runs PHP_BINARY with $arguments and no shell.
     *
     * @param list<string> $arguments
     * @return array{int, string, string} exit status, standard output, standard error
     */
    private static function runPhp(array $arguments): array
    {
        $process = proc_open(
            array_merge([PHP_BINARY], $arguments),
            [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
            $pipes,
        );
        if ($process === false) {
            throw new \RuntimeException('cannot start ' . PHP_BINARY);
        }
        $output = (string) stream_get_contents($pipes[1]);
        $errors = (string) stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);

        return [proc_close($process), $output, $errors];
    }
}
