<?php

declare(strict_types=1);

namespace PwaPresta\Module\Jobs;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Config\Keys;
use PwaPresta\Module\Config\SettingsStore;

/**
 * The secret token of the cron URLs: 32 hexadecimal characters, created on first use and compared
 * in constant time.
 */
final class CronToken
{
    public function __construct(private SettingsStore $store)
    {
    }

    /** Returns the stored token, creating and storing one when there is none. */
    public function value(): string
    {
        $token = (string) $this->store->get(Keys::CRON_TOKEN);
        if (!self::isWellFormed($token)) {
            $token = bin2hex(random_bytes(16));
            $this->store->set(Keys::CRON_TOKEN, $token);
        }

        return $token;
    }

    /** Whether $given is the stored token; false when no token is stored yet. */
    public function matches(#[\SensitiveParameter] mixed $given): bool
    {
        $expected = (string) $this->store->get(Keys::CRON_TOKEN);

        return self::isWellFormed($expected) && is_string($given) && hash_equals($expected, $given);
    }

    private static function isWellFormed(string $token): bool
    {
        return preg_match('/^[0-9a-f]{32}$/D', $token) === 1;
    }
}
