<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Adapter\Database;
use PwaPresta\Module\Mws\StateChangeOrigin;
use PwaPresta\Module\Support\UnavailableException;

/**
 * Puts an order back in an earlier state with PrestaShop's own OrderHistory, and removes the
 * order_history row of a rejected change.
 *
 * OrderHistory::changeIdOrderState undoes what the rejected change did. In PrestaShop 8.2 a
 * cancellation (PS_OS_CANCELED) of a shipped order puts its quantities back in stock, removes the
 * product sales and marks the order not valid. Moving it from PS_OS_CANCELED to a shipped state
 * takes the stock again, adds the sales back and marks it valid.
 */
final class OrderStateRestorer
{
    public function __construct(private Database $database)
    {
    }

    /**
     * Moves the order to $stateId with a new order_history row and no e-mail. The change runs
     * inside StateChangeOrigin::fromAmazon because it puts the order back in the state Amazon
     * has, so no feed is queued for it.
     *
     * @throws UnavailableException when PrestaShop cannot store the change
     */
    public function restore(int $orderId, int $stateId, int $employeeId): void
    {
        $order = new \Order($orderId);
        if (!\Validate::isLoadedObject($order)) {
            throw new UnavailableException(sprintf('Order %d not found while restoring its state %d.', $orderId, $stateId));
        }

        $history = new \OrderHistory();
        $history->id_order = $orderId;
        $history->id_employee = $employeeId;
        $added = StateChangeOrigin::fromAmazon(static function () use ($history, $order, $stateId): bool {
            $history->changeIdOrderState($stateId, $order, !$order->hasInvoice());

            return (bool) $history->add();
        });
        if (!$added) {
            throw new UnavailableException(sprintf('The history row restoring state %d of order %d could not be saved.', $stateId, $orderId));
        }
    }

    /**
     * Deletes one order_history row of the order. PrestaShop 8.2's OrderHistory::addWithemail
     * sends the e-mail of the state its stored row has, so a row deleted from the
     * actionOrderHistoryAddAfter hook sends no e-mail.
     */
    public function deleteHistory(int $orderId, int $orderHistoryId): void
    {
        $this->database->execute(sprintf(
            'DELETE FROM `%s` WHERE id_order_history = %d AND id_order = %d',
            $this->database->table('order_history'),
            $orderHistoryId,
            $orderId,
        ));
    }
}
