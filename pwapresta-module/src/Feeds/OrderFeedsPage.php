<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The feeds part of the Amazon block on the order page: the tracking form per Amazon item (saved on
 * submit), the list of the order's feeds with Amazon's verdict on each, and the rejected
 * cancellations of the order.
 */
final class OrderFeedsPage
{
    public function __construct(
        private FeedQueue $queue,
        private OrderItems $items,
        private ShipmentFeeds $shipments,
        private TrackingDetails $tracking,
        private ShopOrders $orders,
        private CancellationRejections $rejections,
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
     * Requeues a failed feed of the order from the order page's retry button; $failedAt is the
     * row's date_upd shown with the button. Returns false when nothing was requeued: the feed is
     * not failed any more (already retried), or it failed again after the page was shown.
     */
    public function retry(int $orderId, int $feedId, string $failedAt, int $now): bool
    {
        return $this->queue->requeueFailed($feedId, $orderId, $failedAt, $now);
    }

    /**
     * Returns the feeds part of the order block, or null when the order is not an Amazon order.
     * Once a shipment confirmation is queued, each item shows the details that feed carries, so
     * the page matches what Amazon received. Before that, items show the editable details.
     *
     * @return array{items: list<array<string, mixed>>, feeds: list<array<string, mixed>>,
     *     shipment: array<string, mixed>|null, order_carrier: array{carrier_name: string, tracking_number: string},
     *     cancellation_rejections: list<array{date_add: string, state: string}>}|null
     *     rejection dates in UTC
     */
    public function variables(int $orderId): ?array
    {
        $amazonOrderId = $this->orders->amazonOrderId($orderId);
        if ($amazonOrderId === null) {
            return null;
        }

        $rows = $this->queue->forOrder($orderId);
        $shipment = ShipmentSummary::fromRows($rows);
        $details = $this->shipments->detailsFor($orderId, $amazonOrderId);
        $items = [];
        foreach ($this->items->forAmazonOrder($amazonOrderId) as $item) {
            $code = $item['amazon_order_item_code'];
            $items[] = [
                'code' => $code,
                'sku' => $item['sku'],
                'quantity' => $item['quantity'],
            ] + ($shipment['items'][$code] ?? $shipment['whole_order'] ?? $details[$code]);
        }

        return [
            'items' => $items,
            'feeds' => array_map([FeedRow::class, 'forPage'], $rows),
            'shipment' => $shipment,
            'order_carrier' => $this->orders->carrier($orderId),
            'cancellation_rejections' => array_map(fn (array $rejection): array => [
                'date_add' => $rejection['date_add'],
                'state' => $this->orders->stateName($orderId, $rejection['id_order_state']),
            ], $this->rejections->forOrder($orderId)),
        ];
    }
}
