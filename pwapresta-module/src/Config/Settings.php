<?php

declare(strict_types=1);

namespace PwaPresta\Module\Config;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Typed read access to the module's settings, with the defaults of Keys::DEFAULTS.
 */
final class Settings
{
    public function __construct(private SettingsStore $store)
    {
    }

    public function merchantId(): string
    {
        return $this->string(Keys::MERCHANT_ID);
    }

    public function accessKeyId(): string
    {
        return $this->string(Keys::ACCESS_KEY_ID);
    }

    public function secretKey(): string
    {
        return $this->string(Keys::SECRET_KEY);
    }

    public function environment(): string
    {
        return $this->string(Keys::ENVIRONMENT);
    }

    public function isProduction(): bool
    {
        return $this->environment() === 'production';
    }

    public function synchronisation(): string
    {
        return $this->string(Keys::SYNCHRONISATION);
    }

    /** Whether IOPN notifications are accepted (synchronisation iopn or both). */
    public function acceptsIopn(): bool
    {
        return in_array($this->synchronisation(), ['iopn', 'both'], true);
    }

    public function isConfigured(): bool
    {
        return $this->merchantId() !== '' && $this->accessKeyId() !== '' && $this->secretKey() !== '';
    }

    public function buttonOnCart(): bool
    {
        return $this->string(Keys::BUTTON_ON_CART) === '1';
    }

    public function buttonOnPayment(): bool
    {
        return $this->string(Keys::BUTTON_ON_PAYMENT) === '1';
    }

    /** Amazon's widget script URL for the configured environment. */
    public function widgetUrl(): string
    {
        return $this->string($this->isProduction() ? Keys::WIDGET_URL_PRODUCTION : Keys::WIDGET_URL_SANDBOX);
    }

    /**
     * The shop's order-state id for an order-state key of PwaPresta\Api (awaiting_payment, ...);
     * 0 when it is not configured.
     */
    public function orderStateId(string $stateKey): int
    {
        $key = Keys::ORDER_STATES[$stateKey] ?? null;

        return $key === null ? 0 : (int) $this->string($key);
    }

    /** The order-state key whose configured id is $orderStateId, or null when none is. */
    public function stateKeyOf(int $orderStateId): ?string
    {
        foreach (array_keys(Keys::ORDER_STATES) as $stateKey) {
            if ($orderStateId > 0 && $this->orderStateId($stateKey) === $orderStateId) {
                return $stateKey;
            }
        }

        return null;
    }

    private function string(string $key): string
    {
        return $this->store->get($key) ?? (Keys::DEFAULTS[$key] ?? '');
    }
}
