<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Fake;

use PwaPresta\Module\Jobs\JobOutcome;
use PwaPresta\Module\Jobs\JobStore;

/**
 * Job rows in an array, with the lock and cursor rules of DatabaseJobStore.
 */
final class InMemoryJobStore implements JobStore
{
    /** @var array<string, array<string, mixed>> */
    public array $rows = [];

    public function acquire(string $job, string $owner, int $now, int $ttlSeconds): bool
    {
        $row = $this->rows[$job] ?? [];
        if (($row['lock_token'] ?? null) !== null && $row['locked_until'] >= $now) {
            return false;
        }
        $this->rows[$job] = ['lock_token' => $owner, 'locked_until' => $now + $ttlSeconds, 'last_started' => $now] + $row;

        return true;
    }

    public function finish(string $job, string $owner, string $status, string $message, int $now): void
    {
        if (($this->rows[$job]['lock_token'] ?? null) !== $owner) {
            return;
        }
        $this->rows[$job] = [
            'lock_token' => null,
            'locked_until' => null,
            'last_finished' => $now,
            'last_status' => $status,
            'last_message' => $message,
        ] + ($status === JobOutcome::OK ? ['last_success' => $now] : []) + $this->rows[$job];
    }

    public function cursor(string $job): ?string
    {
        return $this->rows[$job]['cursor'] ?? null;
    }

    public function saveCursor(string $job, string $value): void
    {
        $this->rows[$job]['cursor'] = $value;
    }

    public function lastRun(string $job, int $now): ?array
    {
        $row = $this->rows[$job] ?? null;
        if ($row === null || !isset($row['last_started'])) {
            return null;
        }
        $date = static fn (?int $time): ?string => $time === null ? null : gmdate('Y-m-d H:i:s', $time);

        return [
            'last_started' => $date($row['last_started']),
            'last_finished' => $date($row['last_finished'] ?? null),
            'last_status' => $row['last_status'] ?? null,
            'last_message' => $row['last_message'] ?? null,
            'last_success' => $date($row['last_success'] ?? null),
            'running' => ($row['lock_token'] ?? null) !== null && $row['locked_until'] >= $now,
        ];
    }
}
