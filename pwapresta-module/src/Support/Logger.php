<?php

declare(strict_types=1);

namespace PwaPresta\Module\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Where the module writes what it did and every error it caught. Messages carry the notification
 * UUID and the Amazon order id, never a key or a secret.
 */
interface Logger
{
    public function info(string $message, ?int $orderId = null): void;

    public function warning(string $message, ?int $orderId = null): void;

    public function error(string $message, ?int $orderId = null): void;
}
