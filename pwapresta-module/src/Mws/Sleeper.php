<?php

declare(strict_types=1);

namespace PwaPresta\Module\Mws;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Waits between retries; injected so tests record the back-off instead of sleeping.
 */
interface Sleeper
{
    public function sleep(int $seconds): void;
}
