<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox;

use PHPUnit\Framework\TestCase;
use PwaPresta\Tests\Leak\MwsServer;
use PwaPresta\Tests\Sandbox\Mws\MwsSandbox;
use PwaPresta\Tests\Support\EchoServer;

require_once __DIR__ . '/../../sandbox/ServerProcess.php';
require_once __DIR__ . '/../../sandbox/mws/autoload.php';
require_once __DIR__ . '/../../leak/MwsServer.php';

/**
 * Every test server the repository starts leaves no process behind after stop(): neither the
 * `php -S` server nor its PHP_CLI_SERVER_WORKERS workers, which outlive a server that alone
 * receives SIGTERM. Processes are found by the address in their command line, independently of
 * the parent pids that stop() follows.
 */
final class ServerStopTest extends TestCase
{
    public function testEchoServerStopEndsWorkers(): void
    {
        $server = EchoServer::start();
        $port = $server->port;
        try {
            $before = self::startedProcesses($port, 5);
            $tracked = self::sorted($server->processIds());
        } finally {
            $server->stop();
        }

        self::assertCount(5, $before, 'the server and its 4 workers run');
        self::assertSame($before, $tracked);
        self::assertSame([], self::serverProcesses($port));
        self::assertFalse(self::accepts($port));
    }

    public function testMwsSandboxStopEndsWorkersAndRemovesState(): void
    {
        $previous = getenv('PHP_CLI_SERVER_WORKERS');
        putenv('PHP_CLI_SERVER_WORKERS=3');
        try {
            $sandbox = MwsSandbox::start();
        } finally {
            putenv($previous === false ? 'PHP_CLI_SERVER_WORKERS' : "PHP_CLI_SERVER_WORKERS=$previous");
        }
        $port = $sandbox->port;
        $directory = $sandbox->state->directory;
        try {
            $before = self::startedProcesses($port, 4);
        } finally {
            $sandbox->stop();
        }

        self::assertCount(4, $before, 'the sandbox and its 3 workers run');
        self::assertSame([], self::serverProcesses($port));
        self::assertDirectoryDoesNotExist($directory);
    }

    public function testMwsSandboxStopTwiceIsHarmless(): void
    {
        $sandbox = MwsSandbox::start();
        $sandbox->stop();
        $sandbox->stop();

        self::assertSame([], $sandbox->processIds());
    }

    public function testLeakServerStopEndsServer(): void
    {
        $server = MwsServer::start(__DIR__ . '/../../leak/server.php');
        $port = (int) substr($server->endpoint(), strrpos($server->endpoint(), ':') + 1);

        try {
            $before = self::serverProcesses($port);
        } finally {
            $server->stop();
        }

        self::assertCount(1, $before);
        self::assertSame([], self::serverProcesses($port));
    }

    public function testStopKillsProcessesIgnoringTerm(): void
    {
        $script = 'trap "" TERM; sleep 60 & sleep 60 & wait';
        $process = ServerProcess::start(['sh', '-c', $script], [0 => ['file', '/dev/null', 'r']]);
        $pids = self::waitForProcesses($process);

        $started = microtime(true);
        $process->stop();

        self::assertCount(3, $pids, 'sh and its two sleeps ran');
        self::assertSame([], self::running($pids));
        self::assertGreaterThan(4.0, microtime(true) - $started, 'SIGKILL follows the SIGTERM timeout');
    }

    public function testStopTwiceIsHarmless(): void
    {
        $process = ServerProcess::start(['sleep', '60'], [0 => ['file', '/dev/null', 'r']]);
        $pid = $process->pid;
        $process->stop();
        $process->stop();

        self::assertSame([], self::running([$pid]));
        self::assertSame([], $process->processIds());
    }

    /**
     * Returns the server processes of PORT (see serverProcesses) once at least $expected run.
     *
     * @return list<int>
     */
    private static function startedProcesses(int $port, int $expected): array
    {
        // The server accepts connections before every worker has forked, and on a busy machine
        // the last worker can appear later, so the count is read again until it matches or two
        // seconds have passed.
        $deadline = hrtime(true) + 2_000_000_000;
        do {
            $pids = self::serverProcesses($port);
            if (count($pids) >= $expected) {
                break;
            }
            usleep(20_000);
        } while (hrtime(true) < $deadline);

        return $pids;
    }

    /**
     * Returns the sorted pids of running processes whose command line contains 127.0.0.1:PORT.
     *
     * @return list<int>
     */
    private static function serverProcesses(int $port): array
    {
        $pids = [];
        foreach (glob('/proc/[0-9]*/cmdline') ?: [] as $file) {
            $commandLine = @file_get_contents($file);
            $stat = @file_get_contents(dirname($file) . '/stat');
            if ($commandLine === false || $stat === false || !str_contains($commandLine, "127.0.0.1:$port")) {
                continue;
            }
            if (substr($stat, strrpos($stat, ')') + 2, 1) !== 'Z') {
                $pids[] = (int) basename(dirname($file));
            }
        }

        return self::sorted($pids);
    }

    /**
     * @param list<int> $pids
     * @return list<int>
     */
    private static function sorted(array $pids): array
    {
        sort($pids);

        return $pids;
    }

    /**
     * Returns the pids of sh and its two sleeps once all three run, or what runs after 2 s.
     *
     * @return list<int>
     */
    private static function waitForProcesses(ServerProcess $process): array
    {
        for ($attempt = 0; $attempt < 100 && count($process->processIds()) < 3; $attempt++) {
            usleep(20_000);
        }

        return $process->processIds();
    }

    /**
     * Returns the pids given that still run, zombies excluded.
     *
     * @param list<int> $pids
     * @return list<int>
     */
    private static function running(array $pids): array
    {
        return array_values(array_filter($pids, static function (int $pid): bool {
            $stat = @file_get_contents("/proc/$pid/stat");

            return $stat !== false && substr($stat, strrpos($stat, ')') + 2, 1) !== 'Z';
        }));
    }

    private static function accepts(int $port): bool
    {
        $connection = @fsockopen('127.0.0.1', $port, $errorCode, $errorMessage, 0.2);
        if ($connection === false) {
            return false;
        }
        fclose($connection);

        return true;
    }
}
