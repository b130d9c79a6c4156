<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * The IOPN NotificationType is not NewOrderNotification, OrderReadyToShipNotification or OrderCancelledNotification. Context: notification_type.
 */
final class UnknownNotificationTypeException extends \UnexpectedValueException implements PwaPrestaException
{
    use ContextTrait;
}
