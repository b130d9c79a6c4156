<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws;

use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\TransportException;

/**
 * Sends a signed MWS request with ext-curl (see Engine::mwsSend).
 *
 * TLS peer and host verification stay on, redirects are not followed, and only http and https
 * are allowed. A curl handle is created per call, so nothing is shared across a fork.
 */
final class HttpClient
{
    public const DEFAULT_TIMEOUT_SECONDS = 60.0;
    public const DEFAULT_CONNECT_TIMEOUT_SECONDS = 10.0;

    /** Largest timeout accepted, one day, so a typo cannot hang a worker for ever. */
    private const MAX_TIMEOUT_SECONDS = 86400.0;

    /**
     * @param array<string, mixed> $signedRequest
     * @param array<string, mixed> $options
     * @return array{status: int, headers: array<string, string>, body: string}
     */
    public static function send(array $signedRequest, array $options): array
    {
        $method = Signer::httpMethod(Input::requiredText($signedRequest['method'] ?? null, 'method'));
        $url = self::checkedUrl(Input::requiredText($signedRequest['url'] ?? null, 'url'));
        $headers = self::headerLines($signedRequest['headers'] ?? null);
        $body = Input::optionalText($signedRequest['body'] ?? null, 'body') ?? '';
        $timeout = self::seconds($options['timeout'] ?? null, 'timeout', self::DEFAULT_TIMEOUT_SECONDS);
        $connectTimeout = self::seconds(
            $options['connect_timeout'] ?? null,
            'connect_timeout',
            self::DEFAULT_CONNECT_TIMEOUT_SECONDS,
        );
        $sink = Input::optionalText($options['sink'] ?? null, 'sink');
        $safeUrl = self::urlWithoutQuery($url);

        $response = new CurlResponse();
        $handle = curl_init();
        if ($handle === false) {
            throw self::transport($safeUrl, 'cannot create a curl handle');
        }
        $file = null;
        try {
            if ($sink !== null) {
                $file = @fopen($sink, 'wb');
                if ($file === false) {
                    throw self::transport($safeUrl, "cannot create sink file $sink");
                }
            }
            curl_setopt_array($handle, self::curlOptions($method, $url, $headers, $body, $timeout, $connectTimeout));
            curl_setopt($handle, CURLOPT_HEADERFUNCTION, $response->readHeader(...));
            curl_setopt($handle, CURLOPT_WRITEFUNCTION, $response->writer($file));
            if (curl_exec($handle) === false) {
                $reason = curl_errno($handle) === CURLE_OPERATION_TIMEDOUT
                    ? 'timed out: ' . curl_error($handle)
                    : curl_error($handle);
                throw self::transport($safeUrl, $response->writeError ?? $reason);
            }
            $status = (int) curl_getinfo($handle, CURLINFO_RESPONSE_CODE);
        } finally {
            curl_close($handle);
            if (is_resource($file)) {
                fclose($file);
            }
        }

        return ['status' => $status, 'headers' => $response->headers, 'body' => $response->body];
    }

    /** Returns the URL without its query and fragment: the query carries the signature. */
    public static function urlWithoutQuery(string $url): string
    {
        $end = strcspn($url, '?#');

        return substr($url, 0, $end);
    }

    /**
     * @param list<string> $headers
     * @return array<int, mixed>
     */
    private static function curlOptions(
        string $method,
        string $url,
        array $headers,
        string $body,
        float $timeout,
        float $connectTimeout,
    ): array {
        // An empty "Name:" line stops curl from adding that header: Expect for bodies over 1 KiB,
        // and a form Content-Type for a POST that names none, which the native engine's client
        // does not send either.
        $suppressed = ['Expect:'];
        if ($method === 'POST' && preg_grep('/^content-type:/i', $headers) === []) {
            $suppressed[] = 'Content-Type:';
        }
        $options = [
            CURLOPT_URL => $url,
            CURLOPT_HTTPHEADER => [...$headers, ...$suppressed],
            CURLOPT_SSL_VERIFYPEER => true,
            CURLOPT_SSL_VERIFYHOST => 2,
            CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_PROTOCOLS => CURLPROTO_HTTP | CURLPROTO_HTTPS,
            CURLOPT_TIMEOUT_MS => (int) ceil($timeout * 1000),
            CURLOPT_CONNECTTIMEOUT_MS => (int) ceil($connectTimeout * 1000),
            CURLOPT_NOSIGNAL => true,
            CURLOPT_ENCODING => null,
        ];
        if ($method === 'POST') {
            $options[CURLOPT_POST] = true;
            $options[CURLOPT_POSTFIELDS] = $body;
        } else {
            $options[CURLOPT_HTTPGET] = true;
        }

        return $options;
    }

    private static function checkedUrl(string $url): string
    {
        // A URL that is not UTF-8 is rejected, as the native engine's HTTP client rejects it.
        $http = strncasecmp($url, 'https://', 8) === 0 || strncasecmp($url, 'http://', 7) === 0;
        if ($http && preg_match('//u', $url) === 1) {
            return $url;
        }
        $shown = self::urlWithoutQuery($url);

        throw new InvalidFieldException(
            "invalid MWS request URL \"$shown\": pass the url of mwsSignedRequest's result",
            ['field' => 'url', 'value' => $shown],
        );
    }

    /** @return list<string> "Name: value" lines */
    private static function headerLines(mixed $headers): array
    {
        if ($headers === null) {
            return [];
        }
        if (!is_array($headers)) {
            throw Input::wrongType('headers', $headers, 'an array of strings');
        }
        $lines = [];
        foreach ($headers as $name => $value) {
            if (!is_string($value)) {
                throw Input::wrongType('headers', $value, 'an array of strings');
            }
            $name = (string) $name;
            // Values may contain tabs, visible ASCII and bytes from 0x80, as HTTP field values do.
            // The native engine's HTTP client rejects any other control byte, and so does this one.
            $controlByte = preg_match('/[\x00-\x08\x0A-\x1F\x7F]/', $value) === 1;
            if (preg_match('/^[!#$%&\'*+\-.^_`|~0-9A-Za-z]+$/D', $name) !== 1 || $controlByte) {
                throw new InvalidFieldException(
                    "invalid HTTP header \"$name\": names are tokens and values one line",
                    ['field' => 'headers', 'value' => $name],
                );
            }
            $lines[] = $name . ': ' . $value;
        }

        return $lines;
    }

    private static function seconds(mixed $value, string $field, float $default): float
    {
        if ($value === null) {
            return $default;
        }
        if (!is_int($value) && !is_float($value)) {
            throw Input::wrongType($field, $value, 'seconds as an int or a float');
        }
        $seconds = (float) $value;
        if (!($seconds > 0.0 && $seconds <= self::MAX_TIMEOUT_SECONDS)) {
            throw new InvalidFieldException(
                "invalid MWS option '$field' $seconds: pass seconds above 0, at most 86400",
                ['field' => $field, 'value' => (string) $seconds],
            );
        }

        return $seconds;
    }

    private static function transport(string $safeUrl, string $reason): TransportException
    {
        return new TransportException(
            "MWS request to $safeUrl failed: $reason; check the network and retry later",
            ['url' => $safeUrl, 'reason' => $reason],
        );
    }
}
