<?php

declare(strict_types=1);

namespace PwaPresta\Module\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Support\Locks;

/**
 * Locks as MySQL/MariaDB GET_LOCK named locks: held by the database connection, so they apply to every
 * web server sharing the database, and freed by the server if the request dies.
 */
final class PrestaShopLocks implements Locks
{
    public function __construct(private Database $database)
    {
    }

    public function acquire(string $name, int $timeoutSeconds): bool
    {
        $sql = sprintf('SELECT GET_LOCK(%s, %d)', $this->database->quote($name), $timeoutSeconds);

        return $this->database->value($sql) === '1';
    }

    public function release(string $name): void
    {
        $this->database->value(sprintf('SELECT RELEASE_LOCK(%s)', $this->database->quote($name)));
    }
}
