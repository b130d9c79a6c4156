<?php

declare(strict_types=1);

namespace PwaPresta\Module\Mws;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Sends a request built by PwaPresta\Api::mwsSignedRequest. The module's implementation is
 * ApiTransport (PwaPresta\Api::mwsSend); tests may count or drop calls.
 */
interface MwsTransport
{
    /**
     * @param array<string, mixed> $signedRequest
     * @param array<string, mixed> $options see PwaPresta\Api::mwsSend
     * @return array{status: int, headers: array<string, string>, body: string}
     *
     * @throws \PwaPresta\Exception\TransportException when no response could be read
     */
    public function send(array $signedRequest, array $options): array;
}
