<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * Throttling as the scenario sets it: forced failures for the next N calls (HTTP 503
 * RequestThrottled, or 500/502 InternalError), then per-action token buckets.
 *
 * State document "throttle": failures => list of [action (null for every action), remaining,
 * status], buckets => [action => [burst, restore_per_second, tokens, updated_at]]. An action and
 * its ByNextToken variant share one bucket, as in MWS. A rejected call takes no token.
 */
final class Throttle
{
    public function __construct(private readonly StateStore $state)
    {
    }

    /** @throws MwsError when the scenario throttles or fails this call */
    public function check(string $action, float $now): void
    {
        $throttle = $this->state->read('throttle', ['failures' => [], 'buckets' => []]);
        try {
            $this->forcedFailure($throttle, $action);
            $this->takeToken($throttle, $action, $now);
        } finally {
            $this->state->write('throttle', $throttle);
        }
    }

    public static function bucketName(string $action): string
    {
        return str_ends_with($action, 'ByNextToken') ? substr($action, 0, -strlen('ByNextToken')) : $action;
    }

    /** @param array<string, mixed> $throttle */
    private function forcedFailure(array &$throttle, string $action): void
    {
        foreach ($throttle['failures'] as $index => $failure) {
            if ($failure['action'] !== null && $failure['action'] !== $action) {
                continue;
            }
            $throttle['failures'][$index]['remaining']--;
            if ($throttle['failures'][$index]['remaining'] <= 0) {
                array_splice($throttle['failures'], $index, 1);
            }

            throw $failure['status'] === 503 ? MwsError::throttled() : MwsError::internalError($failure['status']);
        }
    }

    /** @param array<string, mixed> $throttle */
    private function takeToken(array &$throttle, string $action, float $now): void
    {
        $name = self::bucketName($action);
        if (!isset($throttle['buckets'][$name])) {
            return;
        }
        $bucket = &$throttle['buckets'][$name];
        $elapsed = max(0.0, $now - (float) $bucket['updated_at']);
        // tokens = min(burst, tokens + elapsed seconds * restore rate)
        $restored = $elapsed * (float) $bucket['restore_per_second'];
        $bucket['tokens'] = min((float) $bucket['burst'], (float) $bucket['tokens'] + $restored);
        $bucket['updated_at'] = $now;
        if ($bucket['tokens'] < 1.0) {
            throw MwsError::throttled();
        }
        $bucket['tokens'] -= 1.0;
    }
}
