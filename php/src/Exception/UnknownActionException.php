<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * The MWS action belongs to none of the Reports, Orders and Feeds sections. Context: action.
 */
final class UnknownActionException extends \InvalidArgumentException implements PwaPrestaException
{
    use ContextTrait;
}
