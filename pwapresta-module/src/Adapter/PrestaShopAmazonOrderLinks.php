<?php

declare(strict_types=1);

namespace PwaPresta\Module\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Order\AmazonOrderLinks;

/**
 * Amazon order links in table pwapresta_order (see Install\Schema).
 */
final class PrestaShopAmazonOrderLinks implements AmazonOrderLinks
{
    private const TABLE = 'pwapresta_order';
    private const COLUMNS = 'amazon_order_id, id_cart_origin, id_cart, id_order, total_minor, currency, date_add, date_upd';

    public function __construct(private Database $database)
    {
    }

    public function find(string $amazonOrderId): ?array
    {
        return $this->database->row($this->select('amazon_order_id = ' . $this->database->quote($amazonOrderId)));
    }

    public function findByOrderId(int $orderId): ?array
    {
        return $this->database->row($this->select('id_order = ' . $orderId));
    }

    public function findByOriginCart(int $cartId): ?array
    {
        return $this->database->row($this->select('id_cart_origin = ' . $cartId) . ' DESC');
    }

    public function saveCart(string $amazonOrderId, ?int $originCartId, int $cartId, int $totalMinor, string $currency): void
    {
        $this->database->execute(sprintf(
            'INSERT INTO `%s` (amazon_order_id, id_shop, id_cart_origin, id_cart, total_minor, currency, date_add, date_upd) '
            . 'VALUES (%s, %d, %s, %d, %d, %s, NOW(), NOW()) '
            . 'ON DUPLICATE KEY UPDATE id_cart = VALUES(id_cart), id_cart_origin = VALUES(id_cart_origin), '
            . 'total_minor = VALUES(total_minor), currency = VALUES(currency), date_upd = NOW()',
            $this->database->table(self::TABLE),
            $this->database->quote($amazonOrderId),
            (int) \Context::getContext()->shop->id,
            $this->database->literal($originCartId),
            $cartId,
            $totalMinor,
            $this->database->quote($currency),
        ));
    }

    public function attachOrder(string $amazonOrderId, int $orderId): void
    {
        $this->database->execute(sprintf(
            'UPDATE `%s` SET id_order = %d, date_upd = NOW() WHERE amazon_order_id = %s',
            $this->database->table(self::TABLE),
            $orderId,
            $this->database->quote($amazonOrderId),
        ));
    }

    private function select(string $where): string
    {
        return sprintf(
            'SELECT %s FROM `%s` WHERE %s ORDER BY id_pwapresta_order',
            self::COLUMNS,
            $this->database->table(self::TABLE),
            $where,
        );
    }
}
