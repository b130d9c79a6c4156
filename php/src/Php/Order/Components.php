<?php

declare(strict_types=1);

namespace PwaPresta\Php\Order;

use PwaPresta\Exception\InvalidAmountException;

/**
 * Component maps ([type => minor units]): canonical order, summing, charges and promotions.
 *
 * Amazon sends promotions as positive amounts (PrincipalPromo, ...) to subtract. Twin of
 * `Components` in the Rust module `order`.
 */
final class Components
{
    /** Component types in their canonical order. */
    public const TYPES = [
        'Principal',
        'Shipping',
        'GiftWrap',
        'Other',
        'Tax',
        'ShippingTax',
        'GiftWrapTax',
        'OtherTax',
        'PrincipalPromo',
        'ShippingPromo',
        'GiftWrapPromo',
        'OtherPromo',
    ];

    public static function isPromotion(string $type): bool
    {
        return str_ends_with($type, 'Promo');
    }

    /**
     * Adds an amount to a type, summing when it is present, and keeps the canonical order.
     *
     * @param array<string, int> $components
     * @return array<string, int>
     * @throws InvalidAmountException when the sum leaves the range of int
     */
    public static function add(array $components, string $type, int $amount): array
    {
        if (array_key_exists($type, $components)) {
            $components[$type] = self::sum($components[$type], $amount, $type . ' component');

            return $components;
        }

        $components[$type] = $amount;
        $rank = array_search($type, self::TYPES, true);
        if ($rank === false || count($components) === 1) {
            return $components;
        }

        // Known types go before the first entry of a later rank or of an unknown type.
        $ordered = [];
        $inserted = false;
        foreach ($components as $name => $value) {
            if ($name === $type) {
                continue;
            }
            $existing = array_search($name, self::TYPES, true);
            if (!$inserted && ($existing === false || $existing > $rank)) {
                $ordered[$type] = $amount;
                $inserted = true;
            }
            $ordered[$name] = $value;
        }
        if (!$inserted) {
            $ordered[$type] = $amount;
        }

        return $ordered;
    }

    /**
     * Sum of the non-promotion components.
     *
     * @param array<string, int> $components
     */
    public static function charges(array $components): int
    {
        $total = 0;
        foreach ($components as $type => $amount) {
            if (!self::isPromotion((string) $type)) {
                $total = self::sum($total, $amount, 'charge');
            }
        }

        return $total;
    }

    /**
     * Sum of the promotion components (positive).
     *
     * @param array<string, int> $components
     */
    public static function promotions(array $components): int
    {
        $total = 0;
        foreach ($components as $type => $amount) {
            if (self::isPromotion((string) $type)) {
                $total = self::sum($total, $amount, 'promotion');
            }
        }

        return $total;
    }

    /**
     * Charges minus promotions.
     *
     * @param array<string, int> $components
     */
    public static function total(array $components): int
    {
        $charges = self::charges($components);
        $promotions = self::promotions($components);
        $total = $charges - $promotions;
        if (!is_int($total)) {
            throw self::overflow('total');
        }

        return $total;
    }

    /** Adds two amounts; int overflow turns into a float in PHP, so it is detected here. */
    private static function sum(int $left, int $right, string $what): int
    {
        $sum = $left + $right;
        if (!is_int($sum)) {
            throw self::overflow($what);
        }

        return $sum;
    }

    private static function overflow(string $what): InvalidAmountException
    {
        return new InvalidAmountException(
            sprintf('the sum of the %s amounts is out of range', $what),
            ['value' => '', 'element' => $what],
        );
    }
}
