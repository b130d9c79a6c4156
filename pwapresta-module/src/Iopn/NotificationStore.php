<?php

declare(strict_types=1);

namespace PwaPresta\Module\Iopn;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The log of every verified notification received, one row per delivery key.
 *
 * A row is keyed by the UUID of the delivery and, once parsed, by (notification_reference_id,
 * notification_type), both unique: a repeat of the same notification finds the row already stored.
 *
 * Row arrays have the keys id, uuid, notification_type, notification_reference_id, amazon_order_id,
 * status, attempts, message (the outcome or the error), raw_body, date_add, date_upd.
 *
 * Every method throws PwaPresta\Module\Support\UnavailableException when the database cannot be
 * reached.
 */
interface NotificationStore
{
    /**
     * Stores a delivery and returns the id of its row; a delivery with a UUID or a (reference id, type)
     * already stored returns the id of that row and changes nothing.
     *
     * @param array{uuid: string, notification_type: string, notification_reference_id: ?string,
     *              amazon_order_id: ?string, status: string, message: ?string, raw_body: string} $notification
     */
    public function store(array $notification): int;

    /** @return array<string, mixed>|null */
    public function find(int $id): ?array;

    /**
     * Claims the row for processing with one atomic update; false when it is already processed.
     * Callers hold the per-order lock, so a row left in "processing" by a request that died is
     * claimed again.
     */
    public function claim(int $id): bool;

    public function markProcessed(int $id, string $note): void;

    public function markFailed(int $id, string $error): void;

    public function markRejected(int $id, string $error): void;

    /**
     * Rows of one Amazon order, oldest first.
     *
     * @return list<array<string, mixed>>
     */
    public function forAmazonOrder(string $amazonOrderId): array;

    /**
     * Rows not processed yet (received, failed or rejected), oldest first.
     *
     * @return list<array<string, mixed>>
     */
    public function unprocessed(int $limit): array;

    /** Date (Y-m-d H:i:s, shop time) of the last notification stored, or null when none was. */
    public function lastReceivedAt(): ?string;
}
