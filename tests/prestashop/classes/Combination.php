<?php
/**
 * PrestaShop's Combination (a product attribute row).
 */
class Combination extends ObjectModel
{
    public $id_product;
    public $reference;
    public $price = 0;
    public $weight = 0;
    public $quantity = 0;
    public $default_on;
    public $minimal_quantity = 1;

    public static $definition = [
        'table' => 'product_attribute',
        'primary' => 'id_product_attribute',
        'fields' => [
            'id_product' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'reference' => ['type' => self::TYPE_STRING, 'size' => 64],
            'price' => ['type' => self::TYPE_FLOAT, 'validate' => 'isNegativePrice', 'size' => 20],
            'weight' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat'],
            'quantity' => ['type' => self::TYPE_INT, 'validate' => 'isInt', 'size' => 10],
            'default_on' => ['type' => self::TYPE_BOOL, 'allow_null' => true],
            'minimal_quantity' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
        ],
    ];

    public static function getIdByReference($id_product, $reference)
    {
        return (int) Db::getInstance()->getValue('SELECT id_product_attribute FROM ' . _DB_PREFIX_ . "product_attribute
            WHERE id_product = " . (int) $id_product . " AND reference = '" . pSQL($reference) . "'");
    }
}
