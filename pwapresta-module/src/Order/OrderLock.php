<?php

declare(strict_types=1);

namespace PwaPresta\Module\Order;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Support\Locks;
use PwaPresta\Module\Support\UnavailableException;

/**
 * Serialises all work on one Amazon order across requests and web servers: a database lock named
 * after the Amazon order id, taken with a short timeout. Re-entrant within one request, so the state
 * changer may take it again while the notification processor has it.
 */
final class OrderLock
{
    /** Seconds a request waits for another one working on the same order before the endpoint responds with 503. */
    public const TIMEOUT_SECONDS = 5;

    /** @var array<string, int> lock name => times taken by this request */
    private array $held = [];

    public function __construct(private Locks $locks, private int $timeoutSeconds = self::TIMEOUT_SECONDS)
    {
    }

    /**
     * Runs $work while holding the lock of $amazonOrderId and returns its result.
     *
     * @template T
     * @param callable(): T $work
     * @return T
     *
     * @throws UnavailableException when another request holds the lock longer than the timeout
     */
    public function synchronized(string $amazonOrderId, callable $work): mixed
    {
        $name = self::lockName($amazonOrderId);
        if (!isset($this->held[$name])) {
            if (!$this->locks->acquire($name, $this->timeoutSeconds)) {
                throw new UnavailableException(sprintf(
                    'Amazon order %s is locked by another request (waited %d s).',
                    $amazonOrderId,
                    $this->timeoutSeconds,
                ));
            }
            $this->held[$name] = 0;
        }

        ++$this->held[$name];
        try {
            return $work();
        } finally {
            if (--$this->held[$name] === 0) {
                unset($this->held[$name]);
                $this->locks->release($name);
            }
        }
    }

    /** Lock names are at most 64 characters in MySQL and MariaDB, so long ids are hashed. */
    public static function lockName(string $amazonOrderId): string
    {
        $name = 'pwapresta_order_' . $amazonOrderId;

        return strlen($name) <= 64 ? $name : 'pwapresta_order_' . sha1($amazonOrderId);
    }
}
