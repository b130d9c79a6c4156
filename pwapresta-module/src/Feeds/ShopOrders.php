<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Adapter\Database;

/**
 * Reads what the feeds need from PrestaShop's own tables: the Amazon order id of a shop order, its
 * lines, its carrier and tracking number (OrderCarrier::tracking_number, because PrestaShop 8 has
 * no Order::shipping_number), its order slips and the flags of order states.
 */
final class ShopOrders
{
    public function __construct(private Database $database)
    {
    }

    /** Returns the Amazon order id of a shop order, or null when the order is not an Amazon order. */
    public function amazonOrderId(int $orderId): ?string
    {
        return $this->database->value(sprintf(
            'SELECT amazon_order_id FROM `%s` WHERE id_order = %d',
            $this->database->table('pwapresta_order'),
            $orderId,
        ));
    }

    /** @return array{carrier_name: string, tracking_number: string} of the order's latest OrderCarrier */
    public function carrier(int $orderId): array
    {
        $row = $this->database->row(sprintf(
            'SELECT c.name AS carrier_name, oc.tracking_number FROM `%s` oc LEFT JOIN `%s` c ON c.id_carrier = oc.id_carrier '
            . 'WHERE oc.id_order = %d ORDER BY oc.id_order_carrier DESC',
            $this->database->table('order_carrier'),
            $this->database->table('carrier'),
            $orderId,
        ));

        return [
            'carrier_name' => (string) ($row['carrier_name'] ?? ''),
            'tracking_number' => (string) ($row['tracking_number'] ?? ''),
        ];
    }

    /** @return array<int, array{product_id: int, product_attribute_id: int}> order lines by id_order_detail */
    public function lines(int $orderId): array
    {
        $lines = [];
        foreach ($this->database->rows(sprintf(
            'SELECT id_order_detail, product_id, product_attribute_id FROM `%s` WHERE id_order = %d',
            $this->database->table('order_detail'),
            $orderId,
        )) as $row) {
            $lines[(int) $row['id_order_detail']] = [
                'product_id' => (int) $row['product_id'],
                'product_attribute_id' => (int) $row['product_attribute_id'],
            ];
        }

        return $lines;
    }

    /**
     * Returns an order slip of the order with its lines, or null when it does not exist.
     *
     * @return array{shipping: string, lines: list<array{id_order_detail: int, quantity: int, amount: string}>}|null
     *         amounts tax included, as PrestaShop's decimal strings
     */
    public function orderSlip(int $orderId, int $orderSlipId): ?array
    {
        $slip = $this->database->row(sprintf(
            'SELECT total_shipping_tax_incl FROM `%s` WHERE id_order_slip = %d AND id_order = %d',
            $this->database->table('order_slip'),
            $orderSlipId,
            $orderId,
        ));
        if ($slip === null) {
            return null;
        }

        $lines = array_map(static fn (array $row): array => [
            'id_order_detail' => (int) $row['id_order_detail'],
            'quantity' => (int) $row['product_quantity'],
            'amount' => (string) $row['amount_tax_incl'],
        ], $this->database->rows(sprintf(
            'SELECT id_order_detail, product_quantity, amount_tax_incl FROM `%s` WHERE id_order_slip = %d '
            . 'ORDER BY id_order_detail',
            $this->database->table('order_slip_detail'),
            $orderSlipId,
        )));

        return ['shipping' => (string) ($slip['total_shipping_tax_incl'] ?? '0'), 'lines' => $lines];
    }

    /** Returns the id of the order's most recent order slip, or 0. */
    public function latestOrderSlipId(int $orderId): int
    {
        return (int) $this->database->value(sprintf(
            'SELECT MAX(id_order_slip) FROM `%s` WHERE id_order = %d',
            $this->database->table('order_slip'),
            $orderId,
        ));
    }

    /** Whether an order state has PrestaShop's shipped flag (Shipped, Delivered and the like). */
    public function isShippedState(int $orderStateId): bool
    {
        return $this->database->value(sprintf(
            'SELECT shipped FROM `%s` WHERE id_order_state = %d',
            $this->database->table('order_state'),
            $orderStateId,
        )) === '1';
    }

    /** Whether the order was ever in a state with the shipped flag. */
    public function wasShipped(int $orderId): bool
    {
        return (int) $this->database->value(sprintf(
            'SELECT COUNT(*) FROM `%s` h JOIN `%s` s ON s.id_order_state = h.id_order_state '
            . 'WHERE h.id_order = %d AND s.shipped = 1',
            $this->database->table('order_history'),
            $this->database->table('order_state'),
            $orderId,
        )) > 0;
    }

    /**
     * Returns the state of the order's latest order_history row older than $orderHistoryId, or 0
     * when there is none.
     */
    public function stateBefore(int $orderId, int $orderHistoryId): int
    {
        return (int) $this->database->value(sprintf(
            'SELECT id_order_state FROM `%s` WHERE id_order = %d AND id_order_history < %d '
            . 'ORDER BY id_order_history DESC',
            $this->database->table('order_history'),
            $orderId,
            $orderHistoryId,
        ));
    }

    /** Returns the name of an order state in the order's language, or '' when it has none. */
    public function stateName(int $orderId, int $orderStateId): string
    {
        return (string) $this->database->value(sprintf(
            'SELECT l.name FROM `%s` l JOIN `%s` o ON o.id_lang = l.id_lang '
            . 'WHERE o.id_order = %d AND l.id_order_state = %d',
            $this->database->table('order_state_lang'),
            $this->database->table('orders'),
            $orderId,
            $orderStateId,
        ));
    }

    /**
     * Sets the tracking number of the order's latest order carrier when it has none, so that
     * PrestaShop's own order page and the buyer's order history show the number sent to Amazon.
     * Returns true when it wrote the number.
     */
    public function fillTrackingNumber(int $orderId, string $trackingNumber): bool
    {
        if ($trackingNumber === '') {
            return false;
        }

        $this->database->execute(sprintf(
            'UPDATE `%1$s` SET tracking_number = %2$s '
            . 'WHERE id_order = %3$d AND COALESCE(tracking_number, \'\') = \'\' AND id_order_carrier = '
            . '(SELECT id FROM (SELECT MAX(id_order_carrier) AS id FROM `%1$s` WHERE id_order = %3$d) latest)',
            $this->database->table('order_carrier'),
            $this->database->quote($trackingNumber),
            $orderId,
        ));

        return $this->database->value('SELECT ROW_COUNT()') === '1';
    }
}
