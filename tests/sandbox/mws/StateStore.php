<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * The scenario state: JSON documents, byte-exact blobs (report and feed bodies) and the request
 * log, in one directory shared by the server and the test that controls it.
 *
 * Every access runs inside transaction(), which holds an exclusive flock on <directory>/.lock,
 * so a request served by one process never reads a half-written scenario. Documents are replaced
 * by rename, never rewritten in place.
 */
final class StateStore
{
    public const ENVIRONMENT_VARIABLE = 'PWAPRESTA_MWS_STATE';

    private int $depth = 0;

    /** @var resource|null */
    private $lock = null;

    public function __construct(public readonly string $directory)
    {
        if (!is_dir($directory) && !mkdir($directory, 0700, true) && !is_dir($directory)) {
            throw new \RuntimeException("cannot create the MWS sandbox state directory $directory");
        }
    }

    public static function fromEnvironment(): self
    {
        $directory = getenv(self::ENVIRONMENT_VARIABLE);
        if ($directory === false || $directory === '') {
            throw new \RuntimeException(
                'missing ' . self::ENVIRONMENT_VARIABLE . ': set it to the state directory of the MWS sandbox'
            );
        }

        return new self($directory);
    }

    /**
     * Runs $work while holding the state lock; nested calls reuse the lock already held.
     *
     * @template T
     * @param callable(self): T $work
     * @return T
     */
    public function transaction(callable $work): mixed
    {
        if ($this->depth === 0) {
            $lock = fopen($this->directory . '/.lock', 'c');
            if ($lock === false || !flock($lock, LOCK_EX)) {
                throw new \RuntimeException("cannot lock the MWS sandbox state in {$this->directory}");
            }
            $this->lock = $lock;
        }
        $this->depth++;
        try {
            return $work($this);
        } finally {
            $this->depth--;
            if ($this->depth === 0 && $this->lock !== null) {
                flock($this->lock, LOCK_UN);
                fclose($this->lock);
                $this->lock = null;
            }
        }
    }

    public function read(string $name, mixed $default = []): mixed
    {
        $this->assertLocked();
        $path = $this->path($name . '.json');
        if (!is_file($path)) {
            return $default;
        }

        return json_decode((string) file_get_contents($path), true, 512, JSON_THROW_ON_ERROR);
    }

    public function write(string $name, mixed $value): void
    {
        $flags = JSON_THROW_ON_ERROR | JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;
        $json = json_encode($value, $flags);
        $this->writeFile($name . '.json', $json);
    }

    public function readBlob(string $name): ?string
    {
        $this->assertLocked();
        $contents = @file_get_contents($this->path($name));

        return $contents === false ? null : $contents;
    }

    public function writeBlob(string $name, string $bytes): void
    {
        $this->writeFile($name, $bytes);
    }

    /** Returns the next value of a named counter, starting at $first. */
    public function nextNumber(string $counter, int $first): int
    {
        $counters = $this->read('counters');
        $next = (int) ($counters[$counter] ?? $first);
        $counters[$counter] = $next + 1;
        $this->write('counters', $counters);

        return $next;
    }

    /** @param array<string, mixed> $entry */
    public function appendLog(array $entry): void
    {
        $this->assertLocked();
        $line = json_encode($entry, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n";
        file_put_contents($this->path('log.jsonl'), $line, FILE_APPEND);
    }

    /** @return list<array<string, mixed>> */
    public function log(): array
    {
        $contents = $this->readBlob('log.jsonl') ?? '';
        $entries = [];
        foreach (explode("\n", trim($contents)) as $line) {
            if ($line !== '') {
                $entries[] = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
            }
        }

        return $entries;
    }

    private function writeFile(string $name, string $bytes): void
    {
        $this->assertLocked();
        $path = $this->path($name);
        if (!is_dir(dirname($path))) {
            mkdir(dirname($path), 0700, true);
        }
        $temporary = $path . '.tmp';
        if (file_put_contents($temporary, $bytes) !== strlen($bytes) || !rename($temporary, $path)) {
            throw new \RuntimeException("cannot write $path");
        }
    }

    private function path(string $name): string
    {
        if (preg_match('#^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)?(\.[a-z]+)?$#', $name) !== 1) {
            throw new \InvalidArgumentException("invalid state file name \"$name\"");
        }

        return $this->directory . '/' . $name;
    }

    private function assertLocked(): void
    {
        if ($this->depth === 0) {
            throw new \LogicException('MWS sandbox state accessed outside StateStore::transaction()');
        }
    }
}
