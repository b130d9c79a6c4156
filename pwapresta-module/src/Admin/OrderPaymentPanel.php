<?php

declare(strict_types=1);

namespace PwaPresta\Module\Admin;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Payment\AmountDifference;
use PwaPresta\Module\Payment\PaymentLedger;

/**
 * The payment part of the Amazon block on the order page. It contains the link to the order in Seller
 * Central, the environment, and the payment status with the last status Amazon reported and when.
 * It also lists every status report (IOPN and MWS) and the gap between the cart total and Amazon's.
 *
 * Values are plain strings; the template escapes them.
 */
final class OrderPaymentPanel
{
    /** Seller Central India's order page; the AmazonOrderID is appended. */
    public const SELLER_CENTRAL_ORDER_URL = 'https://sellercentral.amazon.in/orders-v3/order/';

    public function __construct(private PaymentLedger $ledger)
    {
    }

    /**
     * @param string $stateKey the order's state key (awaiting_payment, payment_accepted, shipped, ...)
     * @return array<string, mixed>
     */
    public function build(string $amazonOrderId, string $stateKey, string $environment): array
    {
        $payment = $this->ledger->find($amazonOrderId);
        $statuses = array_map(static fn (array $row): array => [
            'source' => (string) $row['source'],
            'status' => (string) $row['status'],
            'reported_at' => (string) $row['reported_at'],
        ], $this->ledger->statuses($amazonOrderId));

        return [
            'amazon_order_id' => $amazonOrderId,
            // NOTE: the path is Seller Central's current order page; older accounts may use another.
            'seller_central_url' => self::SELLER_CENTRAL_ORDER_URL . rawurlencode($amazonOrderId),
            'environment' => $environment,
            'payment_status' => self::paymentStatus($stateKey, $payment),
            'payment_id' => $payment !== null && $payment['id_order_payment'] !== null ? (int) $payment['id_order_payment'] : null,
            'last_status' => $statuses[0] ?? null,
            'statuses' => $statuses,
            'difference' => self::difference($payment),
        ];
    }

    /**
     * Returns awaiting (Amazon has not confirmed the payment), paid, cancelled or refunded.
     *
     * @param array<string, mixed>|null $payment
     */
    private static function paymentStatus(string $stateKey, ?array $payment): string
    {
        return match (true) {
            $stateKey === 'cancelled' => 'cancelled',
            $stateKey === 'refunded' => 'refunded',
            $payment !== null && $payment['id_order_payment'] !== null => 'paid',
            $stateKey === 'awaiting_payment' => 'awaiting',
            default => 'paid',
        };
    }

    /**
     * @param array<string, mixed>|null $payment
     * @return array{cart_total: string, charged: string, difference: string}|null
     */
    private static function difference(?array $payment): ?array
    {
        if ($payment === null || $payment['cart_total_minor'] === null) {
            return null;
        }

        $currency = (string) $payment['currency'];
        $difference = AmountDifference::of((int) $payment['cart_total_minor'], (int) $payment['charged_minor'], $currency);
        if ($difference->amount() === 0) {
            return null;
        }

        return [
            'cart_total' => AmountDifference::format($difference->cartTotal, $currency),
            'charged' => AmountDifference::format($difference->charged, $currency),
            'difference' => AmountDifference::format($difference->amount(), $currency, true),
        ];
    }
}
