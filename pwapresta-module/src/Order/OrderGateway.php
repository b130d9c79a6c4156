<?php

declare(strict_types=1);

namespace PwaPresta\Module\Order;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The shop side of an Amazon order: customers, addresses, carts, orders and their states.
 * The only implementation that names PrestaShop classes is Adapter\PrestaShopOrderGateway.
 *
 * Database failures surface as PwaPresta\Module\Support\UnavailableException or as the shop's own
 * exceptions; data the shop rejects surfaces as ImportException.
 */
interface OrderGateway
{
    public function productExists(int $productId, int $productAttributeId): bool;

    /** Returns the id of the product whose reference is $reference, or 0 when none is. */
    public function productIdByReference(string $reference): int;

    /** Returns the id of the customer with this e-mail, creating a guest customer when none exists. */
    public function findOrCreateCustomer(string $email, string $firstname, string $lastname): int;

    /**
     * Creates a delivery address and returns its id.
     *
     * @param array{firstname: string, lastname: string, address1: string, address2: string, city: string,
     *              postcode: string, country_iso: string, state: string, phone: string} $address
     *        country_iso is ISO 3166-1 alpha-2; postcode as Amazon sent it (the gateway formats it)
     */
    public function createAddress(int $customerId, array $address): int;

    /**
     * Creates a cart holding Amazon's items and returns its id.
     *
     * @param list<array{product_id: int, product_attribute_id: int, quantity: int}> $lines
     */
    public function createCart(int $customerId, int $addressId, string $currency, array $lines, ?string $giftMessage): int;

    public function orderIdForCart(int $cartId): ?int;

    /** Creates the order of a cart in state $orderStateId and returns the order id. */
    public function validateOrder(int $cartId, int $orderStateId, OrderAmounts $amounts, string $amazonOrderId): int;

    /** Sets the order's totals and lines to the amounts Amazon charged. */
    public function applyAmounts(int $orderId, OrderAmounts $amounts): void;

    public function currentStateId(int $orderId): int;

    /**
     * Returns the order-state key that best describes a state the module has no mapping for, from its flags:
     * shipped, payment_accepted (paid) or awaiting_payment.
     */
    public function stateKeyFromFlags(int $orderStateId): string;

    /** Moves the order to the state, with the shop's history, mails and stock rules. */
    public function changeState(int $orderId, int $orderStateId): void;
}
