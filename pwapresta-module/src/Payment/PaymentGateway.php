<?php

declare(strict_types=1);

namespace PwaPresta\Module\Payment;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The shop side of an order's payment: its OrderPayment rows, its totals and its private messages.
 * The only implementation that names PrestaShop classes is Adapter\PrestaShopPaymentGateway.
 */
interface PaymentGateway
{
    /** Returns the order's total_paid_tax_incl in minor units of $currency. */
    public function orderTotal(int $orderId, string $currency): int;

    /** Returns the id of the order's OrderPayment whose transaction_id is $transactionId, or null. */
    public function findPayment(int $orderId, string $transactionId): ?int;

    /**
     * Adds an OrderPayment to the order (linked to its invoice when it has one), raises
     * total_paid_real by the amount and returns the payment id.
     *
     * @param string $date shop time, Y-m-d H:i:s
     */
    public function addPayment(int $orderId, int $amount, string $currency, string $transactionId, string $date): int;

    /** Adds a private message (employees only, never mailed) to the order's message thread. */
    public function addPrivateMessage(int $orderId, string $message): void;

    /** Tells whether entering the state counts as paid (OrderState::$paid). */
    public function isPaidState(int $orderStateId): bool;
}
