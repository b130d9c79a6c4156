<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Adapter\Database;

/**
 * The rejected cancellations of shipped Amazon orders (table pwapresta_cancellation_rejection), which
 * the order page lists as warnings.
 */
final class CancellationRejections
{
    public function __construct(private Database $database)
    {
    }

    /** Records a rejection and returns its row id. */
    public function record(int $orderId, string $amazonOrderId, int $restoredStateId, int $employeeId, int $now): int
    {
        return $this->database->insertUnique('pwapresta_cancellation_rejection', [
            'id_order' => $orderId,
            'amazon_order_id' => $amazonOrderId,
            'id_order_state' => $restoredStateId,
            'id_employee' => $employeeId,
            'date_add' => gmdate('Y-m-d H:i:s', $now),
        ]);
    }

    /**
     * Returns the order's rejections, oldest first.
     *
     * @return list<array{date_add: string, id_order_state: int, id_employee: int}> dates in UTC
     */
    public function forOrder(int $orderId): array
    {
        return array_map(static fn (array $row): array => [
            'date_add' => (string) $row['date_add'],
            'id_order_state' => (int) $row['id_order_state'],
            'id_employee' => (int) $row['id_employee'],
        ], $this->database->rows(sprintf(
            'SELECT date_add, id_order_state, id_employee FROM `%s` WHERE id_order = %d '
            . 'ORDER BY id_pwapresta_cancellation_rejection',
            $this->database->table('pwapresta_cancellation_rejection'),
            $orderId,
        )));
    }
}
