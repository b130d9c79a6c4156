<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws;

/**
 * Collects one curl answer: lower-case header names (repeats joined by ", ") and the body, or
 * the body written to a sink file.
 */
final class CurlResponse
{
    /** @var array<string, string> */
    public array $headers = [];

    public string $body = '';

    /** Reason of a failed write to the sink, which curl reports only as a write error. */
    public ?string $writeError = null;

    /** CURLOPT_HEADERFUNCTION: a new status line (after a 1xx answer) starts a new header set. */
    public function readHeader(\CurlHandle $handle, string $line): int
    {
        if (str_starts_with($line, 'HTTP/')) {
            $this->headers = [];

            return strlen($line);
        }
        $colon = strpos($line, ':');
        if ($colon !== false) {
            $name = strtr(substr($line, 0, $colon), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
            $value = trim(substr($line, $colon + 1), " \t\r\n");
            $this->headers[$name] = isset($this->headers[$name]) ? $this->headers[$name] . ', ' . $value : $value;
        }

        return strlen($line);
    }

    /**
     * CURLOPT_WRITEFUNCTION: appends to the body, or writes to $file when one is given.
     *
     * @param resource|null $file
     */
    public function writer($file): \Closure
    {
        return function (\CurlHandle $handle, string $data) use ($file): int {
            if ($file === null) {
                $this->body .= $data;

                return strlen($data);
            }
            $written = fwrite($file, $data);
            if ($written !== strlen($data)) {
                $this->writeError = 'cannot write the sink file';

                return 0;
            }

            return $written;
        };
    }
}
