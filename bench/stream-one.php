<?php

declare(strict_types=1);

/*
 * Streams one order report with one engine and prints its memory readings as JSON:
 *
 *   php -d extension=target/release/libpwapresta.so bench/stream-one.php native|php FILE
 *
 * bench/run.php runs this in a child process per report size and engine, because the peak resident
 * set (VmHWM) of a process cannot be reset on every kernel: a fresh process gives each case its own
 * peak. Prints {"orders": n, "zend_peak": bytes, "rss_before": bytes, "rss_peak": bytes}, where
 * zend_peak is the Zend heap peak's growth during the run and rss_peak the process's VmHWM at exit.
 */

use PwaPresta\Engine\NativeEngine;
use PwaPresta\Engine\PhpEngine;

require __DIR__ . '/../php/autoload.php';

[, $engineName, $path] = $argv + [null, null, null];
$engine = match ($engineName) {
    'native' => new NativeEngine(),
    'php' => new PhpEngine(),
    default => null,
};
if ($engine === null || !is_string($path) || !is_file($path)) {
    fwrite(STDERR, "usage: php bench/stream-one.php native|php REPORT_FILE\n");
    exit(2);
}

// Stream the first order once, so the classes the engine loads are not counted as the run's growth.
try {
    $engine->eachReportOrder($path, static function (array $order): void {
        throw new WarmedUp();
    });
} catch (WarmedUp) {
}

gc_collect_cycles();
memory_reset_peak_usage();
$rssBefore = statusBytes('VmRSS');
$zendBefore = memory_get_usage();
$orders = $engine->eachReportOrder($path, static function (array $order): void {
});
$zendPeak = memory_get_peak_usage() - $zendBefore;

echo json_encode([
    'orders' => $orders,
    'zend_peak' => $zendPeak,
    'rss_before' => $rssBefore,
    'rss_peak' => statusBytes('VmHWM'),
]), "\n";

/** Thrown by the warm-up's callback to stop after the first order. */
final class WarmedUp extends RuntimeException
{
}

/** A field of /proc/self/status in bytes, or null where /proc is missing. */
function statusBytes(string $field): ?int
{
    $status = @file_get_contents('/proc/self/status');
    if ($status === false || preg_match('/^' . $field . ':\s+(\d+) kB/m', $status, $match) !== 1) {
        return null;
    }

    return (int) $match[1] * 1024;
}
