<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws;

use PwaPresta\Engine\PhpEngine;
use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\MissingFieldException;
use PwaPresta\Exception\UnknownActionException;

/**
 * Builds a complete signed MWS request (see Engine::mwsSignedRequest).
 *
 * Checks run in the native engine's order: action, access key id, seller id, secret key,
 * timestamp, method, signature method, region, endpoint, MWSAuthToken, body, then each parameter.
 */
final class RequestBuilder
{
    /** Keys of the request array, in the order the API documents them. */
    private const REQUEST_KEYS = [
        'action', 'parameters', 'access_key_id', 'seller_id', 'mws_auth_token', 'region', 'endpoint',
        'timestamp', 'method', 'body', 'signature_method',
    ];

    /** Largest timestamp written with a four-digit year: 9999-12-31T23:59:59Z. */
    private const MAX_TIMESTAMP = 253402300799;

    /**
     * @param array<string, mixed> $request
     * @return array<string, mixed>
     */
    public static function build(array $request, #[\SensitiveParameter] string $secretKey): array
    {
        self::checkKeys($request);
        $action = Input::requiredText($request['action'] ?? null, 'action');
        $section = Section::ofAction($action) ?? throw new UnknownActionException(
            "unknown MWS action \"$action\": use an action of the Orders, Reports or Feeds section, e.g. ListOrders",
            ['action' => $action],
        );
        $accessKeyId = Input::requiredText($request['access_key_id'] ?? null, 'access_key_id');
        $sellerId = Input::requiredText($request['seller_id'] ?? null, 'seller_id');
        if ($secretKey === '') {
            throw new MissingFieldException(
                'missing MWS secret key: pass the secret key of the access key id',
                ['field' => 'secret_key'],
            );
        }
        $timestamp = self::timestamp($request['timestamp'] ?? null);
        $method = self::method($request['method'] ?? null);
        $signatureMethod = self::signatureMethod($request['signature_method'] ?? null);
        $regionHost = self::regionHost($request['region'] ?? null);
        $endpointText = Input::optionalText($request['endpoint'] ?? null, 'endpoint');
        $endpoint = $endpointText === null ? Endpoint::https($regionHost) : Endpoint::parse($endpointText);
        $mwsAuthToken = Input::optionalText($request['mws_auth_token'] ?? null, 'mws_auth_token');
        $body = FeedBody::check($request['body'] ?? null, $action, $method);
        $values = self::ownParameters($request['parameters'] ?? null);

        // Parameters = action parameters + AWSAccessKeyId, Action, seller, MWSAuthToken,
        //              SignatureMethod, SignatureVersion, Timestamp, Version (+ ContentMD5Value)
        $md5 = $body === null ? null : base64_encode(md5($body, true));
        $fixed = [
            'AWSAccessKeyId' => $accessKeyId,
            'Action' => $action,
            $section->sellerParameter => $sellerId,
            'MWSAuthToken' => $mwsAuthToken,
            'SignatureMethod' => $signatureMethod,
            'SignatureVersion' => '2',
            'Timestamp' => $timestamp,
            'Version' => $section->version,
            'ContentMD5Value' => $md5,
        ];
        foreach ($fixed as $name => $value) {
            if ($value !== null) {
                $values[$name] = $value;
            }
        }

        $query = Signer::canonicalQueryOf($values);
        $stringToSign = Signer::stringToSignOf($method, $endpoint->host, $section->path, $query);
        $signature = Signer::signature($stringToSign, $secretKey, $signatureMethod);
        $signedQuery = $query . '&Signature=' . rawurlencode($signature);

        $url = $endpoint->origin() . $section->path;
        $headers = [];
        if ($body !== null) {
            $headers = ['Content-Type' => 'text/xml', 'Content-MD5' => $md5];
            $url .= '?' . $signedQuery;
        } elseif ($method === 'GET') {
            $url .= '?' . $signedQuery;
        } else {
            $headers = ['Content-Type' => 'application/x-www-form-urlencoded; charset=utf-8'];
        }
        $headers['User-Agent'] = self::userAgent();

        $values['Signature'] = $signature;
        ksort($values, SORT_STRING);

        return [
            'method' => $method,
            'url' => $url,
            'host' => $endpoint->host,
            'path' => $section->path,
            'headers' => $headers,
            'body' => $body ?? ($method === 'GET' ? '' : $signedQuery),
            'parameters' => array_map('strval', $values),
            'string_to_sign' => $stringToSign,
            'signature' => $signature,
        ];
    }

    /** Value of the User-Agent header, the same for both engines. */
    /**
     * Rejects a key outside REQUEST_KEYS, so a misspelled optional key fails instead of being
     * left out unnoticed. The key's value is not shown: it may be a secret such as the token.
     *
     * @param array<mixed> $request
     */
    private static function checkKeys(array $request): void
    {
        foreach (array_keys($request) as $key) {
            if (in_array($key, self::REQUEST_KEYS, true)) {
                continue;
            }
            $key = (string) $key;
            throw new InvalidFieldException(
                sprintf('unknown MWS request key "%s": use only %s', $key, implode(', ', self::REQUEST_KEYS)),
                ['field' => $key, 'value' => $key],
            );
        }
    }

    public static function userAgent(): string
    {
        return 'pwapresta/' . PhpEngine::VERSION . ' (Language=PHP)';
    }

    /** Whether the caller may not set this parameter because the builder sets it. */
    public static function isReservedParameter(string $name): bool
    {
        return str_starts_with($name, 'Signature') || in_array($name, [
            'AWSAccessKeyId', 'Action', 'ContentMD5Value', 'MWSAuthToken', 'Merchant', 'SellerId', 'Timestamp',
            'Version',
        ], true);
    }

    /** Writes Unix seconds as YYYY-MM-DDTHH:MM:SSZ in UTC. */
    private static function timestamp(mixed $value): string
    {
        if ($value === null) {
            throw new MissingFieldException(
                "missing MWS request key 'timestamp': pass the current Unix time in seconds",
                ['field' => 'timestamp'],
            );
        }
        if (!is_int($value)) {
            throw Input::wrongType('timestamp', $value, 'Unix seconds as an int');
        }
        if ($value < 0 || $value > self::MAX_TIMESTAMP) {
            throw new InvalidFieldException(
                "invalid MWS timestamp $value: pass Unix seconds from 0 to " . self::MAX_TIMESTAMP,
                ['field' => 'timestamp', 'value' => (string) $value],
            );
        }

        // Timestamp = ISO 8601 in UTC, e.g. 2026-12-04T09:15:02Z
        return gmdate('Y-m-d\TH:i:s\Z', $value);
    }

    private static function method(mixed $value): string
    {
        if ($value === null) {
            return 'POST';
        }
        if (!is_string($value)) {
            throw Input::wrongType('method', $value, 'POST or GET');
        }

        return Signer::httpMethod($value);
    }

    private static function signatureMethod(mixed $value): string
    {
        if ($value === null) {
            return 'HmacSHA256';
        }
        if (!is_string($value)) {
            throw Input::wrongType('signature_method', $value, 'HmacSHA256 or HmacSHA1');
        }
        Signer::hashAlgorithm($value);

        return $value;
    }

    private static function regionHost(mixed $value): string
    {
        if ($value !== null && !is_string($value)) {
            throw Input::wrongType('region', $value, 'a region code such as IN');
        }
        $code = $value ?? Region::DEFAULT;

        return Region::host($code) ?? throw new InvalidFieldException(
            "unknown MWS region \"$code\": use one of " . Region::codes(),
            ['field' => 'region', 'value' => $code],
        );
    }

    /**
     * Checks the action's own parameters: an array, no reserved name, string or int values.
     *
     * @return array<array-key, string>
     */
    private static function ownParameters(mixed $parameters): array
    {
        if ($parameters === null) {
            return [];
        }
        if (!is_array($parameters)) {
            throw Input::wrongType('parameters', $parameters, 'an array');
        }
        $values = [];
        foreach ($parameters as $name => $value) {
            $name = (string) $name;
            if (self::isReservedParameter($name)) {
                // Only the type is shown: the value of a reserved name such as MWSAuthToken or
                // Signature is a credential.
                throw new InvalidFieldException(
                    "invalid MWS parameter '$name': the request builder sets it; remove it from 'parameters' and use "
                    . 'the request keys instead',
                    ['field' => $name, 'value' => Input::typeName($value)],
                );
            }
            $values[$name] = Signer::parameterValue($name, $value);
        }

        return $values;
    }
}
