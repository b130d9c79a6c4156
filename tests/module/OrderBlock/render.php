<?php
/**
 * Renders the Amazon block of the order page in the double's shop from the command line, as a
 * back-office request with the given POST fields would, and prints {"html": ...} as JSON.
 *
 *   php render.php ORDER_ID [POST_JSON]
 *
 * POST_JSON: the form fields of the request, e.g. {"pwapresta_order": 5, "pwapresta_retry_feed": 2}.
 */
require dirname(__DIR__, 2) . '/prestashop/config/config.inc.php';

$_POST = json_decode($argv[2] ?? '{}', true, 8, JSON_THROW_ON_ERROR);
$module = Module::getInstanceByName('pwapresta');

echo json_encode(['html' => $module->hookDisplayAdminOrderMain(['id_order' => (int) ($argv[1] ?? 0)])]);
