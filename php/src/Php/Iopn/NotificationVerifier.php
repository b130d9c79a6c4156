<?php

declare(strict_types=1);

namespace PwaPresta\Php\Iopn;

use PwaPresta\Exception\FutureTimestampException;
use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\MissingFieldException;
use PwaPresta\Exception\SignatureMismatchException;
use PwaPresta\Exception\StaleTimestampException;
use PwaPresta\Exception\UnknownAccessKeyException;
use PwaPresta\Php\Order\Dates;
use PwaPresta\Php\Status\OrderStates;

/**
 * Verifies an IOPN delivery: fields, type, access key, timestamp, signature and time window, in
 * that order (see PwaPresta\Engine\Engine::verifyNotification). Twin of the Rust `iopn::verify`.
 *
 * The signature covers UUID and Timestamp only, so callers must also accept each UUID once.
 */
final class NotificationVerifier
{
    /** The required POST fields, in the order they are checked. */
    public const REQUIRED_FIELDS = [
        'NotificationType',
        'NotificationData',
        'UUID',
        'Timestamp',
        'Signature',
        'AWSAccessKeyId',
    ];

    /** Default distance allowed between Timestamp and now, either way, in seconds (15 minutes). */
    public const DEFAULT_TOLERANCE_SECONDS = 900;

    /**
     * @param array<string, mixed> $fields the POST fields as PHP decoded them, never decoded again
     * @return array{notification_type: string, uuid: string, timestamp: string, timestamp_unix: int,
     *               aws_access_key_id: string}
     */
    public static function verify(
        array $fields,
        #[\SensitiveParameter] string $secretKey,
        string $accessKeyId,
        int $now,
        int $toleranceSeconds,
    ): array {
        if ($toleranceSeconds < 0) {
            throw new InvalidFieldException(
                sprintf(
                    'tolerance of %d seconds is invalid: pass 0 or more (%d is the default)',
                    $toleranceSeconds,
                    self::DEFAULT_TOLERANCE_SECONDS,
                ),
                ['field' => 'toleranceSeconds', 'value' => $toleranceSeconds],
            );
        }
        self::requireFields($fields);

        $type = $fields['NotificationType'];
        if (!isset(OrderStates::NOTIFICATION_STATES[$type])) {
            throw OrderStates::unknownNotificationType($type);
        }

        $keyId = $fields['AWSAccessKeyId'];
        if ($keyId !== $accessKeyId) {
            throw new UnknownAccessKeyException(
                sprintf(
                    'IOPN AWSAccessKeyId "%s" is not this shop\'s access key id: check the access key id in '
                    . 'the module settings',
                    $keyId,
                ),
                ['aws_access_key_id' => $keyId],
            );
        }

        $timestamp = $fields['Timestamp'];
        $instant = strlen($timestamp) > 10 ? Dates::parse($timestamp) : null;
        if ($instant === null || !$instant['has_zone']) {
            throw new InvalidFieldException(
                sprintf('IOPN Timestamp "%s" is not an ISO 8601 date-time with Z or an offset', $timestamp),
                ['field' => 'Timestamp', 'value' => $timestamp],
            );
        }

        $uuid = $fields['UUID'];
        // string to sign = UUID + Timestamp, with no separator
        $expected = base64_encode(hash_hmac('sha1', $uuid . $timestamp, $secretKey, true));
        if (!hash_equals($expected, $fields['Signature'])) {
            throw new SignatureMismatchException(
                sprintf(
                    'IOPN Signature does not match for UUID "%s": check the secret key, and pass the '
                    . 'Signature field decoded once',
                    $uuid,
                ),
                ['uuid' => $uuid],
            );
        }

        self::checkWindow($timestamp, $instant['unix'], $now, $toleranceSeconds);

        return [
            'notification_type' => $type,
            'uuid' => $uuid,
            'timestamp' => $timestamp,
            'timestamp_unix' => $instant['unix'],
            'aws_access_key_id' => $keyId,
        ];
    }

    /** @param array<string, mixed> $fields */
    private static function requireFields(array $fields): void
    {
        foreach (self::REQUIRED_FIELDS as $name) {
            $value = $fields[$name] ?? null;
            if ($value === null || $value === '') {
                throw new MissingFieldException(
                    "IOPN field $name is missing or empty: pass the POST fields as PHP decoded them",
                    ['field' => $name],
                );
            }
            if (!is_string($value)) {
                throw new InvalidFieldException(
                    "IOPN field $name is not a string: pass the POST fields as PHP decoded them",
                    ['field' => $name],
                );
            }
        }
    }

    private static function checkWindow(string $timestamp, int $unix, int $now, int $tolerance): void
    {
        $context = ['timestamp' => $timestamp, 'now' => $now, 'tolerance_seconds' => $tolerance];
        // Differences are taken as floats when they would overflow int, which keeps their sign.
        $age = $now - $unix;
        if ($age > $tolerance) {
            throw new StaleTimestampException(
                sprintf(
                    'IOPN Timestamp "%s" is more than %d seconds before now (%d): a replay or a long delay',
                    $timestamp,
                    $tolerance,
                    $now,
                ),
                $context,
            );
        }
        if (-$age > $tolerance) {
            throw new FutureTimestampException(
                sprintf(
                    'IOPN Timestamp "%s" is more than %d seconds after now (%d): check the server clock',
                    $timestamp,
                    $tolerance,
                    $now,
                ),
                $context,
            );
        }
    }
}
