<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What the order's shipment confirmation sent to Amazon, read back from the payload the feed was
 * built from: the details of each OrderFulfillment message, per item, with the feed's status.
 */
final class ShipmentSummary
{
    /**
     * Returns null when no shipment confirmation is queued, else fulfillments (one per message),
     * items (details per AmazonOrderItemCode), whole_order (details of a message without items,
     * or null), and the feed's status, submission_id and message.
     *
     * @param list<array<string, mixed>> $rows rows of FeedQueue::forOrder
     * @return array<string, mixed>|null
     */
    public static function fromRows(array $rows): ?array
    {
        foreach ($rows as $row) {
            if ((string) $row['feed_type'] === FeedType::FULFILLMENT) {
                return self::fromRow($row);
            }
        }

        return null;
    }

    /**
     * @param array<string, mixed> $row
     * @return array<string, mixed>
     */
    private static function fromRow(array $row): array
    {
        $payload = json_decode((string) $row['payload'], true, 64);
        $fulfillments = [];
        $items = [];
        $wholeOrder = null;
        foreach ((array) ($payload['fulfillments'] ?? []) as $fulfillment) {
            $details = [
                'carrier_name' => (string) ($fulfillment['carrier_name'] ?? ''),
                'shipping_method' => (string) ($fulfillment['shipping_method'] ?? ''),
                'tracking_number' => (string) ($fulfillment['tracking_number'] ?? ''),
            ];
            $fulfillments[] = $details;
            foreach ((array) ($fulfillment['items'] ?? []) as $item) {
                $items[(string) $item['amazon_order_item_code']] = $details;
            }
            if (($fulfillment['items'] ?? []) === []) {
                $wholeOrder = $details;
            }
        }

        return [
            'fulfillments' => $fulfillments,
            'items' => $items,
            'whole_order' => $wholeOrder,
            'status' => (string) $row['status'],
            'submission_id' => (string) $row['submission_id'],
            'message' => (string) $row['last_error'],
        ];
    }
}
