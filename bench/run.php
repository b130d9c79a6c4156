<?php

declare(strict_types=1);

/*
 * Benchmark: native engine against the pure-PHP engine, in one process and one run.
 *
 *   php -d extension=target/release/libpwapresta.so bench/run.php [--quick] [--output FILE]
 *
 * Measures IOPN verify + parse (3 and 100 items), MWS signing of a 20-parameter request and
 * order-report streaming (10,000 and 100,000 orders), then writes the medians and ratios to
 * BENCHMARKS.md (or FILE). Timing runs in this process; the peak memory of each report size and
 * engine is read in a child process (bench/stream-one.php). --quick runs fewer repetitions and a
 * 20,000-order report in place of 100,000, for a smoke run, and its page states that.
 */

use PwaPresta\Bench\Inputs;
use PwaPresta\Bench\Measure;
use PwaPresta\Engine\Engine;
use PwaPresta\Engine\NativeEngine;
use PwaPresta\Engine\PhpEngine;

require __DIR__ . '/../php/autoload.php';
require __DIR__ . '/Inputs.php';
require __DIR__ . '/Measure.php';

$options = getopt('', ['quick', 'output:']);
$quick = isset($options['quick']);
$output = $options['output'] ?? __DIR__ . '/../BENCHMARKS.md';

if (!NativeEngine::isAvailable()) {
    fwrite(STDERR, "the extension is not loaded: run php -d extension=target/release/libpwapresta.so bench/run.php\n");
    exit(2);
}

/** @var array<string, Engine> $engines */
$engines = ['native' => new NativeEngine(), 'php' => new PhpEngine()];
// Other work on the machine slows both engines unevenly, so the page records how busy it was.
$loadAtStart = sys_getloadavg()[0] ?? null;
$scale = $quick ? 0.1 : 1.0;
$rows = [];

$iopnCases = ['IOPN verify + parse, 3 items' => [3, 2000], 'IOPN verify + parse, 100 items' => [100, 200]];
foreach ($iopnCases as $label => [$items, $runs]) {
    $fields = Inputs::notification($items);
    $row = ['case' => $label, 'unit' => 'µs'];
    foreach ($engines as $name => $engine) {
        $row[$name] = Measure::medianMicroseconds(max(5, (int) ($runs * $scale)), static function () use ($engine, $fields): void {
            $engine->verifyNotification($fields, Inputs::SECRET_KEY, Inputs::ACCESS_KEY_ID, Inputs::NOW, 900);
            $engine->parseNotification($fields['NotificationData']);
        });
    }
    $rows[] = $row;
}

$request = Inputs::mwsRequest();
$row = ['case' => 'MWS signed request, 20 parameters', 'unit' => 'µs'];
foreach ($engines as $name => $engine) {
    $row[$name] = Measure::medianMicroseconds(max(5, (int) (5000 * $scale)), static fn () => $engine->mwsSignedRequest($request, Inputs::SECRET_KEY));
}
$parameterCount = count($engines['php']->mwsSignedRequest($request, Inputs::SECRET_KEY)['parameters']) - 1;
$row['case'] = "MWS signed request, $parameterCount parameters";
$rows[] = $row;

$memoryRows = [];
$directory = sys_get_temp_dir() . '/pwapresta-bench-' . getmypid();
mkdir($directory);
try {
    foreach ([10000, $quick ? 20000 : 100000] as $orders) {
        $path = "$directory/report-$orders.xml";
        Inputs::writeOrderReport($path, $orders);
        $label = sprintf('order report, %s orders (%.1f MiB)', number_format($orders), filesize($path) / 1048576);
        $row = ['case' => $label, 'unit' => 'ms'];
        foreach ($engines as $name => $engine) {
            $count = 0;
            $stream = static function () use ($engine, $path, &$count): void {
                $count = $engine->eachReportOrder($path, static function (array $order): void {
                });
            };
            $row[$name] = Measure::medianMicroseconds($quick ? 1 : 3, $stream) / 1000;
            if ($count !== $orders) {
                throw new RuntimeException("$name engine streamed $count orders of $orders");
            }
            $memoryRows[] = ['case' => $label, 'engine' => $name] + Measure::childPeak($name, $path, $orders);
        }
        $rows[] = $row;
        unlink($path);
    }
} finally {
    @rmdir($directory);
}

file_put_contents($output, render($rows, $memoryRows, $quick, $loadAtStart));
echo file_get_contents($output);

/**
 * @param list<array{case: string, unit: string, native: float, php: float}> $rows
 * @param list<array{case: string, engine: string, zend_peak: int, rss_peak: int|null}> $memoryRows
 */
function render(array $rows, array $memoryRows, bool $quick, ?float $loadAtStart): string
{
    $cpu = 'unknown CPU';
    if (preg_match('/^model name\s*:\s*(.+)$/m', (string) @file_get_contents('/proc/cpuinfo'), $match) === 1) {
        $cpu = trim($match[1]);
    }
    $lines = [
        '# Benchmarks',
        '',
        'Native engine (the Rust extension) against the pure-PHP engine, measured in one process by',
        '`make bench` (`bench/run.php`). Times are medians of repeated wall-clock runs after one warm-up;',
        'the ratio is PHP time divided by native time. Targets: native at least 5 times faster on IOPN',
        'and signing, at least 10 times on reports, with memory that stays flat as reports grow.',
        '',
        sprintf('Run on %s: %s, %d cores, PHP %s, extension %s, load average %s at the start%s.', gmdate('Y-m-d'), $cpu,
            (int) shell_exec('nproc'), PHP_VERSION, (new NativeEngine())->version(),
            $loadAtStart === null ? 'unknown' : sprintf('%.2f', $loadAtStart),
            $quick ? ' — QUICK RUN: fewer repetitions, smaller report' : ''),
        '',
        '| case | native | PHP | ratio | target |',
        '|---|---:|---:|---:|---|',
    ];
    foreach ($rows as $row) {
        // The targets stated above: 10× for order reports, 5× for IOPN and signing.
        $target = str_starts_with($row['case'], 'order report') ? 10.0 : 5.0;
        $ratio = $row['php'] / $row['native'];
        $lines[] = sprintf('| %s | %.1f %s | %.1f %s | %.1f× | ≥ %.0f×: %s |', $row['case'], $row['native'], $row['unit'],
            $row['php'], $row['unit'], $ratio, $target, $ratio >= $target ? 'met' : 'missed');
    }
    $lines[] = '';
    $lines[] = '## Memory while streaming a report';
    $lines[] = '';
    $lines[] = 'Each case streams the report once in its own PHP process (`bench/stream-one.php`). The Zend heap';
    $lines[] = 'peak is its growth above the level before the run (what PHP allocates); the resident-set peak is';
    $lines[] = 'the whole process\'s VmHWM at exit, which also counts the extension\'s own allocations and the';
    $lines[] = 'interpreter itself. Flat means both stay about equal from the smaller report to the larger one.';
    $lines[] = '';
    $lines[] = '| case | engine | Zend heap peak | resident-set peak |';
    $lines[] = '|---|---|---:|---:|';
    foreach ($memoryRows as $row) {
        $lines[] = sprintf('| %s | %s | %.2f MiB | %s |', $row['case'], $row['engine'], $row['zend_peak'] / 1048576,
            $row['rss_peak'] === null ? 'n/a' : sprintf('%.2f MiB', $row['rss_peak'] / 1048576));
    }

    return implode("\n", $lines) . "\n";
}
