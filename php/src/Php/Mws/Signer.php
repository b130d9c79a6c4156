<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws;

use PwaPresta\Exception\InvalidFieldException;

/**
 * Signature Version 2: canonical query, string to sign and HMAC signature.
 *
 * StringToSign = HTTPMethod "\n" lower(Host) "\n" Path "\n" CanonicalizedQueryString and
 * Signature = base64(HMAC(SecretKey, StringToSign)), as the MWS Developer Guide ("Signing a
 * query request") defines them.
 */
final class Signer
{
    private const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    private const LOWER = 'abcdefghijklmnopqrstuvwxyz';

    /** @param array<array-key, mixed> $parameters */
    public static function canonicalQuery(array $parameters): string
    {
        $values = [];
        foreach ($parameters as $name => $value) {
            $values[$name] = self::parameterValue((string) $name, $value);
        }
        unset($values['Signature']);

        return self::canonicalQueryOf($values);
    }

    /**
     * Joins checked parameters: sorted by name in byte order, both sides RFC 3986 encoded.
     *
     * @param array<array-key, string> $values
     */
    public static function canonicalQueryOf(array $values): string
    {
        // CanonicalizedQueryString = join("&", sort_by_bytes(encode(name) "=" encode(value)))
        ksort($values, SORT_STRING);
        $pairs = [];
        foreach ($values as $name => $value) {
            // rawurlencode keeps exactly A-Z a-z 0-9 - _ . ~ and writes %XX in upper case.
            $pairs[] = rawurlencode((string) $name) . '=' . rawurlencode($value);
        }

        return implode('&', $pairs);
    }

    /** @param array<array-key, mixed> $parameters */
    public static function stringToSign(string $method, string $host, string $path, array $parameters): string
    {
        return self::stringToSignOf($method, $host, $path, self::canonicalQuery($parameters));
    }

    public static function stringToSignOf(string $method, string $host, string $path, string $canonicalQuery): string
    {
        $method = self::httpMethod($method);
        $host = self::signedHost($host);

        // StringToSign = HTTPMethod "\n" ValueOfHostHeaderInLowercase "\n" HTTPRequestURI "\n"
        //                CanonicalizedQueryString
        return $method . "\n" . $host . "\n" . ($path === '' ? '/' : $path) . "\n" . $canonicalQuery;
    }

    public static function signature(
        string $stringToSign,
        #[\SensitiveParameter] string $secretKey,
        string $signatureMethod,
    ): string {
        // Signature = Base64(HMAC-SHA256(SecretKey, StringToSign)), or HMAC-SHA1 for HmacSHA1
        return base64_encode(hash_hmac(self::hashAlgorithm($signatureMethod), $stringToSign, $secretKey, true));
    }

    /** Returns 'sha256' for HmacSHA256 and 'sha1' for HmacSHA1 (exact spelling). */
    public static function hashAlgorithm(string $signatureMethod): string
    {
        return match ($signatureMethod) {
            'HmacSHA256' => 'sha256',
            'HmacSHA1' => 'sha1',
            default => throw new InvalidFieldException(
                "invalid MWS signature method \"$signatureMethod\": use HmacSHA256 (or HmacSHA1)",
                ['field' => 'signature_method', 'value' => $signatureMethod],
            ),
        };
    }

    /** Returns 'POST' or 'GET' for either in any letter case. */
    public static function httpMethod(string $method): string
    {
        foreach (['POST', 'GET'] as $known) {
            if (strcasecmp($method, $known) === 0) {
                return $known;
            }
        }

        throw new InvalidFieldException(
            "invalid HTTP method \"$method\" for MWS: use POST or GET",
            ['field' => 'method', 'value' => $method],
        );
    }

    /** Returns the host as signed: lower case, without a trailing :443 or :80. */
    public static function signedHost(string $host): string
    {
        foreach ([':443', ':80'] as $defaultPort) {
            if (str_ends_with($host, $defaultPort)) {
                $host = substr($host, 0, -strlen($defaultPort));
                break;
            }
        }
        if ($host === '') {
            throw new InvalidFieldException(
                'missing MWS host: pass the endpoint\'s host, e.g. mws.amazonservices.in',
                ['field' => 'host', 'value' => ''],
            );
        }

        return strtr($host, self::UPPER, self::LOWER);
    }

    /** A parameter value as bytes: strings as they are, integers in decimal. */
    public static function parameterValue(string $name, mixed $value): string
    {
        if (is_string($value)) {
            return $value;
        }
        if (is_int($value)) {
            return (string) $value;
        }
        $type = Input::typeName($value);

        throw new InvalidFieldException(
            "invalid MWS parameter '$name': expected a string or an integer, got $type; pass the value as a string",
            ['field' => $name, 'value' => $type],
        );
    }
}
