<?php
/**
 * A minimal payment module that proves the double and the harness: its `ping` front
 * controller creates an order from a cart id with validateOrder(), moves it to a state, and
 * renders a template through the `module:` resource.
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

class Pwaprobe extends PaymentModule
{
    public function __construct()
    {
        $this->name = 'pwaprobe';
        $this->version = '1.0.0';
        $this->author = 'pwapresta tests';
        $this->ps_versions_compliancy = ['min' => '1.7.8', 'max' => _PS_VERSION_];
        parent::__construct();
        $this->displayName = 'Probe';
    }

    public function install()
    {
        return parent::install() && $this->registerHook('actionOrderStatusPostUpdate');
    }

    public function hookActionOrderStatusPostUpdate(array $params)
    {
        PrestaShopLogger::addLog('probe saw state ' . (int) $params['newOrderStatus']->id, 1, null, 'Order', (int) $params['id_order'], true);
    }
}
