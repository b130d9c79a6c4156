<?php

declare(strict_types=1);

namespace PwaPresta\Module\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Payment\AmazonStatus;
use PwaPresta\Module\Payment\PaymentLedger;

/**
 * The payment ledger in tables pwapresta_payment and pwapresta_status_report (see Install\Schema).
 */
final class PrestaShopPaymentLedger implements PaymentLedger
{
    public function __construct(private Database $database)
    {
    }

    public function find(string $amazonOrderId): ?array
    {
        return $this->database->row(sprintf(
            'SELECT amazon_order_id, id_order, cart_total_minor, charged_minor, currency, id_order_payment, date_add, '
            . 'date_upd FROM `%s` WHERE amazon_order_id = %s',
            $this->database->table('pwapresta_payment'),
            $this->database->quote($amazonOrderId),
        ));
    }

    public function saveTotals(string $amazonOrderId, int $orderId, ?int $cartTotal, int $charged, string $currency): void
    {
        $this->database->execute(sprintf(
            'INSERT INTO `%s` (amazon_order_id, id_order, cart_total_minor, charged_minor, currency, date_add, date_upd) '
            . 'VALUES (%s, %d, %s, %d, %s, %7$s, %7$s) ON DUPLICATE KEY UPDATE id_order = VALUES(id_order), '
            . 'cart_total_minor = COALESCE(cart_total_minor, VALUES(cart_total_minor)), '
            . 'charged_minor = VALUES(charged_minor), currency = VALUES(currency), date_upd = VALUES(date_upd)',
            $this->database->table('pwapresta_payment'),
            $this->database->quote($amazonOrderId),
            $orderId,
            $this->database->literal($cartTotal),
            $charged,
            $this->database->quote($currency),
            self::now($this->database),
        ));
    }

    public function savePayment(string $amazonOrderId, int $orderId, int $paymentId): void
    {
        $this->database->execute(sprintf(
            'INSERT INTO `%s` (amazon_order_id, id_order, charged_minor, currency, id_order_payment, date_add, date_upd) '
            . 'SELECT %s, %d, COALESCE(l.total_minor, 0), COALESCE(l.currency, \'\'), %d, %7$s, %7$s '
            . 'FROM (SELECT 1) one LEFT JOIN `%s` l ON l.amazon_order_id = %s '
            . 'ON DUPLICATE KEY UPDATE id_order = VALUES(id_order), id_order_payment = VALUES(id_order_payment), '
            . 'date_upd = VALUES(date_upd)',
            $this->database->table('pwapresta_payment'),
            $this->database->quote($amazonOrderId),
            $orderId,
            $paymentId,
            $this->database->table('pwapresta_order'),
            $this->database->quote($amazonOrderId),
            self::now($this->database),
        ));
    }

    public function addStatus(string $amazonOrderId, ?int $orderId, AmazonStatus $status): void
    {
        $this->database->insertUnique('pwapresta_status_report', [
            'amazon_order_id' => $amazonOrderId,
            'id_order' => $orderId,
            'source' => $status->source,
            'status' => $status->status,
            'reported_at' => $status->reportedAt,
            'date_add' => date('Y-m-d H:i:s'),
        ]);
    }

    /** Returns the current shop time as an SQL literal: PrestaShop stores dates in the shop's time zone, not the server's. */
    private static function now(Database $database): string
    {
        return $database->quote(date('Y-m-d H:i:s'));
    }

    public function statuses(string $amazonOrderId): array
    {
        return $this->database->rows(sprintf(
            'SELECT source, status, reported_at, date_add FROM `%s` WHERE amazon_order_id = %s '
            . 'ORDER BY reported_at DESC, id_pwapresta_status_report DESC',
            $this->database->table('pwapresta_status_report'),
            $this->database->quote($amazonOrderId),
        ));
    }
}
