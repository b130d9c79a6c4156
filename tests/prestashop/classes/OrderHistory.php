<?php
/**
 * PrestaShop's OrderHistory, for shops without advanced stock management like PrestaShop 8.2.
 * changeIdOrderState() puts the stock back when the order enters PS_OS_CANCELED or PS_OS_ERROR
 * from another state. A state with the invoice flag creates the order's invoice
 * (Order::setInvoice). On a state with the paid flag, it records the unpaid rest of each
 * numbered invoice as an OrderPayment linked to that invoice. It runs actionOrderStatusUpdate
 * and actionOrderStatusPostUpdate.
 * add() stores the row, writes the order's current_state, then runs actionOrderHistoryAddAfter.
 * addWithemail() calls add() and sends the mail of the state the stored row has, when send_email
 * is set.
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

        if ($newState->invoice && !$order->invoice_number) {
            $order->setInvoice($use_existing_payment);
        }

        // As in PrestaShop 8.2, the unpaid rest of each numbered invoice becomes a payment named
        // after the module's display name and linked to the invoice. An order without a numbered
        // invoice gets no payment here.
        if ($newState->paid) {
            $module = $order->module ? Module::getInstanceByName($order->module) : false;
            foreach ($order->getInvoicesCollection() as $invoice) {
                $rest = $invoice->getRestPaid();
                if ($rest <= 0) {
                    continue;
                }
                $payment = new OrderPayment();
                $payment->order_reference = Tools::substr($order->reference, 0, 9);
                $payment->id_currency = (int) $order->id_currency;
                $payment->amount = $rest;
                $payment->payment_method = $module instanceof Module ? $module->displayName : null;
                $payment->conversion_rate = $order->conversion_rate;
                $payment->save();
                $order->total_paid_real += $rest;
                $order->save();
                Db::getInstance()->insert('order_invoice_payment', [
                    'id_order_invoice' => (int) $invoice->id,
                    'id_order_payment' => (int) $payment->id,
                    'id_order' => (int) $order->id,
                ]);
            }
        }
        if ($newState->delivery && $order->delivery_date === '0000-00-00 00:00:00') {
            $order->delivery_date = date('Y-m-d H:i:s');
            $order->update();
        }

        Hook::exec('actionOrderStatusPostUpdate', ['newOrderStatus' => $newState, 'oldOrderStatus' => $oldState, 'id_order' => (int) $order->id]);
    }

    public function add($autodate = true, $null_values = false)
    {
        if (!parent::add($autodate)) {
            return false;
        }

        $order = new Order((int) $this->id_order);
        $order->current_state = $this->id_order_state;
        $order->update();
        Hook::exec('actionOrderHistoryAddAfter', ['order_history' => $this], null, false, true, false, $order->id_shop);

        return true;
    }

    public function addWithemail($autodate = true, $template_vars = false, ?Context $context = null)
    {
        if (!$this->add($autodate)) {
            return false;
        }
        $order = new Order((int) $this->id_order);
        $idLang = (int) $order->id_lang ?: (int) Configuration::get('PS_LANG_DEFAULT');
        // PrestaShop 8.2's sendEmail() reads the state through the stored row, so no mail goes out
        // when a hook of add() deleted that row.
        $stateId = (int) Db::getInstance()->getValue('SELECT id_order_state FROM ' . _DB_PREFIX_ . 'order_history
            WHERE id_order_history = ' . (int) $this->id);
        $state = new OrderState($stateId, $idLang);
        if ($stateId > 0 && $state->send_email && $state->template) {
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
