<?php

declare(strict_types=1);

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The page the "Pay with Amazon" payment option leads to: Amazon's checkout widget for the current
 * cart, signed with the merchant's key. The buyer continues on Amazon's co-branded checkout.
 */
class PwaprestaCheckoutModuleFrontController extends ModuleFrontController
{
    /** @var Pwapresta */
    public $module;

    public $ssl = true;

    public function initContent(): void
    {
        parent::initContent();

        $cart = $this->context->cart;
        $settings = $this->module->services()->settings();
        if (!$cart instanceof Cart || !$cart->id || !$cart->nbProducts() || !$settings->isConfigured()) {
            Tools::redirect($this->context->link->getPageLink('cart', true, null, ['action' => 'show']));

            return;
        }

        $this->context->smarty->assign([
            'pwapresta' => $this->module->buttonFor($cart),
            'pwapresta_cart_url' => $this->context->link->getPageLink('cart', true, null, ['action' => 'show']),
        ]);
        $this->setTemplate('module:pwapresta/views/templates/front/checkout.tpl');
    }
}
