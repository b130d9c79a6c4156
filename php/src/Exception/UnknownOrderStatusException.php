<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * An MWS OrderStatus outside Amazon's list (Pending, Unshipped, Shipped, Canceled, ...). Context: order_status.
 */
final class UnknownOrderStatusException extends \UnexpectedValueException implements PwaPrestaException
{
    use ContextTrait;
}
