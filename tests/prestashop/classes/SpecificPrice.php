<?php
/**
 * PrestaShop's SpecificPrice. A price of -1 keeps the product's price (only the reduction
 * applies); a reduction is an amount or a fraction (0.10 for 10 %).
 */
class SpecificPrice extends ObjectModel
{
    public $id_product;
    public $id_specific_price_rule = 0;
    public $id_cart = 0;
    public $id_product_attribute = 0;
    public $id_shop = 0;
    public $id_shop_group = 0;
    public $id_currency = 0;
    public $id_country = 0;
    public $id_group = 0;
    public $id_customer = 0;
    public $price = -1;
    public $from_quantity = 1;
    public $reduction = 0;
    public $reduction_tax = 1;
    public $reduction_type = 'amount';
    public $from = '0000-00-00 00:00:00';
    public $to = '0000-00-00 00:00:00';

    public static $definition = [
        'table' => 'specific_price',
        'primary' => 'id_specific_price',
        'fields' => [
            'id_shop_group' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_shop' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_cart' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_product' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_product_attribute' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_currency' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_specific_price_rule' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_country' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_group' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_customer' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'price' => ['type' => self::TYPE_FLOAT, 'validate' => 'isNegativePrice', 'required' => true],
            'from_quantity' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedInt', 'required' => true],
            'reduction' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice', 'required' => true],
            'reduction_tax' => ['type' => self::TYPE_INT, 'validate' => 'isBool', 'required' => true],
            'reduction_type' => ['type' => self::TYPE_STRING, 'required' => true],
            'from' => ['type' => self::TYPE_DATE, 'validate' => 'isDateFormat', 'required' => true],
            'to' => ['type' => self::TYPE_DATE, 'validate' => 'isDateFormat', 'required' => true],
        ],
    ];

    public static function getSpecificPrice($id_product, $id_shop, $id_currency, $id_country, $id_group, $quantity, $id_product_attribute = null, $id_customer = 0, $id_cart = 0, $real_quantity = 0)
    {
        $now = date('Y-m-d H:i:00');

        return Db::getInstance()->getRow('SELECT * FROM ' . _DB_PREFIX_ . 'specific_price
            WHERE id_product IN (0, ' . (int) $id_product . ')
            AND id_product_attribute IN (0, ' . (int) $id_product_attribute . ')
            AND id_shop IN (0, ' . (int) $id_shop . ')
            AND id_currency IN (0, ' . (int) $id_currency . ')
            AND id_country IN (0, ' . (int) $id_country . ')
            AND id_group IN (0, ' . (int) $id_group . ')
            AND id_customer IN (0, ' . (int) $id_customer . ')
            AND id_cart IN (0, ' . (int) $id_cart . ')
            AND from_quantity <= ' . max(1, (int) $quantity) . "
            AND (`from` = '0000-00-00 00:00:00' OR '" . $now . "' >= `from`)
            AND (`to` = '0000-00-00 00:00:00' OR '" . $now . "' <= `to`)
            ORDER BY id_cart DESC, id_customer DESC, id_product_attribute DESC, id_product DESC, from_quantity DESC,
                id_specific_price_rule ASC, id_specific_price DESC") ?: false;
    }

    public static function deleteByIdCart($id_cart, $id_product = false, $id_product_attribute = false)
    {
        return Db::getInstance()->delete('specific_price', 'id_cart = ' . (int) $id_cart
            . ($id_product ? ' AND id_product = ' . (int) $id_product : '')
            . ($id_product_attribute !== false ? ' AND id_product_attribute = ' . (int) $id_product_attribute : ''));
    }
}
