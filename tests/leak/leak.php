<?php

declare(strict_types=1);

/*
 * Calls every native function of the extension in a loop, on valid input and on each error path
 * that throws, so valgrind (tests/leak/run.sh) can find memory the extension loses.
 *
 * The function list is read from php/src/Engine/NativeEngine.php, so a function added there
 * without a case here fails this script. A function the extension does not define yet is
 * skipped and listed; with CI=true a skipped function fails the run.
 *
 * Usage: php -d extension=target/release/libpwapresta.so tests/leak/leak.php [ITERATIONS]
 */

use PwaPresta\Exception\PwaPrestaException;
use PwaPresta\Tests\Leak\CallbackStop;
use PwaPresta\Tests\Leak\LeakCases;
use PwaPresta\Tests\Leak\MwsServer;

require __DIR__ . '/../../php/autoload.php';
require __DIR__ . '/LeakCases.php';
require __DIR__ . '/MwsServer.php';

const NATIVE_NAMESPACE = 'PwaPresta\\Native\\';

$iterations = (int) ($argv[1] ?? getenv('LEAK_ITERATIONS') ?: 10);
$ciMode = getenv('CI') === 'true';

if (!extension_loaded('pwapresta')) {
    fwrite(STDERR, "leak: the extension is not loaded: run php -d extension=target/release/libpwapresta.so\n");
    exit(1);
}

$engineSource = file_get_contents(__DIR__ . '/../../php/src/Engine/NativeEngine.php');
if ($engineSource === false || preg_match_all('/Native\\\\(\w+)\(/', $engineSource, $matches) === 0) {
    fwrite(STDERR, "leak: no native function found in php/src/Engine/NativeEngine.php\n");
    exit(1);
}
$functions = array_values(array_unique($matches[1]));

$server = MwsServer::start(__DIR__ . '/server.php');
$cases = LeakCases::all($server->endpoint());

$withoutCase = array_values(array_diff($functions, array_keys($cases)));
$missing = array_values(array_filter(
    $functions,
    static fn (string $name): bool => !function_exists(NATIVE_NAMESPACE . $name),
));

/** @var array<string, array{returned: int, threw: int, unexpected: array<string, int>}> $counts */
$counts = [];
foreach ($functions as $name) {
    if (in_array($name, $missing, true) || !isset($cases[$name])) {
        continue;
    }
    $counts[$name] = ['returned' => 0, 'threw' => 0, 'unexpected' => []];
    for ($iteration = 0; $iteration < $iterations; $iteration++) {
        foreach ($cases[$name] as $arguments) {
            try {
                (NATIVE_NAMESPACE . $name)(...$arguments());
                $counts[$name]['returned']++;
            } catch (PwaPrestaException | CallbackStop) {
                $counts[$name]['threw']++;
            } catch (\Throwable $error) {
                $class = get_class($error);
                $counts[$name]['unexpected'][$class] = ($counts[$name]['unexpected'][$class] ?? 0) + 1;
            }
        }
    }
    gc_collect_cycles();
}

$server->stop();
LeakCases::cleanUp();

printf("leak: %d iterations over %d native functions\n", $iterations, count($counts));
foreach ($counts as $name => $count) {
    $unexpected = '';
    foreach ($count['unexpected'] as $class => $times) {
        $unexpected .= sprintf(', %d %s', $times, $class);
    }
    printf("  %-30s %4d returned, %4d threw%s\n", $name, $count['returned'], $count['threw'], $unexpected);
}

$status = 0;
if ($withoutCase !== []) {
    fwrite(STDERR, 'leak: no case in tests/leak/LeakCases.php for: ' . implode(', ', $withoutCase) . "\n");
    $status = 1;
}
if ($missing !== []) {
    printf("leak: skipped, not defined by the extension: %s\n", implode(', ', $missing));
    if ($ciMode) {
        fwrite(STDERR, "leak: CI=true and " . count($missing) . " native functions are missing\n");
        $status = 1;
    }
}
exit($status);
