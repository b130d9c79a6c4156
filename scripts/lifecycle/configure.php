<?php

declare(strict_types=1);

/*
 * Stores the Amazon keys of the IOPN samples (tests/fixtures/iopn-lifecycle/expected.json) in
 * the shop's configuration, with the sandbox environment, so the shop accepts the sandbox's
 * notifications. The secret key is never printed.
 */

require __DIR__ . '/ShopDatabase.php';

$expected = json_decode((string) file_get_contents(dirname(__DIR__, 2) . '/tests/fixtures/iopn-lifecycle/expected.json'), true, 64, JSON_THROW_ON_ERROR);
$database = ShopDatabase::fromEnvironment();

$database->setConfiguration('PWAPRESTA_MERCHANT_ID', 'A2PWAPRESTAEXMPL');
$database->setConfiguration('PWAPRESTA_ACCESS_KEY_ID', (string) $expected['access_key_id']);
$database->setConfiguration('PWAPRESTA_SECRET_KEY', (string) $expected['secret_key']);
$database->setConfiguration('PWAPRESTA_ENVIRONMENT', 'sandbox');

echo "lifecycle: configured merchant A2PWAPRESTAEXMPL, access key {$expected['access_key_id']}, sandbox environment\n";
