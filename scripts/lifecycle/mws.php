<?php

declare(strict_types=1);

/*
 * The MWS part of the lifecycle: starts the MWS sandbox on 127.0.0.1, points the shop at it, and
 * drives orders through the cron URLs: the schedule job, the report job importing a new order C
 * and order A (already created by IOPN, so not created again), then the orders job applying
 * Amazon's states (C Unshipped: payment accepted, then Shipped in Seller Central: shipped).
 * Prints every response and the sandbox's verdict on the signature of every request, and exits 1
 * when a job or a signature failed.
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
echo "lifecycle mws: MWS sandbox on {$sandbox->endpoint()}, synchronisation IOPN and MWS\n";

$orderC = $scenario->addOrder(['OrderStatus' => 'Unshipped', 'MarketplaceId' => 'AXGTNDD750VEM']);
$report = (string) file_get_contents($root . '/tests/fixtures/report-orders-xml-in-constructed.xml');
$scenario->addReport('_GET_ORDERS_DATA_', strtr($report, ['403-0000001-0000001' => $orderC, 'DEMO-TSHIRT-M' => 'demo_6']));
$scenario->addReport('_GET_ORDERS_DATA_', strtr($report, ['403-0000001-0000001' => '403-1111111-2222222']));

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

$run('schedule');
$run('report');
$run('orders');
$scenario->setOrderStatus($orderC, 'Shipped');
echo "lifecycle mws: order $orderC marked Shipped in Seller Central\n";
$run('orders');
$run('orders');

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
