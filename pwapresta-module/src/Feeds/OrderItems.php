<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;
use PwaPresta\Exception\PwaPrestaException;
use PwaPresta\Module\Adapter\Database;

/**
 * Amazon's items of an order (AmazonOrderItemCode, product, quantity, components), which every feed
 * names, in table pwapresta_order_item.
 *
 * record() stores them from the Order shape of PwaPresta\Api. An order whose items were never
 * recorded gets them from its stored IOPN notifications, parsed again, on first use.
 *
 * Each item: amazon_order_item_code, sku, product_id, product_attribute_id, quantity, currency and
 * components ([type => int minor units], line totals for the quantity).
 */
final class OrderItems
{
    private const TABLE = 'pwapresta_order_item';

    public function __construct(private Database $database)
    {
    }

    /**
     * Stores the items of an Order (the shape of PwaPresta\Api::parseNotification), replacing none
     * already stored.
     *
     * @param array<string, mixed> $order
     */
    public function record(array $order): void
    {
        foreach ($order['items'] as $position => $item) {
            $custom = is_array($item['item_custom_data'] ?? null) ? $item['item_custom_data'] : [];
            $this->database->insertUnique(self::TABLE, [
                'amazon_order_id' => (string) $order['amazon_order_id'],
                'amazon_order_item_code' => (string) $item['amazon_order_item_code'],
                'position' => (int) $position,
                'sku' => (string) $item['sku'],
                'id_product' => $this->productId($custom, (string) $item['sku']),
                'id_product_attribute' => self::positiveInt($custom['Item_attr_product_id'] ?? null),
                'quantity' => (int) $item['quantity'],
                'currency' => (string) $order['currency'],
                'components' => json_encode($item['components'], JSON_THROW_ON_ERROR),
            ]);
        }
    }

    /**
     * Returns the items of an Amazon order in Amazon's order, or [] when neither this table nor a
     * stored notification has them.
     *
     * @return list<array{amazon_order_item_code: string, sku: string, product_id: int,
     *              product_attribute_id: int, quantity: int, currency: string, components: array<string, int>}>
     */
    public function forAmazonOrder(string $amazonOrderId): array
    {
        $rows = $this->stored($amazonOrderId);
        if ($rows === []) {
            $order = $this->fromNotifications($amazonOrderId);
            if ($order !== null) {
                $this->record($order);
                $rows = $this->stored($amazonOrderId);
            }
        }

        return array_map(static fn (array $row): array => [
            'amazon_order_item_code' => (string) $row['amazon_order_item_code'],
            'sku' => (string) $row['sku'],
            'product_id' => (int) $row['id_product'],
            'product_attribute_id' => (int) $row['id_product_attribute'],
            'quantity' => (int) $row['quantity'],
            'currency' => (string) $row['currency'],
            'components' => array_map('intval', (array) json_decode((string) $row['components'], true)),
        ], $rows);
    }

    /** @return list<array<string, mixed>> */
    private function stored(string $amazonOrderId): array
    {
        return $this->database->rows(sprintf(
            'SELECT * FROM `%s` WHERE amazon_order_id = %s ORDER BY position',
            $this->database->table(self::TABLE),
            $this->database->quote($amazonOrderId),
        ));
    }

    /** @return array<string, mixed>|null the Order of the first stored notification that parses */
    private function fromNotifications(string $amazonOrderId): ?array
    {
        $rows = $this->database->rows(sprintf(
            'SELECT raw_body FROM `%s` WHERE amazon_order_id = %s ORDER BY id_pwapresta_notification',
            $this->database->table('pwapresta_notification'),
            $this->database->quote($amazonOrderId),
        ));

        foreach ($rows as $row) {
            parse_str((string) $row['raw_body'], $fields);
            try {
                return Api::parseNotification((string) ($fields['NotificationData'] ?? ''));
            } catch (PwaPrestaException) {
                continue;
            }
        }

        return null;
    }

    /** @param array<string, mixed> $custom */
    private function productId(array $custom, string $sku): int
    {
        $productId = self::positiveInt($custom['Item_product_id'] ?? null);
        if ($productId > 0 || $sku === '') {
            return $productId;
        }

        return (int) $this->database->value(sprintf(
            'SELECT id_product FROM `%s` WHERE reference = %s ORDER BY id_product',
            $this->database->table('product'),
            $this->database->quote($sku),
        ));
    }

    private static function positiveInt(mixed $value): int
    {
        return is_string($value) && ctype_digit(trim($value)) ? (int) trim($value) : 0;
    }
}
