<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Exception\PwaPrestaException;
use PwaPresta\Module\Config\Settings;
use PwaPresta\Module\Mws\StateChangeOrigin;
use PwaPresta\Module\Support\Clock;
use PwaPresta\Module\Support\Logger;
use PwaPresta\Module\Support\UnavailableException;

/**
 * Reacts to order-state changes of Amazon orders (hook actionOrderStatusPostUpdate) and to new
 * order slips: queues the feed of a change made in the shop once it happened (shipped: shipment
 * confirmation; refunded: full adjustment; cancelled: acknowledgement Failure). A change marked by
 * StateChangeOrigin::fromAmazon came from Amazon and queues nothing, and neither does the
 * cancellation of a shipped order, which CancellationRejection undoes.
 */
final class StateChangeListener
{
    public function __construct(
        private Settings $settings,
        private ShopOrders $orders,
        private ShipmentFeeds $shipments,
        private RefundFeeds $refunds,
        private CancellationFeeds $cancellations,
        private CancellationRejection $rejection,
        private Clock $clock,
        private Logger $logger,
    ) {
    }

    /**
     * Queues the feed a change calls for, once PrestaShop made it. Feed and database errors are
     * logged instead of thrown, because the change itself is already saved.
     */
    public function afterChange(int $orderId, int $oldStateId, int $newStateId): void
    {
        if (StateChangeOrigin::isFromAmazon()) {
            return;
        }

        $newKey = $this->settings->stateKeyOf($newStateId);
        $shipped = $this->orders->isShippedState($newStateId) && !$this->orders->isShippedState($oldStateId);
        if (!$shipped && !in_array($newKey, ['refunded', 'cancelled'], true)) {
            return;
        }

        if ($newKey === 'cancelled' && $this->rejection->isRejected($orderId, $newStateId)) {
            $this->logger->info(sprintf('Order %d was shipped: its cancellation queues no feed.', $orderId), $orderId);

            return;
        }

        $now = $this->clock->now();
        try {
            $rowId = match (true) {
                $newKey === 'refunded' => $this->refunds->queueFull($orderId, $now),
                $newKey === 'cancelled' => $this->cancellations->queue($orderId, $now),
                default => $this->shipments->queue($orderId, $now),
            };
        } catch (PwaPrestaException | \InvalidArgumentException | UnavailableException $exception) {
            $this->logger->error(sprintf(
                'Order %d: the feed for its move to state %d could not be queued: %s',
                $orderId,
                $newStateId,
                $exception->getMessage(),
            ), $orderId);

            return;
        }

        if ($rowId !== null) {
            $this->logger->info(sprintf(
                'Order %d: %s for state %d.',
                $orderId,
                $rowId > 0 ? 'feed ' . $rowId . ' queued' : 'feed already queued',
                $newStateId,
            ), $orderId);
        }
    }

    /** Queues the adjustment of a new order slip (hook actionOrderSlipAdd); errors are logged. */
    public function orderSlipAdded(int $orderId, int $orderSlipId): void
    {
        try {
            $rowId = $this->refunds->queueOrderSlip($orderId, $orderSlipId, $this->clock->now());
        } catch (PwaPrestaException | \InvalidArgumentException | UnavailableException $exception) {
            $this->logger->error(sprintf(
                'Order %d: the refund of order slip %d could not be queued: %s',
                $orderId,
                $orderSlipId,
                $exception->getMessage(),
            ), $orderId);

            return;
        }

        if ($rowId !== null) {
            $this->logger->info(sprintf('Order %d: refund of order slip %d queued as feed %d.', $orderId, $orderSlipId, $rowId), $orderId);
        }
    }
}
