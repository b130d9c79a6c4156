<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws\Response;

use PwaPresta\Exception\InvalidAmountException;
use PwaPresta\Exception\InvalidDocumentException;
use PwaPresta\Php\Money;
use PwaPresta\Php\Order\Dates;

/**
 * Typed reads of child elements: text, booleans, integers, UTC dates and money.
 *
 * Absent and empty elements read as null; a present but invalid value raises
 * InvalidDocumentException naming the element (InvalidAmountException for money). Twin of the
 * Rust module `mws::response::fields`.
 */
final class Fields
{
    public static function text(Element $parent, string $name): ?string
    {
        return $parent->childText($name);
    }

    /** @throws InvalidDocumentException when the child is absent or empty */
    public static function requiredText(Element $parent, string $name): string
    {
        return $parent->childText($name) ?? throw self::missing($name, $parent->name);
    }

    /** An xs:boolean child ("true", "false", "1", "0"), or null. */
    public static function boolean(Element $parent, string $name): ?bool
    {
        $text = $parent->childText($name);

        return match ($text) {
            null => null,
            'true', '1' => true,
            'false', '0' => false,
            default => throw self::invalid(
                $name,
                sprintf('element %s is "%s", expected true or false', $name, $text),
            ),
        };
    }

    public static function integer(Element $parent, string $name): ?int
    {
        $text = $parent->childText($name);

        return $text === null ? null : self::parseInteger($text, $name);
    }

    /** Parses an optional sign followed by ASCII digits that fit 64 bits. */
    public static function parseInteger(string $text, string $element): int
    {
        $invalid = self::invalid($element, sprintf('element %s is "%s", expected an integer', $element, $text));
        if (preg_match('/\A[+-]?[0-9]+\z/', $text) !== 1) {
            throw $invalid;
        }
        $negative = $text[0] === '-';
        $digits = ltrim(ltrim($text, '+-'), '0');
        $limit = $negative ? '9223372036854775808' : '9223372036854775807';
        if (strlen($digits) > 19 || (strlen($digits) === 19 && strcmp($digits, $limit) > 0)) {
            throw $invalid;
        }
        if ($digits === '9223372036854775808') {
            return PHP_INT_MIN;
        }

        return $negative ? -(int) $digits : (int) $digits;
    }

    public static function date(Element $parent, string $name): ?string
    {
        $text = $parent->childText($name);

        return $text === null ? null : self::normaliseDate($text, $name);
    }

    /**
     * Converts an ISO 8601 date or date-time to UTC "YYYY-MM-DDTHH:MM:SSZ"; "%3A" reads as ":"
     * because an old Amazon sample carries a percent-encoded date inside the XML.
     */
    public static function normaliseDate(string $text, string $element): string
    {
        $normalised = Dates::normalize(str_replace(['%3A', '%3a'], ':', $text));
        if ($normalised === null) {
            throw self::invalid($element, sprintf(
                'element %s is "%s", expected an ISO 8601 date such as 2015-06-01T10:15:30Z',
                $element,
                $text,
            ));
        }

        return $normalised;
    }

    /**
     * A money child with CurrencyCode and Amount, or null when absent.
     *
     * @return array{currency: string, amount: int}|null
     */
    public static function money(Element $parent, string $name): ?array
    {
        $element = $parent->child($name);
        if ($element === null) {
            return null;
        }
        $currency = self::requiredText($element, 'CurrencyCode');
        $amount = self::requiredText($element, 'Amount');

        return ['currency' => $currency, 'amount' => self::minorUnits($amount, $currency, $name)];
    }

    /** @throws InvalidAmountException naming the value and the element */
    public static function minorUnits(string $amount, string $currency, string $element): int
    {
        try {
            return Money::parseMinor($amount, $currency, $element);
        } catch (InvalidAmountException $error) {
            throw new InvalidAmountException($error->getMessage(), ['element' => $element, 'value' => $amount]);
        }
    }

    public static function invalid(string $element, string $message): InvalidDocumentException
    {
        return new InvalidDocumentException($message, ['element' => $element]);
    }

    public static function missing(string $element, string $parent): InvalidDocumentException
    {
        return self::invalid(
            $element,
            sprintf('element %s is missing or empty in %s: Amazon always sends it', $element, $parent),
        );
    }
}
