<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * An error the sandbox returns as an MWS ErrorResponse: HTTP status, Type, Code and Message.
 */
final class MwsError extends \RuntimeException
{
    public function __construct(
        public readonly int $status,
        public readonly string $type,
        public readonly string $errorCode,
        string $message,
    ) {
        parent::__construct($message);
    }

    public static function missingParameter(string $name): self
    {
        return new self(400, 'Sender', 'MissingParameter', "Missing required parameter $name: add it to the request.");
    }

    public static function invalidValue(string $name, string $value, string $expected): self
    {
        return new self(
            400,
            'Sender',
            'InvalidParameterValue',
            sprintf('Invalid value "%s" for parameter %s: expected %s.', $value, $name, $expected),
        );
    }

    /** HTTP 503 with the envelope of a throttled MWS call (an empty Type, as Amazon sends it). */
    public static function throttled(): self
    {
        return new self(503, '', 'RequestThrottled', 'Request is throttled');
    }

    /** HTTP 500 or 502 with an InternalError envelope. */
    public static function internalError(int $status): self
    {
        return new self($status, 'Receiver', 'InternalError', 'An internal error occurred: retry the request later.');
    }
}
