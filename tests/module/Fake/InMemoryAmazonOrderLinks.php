<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Fake;

use PwaPresta\Module\Order\AmazonOrderLinks;

/** Amazon order links in an array. */
final class InMemoryAmazonOrderLinks implements AmazonOrderLinks
{
    /** @var array<string, array<string, mixed>> */
    public array $links = [];

    public function find(string $amazonOrderId): ?array
    {
        return $this->links[$amazonOrderId] ?? null;
    }

    public function findByOrderId(int $orderId): ?array
    {
        foreach ($this->links as $link) {
            if ($link['id_order'] === $orderId) {
                return $link;
            }
        }

        return null;
    }

    public function findByOriginCart(int $cartId): ?array
    {
        foreach (array_reverse($this->links) as $link) {
            if ($link['id_cart_origin'] === $cartId) {
                return $link;
            }
        }

        return null;
    }

    public function saveCart(string $amazonOrderId, ?int $originCartId, int $cartId, int $totalMinor, string $currency): void
    {
        $this->links[$amazonOrderId] = [
            'amazon_order_id' => $amazonOrderId,
            'id_cart_origin' => $originCartId,
            'id_cart' => $cartId,
            'id_order' => $this->links[$amazonOrderId]['id_order'] ?? null,
            'total_minor' => $totalMinor,
            'currency' => $currency,
        ];
    }

    public function attachOrder(string $amazonOrderId, int $orderId): void
    {
        $this->links[$amazonOrderId]['id_order'] = $orderId;
    }
}
