<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;

/**
 * Queues the cancellation of an unshipped Amazon order: an _POST_ORDER_ACKNOWLEDGEMENT_DATA_ feed
 * with StatusCode Failure and a cancel reason per item (Amazon cancels an unshipped order on it).
 * A refund is never sent this way: see RefundFeeds.
 */
final class CancellationFeeds
{
    /** Cancel reason sent for cancellations made in the back office. */
    public const CANCEL_REASON = 'GeneralAdjustment';

    public function __construct(
        private string $merchantIdentifier,
        private FeedQueue $queue,
        private OrderItems $items,
        private ShopOrders $orders,
    ) {
    }

    /**
     * Queues the feed and returns its row id; 0 when the cancellation is already queued, null when
     * the order is not an Amazon order.
     *
     * @throws \PwaPresta\Exception\PwaPrestaException when the data cannot form a valid feed
     */
    public function queue(int $orderId, int $now): ?int
    {
        $amazonOrderId = $this->orders->amazonOrderId($orderId);
        if ($amazonOrderId === null) {
            return null;
        }

        $acknowledgement = [
            'amazon_order_id' => $amazonOrderId,
            'merchant_order_id' => (string) $orderId,
            'status_code' => 'Failure',
            'items' => array_map(static fn (array $item): array => [
                'amazon_order_item_code' => $item['amazon_order_item_code'],
                'cancel_reason' => self::CANCEL_REASON,
            ], $this->items->forAmazonOrder($amazonOrderId)),
        ];
        $body = Api::orderAcknowledgementFeed($this->merchantIdentifier, [$acknowledgement]);

        return $this->queue->enqueue(
            'acknowledgement:cancel:' . $amazonOrderId,
            FeedType::ACKNOWLEDGEMENT,
            $amazonOrderId,
            $orderId,
            $body,
            $acknowledgement,
            $now,
        );
    }
}
