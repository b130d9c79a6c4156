<?php

declare(strict_types=1);

namespace PwaPresta\Module\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The shop cannot act now (database unreachable, a lock held by another request): the caller answers
 * 503 so Amazon delivers the notification again later.
 */
final class UnavailableException extends \RuntimeException
{
}
