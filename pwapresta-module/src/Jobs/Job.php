<?php

declare(strict_types=1);

namespace PwaPresta\Module\Jobs;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * One unit of scheduled work (schedule, report, orders, feeds), run by the job runner from a cron
 * URL, the command line or PrestaShop's cron tasks manager. The runner holds the job's lock and
 * records the last run and its result, so a job only does its work.
 */
interface Job
{
    /** The job's name in URLs, the command line and its lock row: lower-case letters only. */
    public function name(): string;

    /**
     * Runs the job once and returns a one-line summary of what it did, for the last-run record.
     *
     * @throws \RuntimeException when the run failed; its message is recorded as the result and must
     *         name the value that failed without any key or secret
     */
    public function run(): string;
}
