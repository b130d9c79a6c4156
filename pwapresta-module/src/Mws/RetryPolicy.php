<?php

declare(strict_types=1);

namespace PwaPresta\Module\Mws;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Back-off for MWS responses that ask to come back later: 503 (RequestThrottled, QuotaExceeded or
 * Service Unavailable), 500, 502 and 504. The delay doubles from $baseSeconds up to $maxSeconds, and a
 * Retry-After header in seconds is honoured up to $maxSeconds.
 */
final class RetryPolicy
{
    public const RETRYABLE_STATUSES = [500, 502, 503, 504];

    public function __construct(
        public readonly int $maxAttempts = 4,
        public readonly int $baseSeconds = 1,
        public readonly int $maxSeconds = 30,
    ) {
    }

    public function isRetryable(int $status): bool
    {
        return in_array($status, self::RETRYABLE_STATUSES, true);
    }

    /** Seconds to wait after failed attempt number $attempt (1 for the first). */
    public function delay(int $attempt, ?string $retryAfter = null): int
    {
        if ($retryAfter !== null && ctype_digit(trim($retryAfter))) {
            return min((int) trim($retryAfter), $this->maxSeconds);
        }

        return min($this->baseSeconds * (2 ** max(0, $attempt - 1)), $this->maxSeconds);
    }
}
