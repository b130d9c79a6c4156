<?php

declare(strict_types=1);

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Support\UnavailableException;

/**
 * The page Amazon sends the buyer back to (ReturnUrl), rendering views/templates/front/pwa_order.tpl.
 *
 * Amazon's query parameters (amznPmtsOrderIds, amznPmtsPaymentStatus, ...) are not signed, so they
 * only choose what to show: the order once the notification has created it, "being confirmed" before.
 * Order details appear only in the session whose cart the button sent.
 */
class PwaprestaPwaorderModuleFrontController extends ModuleFrontController
{
    /** @var Pwapresta */
    public $module;

    public $ssl = true;

    public function initContent(): void
    {
        parent::initContent();

        $amazonOrderId = $this->amazonOrderId();
        $link = null;
        try {
            $link = $amazonOrderId !== '' ? $this->module->services()->links()->find($amazonOrderId) : null;
        } catch (UnavailableException) {
            $link = null;
        }

        $sessionCart = (int) ($this->context->cookie->pwapresta_cart_id ?? 0);
        $ownsOrder = $link !== null && $sessionCart > 0 && (int) $link['id_cart_origin'] === $sessionCart;
        $order = $ownsOrder && (int) $link['id_order'] > 0 ? new Order((int) $link['id_order']) : null;
        if ($amazonOrderId !== '') {
            // The purchase happened on Amazon: the shop cart the button sent is done with.
            unset($this->context->cookie->id_cart);
        }

        $this->context->smarty->assign([
            'pwa_status' => $order !== null && Validate::isLoadedObject($order) ? 'confirmed' : ($amazonOrderId !== '' ? 'pending' : 'unknown'),
            'pwa_amazon_order_id' => $amazonOrderId,
            'pwa_payment_status' => $this->queryString('amznPmtsPaymentStatus'),
            'pwa_order' => $order !== null && Validate::isLoadedObject($order) ? $this->orderView($order) : null,
            'pwa_refresh_url' => $this->context->link->getModuleLink($this->module->name, 'pwaorder', ['amznPmtsOrderIds' => $amazonOrderId], true),
        ]);
        $this->setTemplate('module:pwapresta/views/templates/front/pwa_order.tpl');
    }

    /** Returns the first Amazon order id of the query, when it has Amazon's 3-7-7 digit shape. */
    private function amazonOrderId(): string
    {
        $ids = explode(',', $this->queryString('amznPmtsOrderIds'));
        $id = trim($ids[0]);

        return preg_match('/^\d{3}-\d{7}-\d{7}$/', $id) ? $id : '';
    }

    /** Returns a query parameter, or '' when it is absent or not a string (name[]=... makes an array). */
    private function queryString(string $name): string
    {
        $value = Tools::getValue($name, '');

        return is_string($value) ? $value : '';
    }

    /** @return array<string, mixed> */
    private function orderView(Order $order): array
    {
        $state = new OrderState((int) $order->getCurrentState(), (int) $this->context->language->id);

        return [
            'id' => (int) $order->id,
            'reference' => (string) $order->reference,
            'total_paid' => (float) $order->total_paid,
            'state' => is_array($state->name) ? (string) reset($state->name) : (string) $state->name,
            'currency' => (string) (new Currency((int) $order->id_currency))->iso_code,
        ];
    }
}
