<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

use PwaPresta\Php\Xml\Utf8;

/**
 * Constructor and context accessor shared by the exception classes.
 *
 * The native engine builds exceptions with the same (message, context) arguments, by class name.
 * Bytes that are not UTF-8 in the message and in text context values become U+FFFD, as in the
 * native engine, whose messages quote PHP strings decoded that way.
 */
trait ContextTrait
{
    /** @var array<string, string|int> */
    private array $context;

    /** @param array<string, string|int> $context */
    public function __construct(string $message, array $context = [], ?\Throwable $previous = null)
    {
        parent::__construct(Utf8::scrub($message), 0, $previous);
        $this->context = array_map(
            static fn (mixed $value): mixed => is_string($value) ? Utf8::scrub($value) : $value,
            $context,
        );
    }

    /** @return array<string, string|int> */
    public function getContext(): array
    {
        return $this->context;
    }
}
