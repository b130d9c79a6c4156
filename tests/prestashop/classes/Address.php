<?php
/**
 * PrestaShop's Address. Like PrestaShop 8.2, add() validates each field's pattern and length
 * but not the postcode against the country's zip_code_format (forms call
 * Country::checkZipCode() for that).
 */
class Address extends ObjectModel
{
    public $id_customer = 0;
    public $id_manufacturer = 0;
    public $id_supplier = 0;
    public $id_warehouse = 0;
    public $id_country;
    public $id_state;
    public $country;
    public $alias;
    public $company;
    public $lastname;
    public $firstname;
    public $address1;
    public $address2;
    public $postcode;
    public $city;
    public $other;
    public $phone;
    public $phone_mobile;
    public $vat_number;
    public $dni;
    public $date_add;
    public $date_upd;
    public $deleted = 0;

    public static $definition = [
        'table' => 'address',
        'primary' => 'id_address',
        'fields' => [
            'id_customer' => ['type' => self::TYPE_INT, 'validate' => 'isNullOrUnsignedId', 'copy_post' => false],
            'id_manufacturer' => ['type' => self::TYPE_INT, 'validate' => 'isNullOrUnsignedId', 'copy_post' => false],
            'id_supplier' => ['type' => self::TYPE_INT, 'validate' => 'isNullOrUnsignedId', 'copy_post' => false],
            'id_warehouse' => ['type' => self::TYPE_INT, 'validate' => 'isNullOrUnsignedId', 'copy_post' => false],
            'id_country' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_state' => ['type' => self::TYPE_INT, 'validate' => 'isNullOrUnsignedId'],
            'alias' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName', 'required' => true, 'size' => 32],
            'company' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName', 'size' => 255],
            'lastname' => ['type' => self::TYPE_STRING, 'validate' => 'isName', 'required' => true, 'size' => 255],
            'firstname' => ['type' => self::TYPE_STRING, 'validate' => 'isName', 'required' => true, 'size' => 255],
            'vat_number' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName'],
            'address1' => ['type' => self::TYPE_STRING, 'validate' => 'isAddress', 'required' => true, 'size' => 128],
            'address2' => ['type' => self::TYPE_STRING, 'validate' => 'isAddress', 'size' => 128],
            'postcode' => ['type' => self::TYPE_STRING, 'validate' => 'isPostCode', 'size' => 12],
            'city' => ['type' => self::TYPE_STRING, 'validate' => 'isCityName', 'required' => true, 'size' => 64],
            'other' => ['type' => self::TYPE_STRING, 'validate' => 'isMessage', 'size' => 300],
            'phone' => ['type' => self::TYPE_STRING, 'validate' => 'isPhoneNumber', 'size' => 32],
            'phone_mobile' => ['type' => self::TYPE_STRING, 'validate' => 'isPhoneNumber', 'size' => 32],
            'dni' => ['type' => self::TYPE_STRING, 'validate' => 'isDniLite', 'size' => 16],
            'deleted' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool', 'copy_post' => false],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate', 'copy_post' => false],
            'date_upd' => ['type' => self::TYPE_DATE, 'validate' => 'isDate', 'copy_post' => false],
        ],
    ];

    public function __construct($id_address = null, $id_lang = null)
    {
        parent::__construct($id_address);
        if ($this->id_country) {
            $this->country = Country::getNameById($id_lang ?: Configuration::get('PS_LANG_DEFAULT'), $this->id_country);
        }
    }

    public static function getZoneById($id_address)
    {
        $row = Db::getInstance()->getRow('SELECT s.id_zone AS id_zone_state, c.id_zone
            FROM ' . _DB_PREFIX_ . 'address a
            LEFT JOIN ' . _DB_PREFIX_ . 'country c ON c.id_country = a.id_country
            LEFT JOIN ' . _DB_PREFIX_ . 'state s ON s.id_state = a.id_state
            WHERE a.id_address = ' . (int) $id_address);
        if (!$row) {
            return false;
        }

        return (int) ($row['id_zone_state'] ?: $row['id_zone']);
    }

    public static function getCountryAndState($id_address)
    {
        return Db::getInstance()->getRow('SELECT id_country, id_state, vat_number, postcode FROM ' . _DB_PREFIX_ . 'address
            WHERE id_address = ' . (int) $id_address);
    }

    public static function addressExists($id_address, $useCache = false)
    {
        return (bool) Db::getInstance()->getValue('SELECT id_address FROM ' . _DB_PREFIX_ . 'address WHERE id_address = ' . (int) $id_address);
    }

    public function isUsed()
    {
        return (bool) Db::getInstance()->getValue('SELECT COUNT(*) FROM ' . _DB_PREFIX_ . 'orders
            WHERE id_address_delivery = ' . (int) $this->id . ' OR id_address_invoice = ' . (int) $this->id);
    }
}
