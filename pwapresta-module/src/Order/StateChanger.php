<?php

declare(strict_types=1);

namespace PwaPresta\Module\Order;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;
use PwaPresta\Module\Config\Settings;
use PwaPresta\Module\Mws\StateChangeOrigin;
use PwaPresta\Module\Payment\AmazonStatus;
use PwaPresta\Module\Payment\PaymentRecorder;
use PwaPresta\Module\Support\Logger;
use PwaPresta\Module\Support\UnavailableException;

/**
 * Moves a PrestaShop order to the state of an order-state key (awaiting_payment, payment_accepted,
 * shipped, cancelled, refunded), under the lock of its Amazon order. It acts only when the transition
 * guard PwaPresta\Api::isTransitionAllowed allows the move, so a late or repeated message never moves
 * an order backwards or twice.
 *
 * With a PaymentRecorder, the status Amazon reported is recorded, and Amazon's payment is added
 * before the order enters a paid state, so PrestaShop finds it paid and adds no payment of its own.
 */
final class StateChanger
{
    public function __construct(
        private Settings $settings,
        private OrderGateway $orders,
        private OrderLock $lock,
        private Logger $logger,
        private ?PaymentRecorder $payments = null,
    ) {
    }

    /**
     * Returns true when the order changed state, false when the guard left it where it was.
     *
     * @param AmazonStatus|null $status what Amazon reported; its time is the payment date (now when null)
     *
     * @throws UnavailableException when the target state is not configured or the lock is busy
     */
    public function moveTo(string $amazonOrderId, int $orderId, string $targetKey, ?AmazonStatus $status = null): bool
    {
        $targetId = $this->settings->orderStateId($targetKey);
        if ($targetId <= 0) {
            throw new UnavailableException(sprintf(
                'No order state configured for "%s": choose one in the module settings.',
                $targetKey,
            ));
        }

        return $this->lock->synchronized(
            $amazonOrderId,
            fn (): bool => $this->moveLocked($amazonOrderId, $orderId, $targetKey, $targetId, $status),
        );
    }

    private function moveLocked(string $amazonOrderId, int $orderId, string $targetKey, int $targetId, ?AmazonStatus $status): bool
    {
        if ($status !== null) {
            $this->payments?->recordStatus($amazonOrderId, $orderId, $status);
        }

        $currentId = $this->orders->currentStateId($orderId);
        $currentKey = $this->settings->stateKeyOf($currentId) ?? $this->orders->stateKeyFromFlags($currentId);

        if (!Api::isTransitionAllowed($currentKey, $targetKey)) {
            $this->logger->info(sprintf(
                'Order %d (Amazon order %s) stays %s: moving to %s is not allowed.',
                $orderId,
                $amazonOrderId,
                $currentKey,
                $targetKey,
            ), $orderId);

            return false;
        }

        $this->payments?->recordPayment(
            $amazonOrderId,
            $orderId,
            $targetId,
            $status ?? new AmazonStatus(AmazonStatus::SOURCE_SHOP, $targetKey, gmdate('Y-m-d\\TH:i:s\\Z')),
        );
        // Every move made here mirrors a state Amazon reported (IOPN or MWS), so the feed hooks must
        // not echo it back to Amazon as a shipment, refund or cancellation.
        StateChangeOrigin::fromAmazon(fn () => $this->orders->changeState($orderId, $targetId));
        $this->logger->info(sprintf(
            'Order %d (Amazon order %s) moved from %s to %s.',
            $orderId,
            $amazonOrderId,
            $currentKey,
            $targetKey,
        ), $orderId);

        return true;
    }
}
