<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * Date formats of MWS responses: Reports and Feeds write "+00:00", Orders write "Z".
 */
final class Dates
{
    public static function reports(int $time): string
    {
        return gmdate('Y-m-d\TH:i:s+00:00', $time);
    }

    public static function orders(int $time): string
    {
        return gmdate('Y-m-d\TH:i:s\Z', $time);
    }

    /** Unix seconds of a date stored in the state (any ISO 8601 form). */
    public static function parse(string $date): int
    {
        return Parameters::parseDate($date)
            ?? throw new \UnexpectedValueException("invalid date \"$date\" in the sandbox state");
    }
}
