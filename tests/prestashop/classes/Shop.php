<?php
/**
 * PrestaShop's Shop with multistore off: one shop, id 1.
 */
class Shop extends ObjectModel
{
    public const CONTEXT_SHOP = 1;
    public const CONTEXT_GROUP = 2;
    public const CONTEXT_ALL = 4;
    public const SHARE_CUSTOMER = 'share_customer';
    public const SHARE_ORDER = 'share_order';
    public const SHARE_STOCK = 'share_stock';

    public $id_shop_group;
    public $id_category;
    public $theme_name;
    public $name;
    public $color;
    public $active = true;
    public $deleted;

    public static $definition = [
        'table' => 'shop',
        'primary' => 'id_shop',
        'fields' => [
            'active' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'deleted' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'name' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName', 'required' => true, 'size' => 64],
            'color' => ['type' => self::TYPE_STRING, 'validate' => 'isColor'],
            'id_category' => ['type' => self::TYPE_INT, 'required' => true],
            'theme_name' => ['type' => self::TYPE_STRING],
            'id_shop_group' => ['type' => self::TYPE_INT, 'required' => true],
        ],
    ];

    public static function isFeatureActive()
    {
        return false;
    }

    public static function getContext()
    {
        return self::CONTEXT_SHOP;
    }

    public static function setContext($type, $id = null)
    {
    }

    public static function getContextShopID($null_value_without_multishop = false)
    {
        return $null_value_without_multishop ? null : (int) (Context::getContext()->shop->id ?? 1);
    }

    public static function getContextShopGroupID($null_value_without_multishop = false)
    {
        return $null_value_without_multishop ? null : 1;
    }

    public static function getContextListShopID($share = false)
    {
        return [self::getContextShopID()];
    }

    public static function getShops($active = true, $id_shop_group = null, $get_as_list_id = false)
    {
        $rows = Db::getInstance()->executeS('SELECT id_shop, id_shop_group, name, active FROM ' . _DB_PREFIX_ . 'shop');

        return $get_as_list_id ? array_map(static fn ($row) => (int) $row['id_shop'], $rows ?: []) : ($rows ?: []);
    }

    public static function getCompleteListOfShopsID()
    {
        return self::getShops(false, null, true);
    }

    public function getGroup()
    {
        $group = new stdClass();
        $group->id = (int) ($this->id_shop_group ?: 1);
        $group->share_customer = false;
        $group->share_order = false;
        $group->share_stock = false;

        return $group;
    }

    public function getBaseURL($auto_secure_mode = false, $add_base_uri = true)
    {
        return Context::getContext()->link->getBaseLink();
    }

    public static function addSqlRestriction($share = false, $alias = null)
    {
        return ' AND ' . ($alias ? $alias . '.' : '') . 'id_shop = ' . (int) self::getContextShopID();
    }
}
