<?php
/**
 * Probe endpoint: GET renders the template with ?name=; POST action=order creates an order
 * for cart id_cart in state id_order_state and returns its id; POST action=state moves
 * id_order to id_order_state. A database failure returns 503.
 */
class PwaprobePingModuleFrontController extends ModuleFrontController
{
    protected function displayMaintenancePage()
    {
    }

    protected function displayRestrictedCountryPage()
    {
    }

    protected function sslRedirection()
    {
    }

    protected function canonicalRedirection($canonical_url = '')
    {
    }

    public function postProcess()
    {
        if (($_SERVER['REQUEST_METHOD'] ?? 'GET') !== 'POST') {
            return;
        }
        try {
            $this->handlePost();
        } catch (PrestaShopDatabaseException $e) {
            http_response_code(503);
            echo 'database unavailable';
        }
        exit;
    }

    private function handlePost(): void
    {
        $action = Tools::getValue('action');
        if ($action === 'order') {
            $cart = new Cart((int) Tools::getValue('id_cart'));
            $this->module->validateOrder((int) $cart->id, (int) Tools::getValue('id_order_state'), (float) Tools::getValue('amount'), 'Probe', null, [], null, false, $cart->secure_key);
            echo (int) $this->module->currentOrder;

            return;
        }
        if ($action === 'state') {
            $order = new Order((int) Tools::getValue('id_order'));
            echo $order->setCurrentState((int) Tools::getValue('id_order_state')) ? 'moved' : 'unchanged';

            return;
        }
        if ($action === 'db') {
            echo (int) Db::getInstance()->getValue('SELECT COUNT(*) FROM ' . _DB_PREFIX_ . 'orders');

            return;
        }
        http_response_code(400);
        echo 'unknown action';
    }

    public function initContent()
    {
        parent::initContent();
        $this->context->smarty->assign(['name' => (string) Tools::getValue('name')]);
        $this->setTemplate('module:pwaprobe/views/templates/front/ping.tpl');
    }
}
