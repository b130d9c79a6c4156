<?php

declare(strict_types=1);

namespace PwaPresta\Module\Iopn;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Statuses of a stored notification.
 */
final class NotificationStatus
{
    /** Stored, not yet processed. */
    public const RECEIVED = 'received';
    /** Claimed by a request that is processing it (or that died while processing it). */
    public const PROCESSING = 'processing';
    /** Done: repeats of it are answered 200 without acting again. */
    public const PROCESSED = 'processed';
    /** The shop could not act (database, lock, unexpected error): Amazon's next delivery retries it. */
    public const FAILED = 'failed';
    /** Malformed or unusable data, answered 400: kept for inspection and a manual retry. */
    public const REJECTED = 'rejected';

    /** Statuses a claim may take over (every status but processed). */
    public const CLAIMABLE = [self::RECEIVED, self::PROCESSING, self::FAILED, self::REJECTED];
}
