<?php

declare(strict_types=1);

namespace PwaPresta\Module\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Config\SettingsStore;

/**
 * Settings in PrestaShop's Configuration (the values of the current shop context).
 */
final class PrestaShopSettingsStore implements SettingsStore
{
    public function get(string $key): ?string
    {
        $value = \Configuration::get($key);

        return $value === false || $value === null ? null : (string) $value;
    }

    public function set(string $key, string $value): void
    {
        \Configuration::updateValue($key, $value);
    }

    public function delete(string $key): void
    {
        \Configuration::deleteByName($key);
    }
}
