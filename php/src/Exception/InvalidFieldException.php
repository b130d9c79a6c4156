<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * A field or input value has the wrong type or format (an unparseable timestamp, a quantity below 1, an SKU over 40 characters). Context: field, value.
 */
final class InvalidFieldException extends \InvalidArgumentException implements PwaPrestaException
{
    use ContextTrait;
}
