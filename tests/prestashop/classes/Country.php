<?php
/**
 * PrestaShop's Country, with its zip code check.
 */
class Country extends ObjectModel
{
    public $id_zone;
    public $id_currency;
    public $iso_code;
    public $call_prefix;
    public $name;
    public $contains_states;
    public $need_identification_number;
    public $need_zip_code;
    public $zip_code_format = '';
    public $display_tax_label = true;
    public $active = true;

    public static $definition = [
        'table' => 'country',
        'primary' => 'id_country',
        'multilang' => true,
        'fields' => [
            'id_zone' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_currency' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'call_prefix' => ['type' => self::TYPE_INT, 'validate' => 'isInt'],
            'iso_code' => ['type' => self::TYPE_STRING, 'validate' => 'isLanguageIsoCode', 'required' => true, 'size' => 3],
            'active' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'contains_states' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool', 'required' => true],
            'need_identification_number' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool', 'required' => true],
            'need_zip_code' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'zip_code_format' => ['type' => self::TYPE_STRING, 'validate' => 'isZipCodeFormat'],
            'display_tax_label' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool', 'required' => true],
            'name' => ['type' => self::TYPE_STRING, 'lang' => true, 'validate' => 'isGenericName', 'required' => true, 'size' => 64],
        ],
    ];

    public static function getByIso($iso_code, $active = false)
    {
        if (!Validate::isLanguageIsoCode($iso_code)) {
            throw new PrestaShopException('Given iso code (' . $iso_code . ') is not valid.');
        }
        $id = Db::getInstance()->getValue('SELECT id_country FROM ' . _DB_PREFIX_ . "country
            WHERE iso_code = '" . pSQL(strtoupper((string) $iso_code)) . "'" . ($active ? ' AND active = 1' : ''));

        return $id ? (int) $id : false;
    }

    public static function getIdByName($id_lang = null, $country = null)
    {
        $id = Db::getInstance()->getValue('SELECT id_country FROM ' . _DB_PREFIX_ . "country_lang
            WHERE name = '" . pSQL((string) $country) . "'" . ($id_lang ? ' AND id_lang = ' . (int) $id_lang : ''));

        return $id ? (int) $id : false;
    }

    public static function getNameById($id_lang, $id_country)
    {
        return Db::getInstance()->getValue('SELECT name FROM ' . _DB_PREFIX_ . 'country_lang
            WHERE id_lang = ' . (int) $id_lang . ' AND id_country = ' . (int) $id_country);
    }

    public static function getIsoById($id_country)
    {
        return Db::getInstance()->getValue('SELECT iso_code FROM ' . _DB_PREFIX_ . 'country WHERE id_country = ' . (int) $id_country);
    }

    public static function getIdZone($id_country)
    {
        return (int) Db::getInstance()->getValue('SELECT id_zone FROM ' . _DB_PREFIX_ . 'country WHERE id_country = ' . (int) $id_country);
    }

    public static function getZipCodeFormat($id_country)
    {
        return Db::getInstance()->getValue('SELECT zip_code_format FROM ' . _DB_PREFIX_ . 'country WHERE id_country = ' . (int) $id_country);
    }

    public static function getNeedZipCode($id_country)
    {
        return (bool) Db::getInstance()->getValue('SELECT need_zip_code FROM ' . _DB_PREFIX_ . 'country WHERE id_country = ' . (int) $id_country);
    }

    public static function containsStates($id_country)
    {
        return (bool) Db::getInstance()->getValue('SELECT contains_states FROM ' . _DB_PREFIX_ . 'country WHERE id_country = ' . (int) $id_country);
    }

    /**
     * Checks a postcode against zip_code_format the way PrestaShop 8.2 does: N a digit, L a
     * letter, C the iso code, and a space or a dash in the format optional in the postcode.
     */
    public function checkZipCode($zip_code)
    {
        if (empty($this->zip_code_format)) {
            return true;
        }
        // PrestaShop 8.2 takes the format literally: for India's 'NNN NNN' it rejects '400050'.
        $pattern = '/^' . $this->zip_code_format . '$/ui';
        $pattern = str_replace('N', '[0-9]', $pattern);
        $pattern = str_replace('L', '[a-zA-Z]', $pattern);
        $pattern = str_replace('C', $this->iso_code, $pattern);

        return (bool) preg_match($pattern, (string) $zip_code);
    }
}
