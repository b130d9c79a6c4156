<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox;

/**
 * A server process whose stop() also ends every process it forked, such as the workers of
 * `php -S` with PHP_CLI_SERVER_WORKERS. Those workers ignore the server's own SIGTERM and,
 * once the server has exited, live on as children of PID 1.
 *
 * The server stays in the caller's process group, so Ctrl-C in a terminal still reaches it and
 * its workers. stop() finds the workers through their parent pid, read from /proc (Linux only).
 */
final class ServerProcess
{
    private const TERM_TIMEOUT_SECONDS = 5.0;
    private const KILL_TIMEOUT_SECONDS = 2.0;

    /** @var resource|null */
    private $process;

    /**
     * @param resource $process
     * @param array<int, resource> $pipes
     */
    private function __construct($process, public readonly int $pid, private array $pipes)
    {
        $this->process = $process;
    }

    /**
     * Starts the command without a shell.
     *
     * @param list<string> $command
     * @param array<int, mixed> $descriptors as for proc_open
     * @param array<string, string>|null $environment null inherits this process's environment
     */
    public static function start(array $command, array $descriptors, ?array $environment = null): self
    {
        $process = proc_open($command, $descriptors, $pipes, null, $environment);
        if (!is_resource($process)) {
            throw new \RuntimeException('cannot start ' . implode(' ', $command) . ': proc_open failed');
        }

        return new self($process, (int) proc_get_status($process)['pid'], $pipes);
    }

    /**
     * Returns the pids of the server and of its descendants that still run, zombies excluded.
     *
     * @return list<int>
     */
    public function processIds(): array
    {
        $table = self::processTable();

        return isset($table[$this->pid]) ? [$this->pid, ...self::descendants($this->pid, $table)] : [];
    }

    /**
     * Sends SIGTERM to the server and its descendants, waits until each has exited, and sends
     * SIGKILL to those still running after 5 seconds. Safe to call twice.
     *
     * @throws \RuntimeException when a process survives SIGKILL
     */
    public function stop(): void
    {
        if ($this->process === null) {
            return;
        }

        foreach ($this->pipes as $pipe) {
            if (is_resource($pipe)) {
                fclose($pipe);
            }
        }

        // Workers are found while the server runs, because its exit makes them children of PID 1.
        $pids = $this->signalAll(SIGTERM, []);
        $pids = $this->waitForExit($pids, SIGTERM, self::TERM_TIMEOUT_SECONDS);
        if ($pids !== []) {
            $pids = $this->waitForExit($this->signalAll(SIGKILL, $pids), SIGKILL, self::KILL_TIMEOUT_SECONDS);
        }
        proc_close($this->process);
        $this->process = null;

        if ($pids !== []) {
            throw new \RuntimeException(sprintf(
                'processes %s started by server %d survived SIGKILL: end them with kill -KILL',
                implode(', ', $pids),
                $this->pid,
            ));
        }
    }

    /**
     * Signals the server's current processes and the pids given; returns all of them that run.
     *
     * @param list<int> $known
     * @return list<int>
     */
    private function signalAll(int $signal, array $known): array
    {
        $pids = array_values(array_unique([...$known, ...$this->processIds()]));
        foreach ($pids as $pid) {
            posix_kill($pid, $signal);
        }

        return self::running($pids);
    }

    /**
     * Waits until every pid has exited, signalling any worker forked meanwhile. Returns the pids
     * still running at the timeout.
     *
     * @param list<int> $pids
     * @return list<int>
     */
    private function waitForExit(array $pids, int $signal, float $timeoutSeconds): array
    {
        $deadline = microtime(true) + $timeoutSeconds;
        while ($pids !== [] && microtime(true) < $deadline) {
            usleep(20_000);
            // proc_get_status reaps the server once it has exited, so it stops counting.
            proc_get_status($this->process);
            $pids = $this->signalAll($signal, $pids);
        }

        return $pids;
    }

    /**
     * @param list<int> $pids
     * @return list<int>
     */
    private static function running(array $pids): array
    {
        $table = self::processTable();

        return array_values(array_filter($pids, static fn (int $pid): bool => isset($table[$pid])));
    }

    /**
     * @param array<int, int> $table pid => parent pid
     * @return list<int>
     */
    private static function descendants(int $pid, array $table): array
    {
        $found = [];
        foreach ($table as $child => $parent) {
            if ($parent === $pid) {
                $found = [...$found, $child, ...self::descendants($child, $table)];
            }
        }

        return $found;
    }

    /**
     * Returns the parent pid of every running process, zombies excluded.
     *
     * @return array<int, int> pid => parent pid
     */
    private static function processTable(): array
    {
        $table = [];
        foreach (glob('/proc/[0-9]*/stat') ?: [] as $statFile) {
            $stat = @file_get_contents($statFile);
            if ($stat === false) {
                continue;
            }
            // After the command name, which may itself contain spaces and parentheses: state, ppid.
            $fields = explode(' ', substr($stat, strrpos($stat, ')') + 2));
            if (($fields[0] ?? 'Z') !== 'Z') {
                $table[(int) $stat] = (int) ($fields[1] ?? 0);
            }
        }

        return $table;
    }
}
