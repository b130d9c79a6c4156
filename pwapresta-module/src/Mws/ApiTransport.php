<?php

declare(strict_types=1);

namespace PwaPresta\Module\Mws;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;

/**
 * MWS requests sent by the engine in use (PwaPresta\Api::mwsSend), TLS verification on.
 */
final class ApiTransport implements MwsTransport
{
    public function send(array $signedRequest, array $options): array
    {
        return Api::mwsSend($signedRequest, $options);
    }
}
