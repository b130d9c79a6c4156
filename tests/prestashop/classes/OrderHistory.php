<?php
/**
 * PrestaShop's OrderHistory, for shops without advanced stock management like PrestaShop 8.2.
 * changeIdOrderState() puts the stock back when the order enters PS_OS_CANCELED or PS_OS_ERROR
 * from another state. It records an OrderPayment for the unpaid rest when a paid state is
 * reached from an unpaid one, and runs actionOrderStatusUpdate and actionOrderStatusPostUpdate.
 * addWithemail() stores the row and sends the state's mail when send_email is set.
 */
class OrderHistory extends ObjectModel
{
    public $id_order;
    public $id_order_state;
    public $id_employee = 0;
    public $date_add;
    public $date_upd;

    public static $definition = [
        'table' => 'order_history',
        'primary' => 'id_order_history',
        'fields' => [
            'id_order' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_order_state' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_employee' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
        ],
    ];

    public function changeIdOrderState($new_order_state, $id_order, $use_existing_payment = false)
    {
        if (!$new_order_state || !$id_order) {
            return;
        }
        $order = $id_order instanceof Order ? $id_order : new Order((int) $id_order);
        $newState = new OrderState((int) $new_order_state, (int) Configuration::get('PS_LANG_DEFAULT'));
        $oldState = $order->current_state ? new OrderState((int) $order->current_state, (int) Configuration::get('PS_LANG_DEFAULT')) : null;
        if (!Validate::isLoadedObject($newState)) {
            throw new PrestaShopException('Invalid new order status');
        }

        Hook::exec('actionOrderStatusUpdate', ['newOrderStatus' => $newState, 'oldOrderStatus' => $oldState, 'id_order' => (int) $order->id]);

        $errorOrCanceled = [(int) Configuration::get('PS_OS_ERROR'), (int) Configuration::get('PS_OS_CANCELED')];
        $wasErrorOrCanceled = $oldState !== null && in_array((int) $oldState->id, $errorOrCanceled, true);
        if (Configuration::get('PS_STOCK_MANAGEMENT') && $oldState !== null
            && in_array((int) $newState->id, $errorOrCanceled, true) && !$wasErrorOrCanceled) {
            foreach ($order->getOrderDetailList() as $line) {
                StockAvailable::updateQuantity($line['product_id'], $line['product_attribute_id'], (int) $line['product_quantity'], $order->id_shop);
            }
        } elseif (Configuration::get('PS_STOCK_MANAGEMENT') && $wasErrorOrCanceled && !in_array((int) $newState->id, $errorOrCanceled, true)) {
            foreach ($order->getOrderDetailList() as $line) {
                StockAvailable::updateQuantity($line['product_id'], $line['product_attribute_id'], -(int) $line['product_quantity'], $order->id_shop);
            }
        }

        $this->id_order_state = (int) $newState->id;
        $order->current_state = (int) $newState->id;
        $order->valid = (bool) $newState->logable;
        $order->update();

        // NOTE: PrestaShop records this payment through the order's invoices. The double has no
        // invoices, so it records the unpaid rest directly.
        if ($newState->paid && ($oldState === null || !$oldState->paid)) {
            $rest = Tools::ps_round((float) $order->total_paid_tax_incl - $order->getTotalPaid(), 2);
            if ($rest > 0) {
                $order->addOrderPayment($rest, $order->payment);
            }
        }
        if ($newState->delivery && $order->delivery_date === '0000-00-00 00:00:00') {
            $order->delivery_date = date('Y-m-d H:i:s');
            $order->update();
        }

        Hook::exec('actionOrderStatusPostUpdate', ['newOrderStatus' => $newState, 'oldOrderStatus' => $oldState, 'id_order' => (int) $order->id]);
    }

    public function addWithemail($autodate = true, $template_vars = false, ?Context $context = null)
    {
        if (!$this->add($autodate)) {
            return false;
        }
        $order = new Order((int) $this->id_order);
        $idLang = (int) $order->id_lang ?: (int) Configuration::get('PS_LANG_DEFAULT');
        $state = new OrderState((int) $this->id_order_state, $idLang);
        if ($state->send_email && $state->template) {
            $customer = new Customer((int) $order->id_customer);
            $vars = array_merge([
                '{lastname}' => $customer->lastname,
                '{firstname}' => $customer->firstname,
                '{id_order}' => (int) $order->id,
                '{order_name}' => $order->reference,
            ], is_array($template_vars) ? $template_vars : []);
            Mail::Send($idLang, $state->template, $state->name, $vars, $customer->email, $customer->firstname . ' ' . $customer->lastname);
        }

        return true;
    }

    public static function getLastOrderState($id_order)
    {
        $id = (int) Db::getInstance()->getValue('SELECT id_order_state FROM ' . _DB_PREFIX_ . 'order_history
            WHERE id_order = ' . (int) $id_order . ' ORDER BY date_add DESC, id_order_history DESC');

        return $id ? new OrderState($id, Configuration::get('PS_LANG_DEFAULT')) : false;
    }
}
