<?php

declare(strict_types=1);

namespace PwaPresta\Php\Status;

use PwaPresta\Exception\UnknownNotificationTypeException;
use PwaPresta\Exception\UnknownOrderStateException;
use PwaPresta\Exception\UnknownOrderStatusException;

/**
 * Order states: notification types and MWS order statuses mapped to order-state keys, and the
 * guard that keeps an order from moving backwards. Twin of the Rust module `status`.
 */
final class OrderStates
{
    /** Order-state keys, in lifecycle order (the rows and columns of TRANSITIONS). */
    public const STATES = ['awaiting_payment', 'payment_accepted', 'shipped', 'cancelled', 'refunded'];

    public const NOTIFICATION_STATES = [
        'NewOrderNotification' => 'awaiting_payment',
        'OrderReadyToShipNotification' => 'payment_accepted',
        'OrderCancelledNotification' => 'cancelled',
    ];

    /** MWS OrderStatus => order state, null when the status needs no change in the shop. */
    public const MWS_STATUS_STATES = [
        'PendingAvailability' => 'awaiting_payment',
        'Pending' => 'awaiting_payment',
        'Unshipped' => 'payment_accepted',
        'PartiallyShipped' => 'payment_accepted',
        'Shipped' => 'shipped',
        'InvoiceUnconfirmed' => 'shipped',
        'Canceled' => 'cancelled',
        'Unfulfillable' => null,
    ];

    /**
     * TRANSITIONS[from][to]: nothing leaves cancelled or refunded, nothing goes back to
     * awaiting_payment, shipped may only move to refunded, and staying put is not a move.
     */
    public const TRANSITIONS = [
        // to: awaiting, accepted, shipped, cancelled, refunded
        [false, true, true, true, true],
        [false, false, true, true, true],
        [false, false, false, false, true],
        [false, false, false, false, false],
        [false, false, false, false, false],
    ];

    public static function forNotification(string $notificationType): string
    {
        return self::NOTIFICATION_STATES[$notificationType]
            ?? throw self::unknownNotificationType($notificationType);
    }

    public static function forMwsStatus(string $orderStatus): ?string
    {
        if (!array_key_exists($orderStatus, self::MWS_STATUS_STATES)) {
            throw new UnknownOrderStatusException(
                sprintf(
                    'MWS OrderStatus "%s" is unknown: expected PendingAvailability, Pending, Unshipped, '
                    . 'PartiallyShipped, Shipped, InvoiceUnconfirmed, Canceled or Unfulfillable',
                    $orderStatus,
                ),
                ['order_status' => $orderStatus],
            );
        }

        return self::MWS_STATUS_STATES[$orderStatus];
    }

    public static function isTransitionAllowed(string $from, string $to): bool
    {
        return self::TRANSITIONS[self::index($from)][self::index($to)];
    }

    /** Builds the exception for a type outside the three IOPN notification types. */
    public static function unknownNotificationType(string $value): UnknownNotificationTypeException
    {
        return new UnknownNotificationTypeException(
            sprintf(
                'IOPN notification type "%s" is unknown: expected NewOrderNotification, '
                . 'OrderReadyToShipNotification or OrderCancelledNotification',
                $value,
            ),
            ['notification_type' => $value],
        );
    }

    private static function index(string $state): int
    {
        $index = array_search($state, self::STATES, true);
        if ($index === false) {
            throw new UnknownOrderStateException(
                sprintf(
                    'order state "%s" is unknown: expected awaiting_payment, payment_accepted, shipped, '
                    . 'cancelled or refunded',
                    $state,
                ),
                ['order_state' => $state],
            );
        }

        return $index;
    }
}
