<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Fake;

use PwaPresta\Module\Support\Locks;

/** Locks in an array; names in $heldElsewhere behave as held by another request. */
final class InMemoryLocks implements Locks
{
    /** @var array<string, true> */
    public array $held = [];

    /** @var list<string> */
    public array $heldElsewhere = [];

    public int $acquisitions = 0;

    public function acquire(string $name, int $timeoutSeconds): bool
    {
        if (in_array($name, $this->heldElsewhere, true) || isset($this->held[$name])) {
            return false;
        }
        $this->held[$name] = true;
        ++$this->acquisitions;

        return true;
    }

    public function release(string $name): void
    {
        unset($this->held[$name]);
    }
}
