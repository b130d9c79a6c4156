<?php

declare(strict_types=1);

namespace PwaPresta\Php;

use PwaPresta\Exception\InvalidAmountException;

/**
 * Exact money: decimal strings from Amazon converted to integer minor units, and back.
 *
 * Floats drift when summed over many items, so every amount is an int count of the currency's
 * minor units (paise for INR). Twin of the Rust module `money`.
 */
final class Money
{
    /** Number of minor-unit digits of an ISO 4217 currency (2 unless listed). */
    public static function minorDigits(string $currency): int
    {
        return match ($currency) {
            'JPY', 'KRW' => 0,
            'BHD', 'JOD', 'KWD', 'OMR', 'TND' => 3,
            default => 2,
        };
    }

    /**
     * Converts a decimal string into minor units of $currency, exactly.
     *
     * @param string $element where the value came from, for the error message and context
     * @throws InvalidAmountException when the value is not a decimal, too precise, or out of range
     */
    public static function parseMinor(string $value, string $currency, string $element = 'Amount'): int
    {
        $digits = self::minorDigits($currency);
        $trimmed = trim($value, " \t\n\r\f\v");
        if (preg_match('/\A([+-]?)([0-9]*)(?:\.([0-9]*))?\z/', $trimmed, $match) !== 1
            || ($match[2] === '' && ($match[3] ?? '') === '')) {
            throw new InvalidAmountException(
                sprintf('amount "%s" in %s is not a decimal number such as 499.00', $value, $element),
                ['value' => $value, 'element' => $element],
            );
        }

        $fraction = $match[3] ?? '';
        $kept = substr($fraction, 0, $digits);
        if (trim(substr($fraction, $digits), '0') !== '') {
            throw new InvalidAmountException(
                sprintf(
                    'amount "%s" in %s has more than %d decimal places, which %s cannot represent exactly',
                    $value,
                    $element,
                    $digits,
                    $currency,
                ),
                ['value' => $value, 'element' => $element],
            );
        }

        $magnitude = ltrim($match[2] . str_pad($kept, $digits, '0'), '0');
        $limit = $match[1] === '-' ? '9223372036854775808' : '9223372036854775807';
        if (strlen($magnitude) > 19 || (strlen($magnitude) === 19 && strcmp($magnitude, $limit) > 0)) {
            throw new InvalidAmountException(
                sprintf('amount "%s" in %s is out of range', $value, $element),
                ['value' => $value, 'element' => $element],
            );
        }
        if ($magnitude === '') {
            return 0;
        }
        if ($match[1] === '-') {
            return $magnitude === '9223372036854775808' ? PHP_INT_MIN : -(int) $magnitude;
        }

        return (int) $magnitude;
    }

    /** Writes minor units as a decimal string with the currency's digits: 49900 INR => "499.00". */
    public static function formatMinor(int $minor, string $currency): string
    {
        $digits = self::minorDigits($currency);
        $sign = $minor < 0 ? '-' : '';
        // PHP_INT_MIN has no positive int twin, so the magnitude is built as a string.
        $magnitude = $minor === PHP_INT_MIN ? '9223372036854775808' : (string) abs($minor);
        if ($digits === 0) {
            return $sign . $magnitude;
        }

        $magnitude = str_pad($magnitude, $digits + 1, '0', STR_PAD_LEFT);

        return $sign . substr($magnitude, 0, -$digits) . '.' . substr($magnitude, -$digits);
    }
}
