<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Leak;

use PwaPresta\Tests\Sandbox\ServerProcess;

require_once __DIR__ . '/../sandbox/ServerProcess.php';

/**
 * PHP's built-in web server on a free port of 127.0.0.1, started for one run and stopped after,
 * workers included.
 */
final class MwsServer
{
    private const START_TIMEOUT_SECONDS = 10.0;

    private function __construct(private readonly ServerProcess $process, private int $port)
    {
    }

    public static function start(string $router): self
    {
        $port = self::freePort();
        $command = [PHP_BINARY, '-n', '-S', "127.0.0.1:$port", $router];
        $descriptors = [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'],
            2 => ['file', '/dev/null', 'w']];

        $server = new self(ServerProcess::start($command, $descriptors), $port);
        $deadline = microtime(true) + self::START_TIMEOUT_SECONDS;
        while (!self::accepts($port)) {
            if (microtime(true) > $deadline) {
                $server->stop();
                throw new \RuntimeException("php -S did not listen on 127.0.0.1:$port within 10 s");
            }
            usleep(50_000);
        }

        return $server;
    }

    public function endpoint(): string
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

    private static function freePort(): int
    {
        $socket = stream_socket_server('tcp://127.0.0.1:0', $errorCode, $errorMessage);
        if ($socket === false) {
            throw new \RuntimeException("cannot find a free port on 127.0.0.1: $errorMessage");
        }
        $name = (string) stream_socket_get_name($socket, false);
        fclose($socket);

        return (int) substr($name, strrpos($name, ':') + 1);
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
