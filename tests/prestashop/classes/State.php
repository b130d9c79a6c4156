<?php
/**
 * PrestaShop's State (a region of a country).
 */
class State extends ObjectModel
{
    public $id_country;
    public $id_zone;
    public $iso_code;
    public $name;
    public $active = true;

    public static $definition = [
        'table' => 'state',
        'primary' => 'id_state',
        'fields' => [
            'id_country' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_zone' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'iso_code' => ['type' => self::TYPE_STRING, 'validate' => 'isStateIsoCode', 'required' => true, 'size' => 7],
            'name' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName', 'required' => true, 'size' => 80],
            'active' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
        ],
    ];

    public static function getIdByIso($iso_code, $id_country = null)
    {
        $id = Db::getInstance()->getValue('SELECT id_state FROM ' . _DB_PREFIX_ . "state
            WHERE iso_code = '" . pSQL((string) $iso_code) . "'" . ($id_country ? ' AND id_country = ' . (int) $id_country : ''));

        return $id ? (int) $id : false;
    }

    public static function getIdByName($state)
    {
        $id = Db::getInstance()->getValue('SELECT id_state FROM ' . _DB_PREFIX_ . "state WHERE name = '" . pSQL((string) $state) . "'");

        return $id ? (int) $id : false;
    }

    public static function getNameById($id_state)
    {
        return Db::getInstance()->getValue('SELECT name FROM ' . _DB_PREFIX_ . 'state WHERE id_state = ' . (int) $id_state);
    }

    public static function getStatesByIdCountry($id_country, $active = false, $order_by = null, $sort = 'ASC')
    {
        return Db::getInstance()->executeS('SELECT * FROM ' . _DB_PREFIX_ . 'state WHERE id_country = ' . (int) $id_country
            . ($active ? ' AND active = 1' : '') . ' ORDER BY name') ?: [];
    }

    public static function getIdZone($id_state)
    {
        return (int) Db::getInstance()->getValue('SELECT id_zone FROM ' . _DB_PREFIX_ . 'state WHERE id_state = ' . (int) $id_state);
    }
}
