<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Fake;

use PwaPresta\Module\Mws\Sleeper;

/**
 * Records the back-off delays instead of sleeping.
 */
final class RecordingSleeper implements Sleeper
{
    /** @var list<int> */
    public array $delays = [];

    public function sleep(int $seconds): void
    {
        $this->delays[] = $seconds;
    }
}
