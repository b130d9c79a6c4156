<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Adapter\Database;

/**
 * Finds accepted Amazon orders whose shipment Amazon has not confirmed and that are close to
 * Amazon's limit: a shipment must be confirmed within 30 days of the order, and the back office
 * warns from day 25.
 *
 * An order counts as accepted when its state is paid, not shipped and not cancelled or refunded.
 * Its shipment counts as confirmed when a fulfillment feed for it is done or still pending.
 * NOTE: the order's age counts from the shop order's date_add, which for an order imported late
 * from a report is later than Amazon's OrderDate.
 */
final class ShipmentDeadlines
{
    public const LIMIT_DAYS = 30;
    public const WARNING_DAYS = 25;

    public function __construct(private Database $database)
    {
    }

    /**
     * @param list<int> $closedStateIds cancelled and refunded state ids, never listed
     * @return list<array{id_order: int, reference: string, amazon_order_id: string, date_add: string, days_left: int}>
     *         oldest first
     */
    public function dueSoon(int $now, array $closedStateIds): array
    {
        $closed = $closedStateIds === [] ? '0' : implode(', ', array_map('intval', $closedStateIds));
        $rows = $this->database->rows(sprintf(
            'SELECT o.id_order, o.reference, l.amazon_order_id, o.date_add FROM `%s` l '
            . 'JOIN `%s` o ON o.id_order = l.id_order JOIN `%s` s ON s.id_order_state = o.current_state '
            . 'WHERE s.paid = 1 AND s.shipped = 0 AND o.current_state NOT IN (%s) AND o.date_add <= %s '
            . 'AND NOT EXISTS (SELECT 1 FROM `%s` f WHERE f.amazon_order_id = l.amazon_order_id AND f.feed_type = %s '
            . 'AND f.status <> %s) ORDER BY o.date_add, o.id_order',
            $this->database->table('pwapresta_order'),
            $this->database->table('orders'),
            $this->database->table('order_state'),
            $closed,
            $this->database->quote(date('Y-m-d H:i:s', $now - self::WARNING_DAYS * 86400)),
            $this->database->table('pwapresta_feed'),
            $this->database->quote(FeedType::FULFILLMENT),
            $this->database->quote(FeedStatus::FAILED),
        ));

        return array_map(static fn (array $row): array => [
            'id_order' => (int) $row['id_order'],
            'reference' => (string) $row['reference'],
            'amazon_order_id' => (string) $row['amazon_order_id'],
            'date_add' => (string) $row['date_add'],
            'days_left' => self::LIMIT_DAYS - intdiv($now - (int) strtotime((string) $row['date_add']), 86400),
        ], $rows);
    }
}
