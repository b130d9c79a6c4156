<?php

declare(strict_types=1);

namespace PwaPresta\Module\Jobs;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What one call of the job runner did: ok or failed with the job's summary or error, or busy when
 * another run held the job's lock and nothing ran.
 */
final class JobOutcome
{
    public const OK = 'ok';
    public const FAILED = 'failed';
    public const BUSY = 'busy';

    public function __construct(
        public readonly string $job,
        public readonly string $status,
        public readonly string $message,
    ) {
    }

    public function isOk(): bool
    {
        return $this->status === self::OK;
    }

    /** One line for a cron log or an HTTP response, e.g. "orders: ok: 3 orders read". */
    public function line(): string
    {
        return sprintf('%s: %s: %s', $this->job, $this->status, $this->message);
    }
}
