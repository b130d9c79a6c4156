<?php
/**
 * PrestaShop's Context: the shop, language, currency, customer, cart and services of the
 * current request (or CLI process).
 */
class Context
{
    public const DEVICE_COMPUTER = 1;
    public const MODE_STD = 1;

    /** @var Context|null */
    protected static $instance;

    public $shop;
    public $language;
    public $currency;
    public $customer;
    public $cart;
    public $link;
    public $smarty;
    public $cookie;
    public $country;
    public $employee;
    public $controller;
    public $mode = self::MODE_STD;
    public $currentLocale;

    /** @var bool true when the double's bootstrap could not reach the database */
    public $databaseDownAtBootstrap = false;

    public static function getContext()
    {
        if (self::$instance === null) {
            self::$instance = new Context();
        }

        return self::$instance;
    }

    public static function setInstanceForTesting($instance)
    {
        self::$instance = $instance;
    }

    /**
     * Builds the default shop's context. When the database is down the objects keep only their
     * ids, so a front controller still runs and meets the failure itself.
     * NOTE: PrestaShop's own bootstrap needs the database and returns 500 before any module
     * code runs. The double lets the request reach the module, so a 503 can be tested.
     */
    public static function bootstrapDefault()
    {
        $context = self::getContext();
        try {
            Configuration::loadConfiguration();
            $context->shop = new Shop((int) Configuration::get('PS_SHOP_DEFAULT'));
            $context->language = new Language((int) Configuration::get('PS_LANG_DEFAULT'));
            $context->currency = new Currency((int) Configuration::get('PS_CURRENCY_DEFAULT'));
            $context->country = new Country((int) Configuration::get('PS_COUNTRY_DEFAULT'), (int) $context->language->id);
        } catch (PrestaShopDatabaseException $e) {
            Configuration::markUnavailable();
            $context->databaseDownAtBootstrap = true;
            $context->shop = new Shop();
            $context->shop->id = 1;
            $context->language = new Language();
            $context->language->id = 1;
            $context->currency = new Currency();
            $context->currency->id = 1;
            $context->country = new Country();
            $context->country->id = 110;
        }
        $context->customer = new Customer();
        $context->cookie = new Cookie('ps-double');
        $context->link = new Link();
        $context->smarty = SmartyFactory::create($context);
    }

    public function getTranslator()
    {
        return new Translator();
    }

    public function getDevice()
    {
        return self::DEVICE_COMPUTER;
    }

    public function getCurrentLocale()
    {
        return $this->currentLocale;
    }

    public function cloneContext()
    {
        return clone $this;
    }
}
