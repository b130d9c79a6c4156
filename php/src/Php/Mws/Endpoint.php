<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws;

use PwaPresta\Exception\InvalidFieldException;

/**
 * The 'endpoint' override of a signed request: http(s)://host[:port], nothing more.
 *
 * It points requests at a local sandbox such as http://127.0.0.1:8125. The section fixes the path,
 * so a path, query, fragment or user info is rejected; a single trailing slash is dropped.
 */
final class Endpoint
{
    private function __construct(public readonly string $scheme, public readonly string $host)
    {
    }

    public static function https(string $host): self
    {
        return new self('https', $host);
    }

    /**
     * Parses http://host[:port] or https://host[:port]; a port equal to the scheme's default
     * (80 or 443) is dropped so it never reaches the string to sign.
     */
    public static function parse(string $endpoint): self
    {
        if (strncasecmp($endpoint, 'https://', 8) === 0) {
            [$scheme, $rest] = ['https', substr($endpoint, 8)];
        } elseif (strncasecmp($endpoint, 'http://', 7) === 0) {
            [$scheme, $rest] = ['http', substr($endpoint, 7)];
        } else {
            throw self::invalid($endpoint, 'it must start with http:// or https://');
        }
        $authority = str_ends_with($rest, '/') ? substr($rest, 0, -1) : $rest;
        if (strpbrk($authority, '/?#@') !== false) {
            throw self::invalid($endpoint, 'it must not contain a path, query or user info');
        }

        [$host, $port] = self::splitPort($authority) ?? throw self::invalid($endpoint, 'its port must be 1 to 65535');
        // A name or an IPv4 address, or an IPv6 literal in brackets: brackets and colons belong
        // to IPv6 literals only.
        if (preg_match('/^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])$/D', $host) !== 1) {
            throw self::invalid($endpoint, 'its host must be a name or an IP address');
        }

        $signedHost = strtr($host, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
        if ($port !== null && $port !== ($scheme === 'https' ? 443 : 80)) {
            $signedHost .= ':' . $port;
        }

        return new self($scheme, $signedHost);
    }

    /** scheme://host without a trailing slash. */
    public function origin(): string
    {
        return $this->scheme . '://' . $this->host;
    }

    /**
     * Splits host[:port]; an IPv6 literal keeps its colons inside brackets.
     *
     * @return array{string, ?int}|null null when the port is present but not 1 to 65535
     */
    private static function splitPort(string $authority): ?array
    {
        if (str_starts_with($authority, '[')) {
            $bracket = strpos($authority, ']');
            $hostEnd = $bracket === false ? strlen($authority) : $bracket + 1;
        } else {
            $colon = strpos($authority, ':');
            $hostEnd = $colon === false ? strlen($authority) : $colon;
        }
        $host = substr($authority, 0, $hostEnd);
        $port = substr($authority, $hostEnd);
        if ($port === '') {
            return [$host, null];
        }
        $digits = substr($port, 1);
        if ($port[0] !== ':' || $digits === '' || strlen($digits) > 5 || !ctype_digit($digits)) {
            return null;
        }
        $number = (int) $digits;

        return $number >= 1 && $number <= 65535 ? [$host, $number] : null;
    }

    private static function invalid(string $endpoint, string $reason): InvalidFieldException
    {
        return new InvalidFieldException(
            "invalid MWS endpoint \"$endpoint\": $reason, e.g. http://127.0.0.1:8125",
            ['field' => 'endpoint', 'value' => $endpoint],
        );
    }
}
