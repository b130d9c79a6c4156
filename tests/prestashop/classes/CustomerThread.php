<?php
/**
 * PrestaShop's CustomerThread (a conversation about an order).
 */
class CustomerThread extends ObjectModel
{
    public $id_shop = 1;
    public $id_lang;
    public $id_contact = 0;
    public $id_customer;
    public $id_order;
    public $id_product = 0;
    public $status = 'open';
    public $email;
    public $token;
    public $date_add;
    public $date_upd;

    public static $definition = [
        'table' => 'customer_thread',
        'primary' => 'id_customer_thread',
        'fields' => [
            'id_lang' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_contact' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_shop' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_customer' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_order' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_product' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'email' => ['type' => self::TYPE_STRING, 'validate' => 'isEmail', 'size' => 255],
            'token' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName', 'required' => true],
            'status' => ['type' => self::TYPE_STRING],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'date_upd' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
        ],
    ];
}
