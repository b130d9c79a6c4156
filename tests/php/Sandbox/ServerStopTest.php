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
 * the process group that stop() signals.
 */
final class ServerStopTest extends TestCase
{
    public function testEchoServerStopEndsWorkers(): void
    {
        $server = EchoServer::start();
        $port = $server->port;

        self::assertCount(5, self::serverProcesses($port), 'the server and its 4 workers run');
        self::assertSame(self::serverProcesses($port), self::sorted($server->processIds()));
        $server->stop();

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

        self::assertCount(4, self::serverProcesses($port), 'the sandbox and its 3 workers run');
        $sandbox->stop();

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

        self::assertCount(1, self::serverProcesses($port));
        $server->stop();

        self::assertSame([], self::serverProcesses($port));
    }

    public function testStopKillsProcessesIgnoringTerm(): void
    {
        $script = 'trap "" TERM; sleep 60 & sleep 60 & wait';
        $process = ServerProcess::start(['sh', '-c', $script], [0 => ['file', '/dev/null', 'r']]);
        self::waitForMembers($process, 3);

        $started = microtime(true);
        $process->stop();

        self::assertSame([], ServerProcess::groupMembers($process->processGroup));
        self::assertGreaterThan(4.0, microtime(true) - $started, 'SIGKILL follows the SIGTERM timeout');
    }

    public function testGroupMembersOfUnusedGroupIsEmpty(): void
    {
        self::assertSame([], ServerProcess::groupMembers(PHP_INT_MAX));
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

    private static function waitForMembers(ServerProcess $process, int $count): void
    {
        for ($attempt = 0; $attempt < 100 && count($process->members()) < $count; $attempt++) {
            usleep(20_000);
        }
        self::assertCount($count, $process->members(), 'sh and its two sleeps run');
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
