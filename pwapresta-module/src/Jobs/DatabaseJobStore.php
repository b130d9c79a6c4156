<?php

declare(strict_types=1);

namespace PwaPresta\Module\Jobs;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Adapter\Database;

/**
 * JobStore on the pwapresta_job table. The lock is claimed by one UPDATE that only matches a free or
 * expired row, then read back: of two servers racing, exactly one finds its own token.
 */
final class DatabaseJobStore implements JobStore
{
    private const TABLE = 'pwapresta_job';

    public function __construct(private Database $database)
    {
    }

    public function acquire(string $job, string $owner, int $now, int $ttlSeconds): bool
    {
        $this->ensureRow($job);
        $this->database->execute(sprintf(
            'UPDATE `%s` SET lock_token = %s, locked_until = %s, last_started = %s
             WHERE job = %s AND (lock_token IS NULL OR locked_until IS NULL OR locked_until < %s)',
            $this->database->table(self::TABLE),
            $this->database->quote($owner),
            $this->database->quote(self::date($now + $ttlSeconds)),
            $this->database->quote(self::date($now)),
            $this->database->quote($job),
            $this->database->quote(self::date($now)),
        ));

        return $this->database->value(sprintf(
            'SELECT lock_token FROM `%s` WHERE job = %s',
            $this->database->table(self::TABLE),
            $this->database->quote($job),
        )) === $owner;
    }

    public function finish(string $job, string $owner, string $status, string $message, int $now): void
    {
        $success = $status === JobOutcome::OK ? ', last_success = ' . $this->database->quote(self::date($now)) : '';
        $this->database->execute(sprintf(
            'UPDATE `%s` SET lock_token = NULL, locked_until = NULL, last_finished = %s, last_status = %s,
             last_message = %s%s WHERE job = %s AND lock_token = %s',
            $this->database->table(self::TABLE),
            $this->database->quote(self::date($now)),
            $this->database->quote($status),
            $this->database->quote(mb_substr($message, 0, 2000)),
            $success,
            $this->database->quote($job),
            $this->database->quote($owner),
        ));
    }

    public function cursor(string $job): ?string
    {
        return $this->database->value(sprintf(
            'SELECT cursor_value FROM `%s` WHERE job = %s',
            $this->database->table(self::TABLE),
            $this->database->quote($job),
        ));
    }

    public function saveCursor(string $job, string $value): void
    {
        $this->ensureRow($job);
        $this->database->execute(sprintf(
            'UPDATE `%s` SET cursor_value = %s WHERE job = %s',
            $this->database->table(self::TABLE),
            $this->database->quote($value),
            $this->database->quote($job),
        ));
    }

    public function lastRun(string $job, int $now): ?array
    {
        $row = $this->database->row(sprintf(
            'SELECT last_started, last_finished, last_status, last_message, last_success, lock_token, locked_until
             FROM `%s` WHERE job = %s',
            $this->database->table(self::TABLE),
            $this->database->quote($job),
        ));
        if ($row === null || $row['last_started'] === null) {
            return null;
        }

        $text = static fn (mixed $value): ?string => $value === null ? null : (string) $value;

        return [
            'last_started' => $text($row['last_started']),
            'last_finished' => $text($row['last_finished']),
            'last_status' => $text($row['last_status']),
            'last_message' => $text($row['last_message']),
            'last_success' => $text($row['last_success']),
            'running' => $row['lock_token'] !== null && (string) $row['locked_until'] >= self::date($now),
        ];
    }

    private function ensureRow(string $job): void
    {
        $this->database->insertUnique(self::TABLE, ['job' => $job]);
    }

    private static function date(int $unixSeconds): string
    {
        return gmdate('Y-m-d H:i:s', $unixSeconds);
    }
}
