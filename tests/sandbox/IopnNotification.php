<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox;

use InvalidArgumentException;

/**
 * An IOPN notification to deliver: its NotificationType and NotificationData, and the UUID
 * of the sample it was read from (null when built from data).
 */
final class IopnNotification
{
    private const TYPES = ['NewOrderNotification', 'OrderReadyToShipNotification', 'OrderCancelledNotification'];

    public function __construct(
        public readonly string $type,
        public readonly string $data,
        public readonly ?string $sampleUuid = null
    ) {
        if ($type === '') {
            throw new InvalidArgumentException('NotificationType is empty: give one of ' . implode(', ', self::TYPES) . '.');
        }
    }

    /**
     * Reads a signed sample body (a .post file of tests/fixtures/iopn-lifecycle) and keeps its
     * type, data and UUID; its signature and timestamp are replaced when it is delivered.
     */
    public static function fromPostFile(string $path): self
    {
        $body = @file_get_contents($path);
        if ($body === false) {
            throw new InvalidArgumentException("Cannot read the sample body $path: check the path.");
        }
        parse_str(trim($body), $fields);
        $type = $fields['NotificationType'] ?? null;
        $data = $fields['NotificationData'] ?? null;
        if (!is_string($type) || !is_string($data)) {
            throw new InvalidArgumentException("$path has no NotificationType or NotificationData field.");
        }
        $uuid = $fields['UUID'] ?? null;

        return new self($type, $data, is_string($uuid) ? $uuid : null);
    }

    /**
     * Builds a notification from a NotificationData document; the type is its root element.
     */
    public static function fromData(string $data, ?string $type = null): self
    {
        if ($type === null) {
            if (!preg_match('/<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>\/]/', preg_replace('/<\?.*?\?>/s', '', $data), $match)) {
                throw new InvalidArgumentException('NotificationData has no root element: pass the type explicitly.');
            }
            $type = $match[1];
        }

        return new self($type, $data);
    }
}
