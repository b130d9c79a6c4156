<?php

declare(strict_types=1);

namespace PwaPresta\Module\Order;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Config\Settings;
use PwaPresta\Module\Payment\PaymentRecorder;
use PwaPresta\Module\Support\Logger;
use PwaPresta\Module\Support\UnavailableException;

/**
 * Turns an Amazon order (the Order shape of PwaPresta\Api, from IOPN or from an MWS report) into a
 * PrestaShop order: customer, address, cart with Amazon's items, validateOrder in the awaiting state,
 * then the order's amounts set to what Amazon charged. Finds the order instead when it exists.
 *
 * Callers hold the order's lock (OrderLock). A first attempt that died half way is finished by the
 * next one. The link row records the cart before validateOrder runs, so a retry finds the order that
 * cart produced. When that cart has no order, the retry builds a new cart.
 */
final class OrderImporter
{
    public function __construct(
        private Settings $settings,
        private OrderGateway $orders,
        private AmazonOrderLinks $links,
        private Logger $logger,
        private ?PaymentRecorder $payments = null,
    ) {
    }

    /**
     * Returns the id of the PrestaShop order of this Amazon order, creating it when needed.
     *
     * @param array<string, mixed> $order
     *
     * @throws ImportException when the data cannot become an order
     * @throws UnavailableException when the awaiting state is not configured
     */
    public function ensureOrder(array $order): int
    {
        $amazonOrderId = (string) $order['amazon_order_id'];
        $existing = $this->existingOrderId($amazonOrderId, $order);
        if ($existing !== null) {
            return $existing;
        }

        $stateId = $this->settings->orderStateId('awaiting_payment');
        if ($stateId <= 0) {
            throw new UnavailableException('The "Awaiting PWA payment" order state is not configured: reinstall the module.');
        }

        $amounts = OrderPlan::amounts($order, $this->orders);
        if (!$amounts->isConsistent()) {
            $this->logger->warning(sprintf('Amazon order %s: its components do not add up to its total %d.', $amazonOrderId, $amounts->total));
        }

        $customerId = $this->customer($order);
        $addressId = $this->orders->createAddress($customerId, AddressData::fromOrder($order));
        $cartId = $this->orders->createCart($customerId, $addressId, $amounts->currency, $amounts->lines, OrderPlan::giftMessage($order));
        $this->links->saveCart($amazonOrderId, OrderPlan::originCartId($order), $cartId, $amounts->total, $amounts->currency);

        $orderId = $this->orders->validateOrder($cartId, $stateId, $amounts, $amazonOrderId);
        // Before applyAmounts, the order's total is still the one PrestaShop computed for the cart.
        $this->payments?->recordCartTotal($amazonOrderId, $orderId, $amounts);
        $this->orders->applyAmounts($orderId, $amounts);
        $this->links->attachOrder($amazonOrderId, $orderId);
        $this->logger->info(sprintf('Amazon order %s created as order %d (cart %d).', $amazonOrderId, $orderId, $cartId), $orderId);

        return $orderId;
    }

    /** Returns the id of the order already created for an Amazon order, or null. */
    public function findOrderId(string $amazonOrderId): ?int
    {
        $link = $this->links->find($amazonOrderId);

        return $link !== null && (int) $link['id_order'] > 0 ? (int) $link['id_order'] : null;
    }

    /** @param array<string, mixed> $order */
    private function existingOrderId(string $amazonOrderId, array $order): ?int
    {
        $link = $this->links->find($amazonOrderId);
        if ($link === null) {
            return null;
        }

        if ($link['id_order'] !== null && (int) $link['id_order'] > 0) {
            return (int) $link['id_order'];
        }

        $orderId = $link['id_cart'] !== null ? $this->orders->orderIdForCart((int) $link['id_cart']) : null;
        if ($orderId === null) {
            $this->logger->warning(sprintf('Amazon order %s: cart %s of an earlier attempt has no order, building a new cart.', $amazonOrderId, (string) $link['id_cart']));

            return null;
        }

        $this->orders->applyAmounts($orderId, OrderPlan::amounts($order, $this->orders));
        $this->links->attachOrder($amazonOrderId, $orderId);
        $this->logger->info(sprintf('Amazon order %s: finished order %d left by an earlier attempt.', $amazonOrderId, $orderId), $orderId);

        return $orderId;
    }

    /** @param array<string, mixed> $order */
    private function customer(array $order): int
    {
        $email = trim((string) $order['buyer']['email']);
        if (filter_var($email, FILTER_VALIDATE_EMAIL) === false) {
            throw new ImportException(sprintf('BuyerEmailAddress "%s" is not a valid e-mail address.', $email));
        }

        [$firstname, $lastname] = BuyerName::split((string) $order['buyer']['name']);

        return $this->orders->findOrCreateCustomer($email, $firstname, $lastname);
    }
}
