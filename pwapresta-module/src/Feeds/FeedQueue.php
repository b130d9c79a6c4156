<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;
use PwaPresta\Module\Adapter\Database;

/**
 * The outbound feed queue, table pwapresta_feed (see Install\Schema).
 *
 * Each row has a unique source key naming the shop event that queued it (a shipment, an order
 * slip, a full refund, a cancellation), so the same event never queues a second feed. The job
 * claims a row by moving it from one status to another in one UPDATE, so two job runs on two web
 * servers never send the same row.
 */
final class FeedQueue
{
    private const TABLE = 'pwapresta_feed';
    private const COLUMNS = 'id_pwapresta_feed AS id, source_key, feed_type, amazon_order_id, id_order, body, '
        . 'content_md5, payload, submission_id, status, attempts, last_error, next_attempt_at, date_add, date_upd';

    public function __construct(private Database $database)
    {
    }

    /**
     * Queues a feed body and returns its row id, or 0 when $sourceKey is already queued.
     *
     * @param array<string, mixed> $payload the feed builder's input, kept to show and sum later
     */
    public function enqueue(
        string $sourceKey,
        string $feedType,
        string $amazonOrderId,
        int $orderId,
        string $body,
        array $payload,
        int $now,
    ): int {
        return $this->database->insertUnique(self::TABLE, [
            'source_key' => $sourceKey,
            'feed_type' => $feedType,
            'amazon_order_id' => $amazonOrderId,
            'id_order' => $orderId,
            'body' => $body,
            'content_md5' => Api::contentMd5($body),
            'payload' => json_encode($payload, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE),
            'status' => FeedStatus::QUEUED,
            'attempts' => 0,
            'next_attempt_at' => self::date($now),
            'date_add' => self::date($now),
            'date_upd' => self::date($now),
        ]);
    }

    /**
     * Returns the rows in $status whose next attempt is due, oldest first.
     *
     * @return list<array<string, mixed>>
     */
    public function due(string $status, int $now, int $limit): array
    {
        return $this->database->rows(sprintf(
            'SELECT %s FROM `%s` WHERE status = %s AND next_attempt_at <= %s ORDER BY id_pwapresta_feed LIMIT %d',
            self::COLUMNS,
            $this->database->table(self::TABLE),
            $this->database->quote($status),
            $this->database->quote(self::date($now)),
            max(1, $limit),
        ));
    }

    /**
     * Moves a row from $from to $to in one statement; false when another run moved it first.
     */
    public function claim(int $id, string $from, string $to, int $now): bool
    {
        $this->database->execute(sprintf(
            'UPDATE `%s` SET status = %s, attempts = attempts + 1, date_upd = %s '
            . 'WHERE id_pwapresta_feed = %d AND status = %s',
            $this->database->table(self::TABLE),
            $this->database->quote($to),
            $this->database->quote(self::date($now)),
            $id,
            $this->database->quote($from),
        ));

        return $this->database->value('SELECT ROW_COUNT()') === '1';
    }

    public function markSubmitted(int $id, string $submissionId, int $checkAt): void
    {
        $this->update($id, [
            'status' => FeedStatus::SUBMITTED,
            'submission_id' => $submissionId,
            'attempts' => 0,
            'last_error' => null,
            'next_attempt_at' => self::date($checkAt),
        ]);
    }

    /** Puts a claimed row back in $status with the error and the time of its next attempt. */
    public function retryLater(int $id, string $status, string $error, int $nextAttemptAt): void
    {
        $this->update($id, ['status' => $status, 'last_error' => $error, 'next_attempt_at' => self::date($nextAttemptAt)]);
    }

    /** Ends a row: done (with Amazon's summary) or failed (with Amazon's messages). */
    public function finish(int $id, string $status, string $message): void
    {
        $this->update($id, ['status' => $status, 'last_error' => $message]);
    }

    /**
     * Puts a failed row of order $orderId back in the queue for the next feeds job, with the same
     * body. $failedAt is the row's date_upd that the order page showed. A repeated request, or one
     * made from a page older than the row's latest failure, matches no row and requeues nothing.
     * Returns true when the row was requeued.
     */
    public function requeueFailed(int $id, int $orderId, string $failedAt, int $now): bool
    {
        $this->database->execute(sprintf(
            'UPDATE `%s` SET status = %s, attempts = 0, next_attempt_at = %s, date_upd = %s '
            . 'WHERE id_pwapresta_feed = %d AND id_order = %d AND status = %s AND date_upd = %s',
            $this->database->table(self::TABLE),
            $this->database->quote(FeedStatus::QUEUED),
            $this->database->quote(self::date($now)),
            $this->database->quote(self::date($now)),
            $id,
            $orderId,
            $this->database->quote(FeedStatus::FAILED),
            $this->database->quote($failedAt),
        ));

        return $this->database->value('SELECT ROW_COUNT()') === '1';
    }

    /** @return array<string, mixed>|null */
    public function find(int $id): ?array
    {
        return $this->database->row($this->select('id_pwapresta_feed = ' . $id));
    }

    /** @return list<array<string, mixed>> the feeds of a shop order, oldest first */
    public function forOrder(int $orderId): array
    {
        return $this->database->rows($this->select('id_order = ' . $orderId));
    }

    /**
     * Returns the decoded payloads of the feeds of one type queued for an Amazon order.
     *
     * @return list<array<string, mixed>>
     */
    public function payloads(string $amazonOrderId, string $feedType): array
    {
        $rows = $this->database->rows($this->select(sprintf(
            'amazon_order_id = %s AND feed_type = %s',
            $this->database->quote($amazonOrderId),
            $this->database->quote($feedType),
        )));

        return array_map(
            static fn (array $row): array => (array) json_decode((string) $row['payload'], true, 64, JSON_THROW_ON_ERROR),
            $rows,
        );
    }

    /** @param array<string, scalar|null> $values */
    private function update(int $id, array $values): void
    {
        $assignments = ['date_upd = ' . $this->database->quote(self::date(time()))];
        foreach ($values as $column => $value) {
            $assignments[] = sprintf('`%s` = %s', $column, $this->database->literal(
                is_string($value) ? mb_substr($value, 0, 4000) : $value,
            ));
        }

        $this->database->execute(sprintf(
            'UPDATE `%s` SET %s WHERE id_pwapresta_feed = %d',
            $this->database->table(self::TABLE),
            implode(', ', $assignments),
            $id,
        ));
    }

    private function select(string $where): string
    {
        return sprintf(
            'SELECT %s FROM `%s` WHERE %s ORDER BY id_pwapresta_feed',
            self::COLUMNS,
            $this->database->table(self::TABLE),
            $where,
        );
    }

    /** MySQL DATETIME of a Unix time, in UTC like every date of this table. */
    private static function date(int $unixTime): string
    {
        return gmdate('Y-m-d H:i:s', $unixTime);
    }
}
