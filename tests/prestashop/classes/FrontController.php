<?php
/**
 * PrestaShop's FrontController. init() runs the front-office gates in PrestaShop's order, and
 * each gate ends the request, so a controller that must stay reachable overrides its methods:
 * - sslRedirection(): with PS_SSL_ENABLED, a plain-HTTP request gets a 301 to https;
 * - displayMaintenancePage(): with PS_SHOP_ENABLE 0, a visitor whose IP is not in
 *   PS_MAINTENANCE_IP gets a 503 page;
 * - geolocationManagement() and displayRestrictedCountryPage(): with PS_GEOLOCATION_ENABLED, a
 *   visitor outside PS_ALLOWED_COUNTRIES gets a 403 page when PS_GEOLOCATION_BEHAVIOR is 0
 *   (the double knows no visitor's country unless the X-Double-Country header gives it);
 * - canonicalRedirection(): with PS_CANONICAL_REDIRECT, a request for another URL than the
 *   canonical one gets a 301.
 * Between the first two gates it loads the context's customer and cart from the cookie.
 */
class FrontController extends Controller
{
    public $ssl = false;
    public $auth = false;
    public $guestAllowed = false;
    protected $restrictedCountry = 0;
    protected $maintenance = false;
    public $php_self;

    public function __construct()
    {
        $this->controller_type = 'front';
        parent::__construct();
    }

    public function init()
    {
        parent::init();
        $this->sslRedirection();

        $cookie = $this->context->cookie;
        if ($cookie->id_customer) {
            $this->context->customer = new Customer((int) $cookie->id_customer);
            $this->context->customer->logged = 1;
        }
        if ($cookie->id_cart) {
            $cart = new Cart((int) $cookie->id_cart);
            if (Validate::isLoadedObject($cart) && !$cart->orderExists()) {
                $this->context->cart = $cart;
            }
        }
        if (!$this->context->cart) {
            $this->context->cart = new Cart();
            $this->context->cart->id_lang = (int) $this->context->language->id;
            $this->context->cart->id_currency = (int) $this->context->currency->id;
            $this->context->cart->id_customer = (int) $this->context->customer->id;
        }

        $this->displayMaintenancePage();

        if (Configuration::get('PS_GEOLOCATION_ENABLED')) {
            $this->geolocationManagement($this->context->country);
        }
        $this->displayRestrictedCountryPage();

        if (Configuration::get('PS_CANONICAL_REDIRECT')) {
            $this->canonicalRedirection();
        }

        $this->context->smarty->assign([
            'cart' => $this->context->cart,
            'customer' => $this->context->customer,
            'currency' => $this->context->currency,
            'language' => $this->context->language,
            'urls' => ['base_url' => $this->context->link->getBaseLink()],
            'layout' => $this->getLayout(),
            'page_name' => $this->php_self ?: 'module-' . Tools::getValue('module') . '-' . Tools::getValue('controller'),
            'shop_name' => Configuration::get('PS_SHOP_NAME'),
        ]);
    }

    protected function sslRedirection()
    {
        if (Configuration::get('PS_SSL_ENABLED') && !Tools::usingSecureMode()) {
            header('HTTP/1.1 301 Moved Permanently');
            header('Location: https://' . Tools::getHttpHost() . ($_SERVER['REQUEST_URI'] ?? '/'));
            exit;
        }
    }

    protected function canonicalRedirection($canonical_url = '')
    {
        $canonical = $canonical_url ?: $this->context->link->getBaseLink() . 'index.php';
        $requested = Tools::getCurrentUrlProtocolPrefix() . Tools::getHttpHost() . strtok($_SERVER['REQUEST_URI'] ?? '/', '?');
        if (strtok($canonical, '?') !== $requested) {
            header('HTTP/1.1 301 Moved Permanently');
            header('Location: ' . $canonical);
            exit;
        }
    }

    protected function displayMaintenancePage()
    {
        if ($this->maintenance === true || !(int) Configuration::get('PS_SHOP_ENABLE')) {
            $allowed = array_filter(array_map('trim', explode(',', (string) Configuration::get('PS_MAINTENANCE_IP'))));
            if (!in_array(Tools::getRemoteAddr(), $allowed, true)) {
                header('HTTP/1.1 503 Service Unavailable');
                header('Retry-After: 3600');
                echo '<!doctype html><title>Maintenance</title><h1>We are currently updating our shop</h1>';
                exit;
            }
        }
    }

    protected function displayRestrictedCountryPage()
    {
        if ($this->restrictedCountry) {
            header('HTTP/1.1 403 Forbidden');
            echo '<!doctype html><title>Restricted country</title><h1>You cannot access this store from your country.</h1>';
            exit;
        }
    }

    protected function geolocationManagement($defaultCountry)
    {
        $allowed = array_filter(explode(';', (string) Configuration::get('PS_ALLOWED_COUNTRIES')));
        $visitorCountry = $this->visitorCountryIso();
        if ($visitorCountry === null || !in_array($visitorCountry, $allowed, true)) {
            if ((int) Configuration::get('PS_GEOLOCATION_BEHAVIOR') === 0) {
                $this->restrictedCountry = 1;
            }

            return false;
        }

        return $defaultCountry;
    }

    /**
     * Returns the visitor's country. The double has no GeoIP database, so every address is
     * unknown except when a test sends X-Double-Country.
     */
    private function visitorCountryIso()
    {
        $iso = $_SERVER['HTTP_X_DOUBLE_COUNTRY'] ?? '';

        return $iso !== '' ? strtoupper($iso) : null;
    }

    public function initContent()
    {
    }

    /**
     * Returns the theme layout page.tpl extends: the classic theme's full-width layout.
     */
    public function getLayout()
    {
        return 'layouts/layout-full-width.tpl';
    }

    public function setMedia()
    {
    }
}
