<?php

declare(strict_types=1);

namespace PwaPresta\Module\Jobs;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Support\Clock;
use PwaPresta\Module\Support\Logger;

/**
 * Runs a job under its lock row and records the run: a second run that starts while the first
 * still holds the lock returns busy without doing anything, on whichever web server it starts.
 *
 * The lock expires after LOCK_SECONDS, so a run killed half way (a PHP timeout) does not block the
 * job forever. NOTE: a run that outlives LOCK_SECONDS may overlap with the next one, so jobs keep
 * each step idempotent (order import, feed submission claims).
 */
final class JobRunner
{
    public const LOCK_SECONDS = 900;

    public function __construct(
        private JobStore $store,
        private Clock $clock,
        private Logger $logger,
        private int $lockSeconds = self::LOCK_SECONDS,
    ) {
    }

    public function run(Job $job): JobOutcome
    {
        $name = $job->name();
        $owner = bin2hex(random_bytes(16));
        if (!$this->store->acquire($name, $owner, $this->clock->now(), $this->lockSeconds)) {
            $this->logger->info(sprintf('Job %s skipped: another run holds its lock.', $name));

            return new JobOutcome($name, JobOutcome::BUSY, 'another run of this job is in progress');
        }

        $this->logger->info(sprintf('Job %s started.', $name));
        try {
            $outcome = new JobOutcome($name, JobOutcome::OK, $job->run());
            $this->logger->info(sprintf('Job %s finished: %s', $name, $outcome->message));
        } catch (\Throwable $exception) {
            $outcome = new JobOutcome($name, JobOutcome::FAILED, $exception->getMessage());
            $this->logger->error(sprintf('Job %s failed: %s', $name, $exception->getMessage()));
        }

        $this->store->finish($name, $owner, $outcome->status, $outcome->message, $this->clock->now());

        return $outcome;
    }
}
