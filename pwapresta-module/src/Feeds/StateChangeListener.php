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
 * Reacts to order-state changes of Amazon orders (hooks actionOrderStatusUpdate and
 * actionOrderStatusPostUpdate): rejects the cancellation of a shipped order before it happens, and
 * queues the feed of a change made in the shop once it happened (shipped: shipment confirmation;
 * refunded: full adjustment; cancelled: acknowledgement Failure). A change marked by
 * StateChangeOrigin::fromAmazon came from Amazon and queues nothing.
 *
 * NOTE: the rejection stops the change only where PrestaShop lets a hook's exception through
 * (8.2 with _PS_MODE_DEV_). Elsewhere the shipped order is saved as cancelled and only its feed is
 * withheld; the merchant moves it back by hand.
 */
final class StateChangeListener
{
    public function __construct(
        private Settings $settings,
        private ShopOrders $orders,
        private ShipmentFeeds $shipments,
        private RefundFeeds $refunds,
        private CancellationFeeds $cancellations,
        private Clock $clock,
        private Logger $logger,
    ) {
    }

    /**
     * Checks a change before PrestaShop makes it.
     *
     * @throws ShippedOrderCancellationException when a shipped Amazon order would be cancelled
     */
    public function beforeChange(int $orderId, int $oldStateId, int $newStateId): void
    {
        if (StateChangeOrigin::isFromAmazon() || $this->settings->stateKeyOf($newStateId) !== 'cancelled') {
            return;
        }

        $amazonOrderId = $this->orders->amazonOrderId($orderId);
        if ($amazonOrderId === null) {
            return;
        }

        if ($this->orders->isShippedState($oldStateId) || $this->orders->wasShipped($orderId)) {
            $this->logger->warning(sprintf(
                'Order %d (Amazon order %s) was shipped: its cancellation was rejected.',
                $orderId,
                $amazonOrderId,
            ), $orderId);

            throw new ShippedOrderCancellationException(sprintf(
                'Amazon order %s was shipped, so it cannot be cancelled: refund it instead with a credit slip '
                . 'or the Refunded state.',
                $amazonOrderId,
            ));
        }
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

        // PrestaShop 8.2's Hook::callHookOn drops the exception of beforeChange unless _PS_MODE_DEV_
        // is on, so a rejected cancellation of a shipped order is saved anyway: send Amazon nothing.
        if ($newKey === 'cancelled' && $this->orders->wasShipped($orderId)) {
            $this->logger->error(sprintf(
                'Order %d was shipped: its cancellation was not sent to Amazon. Move it back to its previous '
                . 'state and refund it instead with a credit slip or the Refunded state.',
                $orderId,
            ), $orderId);

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
