<?php

declare(strict_types=1);

namespace PwaPresta\Module\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Named locks shared by every web server of the shop (they live in the database, never in a file or
 * in process memory).
 */
interface Locks
{
    /**
     * Takes the lock, waiting at most $timeoutSeconds; false when another request still holds it.
     *
     * @throws UnavailableException when the lock service cannot be reached
     */
    public function acquire(string $name, int $timeoutSeconds): bool;

    public function release(string $name): void;
}
