<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * An amount is not an exact decimal in the currency's minor units, or currencies differ within one order. Context: value, element or field.
 */
final class InvalidAmountException extends \UnexpectedValueException implements PwaPrestaException
{
    use ContextTrait;
}
