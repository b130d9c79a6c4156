<?php

declare(strict_types=1);

namespace PwaPresta\Module\Iopn;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The largest IOPN body this server can act on. PHP leaves $_POST empty for a body over
 * post_max_size, so the module's own limit never goes above it: a larger body gets 413 instead of
 * looking like an unsigned notification.
 */
final class BodyLimit
{
    /** Returns the lower of NotificationEndpoint::MAX_BODY_BYTES and post_max_size (0 means no limit). */
    public static function forServer(): int
    {
        $postMaxSize = self::bytes((string) ini_get('post_max_size'));

        if ($postMaxSize <= 0) {
            return NotificationEndpoint::MAX_BODY_BYTES;
        }

        return min(NotificationEndpoint::MAX_BODY_BYTES, $postMaxSize);
    }

    /**
     * Converts a php.ini quantity (digits with an optional K, M or G suffix, any case) to bytes; an empty
     * or non-numeric value gives 0.
     */
    public static function bytes(string $quantity): int
    {
        $quantity = trim($quantity);
        if (!preg_match('/^(\d+)\s*([kmg]?)$/i', $quantity, $match)) {
            return 0;
        }

        $shift = ['' => 0, 'k' => 10, 'm' => 20, 'g' => 30][strtolower($match[2])];
        $number = (int) $match[1];

        return $number > (PHP_INT_MAX >> $shift) ? PHP_INT_MAX : $number << $shift;
    }
}
