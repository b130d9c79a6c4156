<?php

declare(strict_types=1);

/*
 * Prints the MWS sandbox's verdict on each request it received, one line per request:
 *
 *   php tests/sandbox/mws/verdicts.php STATE_DIRECTORY
 *
 * e.g. "POST /Orders/2013-09-01 ListOrders: signature valid, 200 OK". Exits 1 when any
 * request was rejected for its signature or its access key.
 */

use PwaPresta\Tests\Sandbox\Mws\Scenario;

require __DIR__ . '/autoload.php';

$directory = $argv[1] ?? getenv('PWAPRESTA_MWS_STATE');
if (!is_string($directory) || !is_dir($directory)) {
    fwrite(STDERR, "usage: php tests/sandbox/mws/verdicts.php STATE_DIRECTORY (or set PWAPRESTA_MWS_STATE)\n");
    exit(2);
}

$scenario = Scenario::inDirectory($directory);
$verdicts = $scenario->verdicts();
$rejected = 0;
foreach ($scenario->requests() as $index => $request) {
    echo $verdicts[$index], "\n";
    if (in_array($request['outcome'], ['SignatureDoesNotMatch', 'InvalidAccessKeyId'], true)) {
        $rejected++;
    }
}

exit($rejected === 0 ? 0 : 1);
