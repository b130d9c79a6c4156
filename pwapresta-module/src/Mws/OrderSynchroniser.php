<?php

declare(strict_types=1);

namespace PwaPresta\Module\Mws;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Feeds\OrderItems;
use PwaPresta\Module\Order\OrderImporter;
use PwaPresta\Module\Order\OrderLock;
use PwaPresta\Module\Order\StateChanger;
use PwaPresta\Module\Payment\AmazonStatus;

/**
 * The shop side of the MWS jobs: imports report orders with the importer of the IOPN path and moves
 * orders to the state Amazon reports, each under the Amazon order's lock. Every state change made
 * here runs inside StateChangeOrigin::fromAmazon, so no feed goes back to Amazon for it.
 *
 * A report order has no stored IOPN notification to read its items from later, so import() records
 * Amazon's items (AmazonOrderItemCode per product) at once when given OrderItems, because the feeds
 * of the order name them. The shop always passes OrderItems; unit tests without a database do not.
 */
final class OrderSynchroniser
{
    public function __construct(
        private OrderLock $lock,
        private OrderImporter $importer,
        private StateChanger $stateChanger,
        private ?OrderItems $items = null,
    ) {
    }

    /**
     * Creates the order of a report order unless the shop has it (from IOPN or an earlier report).
     *
     * @param array<string, mixed> $order the Order shape of PwaPresta\Api::parseOrderReport
     * @return bool true when the order was created, false when it existed
     */
    public function import(array $order): bool
    {
        $amazonOrderId = (string) $order['amazon_order_id'];

        return $this->lock->synchronized($amazonOrderId, function () use ($amazonOrderId, $order): bool {
            $existing = $this->importer->findOrderId($amazonOrderId);
            $this->importer->ensureOrder($order);
            $this->items?->record($order);

            return $existing === null;
        });
    }

    /** Returns the shop order id of an Amazon order, or null when the shop has not imported it. */
    public function orderIdOf(string $amazonOrderId): ?int
    {
        return $this->importer->findOrderId($amazonOrderId);
    }

    /**
     * Moves the order to $stateKey when the transition guard allows it; true when it moved. The
     * status MWS reported is stored either way, and its LastUpdateDate is the payment date when
     * the move records Amazon's payment.
     */
    public function moveTo(string $amazonOrderId, int $orderId, string $stateKey, ?AmazonStatus $status = null): bool
    {
        return StateChangeOrigin::fromAmazon(
            fn (): bool => $this->stateChanger->moveTo($amazonOrderId, $orderId, $stateKey, $status),
        );
    }
}
