<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws;

/**
 * MWS regions and their endpoint hosts.
 *
 * Hosts from the endpoint table of the Amazon MWS Developer Guide ("Amazon MWS endpoints",
 * docs.developer.amazonservices.com/en_US/dev_guide/DG_Endpoints.html), as reproduced by public
 * marketplace tables: Brazil shares the US host and the five European marketplaces share mws-eu.
 * India uses one host for sandbox and production.
 */
final class Region
{
    public const DEFAULT = 'IN';

    private const HOSTS = [
        'IN' => 'mws.amazonservices.in',
        'US' => 'mws.amazonservices.com',
        'CA' => 'mws.amazonservices.ca',
        'MX' => 'mws.amazonservices.com.mx',
        'BR' => 'mws.amazonservices.com',
        'UK' => 'mws-eu.amazonservices.com',
        'DE' => 'mws-eu.amazonservices.com',
        'FR' => 'mws-eu.amazonservices.com',
        'IT' => 'mws-eu.amazonservices.com',
        'ES' => 'mws-eu.amazonservices.com',
        'JP' => 'mws.amazonservices.jp',
        'CN' => 'mws.amazonservices.com.cn',
        'AU' => 'mws.amazonservices.com.au',
    ];

    /** Returns the host of a region code (upper case, e.g. IN), or null when unknown. */
    public static function host(string $region): ?string
    {
        return self::HOSTS[$region] ?? null;
    }

    /** The region codes, comma-separated, for error messages. */
    public static function codes(): string
    {
        return implode(', ', array_keys(self::HOSTS));
    }
}
