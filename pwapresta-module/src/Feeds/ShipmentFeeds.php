<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;

/**
 * Queues the shipment confirmation (_POST_ORDER_FULFILLMENT_DATA_) of an Amazon order when the
 * shop order is shipped: one OrderFulfillment message per distinct carrier, shipping method and
 * tracking number, listing the items shipped that way.
 *
 * Each item uses its tracking details from the order page. An item without details gets the order
 * carrier's name and tracking number (OrderCarrier::tracking_number).
 */
final class ShipmentFeeds
{
    public function __construct(
        private string $merchantIdentifier,
        private FeedQueue $queue,
        private OrderItems $items,
        private ShopOrders $orders,
        private TrackingDetails $tracking,
    ) {
    }

    /**
     * Queues the feed and returns its row id; 0 when the order's shipment is already queued, null
     * when the order is not an Amazon order.
     *
     * @throws \PwaPresta\Exception\PwaPrestaException when the details cannot form a valid feed
     */
    public function queue(int $orderId, int $now): ?int
    {
        $amazonOrderId = $this->orders->amazonOrderId($orderId);
        if ($amazonOrderId === null) {
            return null;
        }

        $fulfillments = $this->fulfillments($orderId, $amazonOrderId, $now);
        $body = Api::orderFulfillmentFeed($this->merchantIdentifier, $fulfillments);

        $id = $this->queue->enqueue(
            'fulfillment:' . $amazonOrderId,
            FeedType::FULFILLMENT,
            $amazonOrderId,
            $orderId,
            $body,
            ['fulfillments' => $fulfillments],
            $now,
        );
        $numbers = array_values(array_unique(array_filter(array_column($fulfillments, 'tracking_number'))));
        if ($id > 0 && count($numbers) === 1) {
            // One tracking number for the whole shipment: an order carrier without one gets it.
            $this->orders->fillTrackingNumber($orderId, (string) $numbers[0]);
        }

        return $id;
    }

    /**
     * Returns each item's details: the saved ones, else the order carrier's.
     *
     * @return array<string, array{carrier_name: string, shipping_method: string, tracking_number: string}>
     */
    public function detailsFor(int $orderId, string $amazonOrderId): array
    {
        $saved = $this->tracking->forOrder($orderId);
        $carrier = $this->orders->carrier($orderId);
        $default = [
            'carrier_name' => $carrier['carrier_name'],
            'shipping_method' => '',
            'tracking_number' => $carrier['tracking_number'],
        ];

        $details = [];
        foreach ($this->items->forAmazonOrder($amazonOrderId) as $item) {
            $details[$item['amazon_order_item_code']] = $saved[$item['amazon_order_item_code']] ?? $default;
        }

        return $details;
    }

    /** @return list<array<string, mixed>> the fulfillments argument of PwaPresta\Api::orderFulfillmentFeed */
    private function fulfillments(int $orderId, string $amazonOrderId, int $now): array
    {
        $quantities = [];
        foreach ($this->items->forAmazonOrder($amazonOrderId) as $item) {
            $quantities[$item['amazon_order_item_code']] = $item['quantity'];
        }

        $groups = [];
        foreach ($this->detailsFor($orderId, $amazonOrderId) as $itemCode => $detail) {
            $key = implode("\n", $detail);
            $groups[$key] ??= ['detail' => $detail, 'items' => []];
            $groups[$key]['items'][] = ['amazon_order_item_code' => (string) $itemCode, 'quantity' => $quantities[$itemCode]];
        }

        if ($groups === []) {
            // NOTE: without recorded items the whole order is confirmed with the order carrier's details.
            $carrier = $this->orders->carrier($orderId);
            $groups[] = ['detail' => $carrier + ['shipping_method' => ''], 'items' => []];
        }

        $fulfillments = [];
        foreach (array_values($groups) as $index => $group) {
            $fulfillments[] = [
                'amazon_order_id' => $amazonOrderId,
                'merchant_fulfillment_id' => $orderId . '-' . ($index + 1),
                'fulfillment_date' => $now,
                'carrier_name' => $group['detail']['carrier_name'],
                'shipping_method' => $group['detail']['shipping_method'],
                'tracking_number' => $group['detail']['tracking_number'],
                'items' => $group['items'],
            ];
        }

        return $fulfillments;
    }
}
