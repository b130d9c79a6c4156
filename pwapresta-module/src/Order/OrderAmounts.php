<?php

declare(strict_types=1);

namespace PwaPresta\Module\Order;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Amounts Amazon charged for an order, in minor units, split the way PrestaShop stores order totals.
 *
 * Amazon's components are line totals and India prices include tax, so the "tax included" amounts
 * are Amazon's; products = Principal + Tax + Other + OtherTax of the product items; shipping =
 * Shipping + ShippingTax; wrapping = the wrapping_fee pseudo item plus GiftWrap + GiftWrapTax;
 * discounts = the *Promo components; total = Amazon's order total.
 */
final class OrderAmounts
{
    /**
     * @param list<array{product_id: int, product_attribute_id: int, quantity: int, total: int}> $lines
     */
    public function __construct(
        public readonly string $currency,
        public readonly array $lines,
        public readonly int $products,
        public readonly int $shipping,
        public readonly int $wrapping,
        public readonly int $discounts,
        public readonly int $total,
    ) {
    }

    /** Checks whether the parts add up to the total (they do for every document Amazon's schema allows). */
    public function isConsistent(): bool
    {
        return $this->products + $this->shipping + $this->wrapping - $this->discounts === $this->total;
    }
}
