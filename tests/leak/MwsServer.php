<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Leak;

/** PHP's built-in web server on a free port of 127.0.0.1, started for one run and stopped after. */
final class MwsServer
{
    private const START_TIMEOUT_SECONDS = 10.0;

    /** @param resource $process */
    private function __construct(private $process, private int $port)
    {
    }

    public static function start(string $router): self
    {
        $port = self::freePort();
        $command = [PHP_BINARY, '-n', '-S', "127.0.0.1:$port", $router];
        $process = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'],
            2 => ['file', '/dev/null', 'w']], $pipes);
        if ($process === false) {
            throw new \RuntimeException('cannot start php -S for the leak check');
        }

        $server = new self($process, $port);
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

    public function stop(): void
    {
        if (is_resource($this->process)) {
            proc_terminate($this->process);
            proc_close($this->process);
        }
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
