<?php

declare(strict_types=1);

namespace PwaPresta\Module\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Support\UnavailableException;

/**
 * PrestaShop's Db with every failure turned into UnavailableException: a server that is down or a
 * query that fails surfaces the same way whether Db throws (PrestaShopDatabaseException in debug
 * mode, mysqli or PDO exceptions) or returns false, so the IOPN endpoint can respond with 503.
 */
final class Database
{
    /** MySQL and MariaDB error number of a duplicate key. */
    public const DUPLICATE_KEY = 1062;

    private ?\Db $db = null;

    public function table(string $name): string
    {
        return _DB_PREFIX_ . $name;
    }

    public function quote(string $value): string
    {
        return "'" . pSQL($value, true) . "'";
    }

    public function execute(string $sql): void
    {
        if ($this->call(fn (\Db $db) => $db->execute($sql)) === false) {
            throw $this->failure('Query failed');
        }
    }

    /** @return list<array<string, mixed>> */
    public function rows(string $sql): array
    {
        $rows = $this->call(fn (\Db $db) => $db->executeS($sql));
        if (!is_array($rows)) {
            throw $this->failure('Query failed');
        }

        return array_values($rows);
    }

    /** @return array<string, mixed>|null */
    public function row(string $sql): ?array
    {
        $rows = $this->rows(rtrim($sql) . ' LIMIT 1');

        return $rows[0] ?? null;
    }

    public function value(string $sql): ?string
    {
        $row = $this->row($sql);

        return $row === null ? null : (($value = reset($row)) === null ? null : (string) $value);
    }

    /**
     * Inserts one row (table name without prefix) and returns its auto-increment id, or 0 when a
     * unique key already contains the values.
     *
     * @param array<string, scalar|null> $data
     */
    public function insertUnique(string $table, array $data): int
    {
        $columns = implode(', ', array_map(fn (string $column) => '`' . bqSQL($column) . '`', array_keys($data)));
        $values = implode(', ', array_map(fn ($value) => $this->literal($value), array_values($data)));
        $sql = sprintf('INSERT INTO `%s` (%s) VALUES (%s)', $this->table($table), $columns, $values);

        $done = $this->call(fn (\Db $db) => $db->execute($sql), true);
        if ($done === self::DUPLICATE_KEY) {
            return 0;
        }
        if ($done === false) {
            throw $this->failure('Insert into ' . $table . ' failed');
        }

        return (int) $this->call(fn (\Db $db) => $db->Insert_ID());
    }

    /** Converts a PHP value to an SQL literal (NULL, a number or a quoted, escaped string). */
    public function literal(mixed $value): string
    {
        return match (true) {
            $value === null => 'NULL',
            is_int($value) => (string) $value,
            is_bool($value) => $value ? '1' : '0',
            default => $this->quote((string) $value),
        };
    }

    /**
     * Runs $query on the connection, converting exceptions; with $duplicateAsCode a duplicate-key
     * failure returns DUPLICATE_KEY instead of false.
     */
    private function call(callable $query, bool $duplicateAsCode = false): mixed
    {
        try {
            $this->db ??= \Db::getInstance();
            $result = $query($this->db);
            if ($result === false && $duplicateAsCode && (int) $this->db->getNumberError() === self::DUPLICATE_KEY) {
                return self::DUPLICATE_KEY;
            }

            return $result;
        } catch (\Exception $exception) {
            if ($duplicateAsCode && self::isDuplicate($exception)) {
                return self::DUPLICATE_KEY;
            }

            throw new UnavailableException('Database unavailable: ' . $exception->getMessage(), 0, $exception);
        }
    }

    private static function isDuplicate(\Exception $exception): bool
    {
        return (int) $exception->getCode() === self::DUPLICATE_KEY
            || str_contains($exception->getMessage(), 'Duplicate entry');
    }

    private function failure(string $what): UnavailableException
    {
        $error = '';
        try {
            $error = $this->db === null ? '' : (string) $this->db->getMsgError();
        } catch (\Exception) {
            $error = 'no connection';
        }

        return new UnavailableException(sprintf('%s: %s', $what, $error !== '' ? $error : 'database unavailable'));
    }
}
