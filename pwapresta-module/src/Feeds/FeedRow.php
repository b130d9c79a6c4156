<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * One feed of the order page: what produced it (the shipment, an order slip, the full refund, the
 * cancellation), Amazon's verdict, and whether the retry button applies.
 */
final class FeedRow
{
    public const SHIPMENT = 'shipment';
    public const ORDER_SLIP = 'order_slip';
    public const FULL_REFUND = 'full_refund';
    public const CANCELLATION = 'cancellation';
    public const OTHER = 'other';

    /**
     * Returns the template values of a row of FeedQueue; every value is a plain string or int.
     *
     * @param array<string, mixed> $row
     * @return array<string, mixed>
     */
    public static function forPage(array $row): array
    {
        [$source, $orderSlipId] = self::source((string) $row['source_key']);
        $status = (string) $row['status'];

        return [
            'id' => (int) $row['id'],
            'type' => FeedType::label((string) $row['feed_type']),
            'source' => $source,
            'order_slip_id' => $orderSlipId,
            'status' => $status,
            'submission_id' => (string) $row['submission_id'],
            'attempts' => (int) $row['attempts'],
            'message' => (string) $row['last_error'],
            'date_upd' => (string) $row['date_upd'],
            'retryable' => $status === FeedStatus::FAILED,
        ];
    }

    /**
     * Returns the kind of shop event of a source key and its order slip id (0 unless a slip).
     * Keys: fulfillment:<AmazonOrderID>, adjustment:slip:<id_order_slip>,
     * adjustment:full:<AmazonOrderID> and acknowledgement:cancel:<AmazonOrderID>.
     *
     * @return array{0: string, 1: int}
     */
    public static function source(string $sourceKey): array
    {
        return match (true) {
            str_starts_with($sourceKey, 'adjustment:slip:') => [self::ORDER_SLIP, (int) substr($sourceKey, 16)],
            str_starts_with($sourceKey, 'adjustment:full:') => [self::FULL_REFUND, 0],
            str_starts_with($sourceKey, 'fulfillment:') => [self::SHIPMENT, 0],
            str_starts_with($sourceKey, 'acknowledgement:cancel:') => [self::CANCELLATION, 0],
            default => [self::OTHER, 0],
        };
    }
}
