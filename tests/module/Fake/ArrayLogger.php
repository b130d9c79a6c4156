<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Fake;

use PwaPresta\Module\Support\Logger;

/** Keeps every log line, so tests can read them (and prove no secret is in them). */
final class ArrayLogger implements Logger
{
    /** @var list<string> */
    public array $lines = [];

    public function info(string $message, ?int $orderId = null): void
    {
        $this->lines[] = 'info: ' . $message;
    }

    public function warning(string $message, ?int $orderId = null): void
    {
        $this->lines[] = 'warning: ' . $message;
    }

    public function error(string $message, ?int $orderId = null): void
    {
        $this->lines[] = 'error: ' . $message;
    }

    public function text(): string
    {
        return implode("\n", $this->lines);
    }
}
