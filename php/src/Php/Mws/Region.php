<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws;

/**
 * MWS regions and their endpoint hosts.
 *
 * Hosts as listed by public MWS client tables (the @bizon/amazon-ids npm package, and a marketplace
 * table that cites the MWS Developer Guide page dev_guide/DG_Endpoints.html). Brazil shares the US
 * host and the five European marketplaces share mws-eu. India uses one host for sandbox and
 * production. The native engine's table in src/mws/region.rs must stay equal to this one.
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
