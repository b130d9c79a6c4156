<?php
/**
 * PrestaShop's Currency.
 */
class Currency extends ObjectModel
{
    public $name;
    public $symbol;
    public $iso_code;
    public $numeric_iso_code;
    public $conversion_rate;
    public $deleted = 0;
    public $active;
    public $precision = 2;
    public $unofficial;
    public $modified;
    public $pattern;

    public static $definition = [
        'table' => 'currency',
        'primary' => 'id_currency',
        'multilang' => true,
        'fields' => [
            'iso_code' => ['type' => self::TYPE_STRING, 'validate' => 'isLanguageIsoCode', 'required' => true, 'size' => 3],
            'numeric_iso_code' => ['type' => self::TYPE_STRING, 'size' => 3],
            'precision' => ['type' => self::TYPE_INT, 'validate' => 'isInt'],
            'conversion_rate' => ['type' => self::TYPE_FLOAT, 'validate' => 'isUnsignedFloat', 'required' => true],
            'deleted' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'active' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'unofficial' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'modified' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'name' => ['type' => self::TYPE_STRING, 'lang' => true, 'size' => 255],
            'symbol' => ['type' => self::TYPE_STRING, 'lang' => true, 'size' => 255],
            'pattern' => ['type' => self::TYPE_STRING, 'lang' => true, 'size' => 255],
        ],
    ];

    public function __construct($id = null, $id_lang = null, $id_shop = null)
    {
        parent::__construct($id, $id_lang ?? Configuration::get('PS_LANG_DEFAULT') ?: 1, $id_shop);
    }

    public static function getIdByIsoCode($iso_code, $id_shop = 0, $forceRefreshCache = false, $includeDeleted = false)
    {
        $id = Db::getInstance()->getValue('SELECT id_currency FROM ' . _DB_PREFIX_ . "currency
            WHERE iso_code = '" . pSQL((string) $iso_code) . "'" . ($includeDeleted ? '' : ' AND deleted = 0'));

        return (int) $id;
    }

    public static function getCurrencyInstance($id)
    {
        return new Currency((int) $id);
    }

    public static function getDefaultCurrency()
    {
        return new Currency((int) Configuration::get('PS_CURRENCY_DEFAULT'));
    }

    public static function getCurrencies($object = false, $active = true, $group_by = false)
    {
        return Db::getInstance()->executeS('SELECT * FROM ' . _DB_PREFIX_ . 'currency WHERE deleted = 0'
            . ($active ? ' AND active = 1' : '')) ?: [];
    }
}
