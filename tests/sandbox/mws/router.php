<?php

declare(strict_types=1);

/*
 * Router of the local MWS sandbox for PHP's built-in server:
 *
 *   PWAPRESTA_MWS_STATE=/tmp/mws-state php -S 127.0.0.1:8125 tests/sandbox/mws/router.php
 *
 * Every request is served from the scenario state in $PWAPRESTA_MWS_STATE (written by
 * MwsSandbox) and recorded in its log. Only clients on 127.0.0.1 are served.
 */

use PwaPresta\Tests\Sandbox\Mws\MwsRequest;
use PwaPresta\Tests\Sandbox\Mws\Server;
use PwaPresta\Tests\Sandbox\Mws\StateStore;

require __DIR__ . '/autoload.php';

if (($_SERVER['REMOTE_ADDR'] ?? '') !== '127.0.0.1') {
    http_response_code(403);
    header('Content-Type: text/plain');
    echo "The MWS sandbox serves 127.0.0.1 only.\n";

    return true;
}

try {
    $state = StateStore::fromEnvironment();
} catch (RuntimeException $exception) {
    http_response_code(500);
    header('Content-Type: text/plain');
    echo $exception->getMessage(), "\n";
    error_log('MWS sandbox: ' . $exception->getMessage());

    return true;
}

[$response, $requestId] = (new Server($state))->serve(MwsRequest::fromGlobals());
$response->send($requestId);

return true;
