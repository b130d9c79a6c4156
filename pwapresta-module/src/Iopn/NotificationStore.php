<?php

declare(strict_types=1);

namespace PwaPresta\Module\Iopn;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The log of every verified notification received, one row per delivery key, and the record of
 * every verified delivery UUID.
 *
 * A row is keyed by the UUID of the delivery and, once parsed, by (notification_reference_id,
 * notification_type), both unique: a repeat of the same notification finds the row already stored.
 * A repeat under a new UUID does not get a row of its own, so recordDelivery() keeps its UUID.
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
     * Records the UUID of a verified delivery with the SHA-256 (hex) of the content it carried, with one
     * atomic insert. Returns true when the UUID is new or was recorded with the same hash, and false
     * when it was recorded with another hash, which means its signature was replayed with other content.
     */
    public function recordDelivery(string $uuid, string $contentHash): bool;

    /**
     * Stores a delivery and returns the id of its row. When the UUID is already stored, returns that
     * row; otherwise, when the (reference id, type) is already stored, returns that row. An existing
     * row is never changed, so the caller must check that it contains the content it was given.
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
