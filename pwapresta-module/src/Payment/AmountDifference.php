<?php

declare(strict_types=1);

namespace PwaPresta\Module\Payment;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Order\MinorUnits;

/**
 * The gap between the total PrestaShop computes for a cart and the total Amazon charged, in minor
 * units. Rounding (PS_ROUND_TYPE, PS_PRICE_ROUND_MODE), a promotion Amazon applied or shipping set
 * in Seller Central all produce one; the order always keeps Amazon's amounts.
 */
final class AmountDifference
{
    private function __construct(
        public readonly int $cartTotal,
        public readonly int $charged,
        public readonly string $currency,
    ) {
    }

    public static function of(int $cartTotal, int $charged, string $currency): self
    {
        return new self($cartTotal, $charged, $currency);
    }

    /** Amazon's total minus the cart total: positive when Amazon charged more. */
    public function amount(): int
    {
        return $this->charged - $this->cartTotal;
    }

    public function message(string $amazonOrderId): string
    {
        return sprintf(
            'Amazon charged %s for order %s, the PrestaShop cart total was %s (difference %s). '
            . 'The order keeps Amazon\'s amounts.',
            self::format($this->charged, $this->currency),
            $amazonOrderId,
            self::format($this->cartTotal, $this->currency),
            self::format($this->amount(), $this->currency, true),
        );
    }

    /** Formats minor units as "INR 1263.49" (with a sign when $signed). */
    public static function format(int $minor, string $currency, bool $signed = false): string
    {
        $digits = MinorUnits::digits($currency);
        $text = number_format(abs(MinorUnits::toDecimal($minor, $currency)), $digits, '.', '');
        $sign = $minor < 0 ? '-' : ($signed ? '+' : '');

        return sprintf('%s %s%s', $currency, $sign, $text);
    }
}
