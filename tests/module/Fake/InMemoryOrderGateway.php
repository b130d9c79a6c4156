<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Fake;

use PwaPresta\Module\Order\OrderAmounts;
use PwaPresta\Module\Order\OrderGateway;
use PwaPresta\Module\Order\PostcodeFormatter;

/**
 * A shop in arrays: products 1 (combination 1), 3 (combination 13), 6 and 8 as in the lifecycle
 * samples, India with PrestaShop's zip format "NNN NNN", customers, addresses, carts and orders.
 */
final class InMemoryOrderGateway implements OrderGateway
{
    /** @var array<int, list<int>> product id => its combination ids */
    public array $products = [1 => [1], 3 => [13], 6 => [], 8 => []];

    /** @var array<string, string> country iso => zip format */
    public array $countries = ['IN' => 'NNN NNN', 'US' => 'NNNNN'];

    /** @var array<int, array<string, mixed>> */
    public array $customers = [];

    /** @var array<int, array<string, mixed>> */
    public array $addresses = [];

    /** @var array<int, array<string, mixed>> */
    public array $carts = [];

    /** @var array<int, array<string, mixed>> order id => [id_cart, state, amounts, history] */
    public array $orders = [];

    /** @var list<array{0: int, 1: int}> (order id, state id) of every state change */
    public array $stateChanges = [];

    /** @var array<int, string> state id => key its flags describe */
    public array $stateFlags = [];

    /** Throws from validateOrder once, to play a request that died half way. */
    public ?\Throwable $failValidateOrder = null;

    public function productExists(int $productId, int $productAttributeId): bool
    {
        return isset($this->products[$productId])
            && ($productAttributeId === 0 || in_array($productAttributeId, $this->products[$productId], true));
    }

    public function productIdByReference(string $reference): int
    {
        return preg_match('/^demo_(\d+)$/', $reference, $match) ? (int) $match[1] : 0;
    }

    public function findOrCreateCustomer(string $email, string $firstname, string $lastname): int
    {
        foreach ($this->customers as $id => $customer) {
            if ($customer['email'] === $email) {
                return $id;
            }
        }
        $id = count($this->customers) + 1;
        $this->customers[$id] = ['email' => $email, 'firstname' => $firstname, 'lastname' => $lastname];

        return $id;
    }

    public function createAddress(int $customerId, array $address): int
    {
        $id = count($this->addresses) + 1;
        $format = $this->countries[$address['country_iso']] ?? '';
        $address['postcode'] = PostcodeFormatter::format($address['postcode'], $format, $address['country_iso']);
        $this->addresses[$id] = ['id_customer' => $customerId] + $address;

        return $id;
    }

    public function createCart(int $customerId, int $addressId, string $currency, array $lines, ?string $giftMessage): int
    {
        $id = 100 + count($this->carts) + 1;
        $this->carts[$id] = compact('customerId', 'addressId', 'currency', 'lines', 'giftMessage');

        return $id;
    }

    public function orderIdForCart(int $cartId): ?int
    {
        foreach ($this->orders as $id => $order) {
            if ($order['id_cart'] === $cartId) {
                return $id;
            }
        }

        return null;
    }

    public function validateOrder(int $cartId, int $orderStateId, OrderAmounts $amounts, string $amazonOrderId): int
    {
        $id = count($this->orders) + 1;
        $this->orders[$id] = ['id_cart' => $cartId, 'state' => $orderStateId, 'amounts' => null, 'transaction_id' => $amazonOrderId];
        if ($this->failValidateOrder !== null) {
            $failure = $this->failValidateOrder;
            $this->failValidateOrder = null;

            throw $failure;
        }

        return $id;
    }

    public function applyAmounts(int $orderId, OrderAmounts $amounts): void
    {
        $this->orders[$orderId]['amounts'] = $amounts;
    }

    public function currentStateId(int $orderId): int
    {
        return $this->orders[$orderId]['state'];
    }

    public function stateKeyFromFlags(int $orderStateId): string
    {
        return $this->stateFlags[$orderStateId] ?? 'awaiting_payment';
    }

    public function changeState(int $orderId, int $orderStateId): void
    {
        $this->orders[$orderId]['state'] = $orderStateId;
        $this->stateChanges[] = [$orderId, $orderStateId];
    }
}
