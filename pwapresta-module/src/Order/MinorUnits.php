<?php

declare(strict_types=1);

namespace PwaPresta\Module\Order;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Converts integer minor units (paise for INR) to the decimal amounts PrestaShop's methods take.
 * Minor digits follow ISO 4217: 0 for JPY and KRW, 3 for BHD, JOD, KWD, OMR and TND, 2 otherwise.
 */
final class MinorUnits
{
    public static function digits(string $currency): int
    {
        return match (strtoupper($currency)) {
            'JPY', 'KRW' => 0,
            'BHD', 'JOD', 'KWD', 'OMR', 'TND' => 3,
            default => 2,
        };
    }

    public static function toDecimal(int $minor, string $currency): float
    {
        return round($minor / 10 ** self::digits($currency), self::digits($currency));
    }
}
