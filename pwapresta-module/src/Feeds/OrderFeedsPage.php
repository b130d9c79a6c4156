<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The feeds part of the Amazon block on the order page: the tracking form per Amazon item (saved on
 * submit) and the list of the order's feeds with Amazon's verdict on each.
 */
final class OrderFeedsPage
{
    public function __construct(
        private FeedQueue $queue,
        private OrderItems $items,
        private ShipmentFeeds $shipments,
        private TrackingDetails $tracking,
        private ShopOrders $orders,
    ) {
    }

    /**
     * Saves a submitted tracking form and returns the errors, [] when it was saved.
     *
     * @param array<string, mixed> $post
     * @return list<string>
     */
    public function saveTracking(int $orderId, array $post): array
    {
        $amazonOrderId = $this->orders->amazonOrderId($orderId);
        if ($amazonOrderId === null) {
            return [sprintf('Order %d is not an Amazon order.', $orderId)];
        }

        $codes = array_map(
            static fn (array $item): string => $item['amazon_order_item_code'],
            $this->items->forAmazonOrder($amazonOrderId),
        );
        $result = TrackingForm::validate($post, $codes);
        if ($result['errors'] === []) {
            $this->tracking->save($orderId, $result['details']);
        }

        return $result['errors'];
    }

    /**
     * Returns the template variables of the block, or null when the order is not an Amazon order.
     *
     * @return array{items: list<array<string, mixed>>, feeds: list<array<string, mixed>>}|null
     */
    public function variables(int $orderId): ?array
    {
        $amazonOrderId = $this->orders->amazonOrderId($orderId);
        if ($amazonOrderId === null) {
            return null;
        }

        $details = $this->shipments->detailsFor($orderId, $amazonOrderId);
        $items = [];
        foreach ($this->items->forAmazonOrder($amazonOrderId) as $item) {
            $items[] = [
                'code' => $item['amazon_order_item_code'],
                'sku' => $item['sku'],
                'quantity' => $item['quantity'],
            ] + $details[$item['amazon_order_item_code']];
        }

        $feeds = array_map(static fn (array $row): array => [
            'id' => (int) $row['id'],
            'type' => FeedType::label((string) $row['feed_type']),
            'status' => (string) $row['status'],
            'submission_id' => (string) $row['submission_id'],
            'attempts' => (int) $row['attempts'],
            'message' => (string) $row['last_error'],
            'date_upd' => (string) $row['date_upd'],
        ], $this->queue->forOrder($orderId));

        return ['items' => $items, 'feeds' => $feeds];
    }
}
