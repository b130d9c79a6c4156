<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module\Support;

use InvalidArgumentException;
use RuntimeException;

/**
 * A curl client for the harness' web server. Paths are relative to the shop URL; absolute URLs
 * must point at 127.0.0.1. Redirects are not followed, so a test can assert on them.
 */
final class HttpClient
{
    public function __construct(private readonly string $baseUrl = '')
    {
    }

    /**
     * @param array<string, string> $query
     * @param array<string, string> $headers
     */
    public function get(string $path, array $query = [], array $headers = []): HttpResponse
    {
        $url = $this->url($path);
        if ($query !== []) {
            $url .= (str_contains($url, '?') ? '&' : '?') . http_build_query($query);
        }

        return $this->send('GET', $url, null, $headers);
    }

    /**
     * Posts a form: an array is encoded as application/x-www-form-urlencoded, a string is
     * sent as it is with that content type.
     *
     * @param array<string, string>|string $form
     * @param array<string, string> $headers
     */
    public function postForm(string $path, array|string $form, array $headers = []): HttpResponse
    {
        $body = is_array($form) ? http_build_query($form, '', '&', PHP_QUERY_RFC1738) : $form;
        $headers = ['Content-Type' => 'application/x-www-form-urlencoded'] + $headers;

        return $this->send('POST', $this->url($path), $body, $headers);
    }

    /**
     * @param array<string, string> $headers
     */
    public function request(string $method, string $path, ?string $body = null, array $headers = []): HttpResponse
    {
        return $this->send($method, $this->url($path), $body, $headers);
    }

    private function url(string $path): string
    {
        $url = preg_match('#^https?://#', $path) ? $path : ($this->baseUrl ?: Environment::shopUrl()) . '/' . ltrim($path, '/');
        if (parse_url($url, PHP_URL_HOST) !== '127.0.0.1') {
            throw new InvalidArgumentException("Refusing $url: tests only talk to 127.0.0.1.");
        }

        return $url;
    }

    /**
     * @param array<string, string> $headers
     */
    private function send(string $method, string $url, ?string $body, array $headers): HttpResponse
    {
        $handle = curl_init($url);
        $received = [];
        $lines = [];
        foreach ($headers as $name => $value) {
            $lines[] = $name . ': ' . $value;
        }
        curl_setopt_array($handle, [
            CURLOPT_CUSTOMREQUEST => $method,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_TIMEOUT => 60,
            CURLOPT_HTTPHEADER => $lines,
            CURLOPT_HEADERFUNCTION => static function ($curl, string $line) use (&$received): int {
                $parts = explode(':', $line, 2);
                if (count($parts) === 2) {
                    $received[strtolower(trim($parts[0]))] = trim($parts[1]);
                }

                return strlen($line);
            },
        ]);
        if ($body !== null) {
            curl_setopt($handle, CURLOPT_POSTFIELDS, $body);
        }
        $content = curl_exec($handle);
        if ($content === false) {
            $error = curl_error($handle);
            curl_close($handle);
            throw new RuntimeException("$method $url failed: $error");
        }
        $status = (int) curl_getinfo($handle, CURLINFO_RESPONSE_CODE);
        curl_close($handle);

        return new HttpResponse($status, $received, (string) $content);
    }
}
