<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PrestaShop\PrestaShop\Core\Module\Exception\ModuleErrorException;

/*
 * A shipped Amazon order cannot be cancelled. PrestaShop 8's order page shows the message of a
 * ModuleErrorException thrown by a hook as an error and leaves the order's state unchanged.
 * Shops without that class get a PrestaShopException with the same message.
 */
if (class_exists(ModuleErrorException::class)) {
    /** The cancellation of a shipped Amazon order, rejected before PrestaShop saves it. */
    final class ShippedOrderCancellationException extends ModuleErrorException
    {
    }
} else {
    /** The cancellation of a shipped Amazon order, rejected before PrestaShop saves it. */
    final class ShippedOrderCancellationException extends \PrestaShopException
    {
    }
}
