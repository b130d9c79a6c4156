<?php
/**
 * PrestaShop's Product, with the price rule the double needs: the shop price plus the
 * combination's impact, replaced or reduced by the best matching SpecificPrice (a cart- or
 * customer-specific one first). With tax, the rate of the product's tax rules group (Tax) is
 * added before the reduction.
 */
class Product extends ObjectModel
{
    public $id_tax_rules_group = 0;
    public $id_manufacturer;
    public $id_supplier;
    public $id_category_default;
    public $id_shop_default;
    public $name;
    public $description;
    public $description_short;
    public $link_rewrite;
    public $quantity = 0;
    public $minimal_quantity = 1;
    public $price = 0;
    public $wholesale_price = 0;
    public $reference;
    public $weight = 0;
    public $active = true;
    public $available_for_order = true;
    public $out_of_stock = 2;
    public $cache_default_attribute;
    public $product_type;
    public $is_virtual = false;
    public $date_add;
    public $date_upd;

    public static $definition = [
        'table' => 'product',
        'primary' => 'id_product',
        'multilang' => true,
        'multilang_shop' => true,
        'fields' => [
            'id_manufacturer' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_supplier' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_category_default' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_shop_default' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_tax_rules_group' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'reference' => ['type' => self::TYPE_STRING, 'validate' => 'isReference', 'size' => 64],
            'weight' => ['type' => self::TYPE_FLOAT, 'validate' => 'isUnsignedFloat'],
            'quantity' => ['type' => self::TYPE_INT, 'validate' => 'isInt'],
            'minimal_quantity' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedInt'],
            'price' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice', 'required' => true],
            'wholesale_price' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'active' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'available_for_order' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'out_of_stock' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedInt'],
            'cache_default_attribute' => ['type' => self::TYPE_INT],
            'product_type' => ['type' => self::TYPE_STRING],
            'is_virtual' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'date_upd' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'name' => ['type' => self::TYPE_STRING, 'lang' => true, 'validate' => 'isCatalogName', 'required' => true, 'size' => 255],
            'link_rewrite' => ['type' => self::TYPE_STRING, 'lang' => true, 'validate' => 'isLinkRewrite', 'size' => 128],
            'description' => ['type' => self::TYPE_HTML, 'lang' => true, 'validate' => 'isCleanHtml'],
            'description_short' => ['type' => self::TYPE_HTML, 'lang' => true, 'validate' => 'isCleanHtml'],
        ],
    ];

    public function __construct($id_product = null, $full = false, $id_lang = null, $id_shop = null, ?Context $context = null)
    {
        parent::__construct($id_product, $id_lang, $id_shop);
        if ($this->id) {
            $price = Db::getInstance()->getValue('SELECT price FROM ' . _DB_PREFIX_ . 'product_shop
                WHERE id_product = ' . (int) $this->id . ' AND id_shop = ' . (int) ($id_shop ?: 1));
            if ($price !== false) {
                $this->price = $price;
            }
        }
    }

    public static function getIdByReference($reference)
    {
        if (empty($reference)) {
            return 0;
        }
        if (!Validate::isReference($reference)) {
            return 0;
        }

        return (int) Db::getInstance()->getValue('SELECT id_product FROM ' . _DB_PREFIX_ . "product
            WHERE reference = '" . pSQL($reference) . "'");
    }

    public static function getProductName($id_product, $id_product_attribute = null, $id_lang = null)
    {
        return Db::getInstance()->getValue('SELECT name FROM ' . _DB_PREFIX_ . 'product_lang
            WHERE id_product = ' . (int) $id_product . ' AND id_lang = ' . (int) ($id_lang ?: Configuration::get('PS_LANG_DEFAULT')));
    }

    public static function getDefaultAttribute($id_product, $minimum_quantity = 0, $reset = false)
    {
        return (int) Db::getInstance()->getValue('SELECT id_product_attribute FROM ' . _DB_PREFIX_ . 'product_attribute
            WHERE default_on = 1 AND id_product = ' . (int) $id_product);
    }

    public static function getPriceStatic(
        $id_product,
        $usetax = true,
        $id_product_attribute = null,
        $decimals = 6,
        $divisor = null,
        $only_reduc = false,
        $usereduc = true,
        $quantity = 1,
        $force_associated_tax = false,
        $id_customer = null,
        $id_cart = null,
        $id_address = null,
        &$specific_price_output = null,
        $with_ecotax = true,
        $use_group_reduction = true,
        ?Context $context = null,
        $use_customer_price = true,
        $id_customization = null
    ) {
        $context = $context ?? Context::getContext();
        $db = Db::getInstance();
        if ($id_product_attribute === null) {
            $id_product_attribute = self::getDefaultAttribute($id_product);
        }
        $base = (float) $db->getValue('SELECT price FROM ' . _DB_PREFIX_ . 'product_shop
            WHERE id_product = ' . (int) $id_product . ' AND id_shop = ' . (int) ($context->shop->id ?: 1));
        $impact = $id_product_attribute ? (float) $db->getValue('SELECT price FROM ' . _DB_PREFIX_ . 'product_attribute_shop
            WHERE id_product_attribute = ' . (int) $id_product_attribute . ' AND id_shop = ' . (int) ($context->shop->id ?: 1)) : 0.0;

        $specific = SpecificPrice::getSpecificPrice(
            (int) $id_product,
            (int) ($context->shop->id ?: 1),
            (int) ($context->currency->id ?? 0),
            (int) ($context->country->id ?? 0),
            (int) Configuration::get('PS_CUSTOMER_GROUP'),
            (int) $quantity,
            (int) $id_product_attribute,
            (int) ($id_customer ?? 0),
            (int) ($id_cart ?? 0)
        );
        $specific_price_output = $specific;

        $price = $base + $impact;
        if ($specific && (float) $specific['price'] >= 0) {
            $price = (float) $specific['price'] + ((int) $specific['id_product_attribute'] ? 0.0 : $impact);
        }

        // As in PrestaShop 8.2, tax goes on before the reduction, and an amount reduction is
        // taken as stated with or without tax (reduction_tax) and converted to the other side.
        $rate = 0.0;
        if ($usetax || ($specific && $specific['reduction_type'] === 'amount')) {
            $group = (int) $db->getValue('SELECT id_tax_rules_group FROM ' . _DB_PREFIX_ . 'product_shop
                WHERE id_product = ' . (int) $id_product . ' AND id_shop = ' . (int) ($context->shop->id ?: 1));
            $rate = Tax::getTaxOfRulesGroup($group, $id_address)['rate'];
        }
        if ($usetax) {
            $price *= 1 + $rate / 100;
        }
        $reduction = 0.0;
        if ($usereduc && $specific) {
            $reduction = $specific['reduction_type'] === 'amount'
                ? self::reductionAmount($specific, $usetax, $rate)
                : $price * (float) $specific['reduction'];
        }
        if ($only_reduc) {
            return Tools::ps_round($reduction, $decimals);
        }

        return Tools::ps_round(max(0.0, $price - $reduction), $decimals);
    }

    private static function reductionAmount(array $specific, $usetax, float $rate): float
    {
        $amount = (float) $specific['reduction'];
        $withTax = (int) ($specific['reduction_tax'] ?? 1) === 1;
        if ($withTax && !$usetax) {
            return $amount / (1 + $rate / 100);
        }
        if (!$withTax && $usetax) {
            return $amount * (1 + $rate / 100);
        }

        return $amount;
    }

    public function getPrice($tax = true, $id_product_attribute = null, $decimals = 6, $divisor = null, $only_reduc = false, $usereduc = true, $quantity = 1)
    {
        return self::getPriceStatic((int) $this->id, $tax, $id_product_attribute, $decimals, $divisor, $only_reduc, $usereduc, $quantity);
    }

    public static function getTaxesInformations($row, ?Context $context = null)
    {
        $tax = Tax::getTaxOfRulesGroup((int) ($row['id_tax_rules_group'] ?? 0), $row['id_address_delivery'] ?? null);
        $row['rate'] = $tax['rate'];
        $row['tax_name'] = $tax['name'];

        return $row;
    }

    public function hasAttributes()
    {
        return (int) Db::getInstance()->getValue('SELECT COUNT(*) FROM ' . _DB_PREFIX_ . 'product_attribute WHERE id_product = ' . (int) $this->id);
    }

    public static function isAvailableWhenOutOfStock($out_of_stock)
    {
        return (int) $out_of_stock === 1 || ((int) $out_of_stock === 2 && (int) Configuration::get('PS_ORDER_OUT_OF_STOCK') === 1);
    }
}
