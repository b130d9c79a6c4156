<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Support;

use PwaPresta\Tests\Sandbox\ServerProcess;

require_once __DIR__ . '/../../sandbox/ServerProcess.php';

/**
 * Starts PHP's built-in server on 127.0.0.1 with mws-echo-router.php, for HTTP tests. stop()
 * ends the server and its workers.
 */
final class EchoServer
{
    private function __construct(private readonly ServerProcess $process, public readonly int $port)
    {
    }

    public static function start(): self
    {
        $port = self::freePort();
        $command = [PHP_BINARY, '-n', '-S', "127.0.0.1:$port", __DIR__ . '/mws-echo-router.php'];
        $descriptors = [0 => ['pipe', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']];
        // Several workers, so a request that sleeps for the timeout test does not block the next.
        $environment = getenv() + ['PHP_CLI_SERVER_WORKERS' => '4'];
        $server = new self(ServerProcess::start($command, $descriptors, $environment), $port);
        $server->waitUntilListening();

        return $server;
    }

    /** Returns a port nothing listens on (bound, then released). */
    public static function freePort(): int
    {
        $socket = stream_socket_server('tcp://127.0.0.1:0', $errorCode, $errorMessage);
        if ($socket === false) {
            throw new \RuntimeException("cannot find a free port: $errorMessage");
        }
        $name = (string) stream_socket_get_name($socket, false);
        fclose($socket);

        return (int) substr($name, strrpos($name, ':') + 1);
    }

    public function origin(): string
    {
        return 'http://127.0.0.1:' . $this->port;
    }

    /**
     * Returns the pids of the server and its workers that still run.
     *
     * @return list<int>
     */
    public function processIds(): array
    {
        return $this->process->processIds();
    }

    /** Stops the server and its workers, waiting until each has exited. */
    public function stop(): void
    {
        $this->process->stop();
    }

    private function waitUntilListening(): void
    {
        for ($attempt = 0; $attempt < 100; $attempt++) {
            $connection = @fsockopen('127.0.0.1', $this->port, $errorCode, $errorMessage, 0.1);
            if ($connection !== false) {
                fclose($connection);

                return;
            }
            usleep(50000);
        }
        $this->stop();

        throw new \RuntimeException("the echo server did not listen on port {$this->port} within 5 seconds");
    }
}
