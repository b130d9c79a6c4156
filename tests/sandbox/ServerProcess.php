<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox;

/**
 * A server process started in its own session and process group (through `setsid`), so that
 * stop() reaches the server and every worker it forks, such as the workers of `php -S` with
 * PHP_CLI_SERVER_WORKERS. Signalling only the server's own pid would leave those workers running,
 * adopted by PID 1.
 *
 * Linux only: the group's members are read from /proc.
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
    private function __construct($process, public readonly int $processGroup, private array $pipes)
    {
        $this->process = $process;
    }

    /**
     * Starts the command in a new process group, whose id is the pid proc_open returns.
     *
     * @param list<string> $command
     * @param array<int, mixed> $descriptors as for proc_open
     * @param array<string, string>|null $environment null inherits this process's environment
     */
    public static function start(array $command, array $descriptors, ?array $environment = null): self
    {
        // proc_open's child is not a group leader, so setsid(1) calls setsid() and execs the
        // command in the same process instead of forking: the pid is also the process group id.
        $process = proc_open(['setsid', ...$command], $descriptors, $pipes, null, $environment);
        if (!is_resource($process)) {
            throw new \RuntimeException('cannot start ' . implode(' ', $command) . ': proc_open failed');
        }

        return new self($process, (int) proc_get_status($process)['pid'], $pipes);
    }

    /**
     * Returns the pids of the group's processes that still run (zombies excluded).
     *
     * @return list<int>
     */
    public function members(): array
    {
        return self::groupMembers($this->processGroup);
    }

    /**
     * Sends SIGTERM to the whole group, waits until every member has exited, and sends SIGKILL
     * to those still running after 5 seconds. Safe to call twice.
     *
     * @throws \RuntimeException when a process of the group survives SIGKILL
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
        $this->signal(SIGTERM);
        if (!$this->waitForExit(self::TERM_TIMEOUT_SECONDS)) {
            $this->signal(SIGKILL);
            $this->waitForExit(self::KILL_TIMEOUT_SECONDS);
        }
        proc_close($this->process);
        $this->process = null;

        $survivors = $this->members();
        if ($survivors !== []) {
            throw new \RuntimeException(sprintf(
                'processes %s of group %d survived SIGKILL: end them with kill -KILL',
                implode(', ', $survivors),
                $this->processGroup,
            ));
        }
    }

    /**
     * Returns the pids of running processes (zombies excluded) in the process group.
     *
     * @return list<int>
     */
    public static function groupMembers(int $processGroup): array
    {
        $members = [];
        foreach (glob('/proc/[0-9]*/stat') ?: [] as $statFile) {
            $stat = @file_get_contents($statFile);
            if ($stat === false) {
                continue;
            }
            // The fields after the command name, which may itself hold spaces and parentheses:
            // state, ppid, pgrp.
            $fields = explode(' ', substr($stat, strrpos($stat, ')') + 2));
            if ((int) ($fields[2] ?? -1) === $processGroup && ($fields[0] ?? '') !== 'Z') {
                $members[] = (int) $stat;
            }
        }

        return $members;
    }

    private function signal(int $signal): void
    {
        // The group signal fails when setsid has not run yet, so the server's own pid is
        // signalled too.
        posix_kill(-$this->processGroup, $signal);
        posix_kill($this->processGroup, $signal);
    }

    private function waitForExit(float $timeoutSeconds): bool
    {
        $deadline = microtime(true) + $timeoutSeconds;
        do {
            // proc_get_status reaps the server once it has exited, so it stops counting.
            proc_get_status($this->process);
            if ($this->members() === []) {
                return true;
            }
            usleep(20_000);
        } while (microtime(true) < $deadline);

        return false;
    }
}
