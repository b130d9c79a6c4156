<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Config\Settings;
use PwaPresta\Module\Mws\StateChangeOrigin;
use PwaPresta\Module\Support\Clock;
use PwaPresta\Module\Support\Logger;
use PwaPresta\Module\Support\UnavailableException;

/**
 * Rejects the cancellation of a shipped Amazon order made in the shop, because Amazon does not
 * cancel shipped orders: it is refunded instead.
 *
 * PrestaShop 8.2 gives a module no way to stop a state change: Hook::callHookOn drops a hook's
 * exception unless _PS_MODE_DEV_ is on, and OrderHistory writes the new order_history row after
 * actionOrderStatusUpdate and actionOrderStatusPostUpdate returned. So the rejection runs from
 * actionOrderHistoryAddAfter, which OrderHistory::add runs once that row and the order's
 * current_state are stored (actionObjectOrderHistoryAddAfter runs before current_state is written,
 * which would then overwrite the restored state). It works the same in both modes. It puts the
 * order back in the state it had before, with its stock, sales and validity. It deletes the
 * cancelled row, so addWithemail sends the buyer no cancellation e-mail. Then it records the
 * rejection for the order page, adds a private order message and shows an error in the back office.
 *
 * A cancellation Amazon made (StateChangeOrigin::fromAmazon) is kept.
 *
 * NOTE: code that saves its Order object after the change (loaded before it, current_state =
 * cancelled) writes the cancelled state again over the restored one. PrestaShop 8.2's order page,
 * its bulk state change and Order::setCurrentState do not.
 */
final class CancellationRejection
{
    /** @var \Closure(int, string): void */
    private \Closure $addPrivateMessage;

    /** @var \Closure(string, array<string, string>): string */
    private \Closure $translate;

    /**
     * @param \Closure(int, string): void $addPrivateMessage stores a private message on an order
     * @param \Closure(string, array<string, string>): string $translate the module's trans() in
     *     Modules.Pwapresta.Admin
     */
    public function __construct(
        private Settings $settings,
        private ShopOrders $orders,
        private FeedQueue $queue,
        private OrderStateRestorer $restorer,
        private CancellationRejections $rejections,
        private BackOfficeNotice $notice,
        private Clock $clock,
        private Logger $logger,
        \Closure $addPrivateMessage,
        \Closure $translate,
    ) {
        $this->addPrivateMessage = $addPrivateMessage;
        $this->translate = $translate;
    }

    /**
     * Checks whether moving the order to $newStateId is the cancellation of a shipped Amazon order made
     * in the shop. Shipped means a state with PrestaShop's shipped flag in the order's history, or
     * a shipment confirmation feed that did not fail.
     */
    public function isRejected(int $orderId, int $newStateId): bool
    {
        if (StateChangeOrigin::isFromAmazon() || $this->settings->stateKeyOf($newStateId) !== 'cancelled') {
            return false;
        }

        if ($this->orders->amazonOrderId($orderId) === null) {
            return false;
        }

        return $this->orders->wasShipped($orderId) || $this->hasShipmentFeed($orderId);
    }

    /**
     * Handles a new order_history row (hook actionOrderHistoryAddAfter): when it is a rejected
     * cancellation, restores the state before it. Errors are logged, not thrown, because
     * PrestaShop drops a hook's exception outside debug mode.
     */
    public function historyAdded(int $orderHistoryId, int $orderId, int $stateId, int $employeeId): void
    {
        try {
            if (!$this->isRejected($orderId, $stateId)) {
                return;
            }
            $this->reject($orderHistoryId, $orderId, $employeeId);
        } catch (UnavailableException $exception) {
            $this->logger->error(sprintf(
                'Order %d: the cancellation of this shipped Amazon order could not be undone: %s. Move it back to '
                . 'its previous state by hand and refund it instead.',
                $orderId,
                $exception->getMessage(),
            ), $orderId);
        }
    }

    /** @throws UnavailableException when the database or PrestaShop cannot store a step */
    private function reject(int $orderHistoryId, int $orderId, int $employeeId): void
    {
        $amazonOrderId = (string) $this->orders->amazonOrderId($orderId);
        $previousStateId = $this->orders->stateBefore($orderId, $orderHistoryId);
        if ($previousStateId <= 0) {
            throw new UnavailableException(sprintf('order %d has no state before order_history row %d', $orderId, $orderHistoryId));
        }

        $this->restorer->restore($orderId, $previousStateId, $employeeId);
        $this->restorer->deleteHistory($orderId, $orderHistoryId);
        $this->rejections->record($orderId, $amazonOrderId, $previousStateId, $employeeId, $this->clock->now());

        $stateName = $this->orders->stateName($orderId, $previousStateId);
        $this->logger->warning(sprintf(
            'Order %d (Amazon order %s) was shipped: its cancellation was rejected and state %d (%s) restored.',
            $orderId,
            $amazonOrderId,
            $previousStateId,
            $stateName,
        ), $orderId);

        ($this->addPrivateMessage)($orderId, ($this->translate)(
            'Cancellation refused: Amazon does not cancel shipped orders, so the order was put back in state '
            . '"%state%". Refund it instead with a credit slip (partial refund) or the Refunded state.',
            ['%state%' => $stateName],
        ));
        $this->notice->error(($this->translate)(
            'Cancellation refused: Amazon does not cancel shipped orders; refund the order instead. Order %id% '
            . 'is back in state "%state%".',
            ['%id%' => (string) $orderId, '%state%' => $stateName],
        ));
    }

    private function hasShipmentFeed(int $orderId): bool
    {
        foreach ($this->queue->forOrder($orderId) as $row) {
            if ($row['feed_type'] === FeedType::FULFILLMENT && $row['status'] !== FeedStatus::FAILED) {
                return true;
            }
        }

        return false;
    }
}
