<?php
/**
 * PrestaShop's Customer. add() fills secure_key, the shop and the default group (guest or
 * customer) and writes the ps_customer_group row, as PrestaShop 8.2 does.
 */
class Customer extends ObjectModel
{
    public $id_shop;
    public $id_shop_group;
    public $secure_key;
    public $note;
    public $id_gender = 0;
    public $id_default_group;
    public $id_lang;
    public $lastname;
    public $firstname;
    public $birthday;
    public $email;
    public $newsletter = 0;
    public $ip_registration_newsletter;
    public $newsletter_date_add;
    public $optin = 0;
    public $website;
    public $company;
    public $siret;
    public $ape;
    public $outstanding_allow_amount = 0;
    public $show_public_prices = 0;
    public $id_risk = 1;
    public $max_payment_days = 0;
    public $passwd;
    public $last_passwd_gen;
    public $active = true;
    public $is_guest = 0;
    public $deleted = 0;
    public $date_add;
    public $date_upd;
    public $reset_password_token;
    public $reset_password_validity;
    public $logged = 0;

    public static $definition = [
        'table' => 'customer',
        'primary' => 'id_customer',
        'fields' => [
            'secure_key' => ['type' => self::TYPE_STRING, 'validate' => 'isMd5', 'copy_post' => false],
            'lastname' => ['type' => self::TYPE_STRING, 'validate' => 'isCustomerName', 'required' => true, 'size' => 255],
            'firstname' => ['type' => self::TYPE_STRING, 'validate' => 'isCustomerName', 'required' => true, 'size' => 255],
            'email' => ['type' => self::TYPE_STRING, 'validate' => 'isEmail', 'required' => true, 'size' => 255],
            'passwd' => ['type' => self::TYPE_STRING, 'validate' => 'isHashedPassword', 'required' => true, 'size' => 255],
            'last_passwd_gen' => ['type' => self::TYPE_STRING, 'copy_post' => false],
            'id_gender' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'birthday' => ['type' => self::TYPE_DATE, 'validate' => 'isBirthDate', 'allow_null' => true],
            'newsletter' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'newsletter_date_add' => ['type' => self::TYPE_DATE, 'copy_post' => false, 'allow_null' => true],
            'ip_registration_newsletter' => ['type' => self::TYPE_STRING, 'copy_post' => false],
            'optin' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'website' => ['type' => self::TYPE_STRING, 'validate' => 'isUrl'],
            'company' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName'],
            'siret' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName'],
            'ape' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName'],
            'outstanding_allow_amount' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat', 'copy_post' => false],
            'show_public_prices' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool', 'copy_post' => false],
            'id_risk' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedInt', 'copy_post' => false],
            'max_payment_days' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedInt', 'copy_post' => false],
            'active' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool', 'copy_post' => false],
            'deleted' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool', 'copy_post' => false],
            'note' => ['type' => self::TYPE_HTML, 'size' => 65000, 'copy_post' => false],
            'is_guest' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool', 'copy_post' => false],
            'id_shop' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'copy_post' => false],
            'id_shop_group' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'copy_post' => false],
            'id_default_group' => ['type' => self::TYPE_INT, 'copy_post' => false],
            'id_lang' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'copy_post' => false],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate', 'copy_post' => false],
            'date_upd' => ['type' => self::TYPE_DATE, 'validate' => 'isDate', 'copy_post' => false],
            'reset_password_token' => ['type' => self::TYPE_STRING, 'validate' => 'isSha1', 'size' => 40, 'copy_post' => false],
            'reset_password_validity' => ['type' => self::TYPE_DATE, 'validate' => 'isDateOrNull', 'copy_post' => false, 'allow_null' => true],
        ],
    ];

    public function add($autoDate = true, $nullValues = true)
    {
        $this->id_shop = $this->id_shop ? (int) $this->id_shop : (int) Context::getContext()->shop->id;
        $this->id_shop_group = $this->id_shop_group ? (int) $this->id_shop_group : 1;
        $this->id_lang = $this->id_lang ?: (int) Context::getContext()->language->id;
        $this->birthday = empty($this->birthday) ? null : $this->birthday;
        $this->secure_key = md5(uniqid((string) mt_rand(0, mt_getrandmax()), true));
        $this->last_passwd_gen = date('Y-m-d H:i:s', strtotime('-6 hours'));
        if (empty($this->id_default_group)) {
            $this->id_default_group = (int) Configuration::get($this->is_guest ? 'PS_GUEST_GROUP' : 'PS_CUSTOMER_GROUP');
        }
        $success = parent::add($autoDate, $nullValues);
        $this->updateGroup([$this->id_default_group]);

        return $success;
    }

    public function updateGroup($list)
    {
        Db::getInstance()->delete('customer_group', 'id_customer = ' . (int) $this->id);
        foreach ((array) $list as $idGroup) {
            Db::getInstance()->insert('customer_group', ['id_customer' => (int) $this->id, 'id_group' => (int) $idGroup]);
        }
    }

    public function getGroups()
    {
        return array_map(static fn ($row) => (int) $row['id_group'], Db::getInstance()->executeS(
            'SELECT id_group FROM ' . _DB_PREFIX_ . 'customer_group WHERE id_customer = ' . (int) $this->id
        ) ?: []);
    }

    public function getByEmail($email, $plaintextPassword = null, $ignoreGuest = true)
    {
        if (!Validate::isEmail($email)) {
            die(Tools::displayError('Invalid email'));
        }
        $row = Db::getInstance()->getRow('SELECT * FROM ' . _DB_PREFIX_ . "customer
            WHERE email = '" . pSQL($email) . "' AND deleted = 0" . ($ignoreGuest ? ' AND is_guest = 0' : '')
            . ' ORDER BY id_customer DESC');
        if (!$row) {
            return false;
        }
        if ($plaintextPassword !== null && !password_verify($plaintextPassword, $row['passwd'])) {
            return false;
        }
        $this->id = (int) $row['id_customer'];
        foreach ($row as $key => $value) {
            if (property_exists($this, $key) && $key !== 'id_customer') {
                $this->{$key} = $value;
            }
        }

        return $this;
    }

    public static function getCustomersByEmail($email)
    {
        return Db::getInstance()->executeS('SELECT * FROM ' . _DB_PREFIX_ . "customer WHERE email = '" . pSQL($email) . "'") ?: [];
    }

    public static function customerExists($email, $returnId = false, $ignoreGuest = true)
    {
        $id = (int) Db::getInstance()->getValue('SELECT id_customer FROM ' . _DB_PREFIX_ . "customer
            WHERE email = '" . pSQL($email) . "'" . ($ignoreGuest ? ' AND is_guest = 0' : ''));

        return $returnId ? $id : $id > 0;
    }

    public function isGuest()
    {
        return (bool) $this->is_guest;
    }

    public function isLogged($withGuest = false)
    {
        return $this->logged && $this->id && ($withGuest || !$this->is_guest);
    }

    public function getAddresses($idLang)
    {
        return Db::getInstance()->executeS('SELECT * FROM ' . _DB_PREFIX_ . 'address
            WHERE id_customer = ' . (int) $this->id . ' AND deleted = 0') ?: [];
    }

    public static function resetAddressCache($idCustomer = null, $idAddress = null)
    {
    }
}
