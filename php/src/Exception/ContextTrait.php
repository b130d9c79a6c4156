<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * Constructor and context accessor shared by the exception classes.
 *
 * The native engine builds exceptions with the same (message, context) arguments, by class name.
 */
trait ContextTrait
{
    /** @var array<string, string|int> */
    private array $context;

    /** @param array<string, string|int> $context */
    public function __construct(string $message, array $context = [], ?\Throwable $previous = null)
    {
        parent::__construct($message, 0, $previous);
        $this->context = $context;
    }

    /** @return array<string, string|int> */
    public function getContext(): array
    {
        return $this->context;
    }
}
