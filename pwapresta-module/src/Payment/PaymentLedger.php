<?php

declare(strict_types=1);

namespace PwaPresta\Module\Payment;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What the module records about an Amazon order's payment (tables pwapresta_payment and
 * pwapresta_status_report): the PrestaShop cart total next to Amazon's charged total, the
 * OrderPayment it created, and every status Amazon reported.
 *
 * A payment row has the keys amazon_order_id, id_order, cart_total_minor (null until known),
 * charged_minor, currency, id_order_payment (null until paid), date_add, date_upd.
 * A status row has the keys source, status, reported_at (UTC), date_add (shop time).
 */
interface PaymentLedger
{
    /** @return array<string, mixed>|null */
    public function find(string $amazonOrderId): ?array;

    /** Records both totals; a second call for the same Amazon order keeps the first cart total. */
    public function saveTotals(string $amazonOrderId, int $orderId, ?int $cartTotal, int $charged, string $currency): void;

    public function savePayment(string $amazonOrderId, int $orderId, int $paymentId): void;

    /** Stores a status report once: the same (source, status, time) reported again adds no row. */
    public function addStatus(string $amazonOrderId, ?int $orderId, AmazonStatus $status): void;

    /**
     * Status reports of one Amazon order, newest first.
     *
     * @return list<array<string, mixed>>
     */
    public function statuses(string $amazonOrderId): array;
}
