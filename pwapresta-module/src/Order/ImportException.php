<?php

declare(strict_types=1);

namespace PwaPresta\Module\Order;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Notification data the shop cannot turn into an order (unknown product, country or e-mail). The
 * notification stays stored with this message and is answered with 400; fixing the shop's data and
 * retrying the stored notification completes it.
 */
final class ImportException extends \RuntimeException
{
}
