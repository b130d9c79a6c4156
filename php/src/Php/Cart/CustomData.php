<?php

declare(strict_types=1);

namespace PwaPresta\Php\Cart;

use PwaPresta\Php\Feeds\Input;
use PwaPresta\Php\Xml\Writer;

/**
 * Merchant custom data (ItemCustomData, CartCustomData) written from an array; twin of the Rust
 * module `cart::custom_data`.
 *
 * Each key becomes an element: a string or int value its text, a map child elements, a list one
 * element per entry. Null and empty arrays write nothing; '' writes an empty element. Keys must be
 * XML element names without a prefix, such as Item_product_id. Arrays, maps and lists alike, nest
 * at most MAX_DEPTH levels, the custom-data array itself being the first; the count also stops a
 * self-referencing array. One cart holds at most ElementBudget::MAX_ELEMENTS custom-data elements,
 * counted over every item and the cart.
 */
final class CustomData
{
    /** Deepest nesting of arrays in custom data, the custom-data array itself being level 1. */
    public const MAX_DEPTH = 32;

    public static function write(
        Writer $writer,
        string $element,
        mixed $data,
        string $path,
        ElementBudget $budget,
    ): void {
        if ($data === null) {
            return;
        }
        if (!is_array($data) || ($data !== [] && array_is_list($data))) {
            throw Input::invalid($path, Input::shown($data), 'an array of element name => value');
        }
        if ($data === []) {
            return;
        }
        $writer->start($element);
        self::writeEntries($writer, $data, $path, 1, $budget);
        $writer->end();
    }

    /** Rejects an array at $depth (the custom-data array being 1) beyond MAX_DEPTH. */
    private static function checkDepth(int $depth, string $path): void
    {
        if ($depth > self::MAX_DEPTH) {
            throw Input::invalid($path, 'array', sprintf('custom data nested at most %d levels deep', self::MAX_DEPTH));
        }
    }

    /** @param array<mixed> $entries the entries of the array at $depth */
    private static function writeEntries(
        Writer $writer,
        array $entries,
        string $path,
        int $depth,
        ElementBudget $budget,
    ): void {
        foreach ($entries as $key => $value) {
            $name = Input::keyText($key);
            $field = Input::child($path, $name);
            if (!is_string($key) || !Writer::isElementName($name)) {
                throw Input::invalid($field, $name, 'an XML element name such as Item_product_id');
            }
            if (!self::isNonEmptyList($value)) {
                self::writeValue($writer, $name, $value, $field, $depth + 1, $budget);
                continue;
            }
            self::checkDepth($depth + 1, $field);
            foreach ($value as $position => $entry) {
                $entryPath = Input::index($field, $position);
                if (self::isNonEmptyList($entry)) {
                    throw Input::invalid($entryPath, Input::shown($entry), 'a value or a map, not a list');
                }
                self::writeValue($writer, $name, $entry, $entryPath, $depth + 2, $budget);
            }
        }
    }

    private static function isNonEmptyList(mixed $value): bool
    {
        return is_array($value) && $value !== [] && array_is_list($value);
    }

    /** Writes one value whose array, if it is one, sits at $depth. */
    private static function writeValue(
        Writer $writer,
        string $name,
        mixed $value,
        string $path,
        int $depth,
        ElementBudget $budget,
    ): void {
        if ($value === null || $value === []) {
            return;
        }
        if (is_array($value)) {
            self::checkDepth($depth, $path);
            $budget->take($value, $path);
            $writer->start($name);
            self::writeEntries($writer, $value, $path, $depth, $budget);
            $writer->end();

            return;
        }
        $budget->take($value, $path);
        $writer->text($name, Input::textValue($value, $path) ?? '');
    }
}
