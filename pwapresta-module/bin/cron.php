<?php
/**
 * Runs the module's jobs from a crontab, without the cron URL and its token:
 *
 *   php modules/pwapresta/bin/cron.php JOB [--shop-root=PATH]
 *
 * JOB is a job name (schedule, report, orders, and any other the module registers) or "due" for
 * what the cron tasks manager runs on each tick. PATH is the shop's root folder, by default three
 * levels above this file (or PWAPRESTA_SHOP_ROOT). Prints one line per job. Exit codes: 0 success,
 * 1 a job failed, 2 usage error, 75 another run holds the job's lock (EX_TEMPFAIL).
 */

declare(strict_types=1);

if (PHP_SAPI !== 'cli') {
    // The file sits under the web root: over HTTP it does nothing.
    http_response_code(404);
    exit;
}

$job = null;
$shopRoot = getenv('PWAPRESTA_SHOP_ROOT') ?: dirname(__DIR__, 3);
foreach (array_slice($argv, 1) as $argument) {
    if (str_starts_with($argument, '--shop-root=')) {
        $shopRoot = substr($argument, strlen('--shop-root='));
    } elseif ($job === null && !str_starts_with($argument, '-')) {
        $job = $argument;
    } else {
        $job = '';
    }
}

$usage = "usage: php bin/cron.php JOB [--shop-root=PATH]\n";
if ($job === null || $job === '') {
    fwrite(STDERR, $usage);
    exit(2);
}
if (!is_file($shopRoot . '/config/config.inc.php')) {
    fwrite(STDERR, sprintf("No PrestaShop at %s (config/config.inc.php not found): pass --shop-root=PATH.\n", $shopRoot));
    exit(2);
}

require $shopRoot . '/config/config.inc.php';

$module = Module::getInstanceByName('pwapresta');
if (!$module instanceof Pwapresta || !Module::isEnabled('pwapresta')) {
    fwrite(STDERR, "The pwapresta module is not installed or not enabled in this shop.\n");
    exit(1);
}

$cron = $module->jobFactory()->cronJobs($module->jobs());
try {
    $outcomes = $job === 'due' ? $module->runDueJobs() : [$cron->run($job)];
} catch (InvalidArgumentException $exception) {
    fwrite(STDERR, $exception->getMessage() . "\n" . $usage);
    exit(2);
}

$exitCode = 0;
foreach ($outcomes as $outcome) {
    echo $outcome->line(), "\n";
    if ($outcome->status === PwaPresta\Module\Jobs\JobOutcome::FAILED) {
        $exitCode = 1;
    } elseif ($outcome->status === PwaPresta\Module\Jobs\JobOutcome::BUSY && $exitCode === 0) {
        $exitCode = 75;
    }
}
exit($exitCode);
