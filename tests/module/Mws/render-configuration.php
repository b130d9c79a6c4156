<?php
/**
 * Renders the module's settings page (getContent) in the double's shop from the command line and
 * prints the HTML, so tests can read the jobs section. POST fields may be given as JSON in argv[1],
 * e.g. {"pwapresta_run_job":"orders"} to press "Run now".
 *
 *   php render-configuration.php ['{"field":"value"}']
 */
require dirname(__DIR__, 3) . '/tests/prestashop/config/config.inc.php';

$_POST = json_decode($argv[1] ?? '{}', true, 512, JSON_THROW_ON_ERROR);
$module = Module::getInstanceByName('pwapresta');
echo $module->getContent();
