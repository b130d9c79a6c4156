<?php

declare(strict_types=1);

namespace PwaPresta\Module\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Support\Logger;

/**
 * Log entries in PrestaShop's log (Advanced parameters > Logs), attached to the order when known.
 */
final class PrestaShopLog implements Logger
{
    private const INFO = 1;
    private const WARNING = 2;
    private const ERROR = 3;

    public function info(string $message, ?int $orderId = null): void
    {
        $this->add($message, self::INFO, $orderId);
    }

    public function warning(string $message, ?int $orderId = null): void
    {
        $this->add($message, self::WARNING, $orderId);
    }

    public function error(string $message, ?int $orderId = null): void
    {
        $this->add($message, self::ERROR, $orderId);
    }

    private function add(string $message, int $severity, ?int $orderId): void
    {
        try {
            \PrestaShopLogger::addLog('pwapresta: ' . $message, $severity, null, $orderId ? 'Order' : null, $orderId, true);
        } catch (\Exception $exception) {
            // The log lives in the database: when it is down, PHP's error log keeps the entry.
            error_log('pwapresta: ' . $message);
        }
    }
}
