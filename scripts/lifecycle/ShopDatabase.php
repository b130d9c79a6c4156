<?php

declare(strict_types=1);

/**
 * Connection to a shop's database for the lifecycle script: the double's (PWA_DB_*), a real
 * shop's from PS_DB_* variables, or from PS_ROOT/app/config/parameters.php.
 */
final class ShopDatabase
{
    private function __construct(public readonly PDO $pdo, public readonly string $prefix)
    {
    }

    public static function fromEnvironment(): self
    {
        $root = getenv('PS_ROOT') ?: '';
        if ($root === '') {
            return self::connect(
                getenv('PWA_DB_HOST') ?: '127.0.0.1',
                (int) (getenv('PWA_DB_PORT') ?: 3306),
                getenv('PWA_DB_NAME') ?: 'prestashop',
                getenv('PWA_DB_USER') ?: 'root',
                (string) getenv('PWA_DB_PASSWORD'),
                'ps_'
            );
        }

        $settings = self::parametersOf($root);
        $host = getenv('PS_DB_HOST') ?: ($settings['database_host'] ?? '127.0.0.1');
        $port = (int) (getenv('PS_DB_PORT') ?: ($settings['database_port'] ?? 0) ?: 3306);
        if (str_contains((string) $host, ':')) {
            [$host, $port] = [strstr((string) $host, ':', true), (int) substr((string) strstr((string) $host, ':'), 1)];
        }

        return self::connect(
            (string) $host,
            $port,
            (string) (getenv('PS_DB_NAME') ?: ($settings['database_name'] ?? 'prestashop')),
            (string) (getenv('PS_DB_USER') ?: ($settings['database_user'] ?? 'root')),
            (string) (getenv('PS_DB_PASSWORD') !== false ? getenv('PS_DB_PASSWORD') : ($settings['database_password'] ?? '')),
            (string) (getenv('PS_DB_PREFIX') ?: ($settings['database_prefix'] ?? 'ps_'))
        );
    }

    /**
     * @return array<string, mixed> the `parameters` of the shop's app/config/parameters.php
     */
    private static function parametersOf(string $root): array
    {
        $file = rtrim($root, '/') . '/app/config/parameters.php';
        if (!is_file($file)) {
            return [];
        }
        $config = require $file;

        return is_array($config['parameters'] ?? null) ? $config['parameters'] : [];
    }

    private static function connect(string $host, int $port, string $name, string $user, #[\SensitiveParameter] string $password, string $prefix): self
    {
        $pdo = new PDO("mysql:host=$host;port=$port;dbname=$name;charset=utf8mb4", $user, $password, [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
        ]);

        return new self($pdo, $prefix);
    }

    public function tableExists(string $table): bool
    {
        $statement = $this->pdo->prepare('SHOW TABLES LIKE ?');
        $statement->execute([$this->prefix . $table]);

        return $statement->fetchColumn() !== false;
    }

    /**
     * Writes a global configuration value, replacing any shop-specific or global row.
     */
    public function setConfiguration(string $name, string $value): void
    {
        $table = $this->prefix . 'configuration';
        $this->pdo->prepare("DELETE FROM `{$this->prefix}configuration_lang` WHERE id_configuration IN
            (SELECT id_configuration FROM `$table` WHERE name = ?)")->execute([$name]);
        $this->pdo->prepare("DELETE FROM `$table` WHERE name = ?")->execute([$name]);
        $this->pdo->prepare("INSERT INTO `$table` (id_shop_group, id_shop, name, value, date_add, date_upd)
            VALUES (NULL, NULL, ?, ?, NOW(), NOW())")->execute([$name, $value]);
    }
}
