<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Fake;

use PwaPresta\Module\Iopn\NotificationStatus;
use PwaPresta\Module\Iopn\NotificationStore;
use PwaPresta\Module\Support\UnavailableException;

/**
 * The notification log and the delivery UUIDs in arrays, with the same unique keys and lookup order as
 * the tables; can play "database down".
 */
final class InMemoryNotificationStore implements NotificationStore
{
    /** @var array<int, array<string, mixed>> */
    public array $rows = [];

    /** @var array<string, string> content hash by delivery UUID */
    public array $deliveries = [];

    public bool $down = false;

    public function recordDelivery(string $uuid, string $contentHash): bool
    {
        $this->failWhenDown();
        $this->deliveries[$uuid] ??= $contentHash;

        return hash_equals($this->deliveries[$uuid], $contentHash);
    }

    public function store(array $notification): int
    {
        $this->failWhenDown();
        foreach ($this->rows as $id => $row) {
            if ($row['uuid'] === $notification['uuid']) {
                return $id;
            }
        }
        foreach ($this->rows as $id => $row) {
            $sameKey = $notification['notification_reference_id'] !== null
                && $row['notification_reference_id'] === $notification['notification_reference_id']
                && $row['notification_type'] === $notification['notification_type'];
            if ($sameKey) {
                return $id;
            }
        }

        $id = count($this->rows) + 1;
        $this->rows[$id] = ['id' => $id] + $notification + ['attempts' => 0, 'date_add' => '2026-12-04 09:10:16', 'date_upd' => '2026-12-04 09:10:16'];

        return $id;
    }

    public function find(int $id): ?array
    {
        $this->failWhenDown();

        return $this->rows[$id] ?? null;
    }

    public function claim(int $id): bool
    {
        $this->failWhenDown();
        if (!in_array($this->rows[$id]['status'] ?? null, NotificationStatus::CLAIMABLE, true)) {
            return false;
        }
        $this->rows[$id]['status'] = NotificationStatus::PROCESSING;
        ++$this->rows[$id]['attempts'];

        return true;
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
        return array_values(array_filter($this->rows, fn (array $row) => $row['amazon_order_id'] === $amazonOrderId));
    }

    public function unprocessed(int $limit): array
    {
        $open = [NotificationStatus::RECEIVED, NotificationStatus::FAILED, NotificationStatus::REJECTED];

        return array_slice(array_values(array_filter($this->rows, fn (array $row) => in_array($row['status'], $open, true))), 0, $limit);
    }

    public function lastReceivedAt(): ?string
    {
        return $this->rows === [] ? null : (string) end($this->rows)['date_add'];
    }

    private function mark(int $id, string $status, string $message): void
    {
        $this->failWhenDown();
        $this->rows[$id]['status'] = $status;
        $this->rows[$id]['message'] = $message;
    }

    private function failWhenDown(): void
    {
        if ($this->down) {
            throw new UnavailableException('Database unavailable: connection refused');
        }
    }
}
