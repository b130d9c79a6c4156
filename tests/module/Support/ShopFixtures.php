<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Support;

use Address;
use Cart;
use Configuration;
use Context;
use Customer;
use Db;
use State;
use Tools;

/**
 * Builds shop data with the double's own classes in the test process: a guest customer with an
 * Indian address, and a cart for them.
 */
final class ShopFixtures
{
    /**
     * Forgets the test process' connection and configuration, after the database was reset or
     * restarted, and builds the context again.
     */
    public static function reconnect(): void
    {
        Db::resetInstance();
        Configuration::clearConfigurationCacheForTesting();
        Context::bootstrapDefault();
    }

    public static function customer(string $email = 'anaya.d@example.in'): Customer
    {
        $customer = new Customer();
        $customer->firstname = 'Anaya';
        $customer->lastname = 'Deshpande';
        $customer->email = $email;
        $customer->passwd = Tools::hash(Tools::passwdGen(16));
        $customer->is_guest = 1;
        $customer->add();

        return $customer;
    }

    public static function address(Customer $customer): Address
    {
        $address = new Address();
        $address->id_customer = (int) $customer->id;
        $address->id_country = 110;
        $address->id_state = (int) State::getIdByIso('MH', 110);
        $address->alias = 'Amazon';
        $address->firstname = 'अनया';
        $address->lastname = 'देशपांडे';
        $address->address1 = 'Flat 7, Sai Krupa "B" Wing';
        $address->address2 = "O'Brien Lane, Bandra (W)";
        $address->city = 'Mumbai';
        $address->postcode = '400 050';
        $address->phone = '+91 98200 00000';
        $address->add();

        return $address;
    }

    /**
     * Creates a cart for a new customer with the given lines [id_product, id_product_attribute,
     * quantity], delivered by carrier 2 (40 INR to India).
     *
     * @param list<array{0: int, 1: int, 2: int}> $lines
     */
    public static function cart(array $lines, string $email = 'anaya.d@example.in'): Cart
    {
        $customer = self::customer($email);
        $address = self::address($customer);
        $cart = new Cart();
        $cart->id_customer = (int) $customer->id;
        $cart->id_address_delivery = (int) $address->id;
        $cart->id_address_invoice = (int) $address->id;
        $cart->id_currency = 1;
        $cart->id_lang = 1;
        $cart->id_carrier = 2;
        $cart->secure_key = $customer->secure_key;
        $cart->add();
        foreach ($lines as [$product, $attribute, $quantity]) {
            $cart->updateQty($quantity, $product, $attribute);
        }

        return $cart;
    }
}
