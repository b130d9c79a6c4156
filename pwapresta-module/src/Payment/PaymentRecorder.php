<?php

declare(strict_types=1);

namespace PwaPresta\Module\Payment;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Order\AmazonOrderLinks;
use PwaPresta\Module\Order\OrderAmounts;
use PwaPresta\Module\Support\Logger;
use PwaPresta\Module\Support\UnavailableException;

/**
 * Keeps Amazon's payment facts in the shop's own records: one OrderPayment per paid Amazon order
 * (method "Pay with Amazon", Amazon's charged total, transaction_id = AmazonOrderID, the date Amazon
 * confirmed), the difference between the PrestaShop cart total and Amazon's total as a private order
 * message, and the statuses Amazon reported.
 *
 * Callers hold the order's lock (OrderLock), so two deliveries of one confirmation never both find
 * the order unpaid.
 */
final class PaymentRecorder
{
    public const PAYMENT_METHOD = 'Pay with Amazon';

    public function __construct(
        private PaymentGateway $gateway,
        private PaymentLedger $ledger,
        private AmazonOrderLinks $links,
        private Logger $logger,
    ) {
    }

    /**
     * Records the total PrestaShop computed for the order's cart next to Amazon's total. Runs after
     * validateOrder and before Amazon's amounts overwrite the order; a difference becomes a warning
     * in the log and a private order message with both amounts.
     */
    public function recordCartTotal(string $amazonOrderId, int $orderId, OrderAmounts $amounts): void
    {
        $cartTotal = $this->gateway->orderTotal($orderId, $amounts->currency);
        $this->ledger->saveTotals($amazonOrderId, $orderId, $cartTotal, $amounts->total, $amounts->currency);
        if ($cartTotal === $amounts->total) {
            return;
        }

        $difference = AmountDifference::of($cartTotal, $amounts->total, $amounts->currency);
        $this->gateway->addPrivateMessage($orderId, $difference->message($amazonOrderId));
        $this->logger->warning(sprintf('Amazon order %s: %s', $amazonOrderId, $difference->message($amazonOrderId)), $orderId);
    }

    public function recordStatus(string $amazonOrderId, ?int $orderId, AmazonStatus $status): void
    {
        $this->ledger->addStatus($amazonOrderId, $orderId, $status);
    }

    /**
     * Adds the order's one Amazon payment before the order enters a paid state, unless it exists.
     * Returns true when it added the payment.
     *
     * @throws UnavailableException when the Amazon order has no link row (it was never imported)
     */
    public function recordPayment(string $amazonOrderId, int $orderId, int $targetStateId, AmazonStatus $confirmation): bool
    {
        if (!$this->gateway->isPaidState($targetStateId)) {
            return false;
        }

        $existing = $this->gateway->findPayment($orderId, $amazonOrderId);
        if ($existing !== null) {
            $this->ledger->savePayment($amazonOrderId, $orderId, $existing);

            return false;
        }

        $link = $this->links->find($amazonOrderId);
        if ($link === null) {
            throw new UnavailableException(sprintf('Amazon order %s has no link row: import it before its payment.', $amazonOrderId));
        }

        $charged = (int) $link['total_minor'];
        $currency = (string) $link['currency'];
        $paymentId = $this->gateway->addPayment($orderId, $charged, $currency, $amazonOrderId, $confirmation->reportedAtShopTime());
        $this->ledger->savePayment($amazonOrderId, $orderId, $paymentId);
        $this->logger->info(sprintf(
            'Amazon order %s: payment %d of %s recorded on order %d (%s %s at %s).',
            $amazonOrderId,
            $paymentId,
            AmountDifference::format($charged, $currency),
            $orderId,
            $confirmation->source,
            $confirmation->status,
            $confirmation->reportedAt,
        ), $orderId);

        return true;
    }
}
