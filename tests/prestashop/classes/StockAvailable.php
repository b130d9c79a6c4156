<?php
/**
 * PrestaShop's StockAvailable (ps_stock_available) without advanced stock management: the
 * row of a combination and the product's total row (id_product_attribute 0) move together.
 */
class StockAvailable extends ObjectModel
{
    public $id_product;
    public $id_product_attribute;
    public $id_shop;
    public $id_shop_group = 0;
    public $quantity = 0;
    public $physical_quantity = 0;
    public $reserved_quantity = 0;
    public $depends_on_stock = false;
    public $out_of_stock = 2;
    public $location = '';

    public static $definition = [
        'table' => 'stock_available',
        'primary' => 'id_stock_available',
        'fields' => [
            'id_product' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_product_attribute' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_shop' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_shop_group' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'quantity' => ['type' => self::TYPE_INT, 'validate' => 'isInt', 'required' => true],
            'physical_quantity' => ['type' => self::TYPE_INT, 'validate' => 'isInt'],
            'reserved_quantity' => ['type' => self::TYPE_INT, 'validate' => 'isInt'],
            'depends_on_stock' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool', 'required' => true],
            'out_of_stock' => ['type' => self::TYPE_INT, 'validate' => 'isInt', 'required' => true],
            'location' => ['type' => self::TYPE_STRING, 'size' => 255],
        ],
    ];

    public static function getQuantityAvailableByProduct($id_product = null, $id_product_attribute = null, $id_shop = null)
    {
        if ($id_product_attribute === null) {
            $id_product_attribute = 0;
        }

        return (int) Db::getInstance()->getValue('SELECT SUM(quantity) FROM ' . _DB_PREFIX_ . 'stock_available
            WHERE id_product = ' . (int) $id_product . ' AND id_product_attribute = ' . (int) $id_product_attribute
            . ' AND id_shop = ' . (int) ($id_shop ?: 1));
    }

    public static function dependsOnStock($id_product, $id_shop = null)
    {
        return false;
    }

    public static function outOfStock($id_product, $id_shop = null)
    {
        return (int) Db::getInstance()->getValue('SELECT out_of_stock FROM ' . _DB_PREFIX_ . 'stock_available
            WHERE id_product = ' . (int) $id_product . ' AND id_product_attribute = 0');
    }

    /**
     * Adds $delta_quantity to the combination's row and to the product's total row.
     */
    public static function updateQuantity($id_product, $id_product_attribute, $delta_quantity, $id_shop = null, $add_movement = false, $params = [])
    {
        if (!Validate::isUnsignedId($id_product)) {
            return false;
        }
        $db = Db::getInstance();
        $delta = (int) $delta_quantity;
        $shop = (int) ($id_shop ?: 1);
        $result = $db->execute('UPDATE ' . _DB_PREFIX_ . 'stock_available
            SET quantity = quantity + ' . $delta . ', physical_quantity = physical_quantity + ' . $delta . '
            WHERE id_product = ' . (int) $id_product . ' AND id_product_attribute = ' . (int) $id_product_attribute
            . ' AND id_shop = ' . $shop);
        if ((int) $id_product_attribute !== 0) {
            $result = $db->execute('UPDATE ' . _DB_PREFIX_ . 'stock_available
                SET quantity = quantity + ' . $delta . ', physical_quantity = physical_quantity + ' . $delta . '
                WHERE id_product = ' . (int) $id_product . ' AND id_product_attribute = 0 AND id_shop = ' . $shop) && $result;
        }
        Hook::exec('actionUpdateQuantity', [
            'id_product' => $id_product,
            'id_product_attribute' => $id_product_attribute,
            'quantity' => self::getQuantityAvailableByProduct($id_product, $id_product_attribute, $shop),
            'delta_quantity' => $delta,
        ]);

        return $result;
    }

    public static function setQuantity($id_product, $id_product_attribute, $quantity, $id_shop = null, $add_movement = true)
    {
        return Db::getInstance()->update('stock_available', ['quantity' => (int) $quantity, 'physical_quantity' => (int) $quantity],
            'id_product = ' . (int) $id_product . ' AND id_product_attribute = ' . (int) $id_product_attribute);
    }
}
