<?php

declare(strict_types=1);

namespace PwaPresta\Php\Feeds;

use PwaPresta\Exception\InvalidAmountException;
use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\MissingFieldException;
use PwaPresta\Php\Xml\Writer;

/**
 * Checks shared by the feed and cart builders; twin of the Rust module `feeds::input`.
 *
 * Each failure names the value by its key path (fulfillments[0].items[1].quantity) with the same
 * class, message and context as the native engine. Text is a string or an int (written in
 * decimal); null, '' or an absent key mean "not given"; strings must be UTF-8 XML text.
 */
final class Input
{
    public static function child(string $parent, string $key): string
    {
        return $parent === '' ? $key : $parent . '.' . $key;
    }

    public static function index(string $parent, int $index): string
    {
        return $parent . '[' . $index . ']';
    }

    /** Returns a key as written in a path or element name, or "(not UTF-8)" for a key that is not UTF-8. */
    public static function keyText(int|string $key): string
    {
        return is_int($key) || preg_match('//u', $key) === 1 ? (string) $key : '(not UTF-8)';
    }

    /** Returns a value as an error shows it: a string or int as it is, otherwise its type name. */
    public static function shown(mixed $value): string
    {
        return match (true) {
            $value === null => 'null',
            is_bool($value) => 'bool',
            is_int($value) => (string) $value,
            is_float($value) => 'float',
            is_string($value) => Writer::isXmlText($value) ? $value : '(not UTF-8 XML text)',
            is_array($value) => 'array',
            default => 'object',
        };
    }

    public static function missing(string $field): MissingFieldException
    {
        return new MissingFieldException(
            sprintf('missing %s: the value is required and may not be empty', $field),
            ['field' => $field],
        );
    }

    public static function invalid(string $field, string $shown, string $expected): InvalidFieldException
    {
        return new InvalidFieldException(
            sprintf('invalid %s "%s": expected %s', $field, $shown, $expected),
            ['field' => $field, 'value' => $shown],
        );
    }

    /**
     * Checks that $value is an array whose keys are all in $allowed.
     *
     * @param list<string> $allowed
     * @throws InvalidFieldException on a non-array, or on the first key (in array order) not allowed
     */
    public static function checkKeys(string $path, mixed $value, array $allowed): void
    {
        if (!is_array($value)) {
            throw self::invalid($path, self::shown($value), 'an array with string keys');
        }
        foreach ($value as $key => $entry) {
            if (!is_string($key) || !in_array($key, $allowed, true)) {
                throw self::invalid(
                    self::child($path, self::keyText($key)),
                    self::shown($entry),
                    'no such key; the keys are ' . implode(', ', $allowed),
                );
            }
        }
    }

    /** @param array<mixed> $parent */
    public static function optionalText(array $parent, string $path, string $key): ?string
    {
        return self::textValue($parent[$key] ?? null, self::child($path, $key));
    }

    public static function textValue(mixed $value, string $field): ?string
    {
        if ($value === null || $value === '') {
            return null;
        }
        if (is_int($value)) {
            return (string) $value;
        }
        if (!is_string($value)) {
            throw self::invalid($field, self::shown($value), 'a string');
        }
        if (!Writer::isXmlText($value)) {
            throw self::invalid($field, self::shown($value), 'UTF-8 text without control characters');
        }

        return $value;
    }

    /** @param array<mixed> $parent */
    public static function requiredText(array $parent, string $path, string $key): string
    {
        return self::optionalText($parent, $path, $key) ?? throw self::missing(self::child($path, $key));
    }

    /**
     * @param array<mixed> $parent
     * @param list<string> $allowed
     */
    public static function oneOf(array $parent, string $path, string $key, array $allowed): string
    {
        $text = self::requiredText($parent, $path, $key);
        if (!in_array($text, $allowed, true)) {
            throw self::invalid(self::child($path, $key), $text, 'one of ' . implode(', ', $allowed));
        }

        return $text;
    }

    /** @param array<mixed> $parent */
    public static function optionalInteger(array $parent, string $path, string $key, int $minimum): ?int
    {
        $value = $parent[$key] ?? null;
        if ($value === null) {
            return null;
        }
        if (!is_int($value) || $value < $minimum) {
            throw self::invalid(self::child($path, $key), self::shown($value), 'an integer of at least ' . $minimum);
        }

        return $value;
    }

    /** Reads an amount in minor units: an int, never a float or a decimal string. */
    public static function amount(mixed $value, string $field, bool $negativeAllowed): int
    {
        if ($value === null) {
            throw self::missing($field);
        }
        if (is_int($value) && ($negativeAllowed || $value >= 0)) {
            return $value;
        }
        $expected = ($negativeAllowed ? 'an integer' : 'a non-negative integer')
            . ' in minor units, such as 49900 for 499.00 INR';
        $shown = self::shown($value);

        throw new InvalidAmountException(
            sprintf('invalid amount %s "%s": expected %s', $field, $shown, $expected),
            ['field' => $field, 'value' => $shown],
        );
    }

    /** @param array<mixed> $parent */
    public static function currency(array $parent, string $path, string $key): string
    {
        $text = self::requiredText($parent, $path, $key);
        if (preg_match('/\A[A-Z]{3}\z/', $text) !== 1) {
            throw self::invalid(self::child($path, $key), $text, 'an ISO 4217 currency code such as INR');
        }

        return $text;
    }

    /**
     * @param array<mixed> $parent
     * @return list<mixed>
     */
    public static function optionalList(array $parent, string $path, string $key): array
    {
        $value = $parent[$key] ?? null;

        return $value === null ? [] : self::listOf($value, self::child($path, $key));
    }

    /** @return list<mixed> */
    public static function listOf(mixed $value, string $field): array
    {
        if (!is_array($value) || !array_is_list($value)) {
            throw self::invalid($field, self::shown($value), 'a list');
        }

        return $value;
    }

    /** @return list<mixed> */
    public static function requiredList(mixed $value, string $field): array
    {
        $entries = $value === null ? [] : self::listOf($value, $field);
        if ($entries === []) {
            throw self::missing($field);
        }

        return $entries;
    }
}
