<?php
/**
 * PrestaShop's configuration store (ps_configuration and ps_configuration_lang), loaded once
 * per process like PrestaShop's. With multistore off, values are global rows (id_shop and
 * id_shop_group NULL); a shop-specific row wins over a group row, which wins over a global one.
 */
class Configuration extends ObjectModel
{
    public $name;
    public $value;
    public $id_shop_group;
    public $id_shop;
    public $date_add;
    public $date_upd;

    public static $definition = [
        'table' => 'configuration',
        'primary' => 'id_configuration',
        'multilang' => true,
        'fields' => [
            'name' => ['type' => self::TYPE_STRING, 'validate' => 'isConfigName', 'required' => true, 'size' => 254],
            'id_shop_group' => ['type' => self::TYPE_NOTHING, 'validate' => 'isUnsignedId'],
            'id_shop' => ['type' => self::TYPE_NOTHING, 'validate' => 'isUnsignedId'],
            'value' => ['type' => self::TYPE_STRING],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'date_upd' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
        ],
    ];

    /** @var array<string, array<string, array{global: mixed, group: array, shop: array}>>|null */
    protected static $cache;

    public static function loadConfiguration()
    {
        $rows = Db::getInstance()->executeS(
            'SELECT c.name, c.id_shop_group, c.id_shop, c.value, cl.id_lang, cl.value AS value_lang
            FROM ' . _DB_PREFIX_ . 'configuration c
            LEFT JOIN ' . _DB_PREFIX_ . 'configuration_lang cl ON cl.id_configuration = c.id_configuration'
        );
        if ($rows === false) {
            throw new PrestaShopDatabaseException('Configuration could not be loaded: ' . Db::getInstance()->getMsgError());
        }

        self::$cache = [];
        foreach ($rows as $row) {
            $lang = $row['id_lang'] !== null ? (int) $row['id_lang'] : 0;
            $value = $row['id_lang'] !== null ? $row['value_lang'] : $row['value'];
            self::storeInCache($row['name'], $lang, $row['id_shop_group'], $row['id_shop'], $value);
            if ($lang !== 0 && !isset(self::$cache[$row['name']][0])) {
                self::storeInCache($row['name'], 0, $row['id_shop_group'], $row['id_shop'], $row['value']);
            }
        }
    }

    private static function storeInCache($key, $lang, $idShopGroup, $idShop, $value)
    {
        $entry = &self::$cache[$key][$lang];
        $entry = $entry ?? ['global' => null, 'has_global' => false, 'group' => [], 'shop' => []];
        if ($idShop !== null) {
            $entry['shop'][(int) $idShop] = $value;
        } elseif ($idShopGroup !== null) {
            $entry['group'][(int) $idShopGroup] = $value;
        } else {
            $entry['global'] = $value;
            $entry['has_global'] = true;
        }
    }

    /**
     * Forgets the loaded values, so the next read loads them again from the database.
     */
    public static function clearConfigurationCacheForTesting()
    {
        self::$cache = null;
    }

    /**
     * Marks the configuration as loaded and empty: the double's bootstrap uses this when the
     * database is down, so a front controller still runs and meets the failure itself.
     */
    public static function markUnavailable()
    {
        self::$cache = [];
    }

    public static function configurationIsLoaded()
    {
        return self::$cache !== null;
    }

    public static function get($key, $idLang = null, $idShopGroup = null, $idShop = null, $default = false)
    {
        if (self::$cache === null) {
            self::loadConfiguration();
        }
        $lang = (int) $idLang;
        if (!isset(self::$cache[$key][$lang])) {
            $lang = 0;
        }
        if (!isset(self::$cache[$key][$lang])) {
            return $default;
        }
        $entry = self::$cache[$key][$lang];
        if ($idShop !== null && array_key_exists((int) $idShop, $entry['shop'])) {
            return $entry['shop'][(int) $idShop];
        }
        if ($idShopGroup !== null && array_key_exists((int) $idShopGroup, $entry['group'])) {
            return $entry['group'][(int) $idShopGroup];
        }
        if ($entry['has_global']) {
            return $entry['global'];
        }
        if ($entry['shop'] !== []) {
            return reset($entry['shop']);
        }

        return $default;
    }

    public static function getGlobalValue($key, $idLang = null)
    {
        return self::get($key, $idLang);
    }

    public static function getInt($key, $idShopGroup = null, $idShop = null)
    {
        $values = [];
        foreach (Language::getIDs(false) as $idLang) {
            $values[$idLang] = self::get($key, $idLang, $idShopGroup, $idShop);
        }

        return $values;
    }

    public static function getMultiple($keys, $idLang = null, $idShopGroup = null, $idShop = null)
    {
        if (!is_array($keys)) {
            throw new PrestaShopException('keys var is not an array');
        }
        $values = [];
        foreach ($keys as $key) {
            $values[$key] = self::get($key, $idLang, $idShopGroup, $idShop);
        }

        return $values;
    }

    public static function hasKey($key, $idLang = null, $idShopGroup = null, $idShop = null)
    {
        if (self::$cache === null) {
            self::loadConfiguration();
        }
        $entry = self::$cache[$key][(int) $idLang] ?? null;
        if ($entry === null) {
            return false;
        }
        if ($idShop !== null) {
            return array_key_exists((int) $idShop, $entry['shop']);
        }
        if ($idShopGroup !== null) {
            return array_key_exists((int) $idShopGroup, $entry['group']);
        }

        return $entry['has_global'];
    }

    public static function updateGlobalValue($key, $values, $html = false)
    {
        return self::updateValue($key, $values, $html, 0, 0);
    }

    /**
     * Stores a value (or [id_lang => value]); without $html, tags are stripped the way pSQL()
     * strips them, as PrestaShop does.
     */
    public static function updateValue($key, $values, $html = false, $idShopGroup = null, $idShop = null)
    {
        if (!Validate::isConfigName($key)) {
            throw new PrestaShopException(sprintf('[%s] is not a valid configuration key', Tools::htmlentitiesUTF8($key)));
        }
        $idShopGroup = $idShopGroup ? (int) $idShopGroup : null;
        $idShop = $idShop ? (int) $idShop : null;
        $db = Db::getInstance();
        $scope = $idShop !== null ? 'id_shop = ' . $idShop : 'id_shop IS NULL';
        $scope .= $idShopGroup !== null ? ' AND id_shop_group = ' . $idShopGroup : ' AND id_shop_group IS NULL';
        $isLang = is_array($values);
        $values = $isLang ? $values : [0 => $values];

        $id = (int) $db->getValue('SELECT id_configuration FROM ' . _DB_PREFIX_ . "configuration
            WHERE name = '" . pSQL($key) . "' AND " . $scope);
        $result = true;
        if ($id === 0) {
            $result = $db->insert('configuration', [
                'name' => pSQL($key),
                'value' => $isLang ? null : pSQL((string) $values[0], $html),
                'id_shop_group' => $idShopGroup,
                'id_shop' => $idShop,
                'date_add' => date('Y-m-d H:i:s'),
                'date_upd' => date('Y-m-d H:i:s'),
            ], true);
            $id = (int) $db->Insert_ID();
        } elseif (!$isLang) {
            $result = $db->update('configuration', [
                'value' => pSQL((string) $values[0], $html),
                'date_upd' => date('Y-m-d H:i:s'),
            ], 'id_configuration = ' . $id, 0, true);
        }
        if ($isLang) {
            foreach ($values as $idLang => $value) {
                $result = $db->insert('configuration_lang', [
                    'id_configuration' => $id,
                    'id_lang' => (int) $idLang,
                    'value' => pSQL((string) $value, $html),
                    'date_upd' => date('Y-m-d H:i:s'),
                ], false, true, Db::ON_DUPLICATE_KEY) && $result;
            }
        }
        if (!$result) {
            return false;
        }

        foreach ($values as $idLang => $value) {
            if (self::$cache !== null) {
                self::storeInCache($key, (int) $idLang, $idShopGroup, $idShop, $html ? (string) $value : strip_tags((string) $value));
            }
        }

        return true;
    }

    public static function set($key, $values, $idShopGroup = null, $idShop = null)
    {
        if (self::$cache === null) {
            self::$cache = [];
        }
        foreach (is_array($values) ? $values : [0 => $values] as $idLang => $value) {
            self::storeInCache($key, (int) $idLang, $idShopGroup, $idShop, $value);
        }
    }

    public static function deleteByName($key)
    {
        if (!Validate::isConfigName($key)) {
            return false;
        }
        $db = Db::getInstance();
        $result = $db->execute('DELETE FROM ' . _DB_PREFIX_ . 'configuration_lang WHERE id_configuration IN (
            SELECT id_configuration FROM ' . _DB_PREFIX_ . "configuration WHERE name = '" . pSQL($key) . "')");
        $result = $db->execute('DELETE FROM ' . _DB_PREFIX_ . "configuration WHERE name = '" . pSQL($key) . "'") && $result;
        if (self::$cache !== null) {
            unset(self::$cache[$key]);
        }

        return $result;
    }
}
