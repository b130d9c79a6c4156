<?php

declare(strict_types=1);

namespace PwaPresta\Module\Jobs;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Support\UnavailableException;

/**
 * Per-job rows in the database: the lock that keeps two runs of a job from overlapping on any web
 * server, the job's cursor (e.g. where ListOrders continues) and its last run. Times are Unix seconds.
 *
 * Methods throw UnavailableException when the database cannot be reached.
 */
interface JobStore
{
    /**
     * Claims the job's lock for $owner until $now + $ttlSeconds in one atomic statement; false when
     * another run holds a lock that has not expired. A lock left by a run that died expires.
     *
     * @throws UnavailableException
     */
    public function acquire(string $job, string $owner, int $now, int $ttlSeconds): bool;

    /** Records the end of the run $owner holds (status ok or failed) and frees the lock. */
    public function finish(string $job, string $owner, string $status, string $message, int $now): void;

    public function cursor(string $job): ?string;

    public function saveCursor(string $job, string $value): void;

    /**
     * @return array{last_started: ?string, last_finished: ?string, last_status: ?string,
     *               last_message: ?string, last_success: ?string, running: bool}|null
     *         dates as UTC 'Y-m-d H:i:s'; null when the job never ran
     */
    public function lastRun(string $job, int $now): ?array;
}
