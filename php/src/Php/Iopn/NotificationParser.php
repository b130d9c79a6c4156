<?php

declare(strict_types=1);

namespace PwaPresta\Php\Iopn;

use PwaPresta\Exception\InvalidDocumentException;
use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\MalformedXmlException;
use PwaPresta\Exception\PwaPrestaException;
use PwaPresta\Php\Order\Address;
use PwaPresta\Php\Order\Dates;
use PwaPresta\Php\Order\OrderArray;
use PwaPresta\Php\Status\OrderStates;
use PwaPresta\Php\Xml\SafeXmlReader;

/**
 * Parses IOPN NotificationData into the Order shape by recursive descent over SafeXmlReader.
 *
 * Lenient on element order, unknown and absent optional elements; strict on what the shop uses.
 * Each check runs when its element ends, so the first failure in document order is reported,
 * unless a later part of the document is not well-formed. Twin of the Rust `iopn::parse`.
 */
final class NotificationParser
{
    /** Largest quantity accepted for one item. */
    public const MAX_QUANTITY = 2147483647;

    /** @return array<string, mixed> the Order shape */
    public static function parse(string $notificationData): array
    {
        $reader = SafeXmlReader::fromString($notificationData);
        try {
            return self::parseDocument($reader);
        } catch (MalformedXmlException $error) {
            throw $error;
        } catch (PwaPrestaException $error) {
            // A malformed part later in the document wins over the first semantic error.
            $reader->finish();
            throw $error;
        }
    }

    /** @return array<string, mixed> */
    private static function parseDocument(SafeXmlReader $reader): array
    {
        $root = $reader->nextChild();
        if (!isset(OrderStates::NOTIFICATION_STATES[$root])) {
            throw OrderStates::unknownNotificationType((string) $root);
        }

        $order = null;
        $referenceId = null;
        while (($child = $reader->nextChild()) !== null) {
            match ($child) {
                'NotificationReferenceId' => $referenceId = $reader->readText(),
                'ProcessedOrder' => $order = ProcessedOrderParser::parse($reader),
                default => $reader->skip(),
            };
        }
        $reader->finish();

        if ($order === null) {
            throw self::missing('ProcessedOrder');
        }
        $order['notification_type'] = $root;
        $order['notification_reference_id'] = $referenceId;

        return OrderArray::order($order);
    }

    public static function missing(string $element): InvalidDocumentException
    {
        return new InvalidDocumentException(
            "NotificationData has no $element element, or it is empty: the notification is incomplete",
            ['element' => $element],
        );
    }

    /** Returns the value, or throws InvalidDocumentException when it is absent or only whitespace. */
    public static function required(?string $value, string $element): string
    {
        if ($value === null || trim($value, " \t\n\r") === '') {
            throw self::missing($element);
        }

        return $value;
    }

    /** Reads a quantity: ASCII digits (surrounding whitespace allowed), from 1 to MAX_QUANTITY. */
    public static function quantity(string $value): int
    {
        $digits = trim($value, " \t\n\r");
        $significant = ltrim($digits, '0');
        $valid = $digits !== '' && ctype_digit($digits) && $significant !== '' && strlen($significant) <= 10
            && (int) $significant <= self::MAX_QUANTITY;
        if (!$valid) {
            throw new InvalidFieldException(
                sprintf(
                    'Quantity "%s" is not a whole number from 1 to %d: the notification is invalid',
                    $value,
                    self::MAX_QUANTITY,
                ),
                ['field' => 'Quantity', 'value' => $value],
            );
        }

        return (int) $significant;
    }

    /** Normalises OrderDate, or throws naming it. */
    public static function orderDate(string $value): string
    {
        return Dates::normalize($value) ?? throw new InvalidFieldException(
            Dates::errorMessage($value),
            ['field' => 'OrderDate', 'value' => $value],
        );
    }

    /** @return array<string, string|null> */
    public static function address(SafeXmlReader $reader): array
    {
        $address = Address::empty();
        while (($name = $reader->nextChild()) !== null) {
            if (isset(Address::FIELDS[$name])) {
                $address[Address::FIELDS[$name]] = $reader->readText();
            } else {
                $reader->skip();
            }
        }

        return $address;
    }
}
