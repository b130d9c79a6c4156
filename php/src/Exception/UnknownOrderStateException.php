<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * An order-state key outside awaiting_payment, payment_accepted, shipped, cancelled and refunded. Context: order_state.
 */
final class UnknownOrderStateException extends \InvalidArgumentException implements PwaPrestaException
{
    use ContextTrait;
}
