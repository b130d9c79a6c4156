<?php

declare(strict_types=1);

namespace PwaPresta\Module\Jobs;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Runs jobs by name for the three ways in: the cron URL, the command line and PrestaShop's cron
 * tasks manager (hookActionCronJob).
 */
final class CronJobs
{
    /** Jobs that poll Amazon instead of IOPN; the others (the feed queue) always run. */
    public const SYNC_JOBS = [ScheduleJob::NAME, ReportJob::NAME, OrdersJob::NAME];

    public function __construct(private JobRegistry $registry, private JobRunner $runner, private JobStore $store)
    {
    }

    public function registry(): JobRegistry
    {
        return $this->registry;
    }

    /** @throws \InvalidArgumentException for an unknown job name */
    public function run(string $name): JobOutcome
    {
        return $this->runner->run($this->registry->get($name));
    }

    /**
     * Runs what the cron tasks manager should run on each tick: with MWS synchronisation on, the
     * schedule job until it once succeeded, then report and orders; and every other registered job.
     *
     * @return list<JobOutcome>
     */
    public function runScheduled(bool $mwsSynchronisation, int $now): array
    {
        $outcomes = [];
        foreach ($this->registry->names() as $name) {
            if (in_array($name, self::SYNC_JOBS, true) && !$mwsSynchronisation) {
                continue;
            }
            if ($name === ScheduleJob::NAME && ($this->store->lastRun($name, $now)['last_success'] ?? null) !== null) {
                continue;
            }
            $outcomes[] = $this->run($name);
        }

        return $outcomes;
    }
}
