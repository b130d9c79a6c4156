<?php

declare(strict_types=1);

namespace PwaPresta\Module\Mws;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Marks order-state changes that mirror Amazon's own state (MWS order status, IOPN), so the hooks
 * that send feeds to Amazon skip them: a cancellation Amazon made must not come back as a cancel
 * feed. PrestaShop runs actionOrderStatusUpdate inside the same PHP call as the change, so a mark
 * for the duration of that call is enough; it is not a lock and is never shared between requests.
 */
final class StateChangeOrigin
{
    private static int $depth = 0;

    /**
     * Runs $change with the mark set and returns its result.
     *
     * @template T
     * @param callable(): T $change
     * @return T
     */
    public static function fromAmazon(callable $change): mixed
    {
        ++self::$depth;
        try {
            return $change();
        } finally {
            --self::$depth;
        }
    }

    /** Whether the state change in progress mirrors Amazon's state (true inside fromAmazon). */
    public static function isFromAmazon(): bool
    {
        return self::$depth > 0;
    }
}
