<?php
/**
 * PrestaShop's customer Group.
 */
class Group extends ObjectModel
{
    public $name;
    public $reduction;
    public $price_display_method;
    public $show_prices = 1;
    public $date_add;
    public $date_upd;

    public static $definition = [
        'table' => 'group',
        'primary' => 'id_group',
        'multilang' => true,
        'fields' => [
            'reduction' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat'],
            'price_display_method' => ['type' => self::TYPE_INT, 'required' => false],
            'show_prices' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'date_upd' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'name' => ['type' => self::TYPE_STRING, 'lang' => true, 'required' => true, 'validate' => 'isGenericName', 'size' => 32],
        ],
    ];

    public static function getCurrent()
    {
        return new Group((int) Configuration::get('PS_CUSTOMER_GROUP'));
    }

    public static function getPriceDisplayMethod($id_group)
    {
        return (int) Db::getInstance()->getValue('SELECT price_display_method FROM ' . _DB_PREFIX_ . 'group WHERE id_group = ' . (int) $id_group);
    }

    public static function isFeatureActive()
    {
        return true;
    }
}
