<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * Signature Version 2, computed here without the project's engines so that a signing bug in
 * either engine fails the sandbox's check.
 */
final class SignatureVerifier
{
    /** SignatureMethod => hash_hmac algorithm. */
    public const ALGORITHMS = ['HmacSHA256' => 'sha256', 'HmacSHA1' => 'sha1'];

    /**
     * Builds the canonical query: every parameter but Signature, sorted by name in byte order,
     * name and value encoded per RFC 3986 and joined with &. rawurlencode keeps A-Z a-z 0-9 - _ . ~
     * and writes every other byte as upper-case %XX.
     *
     * @param array<string, string> $parameters
     */
    public static function canonicalQuery(array $parameters): string
    {
        unset($parameters['Signature']);
        ksort($parameters, SORT_STRING);
        $pairs = [];
        foreach ($parameters as $name => $value) {
            $pairs[] = rawurlencode((string) $name) . '=' . rawurlencode($value);
        }

        return implode('&', $pairs);
    }

    /**
     * METHOD \n lower-case Host header (with its port) \n path \n canonical query.
     *
     * @param array<string, string> $parameters
     */
    public static function stringToSign(string $method, string $host, string $path, array $parameters): string
    {
        return implode("\n", [$method, strtolower($host), $path, self::canonicalQuery($parameters)]);
    }

    /** base64(HMAC(secret, string to sign)); the caller has checked $signatureMethod. */
    public static function signature(
        string $stringToSign,
        #[\SensitiveParameter] string $secretKey,
        string $signatureMethod,
    ): string {
        return base64_encode(hash_hmac(self::ALGORITHMS[$signatureMethod], $stringToSign, $secretKey, true));
    }

    public static function matches(string $expected, string $provided): bool
    {
        return hash_equals($expected, $provided);
    }
}
