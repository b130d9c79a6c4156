<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * An HTTP response of the sandbox: status, body and extra headers.
 */
final class MwsResponse
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly int $status,
        public readonly string $body,
        public readonly string $contentType = 'text/xml',
        public readonly array $headers = [],
    ) {
    }

    /** Builds a 200 response carrying a document as it is (a report or a processing report) and its Content-MD5. */
    public static function document(string $body, string $contentType = 'text/xml'): self
    {
        return new self(200, $body, $contentType, ['Content-MD5' => base64_encode(md5($body, true))]);
    }

    public function send(string $requestId): void
    {
        http_response_code($this->status);
        header('Content-Type: ' . $this->contentType);
        header('x-mws-request-id: ' . $requestId);
        header('x-mws-timestamp: ' . gmdate('Y-m-d\TH:i:s\Z'));
        foreach ($this->headers as $name => $value) {
            header("$name: $value");
        }
        echo $this->body;
    }
}
