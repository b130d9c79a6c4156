<?php

declare(strict_types=1);

namespace PwaPresta\Module\Mws;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The MWS settings are incomplete, so no request can be signed: the message names the missing value.
 */
final class MwsConfigurationException extends \RuntimeException
{
}
