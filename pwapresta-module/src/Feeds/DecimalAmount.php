<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Converts PrestaShop's decimal amounts (DECIMAL(20,6) strings such as "499.000000") to integer minor
 * units without floats: the digits beyond the currency's minor digits are rounded half up.
 */
final class DecimalAmount
{
    /**
     * @throws \InvalidArgumentException when $decimal is not a plain decimal number
     */
    public static function toMinor(string $decimal, string $currency): int
    {
        $decimal = trim($decimal);
        if (preg_match('/^(-?)(\d*)(?:\.(\d*))?$/', $decimal, $parts) !== 1 || ($parts[2] ?? '') . ($parts[3] ?? '') === '') {
            throw new \InvalidArgumentException(sprintf('Amount "%s" is not a decimal number.', $decimal));
        }

        $digits = self::digits($currency);
        $fraction = str_pad($parts[3] ?? '', $digits + 1, '0');
        $minor = (int) (($parts[2] === '' ? '0' : $parts[2]) . substr($fraction, 0, $digits));
        if ((int) $fraction[$digits] >= 5) {
            $minor++;
        }

        return $parts[1] === '-' ? -$minor : $minor;
    }

    /** Minor digits of ISO 4217: 0 for JPY and KRW, 3 for BHD, JOD, KWD, OMR and TND, 2 otherwise. */
    public static function digits(string $currency): int
    {
        return match (strtoupper($currency)) {
            'JPY', 'KRW' => 0,
            'BHD', 'JOD', 'KWD', 'OMR', 'TND' => 3,
            default => 2,
        };
    }
}
