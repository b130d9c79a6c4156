<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Turns the lines of a PrestaShop order slip into Amazon adjusted items.
 *
 * A slip line names an order line (product and combination), and several Amazon items of the same
 * product share one order line. Its quantity goes to them in Amazon's order, up to each item's
 * quantity. Its amount is split in proportion to the quantities, and the last item takes the
 * remainder so the parts add up to the slip's amount to the paisa.
 */
final class RefundAllocator
{
    /**
     * @param array{shipping: string, lines: list<array{id_order_detail: int, quantity: int, amount: string}>} $slip
     * @param array<int, array{product_id: int, product_attribute_id: int}> $orderLines by id_order_detail
     * @param list<array<string, mixed>> $items Amazon items (see OrderItems::forAmazonOrder)
     * @return list<array<string, mixed>> adjusted items for PwaPresta\Api::paymentAdjustmentFeed
     *
     * @throws \InvalidArgumentException when a slip line names no Amazon item
     */
    public function allocate(array $slip, array $orderLines, array $items, string $reason): array
    {
        $currency = (string) ($items[0]['currency'] ?? 'INR');
        $principal = [];
        foreach ($slip['lines'] as $line) {
            $amount = DecimalAmount::toMinor($line['amount'], $currency);
            foreach ($this->split($line, $amount, $orderLines, $items) as $code => $share) {
                $principal[$code] = ($principal[$code] ?? 0) + $share;
            }
        }

        $shipping = DecimalAmount::toMinor($slip['shipping'], $currency);
        if ($shipping !== 0 && $principal === [] && $items !== []) {
            $principal[$items[0]['amazon_order_item_code']] = 0;
        }

        $adjusted = [];
        foreach ($principal as $code => $amount) {
            $components = ['Principal' => $amount];
            if ($shipping !== 0 && $adjusted === []) {
                $components['Shipping'] = $shipping;
            }
            $adjusted[] = ['amazon_order_item_code' => (string) $code, 'reason' => $reason, 'components' => $components];
        }

        return $adjusted;
    }

    /**
     * @param array{id_order_detail: int, quantity: int, amount: string} $line
     * @param array<int, array{product_id: int, product_attribute_id: int}> $orderLines
     * @param list<array<string, mixed>> $items
     * @return array<string, int> amount by AmazonOrderItemCode
     */
    private function split(array $line, int $amount, array $orderLines, array $items): array
    {
        $product = $orderLines[$line['id_order_detail']] ?? null;
        $matching = array_values(array_filter($items, static fn (array $item): bool => $product !== null
            && $item['product_id'] === $product['product_id']
            && $item['product_attribute_id'] === $product['product_attribute_id']));
        if ($matching === []) {
            throw new \InvalidArgumentException(sprintf(
                'Order slip line of order detail %d names no Amazon item: refund it in Seller Central.',
                $line['id_order_detail'],
            ));
        }

        $quantities = [];
        $left = max(1, $line['quantity']);
        foreach ($matching as $index => $item) {
            $last = $index === count($matching) - 1;
            $quantity = $last ? $left : min($left, $item['quantity']);
            if ($quantity > 0) {
                $quantities[$item['amazon_order_item_code']] = $quantity;
                $left -= $quantity;
            }
        }

        $total = array_sum($quantities);
        $shares = [];
        $given = 0;
        $codes = array_keys($quantities);
        foreach ($codes as $index => $code) {
            $share = $index === count($codes) - 1 ? $amount - $given : intdiv($amount * $quantities[$code], $total);
            $shares[(string) $code] = $share;
            $given += $share;
        }

        return $shares;
    }
}
