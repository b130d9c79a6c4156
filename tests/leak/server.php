<?php

declare(strict_types=1);

/*
 * Router for `php -S 127.0.0.1:PORT server.php`: a stand-in MWS endpoint for the leak check.
 * Action=Throttled returns Amazon's throttling error with 503, Action=Slow responds after one
 * second (to trip a client timeout), anything else returns a ListOrders response with 200.
 */

$action = $_POST['Action'] ?? $_GET['Action'] ?? '';
$fixtures = __DIR__ . '/../fixtures/';

if ($action === 'Slow') {
    sleep(1);
}

header('Content-Type: text/xml');
header('x-mws-request-id: leak-check');
if ($action === 'Throttled') {
    http_response_code(503);
    readfile($fixtures . 'mws-error-throttled.xml');

    return;
}
readfile($fixtures . 'mws-response-listorders-in-constructed.xml');
