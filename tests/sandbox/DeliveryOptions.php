<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox;

use InvalidArgumentException;

/**
 * How the sandbox delivers a notification.
 *
 * - rounds: deliveries one after the other (an Amazon retry, or a repeat);
 * - parallel: requests sent at the same time in each round (curl_multi);
 * - signature: `valid`, `forged` (signed with another secret) or `missing` (no Signature);
 * - timestamp: `now`, `stale` (20 minutes old), `future` (20 minutes ahead) or an
 *   ISO 8601 value used as it is;
 * - uuid: `fresh` (one new UUID for every request of this delivery), `each` (a new UUID per
 *   request), `sample` (the sample's UUID) or a UUID used as it is.
 */
final class DeliveryOptions
{
    public const STALE_SECONDS = 1200;

    public function __construct(
        public readonly int $rounds = 1,
        public readonly int $parallel = 1,
        public readonly string $signature = 'valid',
        public readonly string $timestamp = 'now',
        public readonly string $uuid = 'fresh'
    ) {
        if ($rounds < 1 || $parallel < 1) {
            throw new InvalidArgumentException("rounds ($rounds) and parallel ($parallel) must be at least 1.");
        }
        if (!in_array($signature, ['valid', 'forged', 'missing'], true)) {
            throw new InvalidArgumentException("Unknown signature mode '$signature': use valid, forged or missing.");
        }
    }

    public function with(string $property, int|string $value): self
    {
        $values = get_object_vars($this);
        $values[$property] = $value;

        return new self(...$values);
    }
}
