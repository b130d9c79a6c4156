<?php

declare(strict_types=1);

namespace PwaPresta\Module\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Current time, injected so services never read the system clock directly.
 */
interface Clock
{
    /** Unix time in seconds. */
    public function now(): int;
}
