<?php
/**
 * Probe endpoint that keeps every front-office gate of FrontController::init() (maintenance,
 * geolocation, SSL and canonical redirects), to show what an unprotected controller gets.
 */
class PwaprobePlainModuleFrontController extends ModuleFrontController
{
    public function initContent()
    {
        parent::initContent();
        $this->context->smarty->assign(['name' => 'plain']);
        $this->setTemplate('module:pwaprobe/views/templates/front/ping.tpl');
    }
}
