<?php
/**
 * PrestaShop's Carrier with price ranges (ps_range_price, ps_delivery per zone).
 */
class Carrier extends ObjectModel
{
    public const SHIPPING_METHOD_DEFAULT = 0;
    public const SHIPPING_METHOD_WEIGHT = 1;
    public const SHIPPING_METHOD_PRICE = 2;
    public const SHIPPING_METHOD_FREE = 3;

    public $id_reference;
    public $name;
    public $url;
    public $delay;
    public $active = true;
    public $deleted = 0;
    public $shipping_handling = true;
    public $range_behavior;
    public $is_module;
    public $is_free = false;
    public $shipping_external = 0;
    public $need_range = 0;
    public $external_module_name;
    public $shipping_method = 0;
    public $position;
    public $max_width;
    public $max_height;
    public $max_depth;
    public $max_weight;
    public $grade;

    public static $definition = [
        'table' => 'carrier',
        'primary' => 'id_carrier',
        'multilang' => true,
        'multilang_shop' => true,
        'fields' => [
            'id_reference' => ['type' => self::TYPE_INT],
            'name' => ['type' => self::TYPE_STRING, 'required' => true, 'size' => 64],
            'active' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool', 'required' => true],
            'is_free' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'url' => ['type' => self::TYPE_STRING, 'validate' => 'isAbsoluteUrl'],
            'shipping_handling' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'shipping_external' => ['type' => self::TYPE_BOOL],
            'range_behavior' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'shipping_method' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedInt'],
            'deleted' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'delay' => ['type' => self::TYPE_STRING, 'lang' => true, 'validate' => 'isGenericName', 'size' => 512],
        ],
    ];

    public static function getCarrierByReference($id_reference, $id_lang = null)
    {
        $id = (int) Db::getInstance()->getValue('SELECT id_carrier FROM ' . _DB_PREFIX_ . 'carrier
            WHERE id_reference = ' . (int) $id_reference . ' AND deleted = 0 ORDER BY id_carrier DESC');

        return $id ? new Carrier($id, $id_lang) : false;
    }

    public static function getCarriers($id_lang, $active = false, $delete = false, $id_zone = false, $ids_group = null, $modules_filters = 1)
    {
        $sql = 'SELECT c.*, cl.delay FROM ' . _DB_PREFIX_ . 'carrier c
            LEFT JOIN ' . _DB_PREFIX_ . 'carrier_lang cl ON cl.id_carrier = c.id_carrier AND cl.id_lang = ' . (int) $id_lang . '
            WHERE c.deleted = ' . ($delete ? 1 : 0) . ($active ? ' AND c.active = 1' : '');
        if ($id_zone) {
            $sql .= ' AND c.id_carrier IN (SELECT id_carrier FROM ' . _DB_PREFIX_ . 'carrier_zone WHERE id_zone = ' . (int) $id_zone . ')';
        }

        return Db::getInstance()->executeS($sql . ' ORDER BY c.position') ?: [];
    }

    /**
     * Returns the delivery price for an order total in a zone, or false when the carrier does
     * not serve that zone or no range covers the total.
     */
    public function getDeliveryPriceByPrice($order_total, $id_zone, $id_currency = null)
    {
        $price = Db::getInstance()->getValue('SELECT d.price FROM ' . _DB_PREFIX_ . 'delivery d
            INNER JOIN ' . _DB_PREFIX_ . 'range_price r ON r.id_range_price = d.id_range_price
            WHERE d.id_carrier = ' . (int) $this->id . ' AND d.id_zone = ' . (int) $id_zone . '
            AND ' . (float) $order_total . ' >= r.delimiter1 AND ' . (float) $order_total . ' < r.delimiter2
            ORDER BY r.delimiter1 ASC');

        return $price === false ? false : (float) $price;
    }

    public static function checkCarrierZone($id_carrier, $id_zone)
    {
        return (bool) Db::getInstance()->getValue('SELECT id_carrier FROM ' . _DB_PREFIX_ . 'carrier_zone
            WHERE id_carrier = ' . (int) $id_carrier . ' AND id_zone = ' . (int) $id_zone);
    }
}
