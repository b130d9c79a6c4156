<?php

declare(strict_types=1);

/*
 * The MWS part of the lifecycle: starts the MWS sandbox on 127.0.0.1, points the shop at it, and
 * drives orders through the cron URLs: the schedule job, the report job importing a new order C
 * and order A (already created by IOPN, so not created again), then the orders job applying
 * Amazon's states (C Unshipped: payment accepted, then Shipped in Seller Central: shipped).
 * Then the back office's post-order actions, each run by backoffice.php in its own process: order
 * S gets tracking details and is shipped, partially refunded with an order slip, then refunded in
 * full; order X is cancelled while unshipped; the cancellation of shipped order C is undone by the
 * module, which puts C back in the shipped state.
 * The feeds job submits their feeds, and a second run reads Amazon's processing reports.
 * Prints every response, each feed with its status and Amazon's result, and the sandbox's verdict
 * on the signature of every request; exits 1 when a job, an action or a signature failed.
 *
 * Report orders get new Amazon order ids on every run, so a real shop can run it again.
 *
 *   php scripts/lifecycle/mws.php SHOP_URL
 */

require __DIR__ . '/ShopDatabase.php';
require dirname(__DIR__, 2) . '/tests/sandbox/mws/autoload.php';

use PwaPresta\Tests\Sandbox\Mws\MwsSandbox;

$shopUrl = rtrim($argv[1] ?? 'http://127.0.0.1:8080', '/');
$root = dirname(__DIR__, 2);
$expected = json_decode((string) file_get_contents($root . '/tests/fixtures/iopn-lifecycle/expected.json'), true, 64, JSON_THROW_ON_ERROR);
$token = bin2hex(random_bytes(16));

$sandbox = MwsSandbox::start();
$scenario = $sandbox->scenario();
$scenario->addSeller((string) $expected['access_key_id'], (string) $expected['secret_key'], 'A2PWAPRESTAEXMPL');

$database = ShopDatabase::fromEnvironment();
$database->setConfiguration('PWAPRESTA_MWS_ENDPOINT', $sandbox->endpoint());
$database->setConfiguration('PWAPRESTA_SYNCHRONISATION', 'both');
$database->setConfiguration('PWAPRESTA_CRON_TOKEN', $token);
// A new sandbox is a new Seller Central: ListOrders starts again from the job's default window.
$database->pdo->exec("UPDATE `{$database->prefix}pwapresta_job` SET cursor_value = NULL WHERE job = 'orders'");
echo "lifecycle mws: MWS sandbox on {$sandbox->endpoint()}, synchronisation IOPN and MWS\n";

// Amazon order ids of this run: 403-RRRRRRR-000000N, with RRRRRRR random.
$runId = sprintf('%07d', random_int(0, 9999999));
[$orderC, $orderS, $orderX] = array_map(static fn (int $n): string => "403-$runId-000000$n", [1, 2, 3]);
$report = (string) file_get_contents($root . '/tests/fixtures/report-orders-xml-in-constructed.xml');
foreach ([$orderC, $orderS, $orderX] as $amazonOrderId) {
    $scenario->addOrder(['AmazonOrderId' => $amazonOrderId, 'OrderStatus' => 'Unshipped', 'MarketplaceId' => 'AXGTNDD750VEM']);
    $scenario->addReport('_GET_ORDERS_DATA_', strtr($report, ['403-0000001-0000001' => $amazonOrderId, 'DEMO-TSHIRT-M' => 'demo_6']));
}
$scenario->addReport('_GET_ORDERS_DATA_', strtr($report, ['403-0000001-0000001' => '403-1111111-2222222']));
echo "lifecycle mws: report orders C $orderC, S $orderS, X $orderX and IOPN order A 403-1111111-2222222\n";

$failed = false;
$run = static function (string $job) use ($shopUrl, $token, &$failed): void {
    $url = $shopUrl . '/index.php?' . http_build_query(['fc' => 'module', 'module' => 'pwapresta', 'controller' => 'cron', 'job' => $job]);
    $curl = curl_init($url . '&token=' . $token);
    curl_setopt_array($curl, [CURLOPT_RETURNTRANSFER => true, CURLOPT_TIMEOUT => 300]);
    $body = (string) curl_exec($curl);
    $status = (int) curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    curl_close($curl);
    echo "== cron $job (token hidden): HTTP $status ", trim($body), "\n";
    $failed = $failed || $status !== 200;
};
$php = array_merge([PHP_BINARY], getenv('PWA_LIFECYCLE_EXTENSION') ? ['-d', 'extension=' . getenv('PWA_LIFECYCLE_EXTENSION')] : []);
$backOffice = static function (string $label, bool $expectOk, string ...$arguments) use ($php, &$failed): array {
    $command = array_merge($php, [__DIR__ . '/backoffice.php'], $arguments);
    exec(implode(' ', array_map('escapeshellarg', $command)) . ' 2>&1', $output, $code);
    $result = json_decode((string) end($output), true) ?? ['ok' => false, 'error' => implode(' ', $output)];
    echo "== back office: $label: ", $result['ok'] ? 'done' : 'rejected: ' . $result['error'], "\n";
    $failed = $failed || $code !== 0 || $result['ok'] !== $expectOk;

    return $result;
};

$run('schedule');
$run('report');
$run('orders');
$scenario->setOrderStatus($orderC, 'Shipped');
echo "lifecycle mws: order $orderC marked Shipped in Seller Central\n";
$run('orders');

$shopOrder = static function (string $amazonOrderId) use ($database): string {
    $statement = $database->pdo->prepare("SELECT id_order FROM `{$database->prefix}pwapresta_order` WHERE amazon_order_id = ?");
    $statement->execute([$amazonOrderId]);

    return (string) $statement->fetchColumn();
};
$idS = $shopOrder($orderS);
$idX = $shopOrder($orderX);
$idC = $shopOrder($orderC);
$tracking = json_encode(['carrier_name' => 'Example Couriers & Logistics', 'shipping_method' => 'Standard', 'tracking_number' => 'EXTRK000000001IN']);
$backOffice("tracking details of S (order $idS)", true, 'tracking', $idS, $tracking);
$backOffice("S shipped", true, 'state', $idS, 'shipped');
$backOffice("partial refund of S: 1 of product 3 for 449.00", true, 'slip', $idS, json_encode([['product_id' => 3, 'quantity' => 1, 'amount' => '449.00']]));
$backOffice("S refunded", true, 'state', $idS, 'refunded');
$backOffice("X cancelled while unshipped (order $idX)", true, 'state', $idX, 'cancelled');
// PrestaShop stores the cancellation and the module undoes it: C must be back in the shipped state.
$refused = $backOffice("C cancelled after its shipment (order $idC, stored by PrestaShop, to be undone by the module)", true, 'state', $idC, 'cancelled');
$shippedState = $database->pdo->query(
    "SELECT value FROM `{$database->prefix}configuration` WHERE name = 'PWAPRESTA_OS_SHIPPED' ORDER BY id_configuration",
)->fetchColumn();
echo "== back office: C after the refused cancellation: order state {$refused['state']}",
    ($refused['undone'] ?? false) ? ', cancellation undone' : ', cancellation kept', "\n";
$failed = $failed || !($refused['undone'] ?? false) || (string) $refused['state'] !== (string) $shippedState;

$run('feeds');
// The processing report of a feed is due CHECK_DELAY seconds after its submission: make it due now.
$database->pdo->exec("UPDATE `{$database->prefix}pwapresta_feed` SET next_attempt_at = '2000-01-01 00:00:00' WHERE status = 'submitted'");
$run('feeds');

$feeds = $database->pdo->prepare(sprintf(
    'SELECT id_pwapresta_feed, feed_type, amazon_order_id, status, submission_id, last_error FROM `%spwapresta_feed`
    WHERE amazon_order_id IN (?, ?, ?) ORDER BY id_pwapresta_feed',
    $database->prefix,
));
$feeds->execute([$orderC, $orderS, $orderX]);
foreach ($feeds->fetchAll() as $feed) {
    printf(
        "lifecycle mws: feed %d %s for %s: %s (submission %s): %s\n",
        $feed['id_pwapresta_feed'],
        $feed['feed_type'],
        $feed['amazon_order_id'],
        $feed['status'],
        $feed['submission_id'] ?? '-',
        $feed['last_error'] ?? '',
    );
    $failed = $failed || $feed['status'] !== 'done';
}

$states = $database->pdo->query(sprintf(
    'SELECT l.amazon_order_id, o.current_state FROM `%1$spwapresta_order` l JOIN `%1$sorders` o ON o.id_order = l.id_order ORDER BY l.amazon_order_id',
    $database->prefix,
))->fetchAll(PDO::FETCH_KEY_PAIR);
foreach ($states as $amazonOrderId => $stateId) {
    echo "lifecycle mws: Amazon order $amazonOrderId is in order state $stateId\n";
}

echo "== MWS sandbox verdicts\n";
foreach ($sandbox->verdicts() as $line) {
    echo "   $line\n";
    $failed = $failed || !str_contains($line, 'signature valid');
}
$sandbox->stop();

exit($failed ? 1 : 0);
