<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Validates the tracking form of the order page: per AmazonOrderItemCode a carrier name, a shipping
 * method and a tracking number, each at most TrackingDetails::MAX_LENGTH characters.
 *
 * Tracking numbers follow PrestaShop's Validate::isTrackingNumber characters. Names and methods may
 * hold any text without markup characters; the feed builder escapes them for XML.
 */
final class TrackingForm
{
    public const FIELDS = ['carrier_name', 'shipping_method', 'tracking_number'];

    private const TRACKING_NUMBER = '/^[~:#,%&_=()\[\].? +\-@\/a-zA-Z0-9]*$/';
    private const TEXT = '/^[^<>={}]*$/u';

    /**
     * @param array<string, mixed> $post the submitted values: FIELD => [item code => value]
     * @param list<string> $itemCodes the order's AmazonOrderItemCodes; other codes are ignored
     * @return array{details: array<string, array<string, string>>, errors: list<string>}
     */
    public static function validate(array $post, array $itemCodes): array
    {
        $details = [];
        $errors = [];
        foreach ($itemCodes as $code) {
            $detail = [];
            foreach (self::FIELDS as $field) {
                $value = $post[$field][$code] ?? '';
                $value = is_string($value) ? trim($value) : '';
                $detail[$field] = $value;

                $error = self::check($field, $value);
                if ($error !== null) {
                    $errors[] = sprintf('Item %s: %s', $code, $error);
                }
            }
            if ($detail['carrier_name'] === '' && ($detail['shipping_method'] !== '' || $detail['tracking_number'] !== '')) {
                $errors[] = sprintf('Item %s: the carrier is missing; Amazon needs it with a shipping method or tracking number.', $code);
            }
            $details[$code] = $detail;
        }

        return ['details' => $errors === [] ? $details : [], 'errors' => $errors];
    }

    private static function check(string $field, string $value): ?string
    {
        $label = str_replace('_', ' ', $field);
        if (!mb_check_encoding($value, 'UTF-8')) {
            return sprintf('the %s is not valid UTF-8 text.', $label);
        }
        if (mb_strlen($value) > TrackingDetails::MAX_LENGTH) {
            return sprintf('the %s is longer than %d characters.', $label, TrackingDetails::MAX_LENGTH);
        }
        $pattern = $field === 'tracking_number' ? self::TRACKING_NUMBER : self::TEXT;
        if (preg_match($pattern, $value) !== 1) {
            return sprintf('the %s "%s" contains characters that are not allowed.', $label, $value);
        }

        return null;
    }
}
