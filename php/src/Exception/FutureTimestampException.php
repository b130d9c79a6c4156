<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * The IOPN Timestamp is further in the future than the tolerance allows (a clock off on either side). Context: timestamp, now, tolerance_seconds.
 */
final class FutureTimestampException extends \RuntimeException implements PwaPrestaException
{
    use ContextTrait;
}
