<?php

declare(strict_types=1);

namespace PwaPresta\Module\Jobs;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Support\UnavailableException;

/**
 * The jobs section of the settings page: each job's cron URL with its token and its last run.
 */
final class JobPanel
{
    /**
     * @param callable(string): string $cronUrl job name => its cron URL
     * @return list<array{name: string, url: string, last_started: ?string, last_status: ?string,
     *                    last_message: ?string, last_success: ?string, running: bool}>
     */
    public static function rows(JobRegistry $registry, JobStore $store, callable $cronUrl, int $now): array
    {
        $rows = [];
        foreach ($registry->names() as $name) {
            try {
                $run = $store->lastRun($name, $now);
            } catch (UnavailableException) {
                $run = null;
            }
            $rows[] = [
                'name' => $name,
                'url' => $cronUrl($name),
                'last_started' => $run['last_started'] ?? null,
                'last_status' => $run['last_status'] ?? null,
                'last_message' => $run['last_message'] ?? null,
                'last_success' => $run['last_success'] ?? null,
                'running' => $run['running'] ?? false,
            ];
        }

        return $rows;
    }
}
