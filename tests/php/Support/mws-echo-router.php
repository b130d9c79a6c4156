<?php

declare(strict_types=1);

/*
 * Router for `php -S 127.0.0.1:PORT mws-echo-router.php`: answers every request with a JSON echo
 * of its method, path, query, headers (lower-case names) and body.
 *
 * Request headers steer the answer: X-Test-Status sets the status code (e.g. 503), X-Test-Sleep
 * waits that many seconds first, X-Test-Size pads the body to that many bytes, and X-Test-Redirect
 * answers 302 with that Location.
 */

$headers = [];
foreach (getallheaders() as $name => $value) {
    $headers[strtolower((string) $name)] = $value;
}

$sleep = (float) ($headers['x-test-sleep'] ?? 0);
if ($sleep > 0) {
    usleep((int) ($sleep * 1000000));
}

$status = (int) ($headers['x-test-status'] ?? 200);
if (isset($headers['x-test-redirect'])) {
    $status = 302;
    header('Location: ' . $headers['x-test-redirect']);
}
http_response_code($status);
header('Content-Type: application/json');
header('X-Echo-Id: pwapresta-test');

$uri = $_SERVER['REQUEST_URI'];
$queryStart = strpos($uri, '?');
$echo = json_encode([
    'method' => $_SERVER['REQUEST_METHOD'],
    'path' => $queryStart === false ? $uri : substr($uri, 0, $queryStart),
    'query' => $queryStart === false ? '' : substr($uri, $queryStart + 1),
    'headers' => $headers,
    'body' => file_get_contents('php://input'),
], JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE);

$size = (int) ($headers['x-test-size'] ?? 0);
echo $size > strlen($echo) ? $echo . str_repeat(' ', $size - strlen($echo)) : $echo;
