<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * Typed reads of an action's parameters; a missing or invalid value raises the MwsError that
 * MWS would return (MissingParameter or InvalidParameterValue, HTTP 400).
 */
final class Parameters
{
    private const ISO_8601 = '/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/';

    /** @param array<string, string> $values */
    public function __construct(private readonly array $values)
    {
    }

    public function optional(string $name): ?string
    {
        $value = $this->values[$name] ?? null;

        return $value === '' ? null : $value;
    }

    public function required(string $name): string
    {
        return $this->optional($name) ?? throw MwsError::missingParameter($name);
    }

    /**
     * Returns the members of a numbered list such as MarketplaceId.Id.1, .2, ... in numeric order.
     *
     * @return list<string>
     */
    public function members(string $prefix): array
    {
        $members = [];
        foreach ($this->values as $name => $value) {
            $name = (string) $name;
            if (str_starts_with($name, $prefix . '.') && ctype_digit(substr($name, strlen($prefix) + 1))) {
                $members[(int) substr($name, strlen($prefix) + 1)] = $value;
            }
        }
        ksort($members);

        return array_values($members);
    }

    public function integer(string $name, int $default, int $minimum, int $maximum): int
    {
        $value = $this->optional($name);
        if ($value === null) {
            return $default;
        }
        if (!ctype_digit($value) || (int) $value < $minimum || (int) $value > $maximum) {
            throw MwsError::invalidValue($name, $value, "an integer from $minimum to $maximum");
        }

        return (int) $value;
    }

    public function boolean(string $name): ?bool
    {
        $value = $this->optional($name);

        return match ($value) {
            null => null,
            'true' => true,
            'false' => false,
            default => throw MwsError::invalidValue($name, $value, 'true or false'),
        };
    }

    /** Reads an ISO 8601 date as Unix seconds, or null when absent. */
    public function date(string $name): ?int
    {
        $value = $this->optional($name);
        if ($value === null) {
            return null;
        }

        return self::parseDate($value) ?? throw MwsError::invalidValue($name, $value, 'an ISO 8601 date');
    }

    public static function parseDate(string $value): ?int
    {
        if (preg_match(self::ISO_8601, $value) !== 1) {
            return null;
        }
        $date = date_create_immutable($value);

        return $date === false ? null : $date->getTimestamp();
    }
}
