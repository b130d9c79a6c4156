<?php

declare(strict_types=1);

namespace PwaPresta\Bench;

/**
 * Timing and memory readings for the benchmark: medians of wall-clock runs, and the Zend heap peak
 * and peak resident set of a report streamed in a child process.
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
     * Streams the report at $path with one engine in a child process (bench/stream-one.php) and
     * returns that run's Zend heap peak growth and the child's peak resident set (VmHWM at exit),
     * in bytes.
     *
     * A child per case, because the peak resident set of this process cannot be reset on every
     * kernel (writing 5 to /proc/self/clear_refs is refused on some), so it would only ever show the
     * largest case. The child gets this process's interpreter options, so it loads the same
     * extension.
     *
     * @return array{zend_peak: int, rss_peak: int|null}
     */
    public static function childPeak(string $engine, string $path, int $orders): array
    {
        $command = array_merge([PHP_BINARY], self::interpreterOptions(), [__DIR__ . '/stream-one.php', $engine, $path]);
        $process = proc_open($command, [1 => ['pipe', 'w']], $pipes);
        if ($process === false) {
            throw new \RuntimeException("cannot start the child process for the $engine engine");
        }
        $output = (string) stream_get_contents($pipes[1]);
        fclose($pipes[1]);
        $status = proc_close($process);
        $reading = json_decode($output, true);
        if ($status !== 0 || !is_array($reading) || ($reading['orders'] ?? null) !== $orders) {
            throw new \RuntimeException("the $engine engine's child process failed (exit $status): $output");
        }

        return ['zend_peak' => (int) $reading['zend_peak'], 'rss_peak' => $reading['rss_peak']];
    }

    /**
     * The -n, -c and -d options this interpreter was started with, read from /proc/self/cmdline;
     * none where /proc is missing.
     *
     * @return list<string>
     */
    private static function interpreterOptions(): array
    {
        $commandLine = @file_get_contents('/proc/self/cmdline');
        if ($commandLine === false) {
            return [];
        }
        $arguments = explode("\0", rtrim($commandLine, "\0"));
        $options = [];
        for ($i = 1; $i < count($arguments); $i++) {
            $argument = $arguments[$i];
            if ($argument === '-d' || $argument === '-c') {
                $options[] = $argument;
                $options[] = $arguments[++$i] ?? '';
            } elseif ($argument === '-n' || str_starts_with($argument, '-d') || str_starts_with($argument, '-c')) {
                $options[] = $argument;
            } else {
                // The script's path: what follows are the script's own arguments.
                break;
            }
        }

        return $options;
    }
}
