<?php

declare(strict_types=1);

namespace PwaPresta\Module\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Order\ImportException;
use PwaPresta\Module\Order\MinorUnits;
use PwaPresta\Module\Order\OrderAmounts;
use PwaPresta\Module\Order\OrderGateway;
use PwaPresta\Module\Order\PostcodeFormatter;
use PwaPresta\Module\Support\UnavailableException;

/**
 * Customers, addresses, carts and orders through PrestaShop's own classes, so hooks, mails, stock
 * and history behave as for any other payment module.
 *
 * Amounts: validateOrder creates the order from the cart with PrestaShop's prices, then applyAmounts
 * overwrites the order totals and order_detail lines with Amazon's charges in one transaction
 * (see OrderTotalsWriter). The awaiting state is not logable, so validateOrder never switches to
 * PS_OS_ERROR on a difference between the cart and Amazon.
 */
final class PrestaShopOrderGateway implements OrderGateway
{
    public function __construct(private \PaymentModule $module, private Database $database)
    {
    }

    public function productExists(int $productId, int $productAttributeId): bool
    {
        $product = new \Product($productId);
        if (!\Validate::isLoadedObject($product)) {
            return false;
        }
        if ($productAttributeId === 0) {
            return true;
        }

        $combination = new \Combination($productAttributeId);

        return \Validate::isLoadedObject($combination) && (int) $combination->id_product === $productId;
    }

    public function productIdByReference(string $reference): int
    {
        return $reference === '' ? 0 : (int) \Product::getIdByReference($reference);
    }

    public function findOrCreateCustomer(string $email, string $firstname, string $lastname): int
    {
        $found = (new \Customer())->getByEmail($email, null, false);
        if ($found instanceof \Customer && \Validate::isLoadedObject($found)) {
            return (int) $found->id;
        }

        $context = \Context::getContext();
        $guest = (bool) \Configuration::get('PS_GUEST_CHECKOUT_ENABLED');
        $customer = new \Customer();
        $customer->firstname = $firstname;
        $customer->lastname = $lastname;
        $customer->email = $email;
        $customer->is_guest = $guest;
        $customer->passwd = password_hash(\Tools::passwdGen(32), PASSWORD_BCRYPT);
        $customer->id_default_group = (int) \Configuration::get($guest ? 'PS_GUEST_GROUP' : 'PS_CUSTOMER_GROUP');
        $customer->id_lang = (int) $context->language->id;
        $customer->id_shop = (int) $context->shop->id;
        $customer->active = true;
        if (!$customer->add()) {
            throw new UnavailableException(sprintf('Customer %s could not be created.', $email));
        }

        return (int) $customer->id;
    }

    public function createAddress(int $customerId, array $address): int
    {
        $countryId = (int) \Country::getByIso($address['country_iso']);
        if ($countryId <= 0) {
            throw new ImportException(sprintf(
                'Country %s is not in this shop: add it in International > Locations, then retry.',
                $address['country_iso'],
            ));
        }

        $country = new \Country($countryId);
        $record = new \Address();
        $record->id_customer = $customerId;
        $record->id_country = $countryId;
        $record->id_state = $this->stateId($address['state'], $countryId);
        $record->alias = 'Amazon';
        $record->firstname = $address['firstname'];
        $record->lastname = $address['lastname'];
        $record->address1 = $address['address1'];
        $record->address2 = $address['address2'];
        $record->city = $address['city'];
        // NOTE: a postcode that does not fit the country's format is stored as Amazon sent it.
        $record->postcode = PostcodeFormatter::format($address['postcode'], (string) $country->zip_code_format, (string) $country->iso_code);
        $record->phone = $address['phone'];
        if (!$record->add()) {
            throw new UnavailableException(sprintf('Address of customer %d could not be created.', $customerId));
        }

        return (int) $record->id;
    }

    public function createCart(int $customerId, int $addressId, string $currency, array $lines, ?string $giftMessage): int
    {
        $currencyId = (int) \Currency::getIdByIsoCode($currency);
        if ($currencyId <= 0) {
            throw new ImportException(sprintf('Currency %s is not installed in this shop: add it, then retry.', $currency));
        }

        $context = \Context::getContext();
        $customer = new \Customer($customerId);
        $cart = new \Cart();
        $cart->id_customer = $customerId;
        $cart->id_address_delivery = $addressId;
        $cart->id_address_invoice = $addressId;
        $cart->id_currency = $currencyId;
        $cart->id_lang = (int) $context->language->id;
        $cart->id_shop = (int) $context->shop->id;
        $cart->id_carrier = (int) \Configuration::get('PS_CARRIER_DEFAULT');
        $cart->secure_key = (string) $customer->secure_key;
        $cart->gift = $giftMessage !== null;
        $cart->gift_message = trim((string) preg_replace('/[<>{}]/u', ' ', (string) $giftMessage));
        if (!$cart->add()) {
            throw new UnavailableException(sprintf('Cart of customer %d could not be created.', $customerId));
        }

        $this->useContext($cart, $customer);
        foreach ($lines as $line) {
            $added = $cart->updateQty(
                $line['quantity'],
                $line['product_id'],
                $line['product_attribute_id'] > 0 ? $line['product_attribute_id'] : null,
                false,
                'up',
                $addressId,
                null,
                false,
                true,
            );
            // PrestaShop returns false (inactive, out of stock) or -1 (below the minimal quantity).
            if ($added === false || (is_int($added) && $added < 0)) {
                throw new ImportException(sprintf(
                    'Product %d (combination %d) could not be added to cart %d: check that it is active.',
                    $line['product_id'],
                    $line['product_attribute_id'],
                    (int) $cart->id,
                ));
            }
        }

        return (int) $cart->id;
    }

    public function orderIdForCart(int $cartId): ?int
    {
        $orderId = (int) \Order::getIdByCartId($cartId);

        return $orderId > 0 ? $orderId : null;
    }

    public function validateOrder(int $cartId, int $orderStateId, OrderAmounts $amounts, string $amazonOrderId): int
    {
        $cart = new \Cart($cartId);
        $customer = new \Customer((int) $cart->id_customer);
        $this->useContext($cart, $customer);

        $this->module->validateOrder(
            $cartId,
            $orderStateId,
            MinorUnits::toDecimal($amounts->total, $amounts->currency),
            $this->module->displayName,
            null,
            ['transaction_id' => $amazonOrderId],
            (int) $cart->id_currency,
            false,
            $customer->secure_key,
        );

        $orderId = (int) $this->module->currentOrder;
        if ($orderId <= 0) {
            throw new UnavailableException(sprintf('validateOrder created no order for cart %d.', $cartId));
        }

        return $orderId;
    }

    public function applyAmounts(int $orderId, OrderAmounts $amounts): void
    {
        (new OrderTotalsWriter($this->database))->write($orderId, $amounts);
    }

    public function currentStateId(int $orderId): int
    {
        return (int) (new \Order($orderId))->getCurrentState();
    }

    public function stateKeyFromFlags(int $orderStateId): string
    {
        $state = new \OrderState($orderStateId);

        return match (true) {
            (bool) $state->shipped => 'shipped',
            (bool) $state->paid => 'payment_accepted',
            default => 'awaiting_payment',
        };
    }

    public function changeState(int $orderId, int $orderStateId): void
    {
        $history = new \OrderHistory();
        $history->id_order = $orderId;
        $history->id_employee = 0;
        // use_existing_payment: an invoice made by this change counts the payments already recorded
        // (Amazon's), so PrestaShop does not add the unpaid rest as a second payment.
        $history->changeIdOrderState($orderStateId, $orderId, true);
        if (!$history->addWithemail(true, [])) {
            throw new UnavailableException(sprintf('Order %d could not be moved to state %d.', $orderId, $orderStateId));
        }
    }

    /** Builds the context a notification request lacks: no session, cookie or customer of its own. */
    private function useContext(\Cart $cart, \Customer $customer): void
    {
        $context = \Context::getContext();
        $context->cart = $cart;
        $context->customer = $customer;
        $context->currency = new \Currency((int) $cart->id_currency);
        $address = new \Address((int) $cart->id_address_delivery);
        if (\Validate::isLoadedObject($address)) {
            $context->country = new \Country((int) $address->id_country);
        }
    }

    private function stateId(string $state, int $countryId): int
    {
        if ($state === '') {
            return 0;
        }

        $id = (int) \State::getIdByIso($state, $countryId);

        return $id > 0 ? $id : (int) \State::getIdByName($state);
    }
}
