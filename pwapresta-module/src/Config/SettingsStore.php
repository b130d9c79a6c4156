<?php

declare(strict_types=1);

namespace PwaPresta\Module\Config;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Key-value storage of the module's settings (PrestaShop's Configuration in the shop).
 */
interface SettingsStore
{
    /** The stored value, or null when the key is not set. */
    public function get(string $key): ?string;

    public function set(string $key, string $value): void;

    public function delete(string $key): void;
}
