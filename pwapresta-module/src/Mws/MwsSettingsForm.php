<?php

declare(strict_types=1);

namespace PwaPresta\Module\Mws;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Config\Keys;

/**
 * Validates the MWS fields of the settings form: seller id, MWS auth token and endpoint override.
 */
final class MwsSettingsForm
{
    /** Form field name => configuration key. */
    public const FIELDS = [
        'mws_seller_id' => Keys::MWS_SELLER_ID,
        'mws_auth_token' => Keys::MWS_AUTH_TOKEN,
        'mws_endpoint' => Keys::MWS_ENDPOINT,
    ];

    /**
     * @param array<string, mixed> $input the submitted fields
     * @return array{values: array<string, string>, errors: list<string>}
     */
    public static function validate(array $input): array
    {
        $text = static fn (string $name): string => trim(is_string($input[$name] ?? null) ? $input[$name] : '');
        $values = [];
        $errors = [];

        $values[Keys::MWS_SELLER_ID] = $text('mws_seller_id');
        if ($values[Keys::MWS_SELLER_ID] !== '' && preg_match('/^[A-Z0-9]{8,32}$/D', $values[Keys::MWS_SELLER_ID]) !== 1) {
            $errors[] = 'MWS seller ID is invalid: copy the 8 to 32 upper-case letters and digits from Seller Central, '
                . 'or leave it empty to use the merchant ID.';
        }

        $values[Keys::MWS_AUTH_TOKEN] = $text('mws_auth_token');
        if ($values[Keys::MWS_AUTH_TOKEN] !== '' && preg_match('/^amzn\.mws\.[0-9a-f-]{36}$/D', $values[Keys::MWS_AUTH_TOKEN]) !== 1) {
            $errors[] = 'MWS auth token is invalid: it looks like amzn.mws.<36 characters>; leave it empty unless a '
                . 'developer account signs for you.';
        }

        $values[Keys::MWS_ENDPOINT] = rtrim($text('mws_endpoint'), '/');
        if ($values[Keys::MWS_ENDPOINT] !== '' && preg_match('#^https?://[A-Za-z0-9.-]+(:\d{1,5})?$#D', $values[Keys::MWS_ENDPOINT]) !== 1) {
            $errors[] = sprintf(
                'MWS endpoint "%s" is invalid: enter http(s)://host[:port] without a path, or leave it empty for Amazon.',
                $values[Keys::MWS_ENDPOINT],
            );
        }

        return ['values' => $values, 'errors' => $errors];
    }
}
