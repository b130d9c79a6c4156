<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * Marker of every exception the PwaPresta API throws, on both engines.
 *
 * Each class stands for one kind of failure; its message names the value that failed and the fix,
 * and getContext() returns the same facts as an array (never a secret).
 */
interface PwaPrestaException extends \Throwable
{
    /** @return array<string, string|int> */
    public function getContext(): array;
}
