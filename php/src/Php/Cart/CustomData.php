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
 * XML element names without a prefix, such as Item_product_id.
 */
final class CustomData
{
    public static function write(Writer $writer, string $element, mixed $data, string $path): void
    {
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
        self::writeEntries($writer, $data, $path);
        $writer->end();
    }

    /** @param array<mixed> $entries */
    private static function writeEntries(Writer $writer, array $entries, string $path): void
    {
        foreach ($entries as $key => $value) {
            $name = Input::keyText($key);
            $field = Input::child($path, $name);
            if (!is_string($key) || !Writer::isElementName($name)) {
                throw Input::invalid($field, $name, 'an XML element name such as Item_product_id');
            }
            if (!self::isNonEmptyList($value)) {
                self::writeValue($writer, $name, $value, $field);
                continue;
            }
            foreach ($value as $position => $entry) {
                $entryPath = Input::index($field, $position);
                if (self::isNonEmptyList($entry)) {
                    throw Input::invalid($entryPath, Input::shown($entry), 'a value or a map, not a list');
                }
                self::writeValue($writer, $name, $entry, $entryPath);
            }
        }
    }

    private static function isNonEmptyList(mixed $value): bool
    {
        return is_array($value) && $value !== [] && array_is_list($value);
    }

    private static function writeValue(Writer $writer, string $name, mixed $value, string $path): void
    {
        if ($value === null || $value === []) {
            return;
        }
        if (is_array($value)) {
            $writer->start($name);
            self::writeEntries($writer, $value, $path);
            $writer->end();

            return;
        }
        $writer->text($name, Input::textValue($value, $path) ?? '');
    }
}
