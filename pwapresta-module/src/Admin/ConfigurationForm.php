<?php

declare(strict_types=1);

namespace PwaPresta\Module\Admin;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Config\Keys;

/**
 * Validates the settings form of the back office and returns what to save.
 *
 * An empty secret key field keeps the stored secret, because the page never shows it back.
 */
final class ConfigurationForm
{
    /** Form field name => configuration key of the step states. */
    public const STATE_FIELDS = [
        'os_awaiting_payment' => Keys::OS_AWAITING_PAYMENT,
        'os_payment_accepted' => Keys::OS_PAYMENT_ACCEPTED,
        'os_shipped' => Keys::OS_SHIPPED,
        'os_cancelled' => Keys::OS_CANCELLED,
        'os_refunded' => Keys::OS_REFUNDED,
    ];

    /**
     * @param array<string, mixed> $input the submitted fields
     * @param list<int> $orderStateIds ids of the shop's order states
     * @return array{values: array<string, string>, errors: list<string>}
     */
    public static function validate(array $input, bool $secretStored, string $iopnUrl, array $orderStateIds): array
    {
        $errors = [];
        $values = [];
        $text = fn (string $name): string => trim(is_string($input[$name] ?? null) ? $input[$name] : '');

        $values[Keys::MERCHANT_ID] = $text('merchant_id');
        if (!preg_match('/^[A-Z0-9]{8,32}$/', $values[Keys::MERCHANT_ID])) {
            $errors[] = 'Merchant ID is invalid: copy the 8 to 32 upper-case letters and digits shown in Seller Central.';
        }

        $values[Keys::ACCESS_KEY_ID] = $text('access_key_id');
        if (!preg_match('/^[A-Z0-9]{16,128}$/', $values[Keys::ACCESS_KEY_ID])) {
            $errors[] = 'Access key ID is invalid: copy the 16 or more upper-case letters and digits from Seller Central.';
        }

        $secret = is_string($input['secret_key'] ?? null) ? trim($input['secret_key']) : '';
        if ($secret !== '') {
            if (strlen($secret) < 20 || preg_match('/\s/', $secret)) {
                $errors[] = 'Secret key is invalid: paste the whole secret key (at least 20 characters, no spaces).';
            }
            $values[Keys::SECRET_KEY] = $secret;
        } elseif (!$secretStored) {
            $errors[] = 'Secret key is missing: paste the secret key of your access key.';
        }

        $choices = [
            'marketplace' => [Keys::MARKETPLACE, Keys::MARKETPLACES],
            'environment' => [Keys::ENVIRONMENT, Keys::ENVIRONMENTS],
            'synchronisation' => [Keys::SYNCHRONISATION, Keys::SYNCHRONISATIONS],
        ];
        foreach ($choices as $field => [$key, $allowed]) {
            $values[$key] = $text($field);
            if (!in_array($values[$key], $allowed, true)) {
                $errors[] = sprintf('%s "%s" is invalid: choose one of %s.', ucfirst($field), $values[$key], implode(', ', $allowed));
            }
        }

        foreach (self::STATE_FIELDS as $field => $key) {
            $values[$key] = $text($field);
            if (!in_array((int) $values[$key], $orderStateIds, true)) {
                $errors[] = sprintf('Order state for "%s" is invalid: choose one of the listed states.', str_replace('_', ' ', substr($field, 3)));
            }
        }

        $values[Keys::BUTTON_ON_CART] = $text('button_on_cart') === '1' ? '1' : '0';
        $values[Keys::BUTTON_ON_PAYMENT] = $text('button_on_payment') === '1' ? '1' : '0';

        foreach (['widget_url_production' => Keys::WIDGET_URL_PRODUCTION, 'widget_url_sandbox' => Keys::WIDGET_URL_SANDBOX] as $field => $key) {
            $values[$key] = $text($field) !== '' ? $text($field) : Keys::DEFAULTS[$key];
            if (!str_starts_with($values[$key], 'https://') || filter_var($values[$key], FILTER_VALIDATE_URL) === false) {
                $errors[] = sprintf('Widget script URL "%s" is invalid: enter an https:// URL.', $values[$key]);
            }
        }

        $usesIopn = in_array($values[Keys::SYNCHRONISATION], ['iopn', 'both'], true);
        if ($values[Keys::ENVIRONMENT] === 'production' && $usesIopn && !str_starts_with($iopnUrl, 'https://')) {
            $errors[] = sprintf(
                'IOPN in production needs HTTPS, but the IOPN merchant URL is %s: enable SSL on the shop or choose MWS synchronisation.',
                $iopnUrl,
            );
        }

        return ['values' => $values, 'errors' => $errors];
    }

    /** Masks the secret for display, keeping only its last four characters. */
    public static function maskSecret(string $secret): string
    {
        return $secret === '' ? '' : str_repeat('•', 8) . substr($secret, -4);
    }
}
