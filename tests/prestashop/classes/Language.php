<?php
/**
 * PrestaShop's Language.
 */
class Language extends ObjectModel
{
    public $name;
    public $iso_code;
    public $locale;
    public $language_code;
    public $date_format_lite = 'Y-m-d';
    public $date_format_full = 'Y-m-d H:i:s';
    public $is_rtl = false;
    public $active = true;

    public static $definition = [
        'table' => 'lang',
        'primary' => 'id_lang',
        'fields' => [
            'name' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName', 'required' => true, 'size' => 32],
            'iso_code' => ['type' => self::TYPE_STRING, 'validate' => 'isLanguageIsoCode', 'required' => true, 'size' => 2],
            'locale' => ['type' => self::TYPE_STRING, 'size' => 5],
            'language_code' => ['type' => self::TYPE_STRING, 'size' => 5],
            'active' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'is_rtl' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'date_format_lite' => ['type' => self::TYPE_STRING, 'required' => true, 'size' => 32],
            'date_format_full' => ['type' => self::TYPE_STRING, 'required' => true, 'size' => 32],
        ],
    ];

    public static function getLanguages($active = true, $id_shop = false, $ids_only = false)
    {
        $sql = 'SELECT l.*, ls.id_shop FROM ' . _DB_PREFIX_ . 'lang l
            LEFT JOIN ' . _DB_PREFIX_ . 'lang_shop ls ON ls.id_lang = l.id_lang'
            . ($active ? ' WHERE l.active = 1' : '')
            . ($id_shop ? ($active ? ' AND' : ' WHERE') . ' ls.id_shop = ' . (int) $id_shop : '')
            . ' ORDER BY l.id_lang';
        $rows = Db::getInstance()->executeS($sql) ?: [];
        if ($ids_only) {
            return array_map(static fn ($row) => (int) $row['id_lang'], $rows);
        }
        foreach ($rows as &$row) {
            $row['id_lang'] = (int) $row['id_lang'];
            $row['active'] = (int) $row['active'];
            $row['shops'] = [(int) ($row['id_shop'] ?? 1) => true];
        }

        return $rows;
    }

    public static function getIDs($active = true, $id_shop = false)
    {
        return self::getLanguages($active, $id_shop, true);
    }

    public static function getIdByIso($iso_code, $no_cache = false)
    {
        $id = Db::getInstance()->getValue('SELECT id_lang FROM ' . _DB_PREFIX_ . "lang WHERE iso_code = '" . pSQL(strtolower((string) $iso_code)) . "'");

        return $id ? (int) $id : false;
    }

    public static function getIsoById($id_lang)
    {
        return Db::getInstance()->getValue('SELECT iso_code FROM ' . _DB_PREFIX_ . 'lang WHERE id_lang = ' . (int) $id_lang);
    }

    public static function getLanguage($id_lang)
    {
        return Db::getInstance()->getRow('SELECT * FROM ' . _DB_PREFIX_ . 'lang WHERE id_lang = ' . (int) $id_lang);
    }
}
