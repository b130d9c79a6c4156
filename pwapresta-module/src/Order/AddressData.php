<?php

declare(strict_types=1);

namespace PwaPresta\Module\Order;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The delivery address of an Amazon order in PrestaShop's Address fields.
 *
 * The shipping address is used, or the billing address when Amazon sent none. Name goes through
 * BuyerName, with the buyer's name when the address has none. AddressFieldTwo and AddressFieldThree
 * are joined into address2. Characters PrestaShop's validators reject in a field become spaces, and
 * each value is cut to its column size (address 128, city 64, phone 32). Quotes and non-Latin letters
 * are kept as they are.
 */
final class AddressData
{
    /**
     * @param array<string, mixed> $order
     * @return array{firstname: string, lastname: string, address1: string, address2: string, city: string,
     *               postcode: string, country_iso: string, state: string, phone: string}
     *
     * @throws ImportException when the address lacks a street, a city or a known country
     */
    public static function fromOrder(array $order): array
    {
        $address = $order['shipping_address'] ?? $order['billing_address'] ?? null;
        if (!is_array($address)) {
            throw new ImportException(sprintf('Amazon order %s has no shipping address.', $order['amazon_order_id']));
        }

        $name = trim((string) ($address['name'] ?? ''));
        [$firstname, $lastname] = BuyerName::split($name !== '' ? $name : (string) $order['buyer']['name']);
        $street = self::clean((string) ($address['address_field_one'] ?? ''), '/[!<>?=+@{}_$%]/u', 128);
        $city = self::clean((string) ($address['city'] ?? ''), '/[!<>;?=+@#"°{}_$%]/u', 64);
        if ($street === '' || $city === '') {
            throw new ImportException(sprintf('Amazon order %s: the shipping address has no street or no city.', $order['amazon_order_id']));
        }

        $more = array_filter([(string) ($address['address_field_two'] ?? ''), (string) ($address['address_field_three'] ?? '')], fn (string $part) => trim($part) !== '');

        return [
            'firstname' => $firstname,
            'lastname' => $lastname,
            'address1' => $street,
            'address2' => self::clean(implode(', ', $more), '/[!<>?=+@{}_$%]/u', 128),
            'city' => $city,
            'postcode' => self::clean((string) ($address['postal_code'] ?? ''), '/[^a-zA-Z0-9 -]/', 12),
            'country_iso' => CountryCodes::toAlpha2($address['country_code'] ?? null),
            'state' => trim((string) ($address['state'] ?? '')),
            'phone' => self::clean((string) ($address['phone_number'] ?? ''), '#[^+0-9. ()/-]#', 32),
        ];
    }

    private static function clean(string $value, string $rejected, int $maxLength): string
    {
        $value = (string) preg_replace($rejected, ' ', $value);
        $value = trim((string) preg_replace('/\s+/u', ' ', $value));

        return mb_substr($value, 0, $maxLength);
    }
}
