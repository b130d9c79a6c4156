<?php

declare(strict_types=1);

namespace PwaPresta\Php\Order;

/**
 * ISO 8601 dates read exactly and normalised to "YYYY-MM-DDTHH:MM:SSZ" in UTC.
 *
 * Twin of `parse_instant`, `normalize_date` and `format_utc` in the Rust module `order`; both
 * accept the same forms: YYYY-MM-DD (midnight UTC) and YYYY-MM-DDTHH:MM:SS with an optional
 * fraction and an optional Z, ±HH:MM or ±HHMM (no zone means UTC).
 */
final class Dates
{
    private const PATTERN = '/\A([0-9]{4})-([0-9]{2})-([0-9]{2})'
        . '(?:T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?\z/';

    /**
     * Unix seconds (fraction dropped) and whether a zone was given, or null when unreadable.
     *
     * @return array{unix: int, has_zone: bool}|null
     */
    public static function parse(string $value): ?array
    {
        if (preg_match(self::PATTERN, $value, $match) !== 1) {
            return null;
        }
        [$year, $month, $day] = [(int) $match[1], (int) $match[2], (int) $match[3]];
        if ($month < 1 || $month > 12 || $day < 1 || $day > self::daysInMonth($year, $month)) {
            return null;
        }
        $days = self::daysFromCivil($year, $month, $day);
        if (!isset($match[4])) {
            return ['unix' => $days * 86400, 'has_zone' => false];
        }

        [$hour, $minute, $second] = [(int) $match[4], (int) $match[5], (int) $match[6]];
        if ($hour > 23 || $minute > 59 || $second > 59) {
            return null;
        }
        $offset = 0;
        $zone = $match[7] ?? '';
        if ($zone !== '' && $zone !== 'Z') {
            $digits = str_replace(':', '', substr($zone, 1));
            $hours = (int) substr($digits, 0, 2);
            $minutes = (int) substr($digits, 2, 2);
            if ($hours > 23 || $minutes > 59) {
                return null;
            }
            $offset = ($zone[0] === '-' ? -1 : 1) * ($hours * 3600 + $minutes * 60);
        }

        $local = $days * 86400 + $hour * 3600 + $minute * 60 + $second;

        return ['unix' => $local - $offset, 'has_zone' => $zone !== ''];
    }

    /** The date as "YYYY-MM-DDTHH:MM:SSZ" in UTC, or null when unreadable or outside 0000-9999. */
    public static function normalize(string $value): ?string
    {
        $instant = self::parse($value);

        return $instant === null ? null : self::formatUtc($instant['unix']);
    }

    /** Unix seconds as "YYYY-MM-DDTHH:MM:SSZ", or null outside years 0000 to 9999. */
    public static function formatUtc(int $unix): ?string
    {
        $days = intdiv($unix, 86400);
        $seconds = $unix % 86400;
        if ($seconds < 0) {
            $days--;
            $seconds += 86400;
        }
        [$year, $month, $day] = self::civilFromDays($days);
        if ($year < 0 || $year > 9999) {
            return null;
        }

        return sprintf(
            '%04d-%02d-%02dT%02d:%02d:%02dZ',
            $year,
            $month,
            $day,
            intdiv($seconds, 3600),
            intdiv($seconds % 3600, 60),
            $seconds % 60,
        );
    }

    /** The message both engines use for an unreadable date. */
    public static function errorMessage(string $value): string
    {
        return sprintf(
            'date "%s" is not an ISO 8601 date such as 2026-12-04 or 2026-12-04T09:10:15.120Z',
            $value,
        );
    }

    private static function daysInMonth(int $year, int $month): int
    {
        $leap = $year % 4 === 0 && ($year % 100 !== 0 || $year % 400 === 0);

        return match ($month) {
            2 => $leap ? 29 : 28,
            4, 6, 9, 11 => 30,
            default => 31,
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
    private static function daysFromCivil(int $year, int $month, int $day): int
    {
        $year -= $month <= 2 ? 1 : 0;
        $era = intdiv($year >= 0 ? $year : $year - 399, 400);
        $yearOfEra = $year - $era * 400;
        $dayOfYear = intdiv(153 * (($month + 9) % 12) + 2, 5) + $day - 1;
        $dayOfEra = $yearOfEra * 365 + intdiv($yearOfEra, 4) - intdiv($yearOfEra, 100) + $dayOfYear;

        return $era * 146097 + $dayOfEra - 719468;
    }

    /** @return array{int, int, int} year, month, day */
    private static function civilFromDays(int $days): array
    {
        $days += 719468;
        $era = intdiv($days >= 0 ? $days : $days - 146096, 146097);
        $dayOfEra = $days - $era * 146097;
        $yearOfEra = intdiv(
            $dayOfEra - intdiv($dayOfEra, 1460) + intdiv($dayOfEra, 36524) - intdiv($dayOfEra, 146096),
            365,
        );
        $dayOfYear = $dayOfEra - (365 * $yearOfEra + intdiv($yearOfEra, 4) - intdiv($yearOfEra, 100));
        $shiftedMonth = intdiv(5 * $dayOfYear + 2, 153);
        $day = $dayOfYear - intdiv(153 * $shiftedMonth + 2, 5) + 1;
        $month = $shiftedMonth < 10 ? $shiftedMonth + 3 : $shiftedMonth - 9;

        return [$yearOfEra + $era * 400 + ($month <= 2 ? 1 : 0), $month, $day];
    }
}
