<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Support;

use PDO;

/**
 * Direct access to the shop database for assertions and set-up, independent of the double's
 * classes (a new connection per instance, parameters bound, exceptions on errors). Like PDO
 * MySQL on PHP 8.1+, integer columns come back as int and DECIMAL columns as string.
 */
final class Database
{
    private PDO $pdo;

    public function __construct()
    {
        $dsn = sprintf(
            'mysql:host=%s;port=%d;dbname=%s;charset=utf8mb4',
            Environment::databaseHost(),
            Environment::databasePort(),
            Environment::databaseName()
        );
        $this->pdo = new PDO($dsn, Environment::databaseUser(), Environment::databasePassword(), [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
            PDO::ATTR_TIMEOUT => 5,
        ]);
    }

    /**
     * @param array<string|int, scalar|null> $parameters
     * @return list<array<string, scalar|null>>
     */
    public function rows(string $sql, array $parameters = []): array
    {
        $statement = $this->pdo->prepare($sql);
        $statement->execute($parameters);

        return $statement->fetchAll();
    }

    /**
     * @param array<string|int, scalar|null> $parameters
     * @return array<string, scalar|null>|null
     */
    public function row(string $sql, array $parameters = []): ?array
    {
        return $this->rows($sql, $parameters)[0] ?? null;
    }

    /**
     * @param array<string|int, scalar|null> $parameters
     */
    public function value(string $sql, array $parameters = []): ?string
    {
        $row = $this->row($sql, $parameters);

        return $row === null ? null : (string) reset($row);
    }

    /**
     * Counts the rows of a ps_ table, optionally filtered by a WHERE clause with parameters.
     *
     * @param array<string|int, scalar|null> $parameters
     */
    public function count(string $table, string $where = '1', array $parameters = []): int
    {
        return (int) $this->value('SELECT COUNT(*) FROM `ps_' . $table . '` WHERE ' . $where, $parameters);
    }

    /**
     * @param array<string|int, scalar|null> $parameters
     */
    public function execute(string $sql, array $parameters = []): int
    {
        $statement = $this->pdo->prepare($sql);
        $statement->execute($parameters);

        return $statement->rowCount();
    }

    public function tableExists(string $table): bool
    {
        return $this->value('SHOW TABLES LIKE ?', [$table]) !== null;
    }

    /**
     * Writes a global configuration value the way Configuration::updateValue() stores it.
     */
    public function setConfiguration(string $name, string $value): void
    {
        $updated = $this->execute(
            'UPDATE ps_configuration SET value = ?, date_upd = NOW() WHERE name = ? AND id_shop IS NULL AND id_shop_group IS NULL',
            [$value, $name]
        );
        if ($updated === 0 && $this->configuration($name) === null) {
            $this->execute('INSERT INTO ps_configuration (name, value, date_add, date_upd) VALUES (?, ?, NOW(), NOW())', [$name, $value]);
        }
    }

    public function configuration(string $name): ?string
    {
        $row = $this->row('SELECT value FROM ps_configuration WHERE name = ? AND id_shop IS NULL ORDER BY id_configuration', [$name]);

        return $row === null ? null : $row['value'];
    }

    public function stock(int $productId, int $attributeId = 0): int
    {
        return (int) $this->value(
            'SELECT quantity FROM ps_stock_available WHERE id_product = ? AND id_product_attribute = ? AND id_shop = 1',
            [$productId, $attributeId]
        );
    }
}
