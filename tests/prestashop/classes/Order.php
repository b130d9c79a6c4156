<?php
/**
 * PrestaShop's Order (ps_orders).
 */
class Order extends ObjectModel
{
    public const ROUND_ITEM = 1;
    public const ROUND_LINE = 2;
    public const ROUND_TOTAL = 3;

    public $id_address_delivery;
    public $id_address_invoice;
    public $id_shop_group = 1;
    public $id_shop = 1;
    public $id_cart;
    public $id_currency;
    public $id_lang;
    public $id_customer;
    public $id_carrier;
    public $current_state = 0;
    public $secure_key;
    public $payment;
    public $module;
    public $conversion_rate = 1;
    public $recyclable = 0;
    public $gift = 0;
    public $gift_message;
    public $mobile_theme = 0;
    public $total_discounts = 0;
    public $total_discounts_tax_incl = 0;
    public $total_discounts_tax_excl = 0;
    public $total_paid = 0;
    public $total_paid_tax_incl = 0;
    public $total_paid_tax_excl = 0;
    public $total_paid_real = 0;
    public $total_products = 0;
    public $total_products_wt = 0;
    public $total_shipping = 0;
    public $total_shipping_tax_incl = 0;
    public $total_shipping_tax_excl = 0;
    public $carrier_tax_rate = 0;
    public $total_wrapping = 0;
    public $total_wrapping_tax_incl = 0;
    public $total_wrapping_tax_excl = 0;
    public $round_mode = 2;
    public $round_type = 1;
    public $invoice_number = 0;
    public $delivery_number = 0;
    public $invoice_date = '0000-00-00 00:00:00';
    public $delivery_date = '0000-00-00 00:00:00';
    public $valid = 0;
    public $date_add;
    public $date_upd;
    public $reference;
    public $note = '';

    public static $definition = [
        'table' => 'orders',
        'primary' => 'id_order',
        'fields' => [
            'id_address_delivery' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_address_invoice' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_cart' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_currency' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_shop_group' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_shop' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_lang' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_customer' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_carrier' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'current_state' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'secure_key' => ['type' => self::TYPE_STRING, 'validate' => 'isMd5'],
            'payment' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName', 'required' => true],
            'module' => ['type' => self::TYPE_STRING, 'validate' => 'isModuleName', 'required' => true],
            'recyclable' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'gift' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'gift_message' => ['type' => self::TYPE_STRING, 'validate' => 'isMessage'],
            'mobile_theme' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'total_discounts' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_discounts_tax_incl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_discounts_tax_excl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_paid' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice', 'required' => true],
            'total_paid_tax_incl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_paid_tax_excl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_paid_real' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice', 'required' => true],
            'total_products' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice', 'required' => true],
            'total_products_wt' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice', 'required' => true],
            'total_shipping' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_shipping_tax_incl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_shipping_tax_excl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'carrier_tax_rate' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat'],
            'total_wrapping' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_wrapping_tax_incl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_wrapping_tax_excl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'round_mode' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'round_type' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'invoice_number' => ['type' => self::TYPE_INT],
            'delivery_number' => ['type' => self::TYPE_INT],
            'invoice_date' => ['type' => self::TYPE_DATE],
            'delivery_date' => ['type' => self::TYPE_DATE],
            'valid' => ['type' => self::TYPE_BOOL],
            'reference' => ['type' => self::TYPE_STRING],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'date_upd' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'note' => ['type' => self::TYPE_HTML],
            'conversion_rate' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat', 'required' => true],
        ],
    ];

    public static function getIdByCartId($id_cart)
    {
        $id = Db::getInstance()->getValue('SELECT id_order FROM ' . _DB_PREFIX_ . 'orders WHERE id_cart = ' . (int) $id_cart
            . ' ORDER BY id_order DESC');

        return $id ? (int) $id : false;
    }

    public static function getByReference($reference)
    {
        return Db::getInstance()->executeS('SELECT * FROM ' . _DB_PREFIX_ . "orders WHERE reference = '" . pSQL($reference) . "'") ?: [];
    }

    /**
     * Returns nine random upper-case letters, like PrestaShop's default order reference.
     */
    public static function generateReference()
    {
        return strtoupper(Tools::passwdGen(9, 'NO_NUMERIC'));
    }

    public function getCurrentState()
    {
        return (int) $this->current_state;
    }

    public function getCurrentOrderState()
    {
        return $this->current_state ? new OrderState((int) $this->current_state) : null;
    }

    /**
     * Moves the order to a new state through OrderHistory, with the state's mail, like
     * PrestaShop. Returns false when the order is already in that state.
     */
    public function setCurrentState($id_order_state, $id_employee = 0)
    {
        if (empty($id_order_state) || (int) $id_order_state === (int) $this->current_state) {
            return false;
        }
        $history = new OrderHistory();
        $history->id_order = (int) $this->id;
        $history->id_employee = (int) $id_employee;
        $useExistingPayment = !$this->hasInvoice();
        $history->changeIdOrderState((int) $id_order_state, $this, $useExistingPayment);
        $row = Db::getInstance()->getRow('SELECT invoice_number, invoice_date, delivery_number, delivery_date
            FROM ' . _DB_PREFIX_ . 'orders WHERE id_order = ' . (int) $this->id);
        $this->invoice_number = $row['invoice_number'];
        $this->invoice_date = $row['invoice_date'];
        $this->delivery_number = $row['delivery_number'];
        $this->delivery_date = $row['delivery_date'];
        $this->update();
        $result = $history->addWithemail();
        $this->current_state = (int) $id_order_state;

        return $result;
    }

    /**
     * Returns true when the order has an invoice row. With PS_INVOICE on, only a numbered one
     * counts, as in PrestaShop 8.2.
     */
    public function hasInvoice()
    {
        return (bool) Db::getInstance()->getValue('SELECT id_order_invoice FROM ' . _DB_PREFIX_ . 'order_invoice
            WHERE id_order = ' . (int) $this->id . (Configuration::get('PS_INVOICE') ? ' AND number > 0' : ''));
    }

    /** @return PrestaShopCollection of OrderInvoice */
    public function getInvoicesCollection()
    {
        return (new PrestaShopCollection('OrderInvoice'))->where('id_order', '=', (int) $this->id);
    }

    /**
     * Creates the order's first invoice as PrestaShop 8.2 does, with the totals copied from the
     * order. It gets a number (the next one, or PS_INVOICE_START_NUMBER) only when PS_INVOICE is
     * on. The order's carrier and lines are linked to it, and with $use_existing_payment so are
     * the order's payments (ps_order_invoice_payment). Without PS_INVOICE the row is still
     * written, unnumbered, and the order keeps invoice_number 0. No PDF is made and
     * actionSetInvoice is not run.
     */
    public function setInvoice($use_existing_payment = false)
    {
        if ($this->hasInvoice()) {
            return;
        }
        $db = Db::getInstance();
        $invoice = new OrderInvoice();
        $invoice->id_order = (int) $this->id;
        $invoice->number = 0;
        $this->setInvoiceDetails($invoice);

        if (Configuration::get('PS_INVOICE')) {
            self::setLastInvoiceNumber($invoice->id, $this->id_shop);
        }

        $db->execute('UPDATE ' . _DB_PREFIX_ . 'order_carrier SET id_order_invoice = ' . (int) $invoice->id . '
            WHERE id_order = ' . (int) $this->id . ' AND (id_order_invoice IS NULL OR id_order_invoice = 0)');
        $db->execute('UPDATE ' . _DB_PREFIX_ . 'order_detail SET id_order_invoice = ' . (int) $invoice->id . '
            WHERE id_order = ' . (int) $this->id);

        if ($use_existing_payment) {
            $payments = $db->executeS('SELECT DISTINCT op.id_order_payment FROM ' . _DB_PREFIX_ . 'order_payment op
                INNER JOIN ' . _DB_PREFIX_ . 'orders o ON o.reference = op.order_reference
                LEFT JOIN ' . _DB_PREFIX_ . 'order_invoice_payment oip ON oip.id_order_payment = op.id_order_payment
                WHERE (oip.id_order != ' . (int) $this->id . ' OR oip.id_order IS NULL) AND o.id_order = ' . (int) $this->id) ?: [];
            foreach ($payments as $payment) {
                $db->insert('order_invoice_payment', [
                    'id_order_invoice' => (int) $invoice->id,
                    'id_order_payment' => (int) $payment['id_order_payment'],
                    'id_order' => (int) $this->id,
                ]);
            }
        }

        $this->invoice_date = $invoice->date_add;
        if (Configuration::get('PS_INVOICE')) {
            $this->invoice_number = (int) $this->getInvoiceNumber($invoice->id);
        }
        $this->update();
    }

    /** Copies the order's totals to its invoice and saves it; shipping and wrapping carry no tax here. */
    protected function setInvoiceDetails($order_invoice)
    {
        $order_invoice->total_discount_tax_excl = $this->total_discounts_tax_excl;
        $order_invoice->total_discount_tax_incl = $this->total_discounts_tax_incl;
        $order_invoice->total_paid_tax_excl = $this->total_paid_tax_excl;
        $order_invoice->total_paid_tax_incl = $this->total_paid_tax_incl;
        $order_invoice->total_products = $this->total_products;
        $order_invoice->total_products_wt = $this->total_products_wt;
        $order_invoice->total_shipping_tax_excl = $this->total_shipping_tax_excl;
        $order_invoice->total_shipping_tax_incl = $this->total_shipping_tax_incl;
        $order_invoice->shipping_tax_computation_method = 0;
        $order_invoice->total_wrapping_tax_excl = $this->total_wrapping_tax_excl;
        $order_invoice->total_wrapping_tax_incl = $this->total_wrapping_tax_incl;
        $order_invoice->save();
    }

    /** Numbers an invoice: PS_INVOICE_START_NUMBER once when set, else the highest number + 1. */
    public static function setLastInvoiceNumber($order_invoice_id, $id_shop)
    {
        if (!$order_invoice_id) {
            return false;
        }
        $number = (int) Configuration::get('PS_INVOICE_START_NUMBER');
        if ($number) {
            Configuration::updateValue('PS_INVOICE_START_NUMBER', false);
        } else {
            $number = (int) Db::getInstance()->getValue('SELECT MAX(number) + 1 FROM ' . _DB_PREFIX_ . 'order_invoice'
                . (Configuration::get('PS_INVOICE_RESET') ? ' WHERE YEAR(date_add) = ' . (int) date('Y') : ''));
        }

        return Db::getInstance()->execute('UPDATE ' . _DB_PREFIX_ . 'order_invoice SET number = ' . max(1, $number) . '
            WHERE id_order_invoice = ' . (int) $order_invoice_id);
    }

    public function getInvoiceNumber($order_invoice_id)
    {
        if (!$order_invoice_id) {
            return false;
        }

        return Db::getInstance()->getValue('SELECT number FROM ' . _DB_PREFIX_ . 'order_invoice
            WHERE id_order_invoice = ' . (int) $order_invoice_id);
    }

    public function getHistory($id_lang, $id_order_state = false, $no_hidden = false, $filters = 0)
    {
        return Db::getInstance()->executeS('SELECT os.*, oh.*, osl.name AS ostate_name, osl.template
            FROM ' . _DB_PREFIX_ . 'order_history oh
            LEFT JOIN ' . _DB_PREFIX_ . 'order_state os ON os.id_order_state = oh.id_order_state
            LEFT JOIN ' . _DB_PREFIX_ . 'order_state_lang osl ON osl.id_order_state = os.id_order_state AND osl.id_lang = ' . (int) $id_lang . '
            WHERE oh.id_order = ' . (int) $this->id . ($id_order_state ? ' AND oh.id_order_state = ' . (int) $id_order_state : '') . '
            ORDER BY oh.date_add DESC, oh.id_order_history DESC') ?: [];
    }

    /** Whether the order was ever in a state with the paid flag. */
    public function hasBeenPaid()
    {
        return (int) Db::getInstance()->getValue('SELECT COUNT(*) FROM ' . _DB_PREFIX_ . 'order_history oh
            JOIN ' . _DB_PREFIX_ . 'order_state os ON os.id_order_state = oh.id_order_state
            WHERE oh.id_order = ' . (int) $this->id . ' AND os.paid = 1');
    }

    public function getProducts($products = false, $selected_products = false, $selected_qty = false, $fullInfos = true)
    {
        return $this->getOrderDetailList();
    }

    public function getOrderDetailList()
    {
        return Db::getInstance()->executeS('SELECT * FROM ' . _DB_PREFIX_ . 'order_detail WHERE id_order = ' . (int) $this->id
            . ' ORDER BY id_order_detail') ?: [];
    }

    public function getCustomer()
    {
        return new Customer((int) $this->id_customer);
    }

    public function getOrderPayments()
    {
        return OrderPayment::getByOrderReference($this->reference);
    }

    public function getTotalPaid($currency = null)
    {
        $total = 0.0;
        foreach ($this->getOrderPayments() as $payment) {
            $total += (float) $payment->amount;
        }

        return Tools::ps_round($total, 2);
    }

    public function addOrderPayment($amount_paid, $payment_method = null, $payment_transaction_id = null, $currency = null, $date = null, $order_invoice = null, $id_employee = null)
    {
        $payment = new OrderPayment();
        $payment->order_reference = $this->reference;
        $payment->id_currency = $currency ? (int) $currency->id : (int) $this->id_currency;
        $payment->conversion_rate = 1;
        $payment->payment_method = $payment_method ?: $this->payment;
        $payment->transaction_id = $payment_transaction_id;
        $payment->amount = $amount_paid;
        $payment->date_add = $date ?: null;
        $payment->id_employee = $id_employee;
        if (!$payment->add()) {
            return false;
        }
        $this->total_paid_real = (float) $this->total_paid_real + (float) $amount_paid;
        if (!$this->update()) {
            return false;
        }
        if ($order_invoice !== null) {
            return Db::getInstance()->insert('order_invoice_payment', [
                'id_order_invoice' => (int) $order_invoice->id,
                'id_order_payment' => (int) $payment->id,
                'id_order' => (int) $this->id,
            ]);
        }

        return true;
    }

    public function getIdOrderCarrier()
    {
        return (int) Db::getInstance()->getValue('SELECT id_order_carrier FROM ' . _DB_PREFIX_ . 'order_carrier
            WHERE id_order = ' . (int) $this->id . ' ORDER BY id_order_carrier DESC');
    }

    public function getShippingNumber()
    {
        return Db::getInstance()->getValue('SELECT tracking_number FROM ' . _DB_PREFIX_ . 'order_carrier WHERE id_order = ' . (int) $this->id);
    }
}
