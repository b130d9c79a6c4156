<?php

declare(strict_types=1);

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Jobs\JobOutcome;

/**
 * The cron URL of the jobs: index.php?fc=module&module=pwapresta&controller=cron&job=NAME&token=TOKEN.
 *
 * A missing or wrong token gets 403 before anything else happens. The response is one plain-text
 * line: 200 when the job succeeded, 409 when another run holds its lock, 500 when it failed, so
 * `curl --fail` in a crontab reports failures. Maintenance mode and redirects are off here.
 */
class PwaprestaCronModuleFrontController extends ModuleFrontController
{
    /** @var Pwapresta */
    public $module;

    public $ssl = false;

    public $auth = false;

    public function postProcess(): void
    {
        $factory = $this->module->jobFactory();
        if (!$factory->cronToken()->matches(Tools::getValue('token', null))) {
            $this->send(403, 'Forbidden: the token is missing or wrong. Copy the cron URL from the module settings.');
        }

        $name = (string) Tools::getValue('job', '');
        $cron = $factory->cronJobs($this->module->jobs());
        if (!$cron->registry()->has($name)) {
            $this->send(404, sprintf('Unknown job "%s": use one of %s.', $name, implode(', ', $cron->registry()->names())));
        }

        @set_time_limit(0);
        try {
            $outcome = $cron->run($name);
        } catch (\Exception $exception) {
            // The job table or the log is unreachable: nothing ran, so the next tick retries.
            error_log('pwapresta: cron job ' . $name . ' could not start: ' . $exception->getMessage());
            $this->send(503, sprintf('%s: not started: the database is unavailable.', $name));
        }

        $status = match ($outcome->status) {
            JobOutcome::OK => 200,
            JobOutcome::BUSY => 409,
            default => 500,
        };
        $this->send($status, $outcome->line());
    }

    protected function displayMaintenancePage(): void
    {
    }

    protected function displayRestrictedCountryPage(): void
    {
    }

    /** @param mixed $defaultCountry */
    protected function geolocationManagement($defaultCountry)
    {
        return false;
    }

    protected function sslRedirection(): void
    {
    }

    protected function canonicalRedirection($canonical_url = ''): void
    {
    }

    private function send(int $status, string $line): never
    {
        http_response_code($status);
        header('Content-Type: text/plain; charset=utf-8');
        header('Cache-Control: no-store');
        header('X-Robots-Tag: noindex');
        echo $line, "\n";
        exit;
    }
}
