<?php
/**
 * PrestaShop's OrderPayment, linked to orders by their reference.
 */
class OrderPayment extends ObjectModel
{
    public $order_reference;
    public $id_currency;
    public $amount;
    public $payment_method;
    public $conversion_rate = 1;
    public $transaction_id;
    public $card_number;
    public $card_brand;
    public $card_expiration;
    public $card_holder;
    public $date_add;
    public $id_employee;

    public static $definition = [
        'table' => 'order_payment',
        'primary' => 'id_order_payment',
        'fields' => [
            'order_reference' => ['type' => self::TYPE_STRING, 'validate' => 'isAnything', 'size' => 9],
            'id_currency' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'amount' => ['type' => self::TYPE_FLOAT, 'validate' => 'isNegativePrice', 'required' => true],
            'payment_method' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName'],
            'conversion_rate' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat'],
            'transaction_id' => ['type' => self::TYPE_STRING, 'validate' => 'isAnything', 'size' => 254],
            'card_number' => ['type' => self::TYPE_STRING, 'validate' => 'isAnything', 'size' => 254],
            'card_brand' => ['type' => self::TYPE_STRING, 'validate' => 'isAnything', 'size' => 254],
            'card_expiration' => ['type' => self::TYPE_STRING, 'validate' => 'isAnything', 'size' => 254],
            'card_holder' => ['type' => self::TYPE_STRING, 'validate' => 'isAnything', 'size' => 254],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'id_employee' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'allow_null' => true],
        ],
    ];

    /** @return list<OrderPayment> the payments linked to an invoice in ps_order_invoice_payment */
    public static function getByInvoiceId($id_invoice)
    {
        $payments = [];
        foreach (Db::getInstance()->executeS('SELECT id_order_payment FROM ' . _DB_PREFIX_ . 'order_invoice_payment
            WHERE id_order_invoice = ' . (int) $id_invoice . ' ORDER BY id_order_payment') ?: [] as $row) {
            $payments[] = new OrderPayment((int) $row['id_order_payment']);
        }

        return $payments;
    }

    public static function getByOrderReference($order_reference)
    {
        $payments = [];
        foreach (Db::getInstance()->executeS('SELECT id_order_payment FROM ' . _DB_PREFIX_ . "order_payment
            WHERE order_reference = '" . pSQL((string) $order_reference) . "'") ?: [] as $row) {
            $payments[] = new OrderPayment((int) $row['id_order_payment']);
        }

        return $payments;
    }
}
