<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Support;

/**
 * Starts PHP's built-in server on 127.0.0.1 with mws-echo-router.php, for HTTP tests.
 */
final class EchoServer
{
    /** @var resource */
    private $process;

    private function __construct($process, public readonly int $port)
    {
        $this->process = $process;
    }

    public static function start(): self
    {
        $port = self::freePort();
        $command = [PHP_BINARY, '-n', '-S', "127.0.0.1:$port", __DIR__ . '/mws-echo-router.php'];
        $descriptors = [0 => ['pipe', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']];
        // Several workers, so a request that sleeps for the timeout test does not block the next.
        $environment = getenv() + ['PHP_CLI_SERVER_WORKERS' => '4'];
        $process = proc_open($command, $descriptors, $pipes, null, $environment);
        if (!is_resource($process)) {
            throw new \RuntimeException('cannot start php -S for the echo server');
        }
        $server = new self($process, $port);
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

    public function stop(): void
    {
        $status = proc_get_status($this->process);
        if ($status['running']) {
            posix_kill($status['pid'], SIGTERM);
        }
        proc_close($this->process);
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
