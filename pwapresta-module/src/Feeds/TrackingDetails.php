<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Adapter\Database;

/**
 * Tracking details per Amazon item of a shop order (carrier, shipping method, tracking number), in
 * table pwapresta_tracking, entered on the order page before the order is moved to Shipped.
 */
final class TrackingDetails
{
    private const TABLE = 'pwapresta_tracking';

    /** Longest carrier name, shipping method and tracking number kept, in characters. */
    public const MAX_LENGTH = 64;

    public function __construct(private Database $database)
    {
    }

    /**
     * Stores the details of each item code given; an item whose three values are empty loses its row.
     *
     * @param array<string, array{carrier_name: string, shipping_method: string, tracking_number: string}> $details
     *        by AmazonOrderItemCode
     */
    public function save(int $orderId, array $details): void
    {
        foreach ($details as $itemCode => $detail) {
            $this->database->execute(sprintf(
                'DELETE FROM `%s` WHERE id_order = %d AND amazon_order_item_code = %s',
                $this->database->table(self::TABLE),
                $orderId,
                $this->database->quote((string) $itemCode),
            ));
            if (implode('', $detail) === '') {
                continue;
            }

            $this->database->insertUnique(self::TABLE, [
                'id_order' => $orderId,
                'amazon_order_item_code' => (string) $itemCode,
                'carrier_name' => $detail['carrier_name'],
                'shipping_method' => $detail['shipping_method'],
                'tracking_number' => $detail['tracking_number'],
                'date_upd' => gmdate('Y-m-d H:i:s'),
            ]);
        }
    }

    /**
     * @return array<string, array{carrier_name: string, shipping_method: string, tracking_number: string}>
     *         by AmazonOrderItemCode
     */
    public function forOrder(int $orderId): array
    {
        $details = [];
        foreach ($this->database->rows(sprintf(
            'SELECT amazon_order_item_code, carrier_name, shipping_method, tracking_number FROM `%s` WHERE id_order = %d',
            $this->database->table(self::TABLE),
            $orderId,
        )) as $row) {
            $details[(string) $row['amazon_order_item_code']] = [
                'carrier_name' => (string) $row['carrier_name'],
                'shipping_method' => (string) $row['shipping_method'],
                'tracking_number' => (string) $row['tracking_number'],
            ];
        }

        return $details;
    }
}
