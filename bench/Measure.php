<?php

declare(strict_types=1);

namespace PwaPresta\Bench;

/**
 * Timing and memory readings for the benchmark: medians of wall-clock runs, the Zend heap peak and
 * the process's peak resident set.
 */
final class Measure
{
    /**
     * Median wall-clock time of $runs calls of $work, in microseconds, after one warm-up call.
     *
     * @param callable(): mixed $work
     */
    public static function medianMicroseconds(int $runs, callable $work): float
    {
        $work();
        $times = [];
        for ($i = 0; $i < $runs; $i++) {
            $start = hrtime(true);
            $work();
            $times[] = (hrtime(true) - $start) / 1000;
        }
        sort($times);
        $middle = intdiv($runs, 2);

        return $runs % 2 === 1 ? $times[$middle] : ($times[$middle - 1] + $times[$middle]) / 2;
    }

    /**
     * Runs $work once and returns how far the Zend heap peak and the resident-set peak rose above
     * their level before it, in bytes.
     *
     * The resident-set peak (VmHWM) also counts the native engine's own allocations, which the
     * Zend heap never sees; writing 5 to /proc/self/clear_refs resets it (Linux 4.0 and later).
     *
     * @param callable(): mixed $work
     * @return array{zend_peak: int, rss_peak: int|null}
     */
    public static function peakGrowth(callable $work): array
    {
        gc_collect_cycles();
        memory_reset_peak_usage();
        $zendBefore = memory_get_usage();
        $rssReset = @file_put_contents('/proc/self/clear_refs', '5') !== false;
        $rssBefore = self::statusKilobytes('VmRSS');

        $work();

        $zendPeak = memory_get_peak_usage() - $zendBefore;
        $rssPeak = $rssReset && $rssBefore !== null ? (self::statusKilobytes('VmHWM') - $rssBefore) * 1024 : null;

        return ['zend_peak' => $zendPeak, 'rss_peak' => $rssPeak];
    }

    private static function statusKilobytes(string $field): ?int
    {
        $status = @file_get_contents('/proc/self/status');
        if ($status === false || preg_match('/^' . $field . ':\s+(\d+) kB/m', $status, $match) !== 1) {
            return null;
        }

        return (int) $match[1];
    }
}
