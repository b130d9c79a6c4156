<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * An incoming MWS request: method, Host header, raw path, decoded parameters and the feed body.
 *
 * Parameters come from the URL query and, for a form POST, from the body. A body of any other
 * content type is the feed of SubmitFeed. Pairs are split by hand because parse_str() would turn
 * the dots of "MarketplaceId.Id.1" into underscores. Values are form-decoded ("+" becomes a
 * space), as MWS decodes them, so a client that leaves "+" unencoded fails the signature check.
 */
final class MwsRequest
{
    /**
     * @param array<string, string> $parameters
     * @param array<string, string> $headers names in lower case
     */
    public function __construct(
        public readonly string $method,
        public readonly string $host,
        public readonly string $path,
        public readonly array $parameters,
        public readonly string $body,
        public readonly array $headers,
    ) {
    }

    public static function fromGlobals(): self
    {
        $uri = (string) ($_SERVER['REQUEST_URI'] ?? '/');
        $queryStart = strpos($uri, '?');
        $path = $queryStart === false ? $uri : substr($uri, 0, $queryStart);
        $query = $queryStart === false ? '' : substr($uri, $queryStart + 1);
        $headers = [];
        foreach ($_SERVER as $name => $value) {
            if (str_starts_with((string) $name, 'HTTP_')) {
                $headers[strtolower(str_replace('_', '-', substr((string) $name, 5)))] = (string) $value;
            }
        }
        $headers['content-type'] = (string) ($_SERVER['CONTENT_TYPE'] ?? '');

        $parameters = self::decodePairs($query);
        $body = (string) file_get_contents('php://input');
        if (str_starts_with(strtolower($headers['content-type']), 'application/x-www-form-urlencoded')) {
            $parameters = array_merge($parameters, self::decodePairs($body));
            $body = '';
        }

        return new self(
            strtoupper((string) ($_SERVER['REQUEST_METHOD'] ?? 'GET')),
            $headers['host'] ?? '',
            $path,
            $parameters,
            $body,
            $headers,
        );
    }

    /**
     * Decodes name=value pairs joined with &; a repeated name keeps its last value.
     *
     * @return array<string, string>
     */
    public static function decodePairs(string $encoded): array
    {
        $pairs = [];
        foreach (explode('&', $encoded) as $pair) {
            if ($pair === '') {
                continue;
            }
            $parts = explode('=', $pair, 2);
            $pairs[urldecode($parts[0])] = urldecode($parts[1] ?? '');
        }

        return $pairs;
    }

    public function parameter(string $name): ?string
    {
        return $this->parameters[$name] ?? null;
    }

    /**
     * Returns the parameters as the log shows them: no Signature, and MWSAuthToken masked.
     *
     * @return array<string, string>
     */
    public function loggableParameters(): array
    {
        $parameters = $this->parameters;
        unset($parameters['Signature']);
        if (isset($parameters['MWSAuthToken'])) {
            $parameters['MWSAuthToken'] = '(hidden)';
        }
        ksort($parameters, SORT_STRING);

        return $parameters;
    }
}
