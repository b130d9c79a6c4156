<?php

declare(strict_types=1);

namespace PwaPresta\Module\Mws;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Config\Keys;
use PwaPresta\Module\Config\Settings;
use PwaPresta\Module\Config\SettingsStore;

/**
 * The MWS account the module signs with: keys, seller, marketplace for the environment and the
 * optional endpoint override. The secret key stays private and out of var_dump and print_r.
 */
final class MwsConfiguration
{
    /** Pay with Amazon India's marketplace in production; never the retail A21TJRUUN4KGV. */
    public const MARKETPLACE_PRODUCTION = 'A3PY9OQTG31F3H';
    public const MARKETPLACE_SANDBOX = 'AXGTNDD750VEM';
    public const REGION = 'IN';

    public function __construct(
        public readonly string $accessKeyId,
        #[\SensitiveParameter] private string $secretKey,
        public readonly string $sellerId,
        public readonly string $authToken,
        public readonly bool $production,
        public readonly string $endpoint = '',
    ) {
    }

    public static function fromSettings(Settings $settings, SettingsStore $store): self
    {
        $sellerId = trim((string) $store->get(Keys::MWS_SELLER_ID));

        return new self(
            $settings->accessKeyId(),
            $settings->secretKey(),
            $sellerId !== '' ? $sellerId : $settings->merchantId(),
            trim((string) $store->get(Keys::MWS_AUTH_TOKEN)),
            $settings->isProduction(),
            trim((string) $store->get(Keys::MWS_ENDPOINT)),
        );
    }

    public function secretKey(): string
    {
        return $this->secretKey;
    }

    public function marketplaceId(): string
    {
        return $this->production ? self::MARKETPLACE_PRODUCTION : self::MARKETPLACE_SANDBOX;
    }

    /**
     * @throws MwsConfigurationException when the access key id, secret key or seller id is empty
     */
    public function assertComplete(): void
    {
        $missing = [];
        foreach (['access key ID' => $this->accessKeyId, 'secret key' => $this->secretKey, 'seller ID' => $this->sellerId] as $name => $value) {
            if ($value === '') {
                $missing[] = $name;
            }
        }
        if ($missing !== []) {
            throw new MwsConfigurationException(sprintf(
                'MWS is not configured: the %s %s empty. Enter %s in the module settings.',
                implode(' and ', $missing),
                count($missing) === 1 ? 'is' : 'are',
                count($missing) === 1 ? 'it' : 'them',
            ));
        }
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return [
            'accessKeyId' => $this->accessKeyId,
            'secretKey' => $this->secretKey === '' ? '' : '(set)',
            'sellerId' => $this->sellerId,
            'production' => $this->production,
            'endpoint' => $this->endpoint,
        ];
    }
}
