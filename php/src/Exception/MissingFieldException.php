<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * A required field or input key is missing or empty. Context: field.
 */
final class MissingFieldException extends \InvalidArgumentException implements PwaPrestaException
{
    use ContextTrait;
}
