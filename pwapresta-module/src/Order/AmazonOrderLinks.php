<?php

declare(strict_types=1);

namespace PwaPresta\Module\Order;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Links between Amazon orders and the shop's carts and orders (table pwapresta_order).
 *
 * Row arrays have the keys amazon_order_id, id_cart_origin (the shop cart the button sent, or null),
 * id_cart (the cart built from Amazon's items), id_order (null until the order exists),
 * total_minor, currency, date_add, date_upd.
 */
interface AmazonOrderLinks
{
    /** @return array<string, mixed>|null */
    public function find(string $amazonOrderId): ?array;

    /** @return array<string, mixed>|null */
    public function findByOrderId(int $orderId): ?array;

    /** @return array<string, mixed>|null the newest link whose origin cart is $cartId */
    public function findByOriginCart(int $cartId): ?array;

    /** Records (or replaces) the cart built for an Amazon order. */
    public function saveCart(string $amazonOrderId, ?int $originCartId, int $cartId, int $totalMinor, string $currency): void;

    public function attachOrder(string $amazonOrderId, int $orderId): void;
}
