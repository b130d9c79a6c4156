<?php

declare(strict_types=1);

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Iopn\BodyLimit;
use PwaPresta\Module\Iopn\IopnRequest;
use PwaPresta\Module\Iopn\IopnResponse;

/**
 * The IOPN merchant URL Amazon posts notifications to (index.php?fc=module&module=pwapresta&controller=iopn).
 *
 * Nothing of the shop's front office may block or redirect it: maintenance mode, geolocation
 * restrictions, forced SSL and canonical redirects are switched off here, and a failure while
 * PrestaShop initialises the page becomes 503 so Amazon delivers again.
 */
class PwaprestaIopnModuleFrontController extends ModuleFrontController
{
    /** @var Pwapresta */
    public $module;

    public $ssl = false;

    public $auth = false;

    public function init(): void
    {
        try {
            parent::init();
        } catch (\Exception $exception) {
            PrestaShopLogger::addLog('pwapresta: IOPN request got a 503 response because the shop failed to start: ' . $exception->getMessage(), 3);
            $this->send(new IopnResponse(503, 'Temporarily unable to process the notification.', ['Retry-After' => '60']));
        }
    }

    public function postProcess(): void
    {
        $method = (string) ($_SERVER['REQUEST_METHOD'] ?? 'GET');
        $length = (int) ($_SERVER['CONTENT_LENGTH'] ?? 0);
        $limit = BodyLimit::forServer();
        $rawBody = '';
        // A chunked body has no Content-Length: reading one byte past the limit measures it.
        if ($method === 'POST' && $length <= $limit) {
            $rawBody = (string) file_get_contents('php://input', false, null, 0, $limit + 1);
            $length = max($length, strlen($rawBody));
        }

        $request = new IopnRequest($method, $_POST, $length, $rawBody);
        try {
            $response = $this->module->services()->notificationEndpoint()->handle($request);
        } catch (\Exception $exception) {
            // Settings and logs live in the database too: a failure outside the endpoint's own
            // handling still gets 503, so Amazon delivers the notification again.
            error_log('pwapresta: IOPN request got a 503 response: ' . $exception->getMessage());
            $response = new IopnResponse(503, 'Temporarily unable to process the notification.', ['Retry-After' => '60']);
        }
        $this->send($response);
    }

    /** Maintenance mode must not send Amazon the maintenance page. */
    protected function displayMaintenancePage(): void
    {
    }

    /** A geolocation block must not send Amazon the restricted-country page. */
    protected function displayRestrictedCountryPage(): void
    {
    }

    /** @param mixed $defaultCountry */
    protected function geolocationManagement($defaultCountry)
    {
        return false;
    }

    /** Amazon posts to the exact URL configured in Seller Central: never redirect it. */
    protected function sslRedirection(): void
    {
    }

    protected function canonicalRedirection($canonical_url = ''): void
    {
    }

    private function send(IopnResponse $response): never
    {
        http_response_code($response->status);
        header('Content-Type: text/plain; charset=utf-8');
        header('Cache-Control: no-store');
        foreach ($response->headers as $name => $value) {
            header($name . ': ' . $value);
        }
        echo $response->body, "\n";
        exit;
    }
}
