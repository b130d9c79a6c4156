<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox;

/**
 * The response to one delivered notification, with the UUID and timestamp it carried.
 */
final class DeliveryResult
{
    public function __construct(
        public readonly int $status,
        public readonly string $body,
        public readonly string $uuid,
        public readonly string $timestamp,
        public readonly string $error = ''
    ) {
    }
}
