<?php

declare(strict_types=1);

namespace PwaPresta\Module\Order;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Writes a postcode in the country's PrestaShop format, so Country::checkZipCode and the address form
 * accept it: India's format "NNN NNN" turns Amazon's "400050" into "400 050".
 *
 * In a format, N is a digit, L a letter, C the country's ISO code; every other character is copied.
 */
final class PostcodeFormatter
{
    public static function format(string $postcode, string $zipCodeFormat, string $countryIso): string
    {
        $postcode = trim($postcode);
        if ($zipCodeFormat === '') {
            return $postcode;
        }

        $pattern = str_replace('C', strtoupper($countryIso), $zipCodeFormat);
        $slots = preg_replace('/[^NL]/', '', $pattern);
        $compact = strtoupper((string) preg_replace('/[\s-]/', '', $postcode));
        $literals = str_replace(['N', 'L', ' ', '-'], '', $pattern);
        if ($literals !== '' && str_starts_with($compact, $literals)) {
            $compact = substr($compact, strlen($literals));
        }

        if (strlen($compact) !== strlen((string) $slots)) {
            return $postcode;
        }

        $formatted = '';
        $next = 0;
        foreach (str_split($pattern) as $character) {
            if ($character !== 'N' && $character !== 'L') {
                $formatted .= $character;
                continue;
            }
            $value = $compact[$next++];
            $fits = $character === 'N' ? ctype_digit($value) : ctype_alpha($value);
            if (!$fits) {
                return $postcode;
            }
            $formatted .= $value;
        }

        return $formatted;
    }
}
