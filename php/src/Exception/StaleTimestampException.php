<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * The IOPN Timestamp is older than the tolerance allows (a replay or a long delay). Context: timestamp, now, tolerance_seconds.
 */
final class StaleTimestampException extends \RuntimeException implements PwaPrestaException
{
    use ContextTrait;
}
