<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;

/**
 * Queues refunds as _POST_PAYMENT_ADJUSTMENT_DATA_ feeds, amounts in exact minor units.
 *
 * A PrestaShop order slip becomes an adjustment of exactly its lines: each line's refunded amount
 * (tax included, as India prices include tax) is the item's Principal, and the slip's shipping
 * refund is a Shipping component of its first item. The refunded order state becomes an adjustment
 * of everything not refunded yet: every charged component of every item, with the promotions the
 * buyer received clawed back as negative promotion components, less what earlier adjustments
 * returned.
 */
final class RefundFeeds
{
    /** Components charged to the buyer, returned by a full refund. */
    private const CHARGES = ['Principal', 'Shipping', 'GiftWrap', 'Other', 'Tax', 'ShippingTax', 'GiftWrapTax', 'OtherTax'];

    /** Promotion components and the component each one is clawed back as. */
    private const PROMOTIONS = ['PrincipalPromo' => 'Principal', 'ShippingPromo' => 'Shipping'];

    public function __construct(
        private string $merchantIdentifier,
        private FeedQueue $queue,
        private OrderItems $items,
        private ShopOrders $orders,
        private RefundAllocator $allocator,
    ) {
    }

    /**
     * Queues the adjustment of one order slip; returns its row id, 0 when that slip is already
     * queued, null when the order is not an Amazon order or the slip refunds nothing.
     *
     * @throws \PwaPresta\Exception\PwaPrestaException when the slip cannot form a valid feed
     * @throws \InvalidArgumentException when the slip is not found or names no Amazon item
     */
    public function queueOrderSlip(int $orderId, int $orderSlipId, int $now): ?int
    {
        $amazonOrderId = $this->orders->amazonOrderId($orderId);
        if ($amazonOrderId === null) {
            return null;
        }

        $slip = $this->orders->orderSlip($orderId, $orderSlipId);
        if ($slip === null) {
            throw new \InvalidArgumentException(sprintf('Order slip %d of order %d not found.', $orderSlipId, $orderId));
        }

        $items = $this->items->forAmazonOrder($amazonOrderId);
        $adjusted = $this->allocator->allocate($slip, $this->orders->lines($orderId), $items, $this->reason($orderId));
        if ($adjusted === []) {
            return null;
        }
        foreach ($adjusted as $index => $item) {
            $adjusted[$index]['merchant_adjustment_item_id'] = sprintf('slip-%d-%d', $orderSlipId, $index + 1);
        }

        return $this->enqueue('adjustment:slip:' . $orderSlipId, $orderId, $amazonOrderId, $items, $adjusted, $now);
    }

    /**
     * Queues the adjustment of everything not refunded yet; returns its row id, 0 when the full
     * refund is already queued, null when the order is not an Amazon order or nothing is left.
     *
     * @throws \PwaPresta\Exception\PwaPrestaException when the amounts cannot form a valid feed
     */
    public function queueFull(int $orderId, int $now): ?int
    {
        $amazonOrderId = $this->orders->amazonOrderId($orderId);
        if ($amazonOrderId === null) {
            return null;
        }

        $items = $this->items->forAmazonOrder($amazonOrderId);
        $refunded = $this->refundedSoFar($amazonOrderId);
        $reason = $this->reason($orderId);
        $adjusted = [];
        foreach ($items as $item) {
            $code = $item['amazon_order_item_code'];
            $components = [];
            foreach (self::CHARGES as $type) {
                $left = ($item['components'][$type] ?? 0) - ($refunded[$code]['components'][$type] ?? 0);
                if ($left !== 0) {
                    $components[$type] = $left;
                }
            }
            $promotion = [];
            foreach (self::PROMOTIONS as $promo => $type) {
                $left = -($item['components'][$promo] ?? 0) - ($refunded[$code]['promotions'][$type] ?? 0);
                if ($left !== 0) {
                    $promotion[$type] = $left;
                }
            }
            if ($components === [] && $promotion === []) {
                continue;
            }

            $adjusted[] = [
                'amazon_order_item_code' => $code,
                'merchant_adjustment_item_id' => sprintf('full-%d-%d', $orderId, count($adjusted) + 1),
                'reason' => $reason,
                'components' => $components === [] ? ['Principal' => 0] : $components,
            ] + ($promotion === [] ? [] : ['promotions' => [['components' => $promotion]]]);
        }

        if ($adjusted === []) {
            return null;
        }

        return $this->enqueue('adjustment:full:' . $amazonOrderId, $orderId, $amazonOrderId, $items, $adjusted, $now);
    }

    /**
     * @param list<array<string, mixed>> $items
     * @param list<array<string, mixed>> $adjusted
     */
    private function enqueue(string $sourceKey, int $orderId, string $amazonOrderId, array $items, array $adjusted, int $now): int
    {
        $adjustment = [
            'amazon_order_id' => $amazonOrderId,
            'currency' => (string) ($items[0]['currency'] ?? 'INR'),
            'items' => $adjusted,
        ];
        $body = Api::paymentAdjustmentFeed($this->merchantIdentifier, [$adjustment]);

        return $this->queue->enqueue($sourceKey, FeedType::ADJUSTMENT, $amazonOrderId, $orderId, $body, $adjustment, $now);
    }

    /**
     * Sums what earlier adjustment feeds returned, per item: charged components and promotion
     * components (negative for a claw-back).
     *
     * @return array<string, array{components: array<string, int>, promotions: array<string, int>}>
     */
    private function refundedSoFar(string $amazonOrderId): array
    {
        $sums = [];
        foreach ($this->queue->payloads($amazonOrderId, FeedType::ADJUSTMENT) as $adjustment) {
            foreach ($adjustment['items'] ?? [] as $item) {
                $code = (string) $item['amazon_order_item_code'];
                $sums[$code] ??= ['components' => [], 'promotions' => []];
                foreach ($item['components'] ?? [] as $type => $amount) {
                    $sums[$code]['components'][$type] = ($sums[$code]['components'][$type] ?? 0) + (int) $amount;
                }
                foreach ($item['promotions'] ?? [] as $promotion) {
                    foreach ($promotion['components'] ?? [] as $type => $amount) {
                        $sums[$code]['promotions'][$type] = ($sums[$code]['promotions'][$type] ?? 0) + (int) $amount;
                    }
                }
            }
        }

        return $sums;
    }

    /** CustomerReturn once the order was shipped, GeneralAdjustment before. */
    private function reason(int $orderId): string
    {
        return $this->orders->wasShipped($orderId) ? 'CustomerReturn' : 'GeneralAdjustment';
    }
}
