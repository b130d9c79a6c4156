<?php
/**
 * PrestaShop 8.2's OrderInvoice (ps_order_invoice): an order's invoice with the totals copied
 * from the order when Order::setInvoice() made it, linked to payments in
 * ps_order_invoice_payment. getRestPaid() is what OrderHistory records as a payment when the
 * order reaches a paid state: 0 for an unnumbered invoice (PS_INVOICE off). Invoices of other
 * orders sharing a payment (siblings), PDFs and tax breakdowns are not part of the double.
 */
class OrderInvoice extends ObjectModel
{
    public const TAX_EXCL = 0;
    public const TAX_INCL = 1;
    public const DETAIL = 2;

    public $id_order;
    public $number;
    public $delivery_number = 0;
    public $delivery_date = '0000-00-00 00:00:00';
    public $total_discount_tax_excl = 0;
    public $total_discount_tax_incl = 0;
    public $total_paid_tax_excl = 0;
    public $total_paid_tax_incl = 0;
    public $total_products = 0;
    public $total_products_wt = 0;
    public $total_shipping_tax_excl = 0;
    public $total_shipping_tax_incl = 0;
    public $shipping_tax_computation_method = 0;
    public $total_wrapping_tax_excl = 0;
    public $total_wrapping_tax_incl = 0;
    public $shop_address;
    public $note;
    public $date_add;

    public static $definition = [
        'table' => 'order_invoice',
        'primary' => 'id_order_invoice',
        'fields' => [
            'id_order' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'number' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'delivery_number' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'delivery_date' => ['type' => self::TYPE_DATE],
            'total_discount_tax_excl' => ['type' => self::TYPE_FLOAT],
            'total_discount_tax_incl' => ['type' => self::TYPE_FLOAT],
            'total_paid_tax_excl' => ['type' => self::TYPE_FLOAT],
            'total_paid_tax_incl' => ['type' => self::TYPE_FLOAT],
            'total_products' => ['type' => self::TYPE_FLOAT],
            'total_products_wt' => ['type' => self::TYPE_FLOAT],
            'total_shipping_tax_excl' => ['type' => self::TYPE_FLOAT],
            'total_shipping_tax_incl' => ['type' => self::TYPE_FLOAT],
            'shipping_tax_computation_method' => ['type' => self::TYPE_INT],
            'total_wrapping_tax_excl' => ['type' => self::TYPE_FLOAT],
            'total_wrapping_tax_incl' => ['type' => self::TYPE_FLOAT],
            'shop_address' => ['type' => self::TYPE_HTML, 'validate' => 'isCleanHtml', 'size' => 4194303],
            'note' => ['type' => self::TYPE_HTML, 'size' => 4194303],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
        ],
    ];

    /** Stores the invoice with the shop's name as its address, as the shop had it at that time. */
    public function add($autodate = true, $null_values = false)
    {
        $this->shop_address = (string) Configuration::get('PS_SHOP_NAME');

        return parent::add($autodate, $null_values);
    }

    public function getOrder()
    {
        return new Order((int) $this->id_order);
    }

    public function getProductsDetail()
    {
        return Db::getInstance()->executeS('SELECT * FROM ' . _DB_PREFIX_ . 'order_detail
            WHERE id_order = ' . (int) $this->id_order
            . ($this->id && $this->number ? ' AND id_order_invoice = ' . (int) $this->id : '') . ' ORDER BY product_name') ?: [];
    }

    /** Sum of the payments linked to this invoice. */
    public function getTotalPaid()
    {
        $amount = 0;
        foreach (OrderPayment::getByInvoiceId($this->id) as $payment) {
            $amount += $payment->amount;
        }

        return $amount;
    }

    public function getRestPaid()
    {
        if (!$this->number) {
            return 0;
        }

        return round($this->total_paid_tax_incl - $this->getTotalPaid(), 2);
    }

    public function isPaid()
    {
        return $this->getTotalPaid() == $this->total_paid_tax_incl;
    }

    public function getOrderPaymentCollection()
    {
        return OrderPayment::getByInvoiceId($this->id);
    }

    /** Returns the number as the invoice PDF shows it: PS_INVOICE_PREFIX and six digits. */
    public function getInvoiceNumberFormatted($id_lang, $id_shop = null)
    {
        $format = '%1$s%2$06d';
        if (Configuration::get('PS_INVOICE_USE_YEAR')) {
            $format = Configuration::get('PS_INVOICE_YEAR_POS') ? '%1$s%3$s/%2$06d' : '%1$s%2$06d/%3$s';
        }

        return sprintf($format, Configuration::get('PS_INVOICE_PREFIX', (int) $id_lang), $this->number, date('Y', strtotime((string) $this->date_add)));
    }
}
