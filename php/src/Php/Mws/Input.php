<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws;

use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\MissingFieldException;

/**
 * Reads loosely typed request keys the way the native engine does, with the same messages.
 */
final class Input
{
    /** Reads a required, non-empty string. */
    public static function requiredText(mixed $value, string $field): string
    {
        if (is_string($value) && $value !== '') {
            return $value;
        }
        if ($value === null || $value === '') {
            throw new MissingFieldException(
                "missing MWS request key '$field': pass a non-empty string",
                ['field' => $field],
            );
        }

        throw self::wrongType($field, $value, 'a string');
    }

    /** Reads an optional string; null and '' give null. */
    public static function optionalText(mixed $value, string $field): ?string
    {
        if ($value === null || $value === '') {
            return null;
        }
        if (is_string($value)) {
            return $value;
        }

        throw self::wrongType($field, $value, 'a string or null');
    }

    /** The InvalidFieldException for a value of the wrong type; its context value is the type. */
    public static function wrongType(string $field, mixed $value, string $expected): InvalidFieldException
    {
        $type = self::typeName($value);

        return new InvalidFieldException(
            "invalid MWS request key '$field': expected $expected, got $type",
            ['field' => $field, 'value' => $type],
        );
    }

    /** Type name as the native engine reports it (get_debug_type's, with 'object' for objects). */
    public static function typeName(mixed $value): string
    {
        return match (true) {
            $value === null => 'null',
            is_string($value) => 'string',
            is_int($value) => 'int',
            is_float($value) => 'float',
            is_bool($value) => 'bool',
            is_array($value) => 'array',
            is_object($value) => 'object',
            // is_resource() is false for a closed resource, which is still of type resource.
            is_resource($value) || gettype($value) === 'resource (closed)' => 'resource',
            default => 'unknown',
        };
    }
}
