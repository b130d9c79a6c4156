<?php
/**
 * PrestaShop's CustomerMessage (one message of a CustomerThread).
 */
class CustomerMessage extends ObjectModel
{
    public $id_customer_thread;
    public $id_employee;
    public $message;
    public $file_name;
    public $ip_address;
    public $user_agent;
    public $private = 0;
    public $date_add;
    public $date_upd;
    public $read = 0;

    public static $definition = [
        'table' => 'customer_message',
        'primary' => 'id_customer_message',
        'fields' => [
            'id_employee' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_customer_thread' => ['type' => self::TYPE_INT],
            'ip_address' => ['type' => self::TYPE_STRING, 'validate' => 'isIp2Long', 'size' => 15],
            'message' => ['type' => self::TYPE_STRING, 'validate' => 'isCleanHtml', 'required' => true, 'size' => 16777216],
            'file_name' => ['type' => self::TYPE_STRING],
            'user_agent' => ['type' => self::TYPE_STRING],
            'private' => ['type' => self::TYPE_INT],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'date_upd' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'read' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
        ],
    ];
}
