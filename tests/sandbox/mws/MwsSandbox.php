<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

use PwaPresta\Tests\Sandbox\ServerProcess;

require_once __DIR__ . '/../ServerProcess.php';

/**
 * Starts the MWS sandbox (PHP's built-in server with router.php) on 127.0.0.1 and sets its
 * scenario: sellers, reports, orders, feed outcomes, throttling. It also reads back what the
 * sandbox received: feeds byte for byte and the request log with each verdict.
 *
 * The state lives in a directory passed to the server as PWAPRESTA_MWS_STATE. stop() ends the
 * server and any worker it forked, then removes the directory if the sandbox created it. An
 * instance dropped without stop() is stopped when it is destroyed.
 */
final class MwsSandbox
{
    public const HOST = '127.0.0.1';

    private bool $stopped = false;

    private function __construct(
        private readonly ServerProcess $process,
        public readonly int $port,
        public readonly StateStore $state,
        private readonly bool $ownsDirectory,
    ) {
    }

    public function __destruct()
    {
        $this->stop();
    }

    /**
     * Starts the server; port 0 picks a free port. Any host other than 127.0.0.1 is rejected.
     */
    public static function start(int $port = 0, ?string $stateDirectory = null, string $host = self::HOST): self
    {
        if ($host !== self::HOST) {
            throw new \InvalidArgumentException("Refusing host \"$host\": the MWS sandbox binds 127.0.0.1 only.");
        }
        $port = $port === 0 ? self::freePort() : $port;
        $ownsDirectory = $stateDirectory === null;
        $stateDirectory ??= sys_get_temp_dir() . '/pwapresta-mws-' . bin2hex(random_bytes(6));
        $state = new StateStore($stateDirectory);

        $command = [PHP_BINARY, '-S', self::HOST . ":$port", __DIR__ . '/router.php'];
        $descriptors = [
            0 => ['pipe', 'r'],
            1 => ['file', '/dev/null', 'w'],
            2 => ['file', $stateDirectory . '/server.err', 'a'],
        ];
        $environment = [StateStore::ENVIRONMENT_VARIABLE => $stateDirectory] + getenv();
        $process = ServerProcess::start($command, $descriptors, $environment);
        $sandbox = new self($process, $port, $state, $ownsDirectory);
        $sandbox->waitUntilListening();

        return $sandbox;
    }

    /** Stops the server and its workers, then removes the state directory it created. */
    public function stop(): void
    {
        if ($this->stopped) {
            return;
        }
        $this->stopped = true;

        $this->process->stop();
        if ($this->ownsDirectory && is_dir($this->state->directory)) {
            self::removeDirectory($this->state->directory);
        }
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

    /** Returns the endpoint to pass as 'endpoint' to PwaPresta\Api::mwsSignedRequest. */
    public function endpoint(): string
    {
        return 'http://' . self::HOST . ':' . $this->port;
    }

    public function scenario(): Scenario
    {
        return new Scenario($this->state);
    }

    /** @return list<array<string, mixed>> every request received, oldest first */
    public function requests(): array
    {
        return $this->scenario()->requests();
    }

    /** @return list<string> one line per request received; see Scenario::verdicts() */
    public function verdicts(): array
    {
        return $this->scenario()->verdicts();
    }

    /** Returns a port nothing listens on (bound, then released). */
    public static function freePort(): int
    {
        $socket = stream_socket_server('tcp://' . self::HOST . ':0', $errorCode, $errorMessage);
        if ($socket === false) {
            throw new \RuntimeException("cannot find a free port: $errorMessage");
        }
        $name = (string) stream_socket_get_name($socket, false);
        fclose($socket);

        return (int) substr($name, strrpos($name, ':') + 1);
    }

    private function waitUntilListening(): void
    {
        for ($attempt = 0; $attempt < 100; $attempt++) {
            $connection = @fsockopen(self::HOST, $this->port, $errorCode, $errorMessage, 0.1);
            if ($connection !== false) {
                fclose($connection);

                return;
            }
            usleep(50000);
        }
        $this->stop();

        throw new \RuntimeException("the MWS sandbox did not listen on port {$this->port} within 5 seconds");
    }

    private static function removeDirectory(string $directory): void
    {
        $entries = new \RecursiveIteratorIterator(
            new \RecursiveDirectoryIterator($directory, \FilesystemIterator::SKIP_DOTS),
            \RecursiveIteratorIterator::CHILD_FIRST,
        );
        foreach ($entries as $entry) {
            $entry->isDir() ? rmdir($entry->getPathname()) : unlink($entry->getPathname());
        }
        rmdir($directory);
    }
}
