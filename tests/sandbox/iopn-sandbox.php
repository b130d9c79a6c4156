<?php

declare(strict_types=1);

/*
 * Command line of the local Amazon IOPN sandbox: posts a notification to a 127.0.0.1 URL the
 * way Amazon does and prints one line per request: the HTTP status, the UUID and the
 * timestamp sent. Exits 0 when every response has the expected status (--expect, default 200).
 */

use PwaPresta\Tests\Sandbox\DeliveryOptions;
use PwaPresta\Tests\Sandbox\IopnNotification;
use PwaPresta\Tests\Sandbox\IopnSandbox;

require __DIR__ . '/autoload.php';

const USAGE = <<<'TEXT'
usage: php tests/sandbox/iopn-sandbox.php --url=URL (--post=FILE | --data=FILE [--type=TYPE]) [options]

  --url=URL          the IOPN endpoint, http(s)://127.0.0.1 only
  --post=FILE        a signed sample body (tests/fixtures/iopn-lifecycle/*.post): type and data
  --data=FILE        a NotificationData XML document; --type defaults to its root element
  --repeat=N         deliver N times one after the other (default 1)
  --parallel=N       send N identical requests at the same time in each round (default 1)
  --forge            sign with a wrong secret
  --unsigned         send no Signature field
  --stale            timestamp 20 minutes in the past
  --future           timestamp 20 minutes in the future
  --timestamp=TS     this exact Timestamp value
  --uuid=MODE        fresh (default: one new UUID for all requests), each (one per request),
                     sample (the .post file's UUID) or a UUID
  --secret=KEY       secret key (default: the samples' key in expected.json)
  --access-key=ID    access key id (default: the samples' id in expected.json)
  --expect=CODE      status every answer should have (default 200)
  --show-body        print each answer's body after its status line
TEXT;

$options = getopt('', [
    'url:', 'post:', 'data:', 'type:', 'repeat:', 'parallel:', 'forge', 'unsigned', 'stale', 'future',
    'timestamp:', 'uuid:', 'secret:', 'access-key:', 'expect:', 'show-body', 'help',
]);
if (isset($options['help']) || !isset($options['url']) || (!isset($options['post']) && !isset($options['data']))) {
    fwrite(STDERR, USAGE . "\n");
    exit(2);
}

try {
    if (isset($options['post'])) {
        $notification = IopnNotification::fromPostFile((string) $options['post']);
    } else {
        $data = @file_get_contents((string) $options['data']);
        if ($data === false) {
            throw new InvalidArgumentException('Cannot read --data file ' . $options['data']);
        }
        $notification = IopnNotification::fromData($data, isset($options['type']) ? (string) $options['type'] : null);
    }

    $sandbox = IopnSandbox::withSampleKeys((string) $options['url']);
    if (isset($options['secret']) || isset($options['access-key'])) {
        $expected = json_decode((string) file_get_contents(dirname(__DIR__) . '/fixtures/iopn-lifecycle/expected.json'), true);
        $sandbox = new IopnSandbox(
            (string) $options['url'],
            (string) ($options['secret'] ?? $expected['secret_key']),
            (string) ($options['access-key'] ?? $expected['access_key_id'])
        );
    }

    $timestamp = isset($options['stale']) ? 'stale' : (isset($options['future']) ? 'future' : (string) ($options['timestamp'] ?? 'now'));
    $signature = isset($options['forge']) ? 'forged' : (isset($options['unsigned']) ? 'missing' : 'valid');
    $delivery = new DeliveryOptions(
        (int) ($options['repeat'] ?? 1),
        (int) ($options['parallel'] ?? 1),
        $signature,
        $timestamp,
        (string) ($options['uuid'] ?? 'fresh')
    );

    $expect = (int) ($options['expect'] ?? 200);
    $allExpected = true;
    foreach ($sandbox->deliver($notification, $delivery) as $result) {
        $line = sprintf('HTTP %s %s UUID=%s Timestamp=%s', $result->status ?: '---', $notification->type, $result->uuid, $result->timestamp);
        echo $line, $result->error !== '' ? ' error=' . $result->error : '', "\n";
        if (isset($options['show-body'])) {
            echo '  ', str_replace("\n", "\n  ", trim($result->body)), "\n";
        }
        $allExpected = $allExpected && $result->status === $expect;
    }
    exit($allExpected ? 0 : 1);
} catch (InvalidArgumentException $e) {
    fwrite(STDERR, $e->getMessage() . "\n");
    exit(2);
}
