<?php

declare(strict_types=1);

namespace PwaPresta\Module\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Order\MinorUnits;
use PwaPresta\Module\Order\OrderAmounts;
use PwaPresta\Module\Support\UnavailableException;

/**
 * Writes Amazon's charges into an order created by validateOrder, in one transaction. The
 * tax-included totals and line totals become Amazon's. Tax-excluded values keep PrestaShop's own tax
 * ratio of each line, of shipping and of wrapping, because India prices include tax and Amazon sends
 * Tax as 0.
 *
 * NOTE: discounts go into the order totals only; no cart rule row describes Amazon's promotion.
 */
final class OrderTotalsWriter
{
    private const PRECISION = 6;

    public function __construct(private Database $database)
    {
    }

    public function write(int $orderId, OrderAmounts $amounts): void
    {
        $this->database->execute('START TRANSACTION');
        try {
            $this->writeAll($orderId, $amounts);
            $this->database->execute('COMMIT');
        } catch (\Throwable $exception) {
            try {
                $this->database->execute('ROLLBACK');
            } catch (UnavailableException) {
                // The server dropped the transaction with the connection.
            }

            throw $exception;
        }
    }

    private function writeAll(int $orderId, OrderAmounts $amounts): void
    {
        $order = $this->database->row(sprintf('SELECT * FROM `%s` WHERE id_order = %d', $this->database->table('orders'), $orderId));
        if ($order === null) {
            throw new UnavailableException(sprintf('Order %d not found while setting its amounts.', $orderId));
        }

        $productsExcluded = $this->writeLines($orderId, $amounts);
        $money = fn (int $minor): float => MinorUnits::toDecimal($minor, $amounts->currency);
        $productsRatio = $amounts->products > 0 ? $productsExcluded / $money($amounts->products) : 1.0;
        $shipping = $money($amounts->shipping);
        $shippingExcluded = $shipping * self::ratio($order['total_shipping_tax_excl'], $order['total_shipping_tax_incl']);
        $wrapping = $money($amounts->wrapping);
        $wrappingExcluded = $wrapping * self::ratio($order['total_wrapping_tax_excl'], $order['total_wrapping_tax_incl']);
        $discounts = $money($amounts->discounts);
        $discountsExcluded = $discounts * $productsRatio;

        $this->update('orders', $orderId, [
            'total_products' => $productsExcluded,
            'total_products_wt' => $money($amounts->products),
            'total_shipping' => $shipping,
            'total_shipping_tax_incl' => $shipping,
            'total_shipping_tax_excl' => $shippingExcluded,
            'total_wrapping' => $wrapping,
            'total_wrapping_tax_incl' => $wrapping,
            'total_wrapping_tax_excl' => $wrappingExcluded,
            'total_discounts' => $discounts,
            'total_discounts_tax_incl' => $discounts,
            'total_discounts_tax_excl' => $discountsExcluded,
            'total_paid' => $money($amounts->total),
            'total_paid_tax_incl' => $money($amounts->total),
            'total_paid_tax_excl' => $productsExcluded + $shippingExcluded + $wrappingExcluded - $discountsExcluded,
        ]);
        $this->update('order_carrier', $orderId, [
            'shipping_cost_tax_incl' => $shipping,
            'shipping_cost_tax_excl' => $shippingExcluded,
        ]);
    }

    /** Sets each order_detail line to Amazon's line total and returns the sum of the tax-excluded totals. */
    private function writeLines(int $orderId, OrderAmounts $amounts): float
    {
        $details = $this->database->rows(sprintf(
            'SELECT id_order_detail, product_id, product_attribute_id, total_price_tax_incl, total_price_tax_excl '
            . 'FROM `%s` WHERE id_order = %d',
            $this->database->table('order_detail'),
            $orderId,
        ));

        $excludedSum = 0.0;
        foreach ($amounts->lines as $line) {
            foreach ($details as $detail) {
                if ((int) $detail['product_id'] !== $line['product_id'] || (int) $detail['product_attribute_id'] !== $line['product_attribute_id']) {
                    continue;
                }
                $included = MinorUnits::toDecimal($line['total'], $amounts->currency);
                $excluded = round($included * self::ratio($detail['total_price_tax_excl'], $detail['total_price_tax_incl']), self::PRECISION);
                $excludedSum += $excluded;
                $this->database->execute(sprintf(
                    'UPDATE `%s` SET total_price_tax_incl = %s, total_price_tax_excl = %s, unit_price_tax_incl = %s, '
                    . 'unit_price_tax_excl = %s WHERE id_order_detail = %d',
                    $this->database->table('order_detail'),
                    self::decimal($included),
                    self::decimal($excluded),
                    self::decimal($included / $line['quantity']),
                    self::decimal($excluded / $line['quantity']),
                    (int) $detail['id_order_detail'],
                ));
            }
        }

        return round($excludedSum, self::PRECISION);
    }

    /** @param array<string, float> $values */
    private function update(string $table, int $orderId, array $values): void
    {
        $assignments = [];
        foreach ($values as $column => $value) {
            $assignments[] = sprintf('`%s` = %s', $column, self::decimal($value));
        }

        $this->database->execute(sprintf(
            'UPDATE `%s` SET %s WHERE id_order = %d',
            $this->database->table($table),
            implode(', ', $assignments),
            $orderId,
        ));
    }

    /** Tax-excluded over tax-included, or 1 when PrestaShop's own amount was 0. */
    private static function ratio(mixed $excluded, mixed $included): float
    {
        return (float) $included > 0 ? (float) $excluded / (float) $included : 1.0;
    }

    private static function decimal(float $value): string
    {
        return number_format(round($value, self::PRECISION), self::PRECISION, '.', '');
    }
}
