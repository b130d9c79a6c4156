<?php

declare(strict_types=1);

namespace PwaPresta\Php\Order;

/**
 * The Address array of the Order shape, built from element local names.
 *
 * Twin of `Address` in the Rust module `order`.
 */
final class Address
{
    /** Element local name => Address key; the report's StateOrRegion fills state too. */
    public const FIELDS = [
        'Name' => 'name',
        'AddressFieldOne' => 'address_field_one',
        'AddressFieldTwo' => 'address_field_two',
        'AddressFieldThree' => 'address_field_three',
        'City' => 'city',
        'State' => 'state',
        'StateOrRegion' => 'state',
        'PostalCode' => 'postal_code',
        'CountryCode' => 'country_code',
        'PhoneNumber' => 'phone_number',
    ];

    /** @return array<string, null> every key of the shape, in order, set to null */
    public static function empty(): array
    {
        return [
            'name' => null,
            'address_field_one' => null,
            'address_field_two' => null,
            'address_field_three' => null,
            'city' => null,
            'state' => null,
            'postal_code' => null,
            'country_code' => null,
            'phone_number' => null,
        ];
    }

    /**
     * Builds an address from [local name => text]; unknown names are ignored.
     *
     * @param array<string, string> $fields
     * @return array<string, string|null>
     */
    public static function fromFields(array $fields): array
    {
        $address = self::empty();
        foreach ($fields as $name => $value) {
            $key = self::FIELDS[$name] ?? null;
            if ($key !== null) {
                $address[$key] = $value;
            }
        }

        return $address;
    }
}
