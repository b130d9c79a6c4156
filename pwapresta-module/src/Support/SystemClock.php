<?php

declare(strict_types=1);

namespace PwaPresta\Module\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The system clock.
 */
final class SystemClock implements Clock
{
    public function now(): int
    {
        return time();
    }
}
