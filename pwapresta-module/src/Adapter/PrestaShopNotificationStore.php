<?php

declare(strict_types=1);

namespace PwaPresta\Module\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Iopn\NotificationStatus;
use PwaPresta\Module\Iopn\NotificationStore;
use PwaPresta\Module\Support\UnavailableException;

/**
 * The notification log in table pwapresta_notification and the delivery UUIDs in table
 * pwapresta_delivery (see Install\Schema).
 */
final class PrestaShopNotificationStore implements NotificationStore
{
    private const TABLE = 'pwapresta_notification';
    private const DELIVERY_TABLE = 'pwapresta_delivery';
    private const COLUMNS = 'id_pwapresta_notification AS id, uuid, notification_type, notification_reference_id, '
        . 'amazon_order_id, status, attempts, message, raw_body, date_add, date_upd';

    public function __construct(private Database $database)
    {
    }

    public function store(array $notification): int
    {
        $now = date('Y-m-d H:i:s');
        $id = $this->database->insertUnique(self::TABLE, [
            'uuid' => $notification['uuid'],
            'notification_type' => $notification['notification_type'],
            'notification_reference_id' => $notification['notification_reference_id'],
            'amazon_order_id' => $notification['amazon_order_id'],
            'status' => $notification['status'],
            'attempts' => 0,
            'message' => $notification['message'],
            'raw_body' => $notification['raw_body'],
            'date_add' => $now,
            'date_upd' => $now,
        ]);
        if ($id > 0) {
            return $id;
        }

        // The UUID first: a known UUID always maps to its own row, whatever (reference id, type) the
        // new content names, so the caller compares the content with that row.
        $existing = $this->idWhere('uuid = ' . $this->database->quote($notification['uuid']));
        if ($existing === null && $notification['notification_reference_id'] !== null) {
            $existing = $this->idWhere(sprintf(
                'notification_reference_id = %s AND notification_type = %s',
                $this->database->quote($notification['notification_reference_id']),
                $this->database->quote($notification['notification_type']),
            ));
        }
        if ($existing === null) {
            throw new UnavailableException(sprintf(
                'Notification %s was neither stored nor found by its UUID or key: try again.',
                $notification['uuid'],
            ));
        }

        return $existing;
    }

    public function recordDelivery(string $uuid, string $contentHash): bool
    {
        $id = $this->database->insertUnique(self::DELIVERY_TABLE, [
            'uuid' => $uuid,
            'content_hash' => $contentHash,
            'date_add' => date('Y-m-d H:i:s'),
        ]);
        if ($id > 0) {
            return true;
        }

        $recorded = $this->database->value(sprintf(
            'SELECT content_hash FROM `%s` WHERE uuid = %s',
            $this->database->table(self::DELIVERY_TABLE),
            $this->database->quote($uuid),
        ));
        if ($recorded === null) {
            throw new UnavailableException(sprintf('Delivery %s was neither recorded nor found: try again.', $uuid));
        }

        return hash_equals($recorded, $contentHash);
    }

    public function find(int $id): ?array
    {
        return $this->database->row($this->select('id_pwapresta_notification = ' . $id));
    }

    public function claim(int $id): bool
    {
        $token = bin2hex(random_bytes(16));
        $claimable = implode(', ', array_map(fn (string $status) => $this->database->quote($status), NotificationStatus::CLAIMABLE));
        $this->database->execute(sprintf(
            'UPDATE `%s` SET status = %s, claim_token = %s, attempts = attempts + 1, date_upd = NOW() '
            . 'WHERE id_pwapresta_notification = %d AND status IN (%s)',
            $this->database->table(self::TABLE),
            $this->database->quote(NotificationStatus::PROCESSING),
            $this->database->quote($token),
            $id,
            $claimable,
        ));

        $owner = $this->database->value(sprintf(
            'SELECT claim_token FROM `%s` WHERE id_pwapresta_notification = %d',
            $this->database->table(self::TABLE),
            $id,
        ));

        return $owner !== null && hash_equals($owner, $token);
    }

    public function markProcessed(int $id, string $note): void
    {
        $this->mark($id, NotificationStatus::PROCESSED, $note);
    }

    public function markFailed(int $id, string $error): void
    {
        $this->mark($id, NotificationStatus::FAILED, $error);
    }

    public function markRejected(int $id, string $error): void
    {
        $this->mark($id, NotificationStatus::REJECTED, $error);
    }

    public function forAmazonOrder(string $amazonOrderId): array
    {
        return $this->database->rows($this->select('amazon_order_id = ' . $this->database->quote($amazonOrderId)));
    }

    public function unprocessed(int $limit): array
    {
        $statuses = [NotificationStatus::RECEIVED, NotificationStatus::FAILED, NotificationStatus::REJECTED];
        $where = sprintf('status IN (%s)', implode(', ', array_map(fn (string $status) => $this->database->quote($status), $statuses)));

        return $this->database->rows($this->select($where) . ' LIMIT ' . max(1, $limit));
    }

    public function lastReceivedAt(): ?string
    {
        return $this->database->value(sprintf('SELECT MAX(date_add) FROM `%s`', $this->database->table(self::TABLE)));
    }

    private function mark(int $id, string $status, string $message): void
    {
        $this->database->execute(sprintf(
            'UPDATE `%s` SET status = %s, message = %s, claim_token = NULL, date_upd = NOW() WHERE id_pwapresta_notification = %d',
            $this->database->table(self::TABLE),
            $this->database->quote($status),
            $this->database->quote(mb_substr($message, 0, 2000)),
            $id,
        ));
    }

    private function idWhere(string $where): ?int
    {
        $id = $this->database->value(sprintf(
            'SELECT id_pwapresta_notification FROM `%s` WHERE %s ORDER BY id_pwapresta_notification',
            $this->database->table(self::TABLE),
            $where,
        ));

        return $id === null ? null : (int) $id;
    }

    private function select(string $where): string
    {
        return sprintf(
            'SELECT %s FROM `%s` WHERE %s ORDER BY id_pwapresta_notification',
            self::COLUMNS,
            $this->database->table(self::TABLE),
            $where,
        );
    }
}
