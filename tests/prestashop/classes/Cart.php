<?php
/**
 * PrestaShop's Cart. Product prices carry the tax of the product's tax rules group at the
 * delivery address, and totals follow PS_ROUND_TYPE (1 rounds each unit price, 2 each line,
 * 3 only the total) with PS_PRICE_ROUND_MODE, as in PrestaShop 8.2. Shipping comes from the
 * cart's carrier and the delivery address' zone, without tax; gift wrapping from
 * PS_GIFT_WRAPPING_PRICE, without tax. Cart rules are not part of the double.
 */
class Cart extends ObjectModel
{
    public const ONLY_PRODUCTS = 1;
    public const ONLY_DISCOUNTS = 2;
    public const BOTH = 3;
    public const BOTH_WITHOUT_SHIPPING = 4;
    public const ONLY_SHIPPING = 5;
    public const ONLY_WRAPPING = 6;
    public const ONLY_PRODUCTS_WITHOUT_SHIPPING = 7;
    public const ONLY_PHYSICAL_PRODUCTS_WITHOUT_SHIPPING = 8;

    public $id_shop_group = 1;
    public $id_shop = 1;
    public $id_address_delivery = 0;
    public $id_address_invoice = 0;
    public $id_currency;
    public $id_customer = 0;
    public $id_guest = 0;
    public $id_lang;
    public $recyclable = 0;
    public $gift = 0;
    public $gift_message;
    public $mobile_theme = 0;
    public $date_add;
    public $secure_key;
    public $id_carrier = 0;
    public $date_upd;
    public $checkedTos = false;
    public $pictures;
    public $textFields;
    public $delivery_option = '';
    public $allow_seperated_package = 0;

    public static $definition = [
        'table' => 'cart',
        'primary' => 'id_cart',
        'fields' => [
            'id_shop_group' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_shop' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_address_delivery' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_address_invoice' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_carrier' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_currency' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_customer' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_guest' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_lang' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'recyclable' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'gift' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'gift_message' => ['type' => self::TYPE_STRING, 'validate' => 'isCleanHtml'],
            'mobile_theme' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'delivery_option' => ['type' => self::TYPE_STRING],
            'secure_key' => ['type' => self::TYPE_STRING, 'size' => 32],
            'allow_seperated_package' => ['type' => self::TYPE_BOOL, 'validate' => 'isBool'],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'date_upd' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
        ],
    ];

    public function add($autoDate = true, $nullValues = false)
    {
        if (!$this->id_lang) {
            $this->id_lang = (int) Configuration::get('PS_LANG_DEFAULT');
        }
        if (!$this->id_shop) {
            $this->id_shop = (int) Context::getContext()->shop->id;
        }
        if ($this->secure_key === null) {
            $this->secure_key = '-1';
        }

        return parent::add($autoDate, $nullValues);
    }

    public function delete()
    {
        if ($this->orderExists()) {
            return false;
        }
        Db::getInstance()->delete('cart_product', 'id_cart = ' . (int) $this->id);

        return parent::delete();
    }

    public function orderExists()
    {
        return (bool) Db::getInstance()->getValue('SELECT COUNT(*) FROM ' . _DB_PREFIX_ . 'orders WHERE id_cart = ' . (int) $this->id);
    }

    public static function getCartIdByOrderId($id_order)
    {
        $id = Db::getInstance()->getValue('SELECT id_cart FROM ' . _DB_PREFIX_ . 'orders WHERE id_order = ' . (int) $id_order);

        return $id ? (int) $id : false;
    }

    /**
     * Adds or removes units. Like PrestaShop, it returns false for an inactive product or a
     * quantity above the stock when ordering out of stock is off, -1 below the minimal quantity.
     */
    public function updateQty(
        $quantity,
        $id_product,
        $id_product_attribute = null,
        $id_customization = false,
        $operator = 'up',
        $id_address_delivery = 0,
        ?Shop $shop = null,
        $auto_add_cart_rule = true,
        $skipAvailabilityCheckOutOfStock = false,
        bool $preserveGiftRemoval = true,
        bool $useOrderPrices = false
    ) {
        $quantity = (int) $quantity;
        $id_product = (int) $id_product;
        $id_product_attribute = (int) $id_product_attribute;
        $product = new Product($id_product, false, Configuration::get('PS_LANG_DEFAULT'));
        if (!Validate::isLoadedObject($product) || !$product->active || !$product->available_for_order) {
            return false;
        }
        // PrestaShop 8.2 keeps combination 0 here: the line is the product without a combination.
        $db = Db::getInstance();
        $where = 'id_cart = ' . (int) $this->id . ' AND id_product = ' . $id_product
            . ' AND id_product_attribute = ' . $id_product_attribute . ' AND id_customization = ' . (int) $id_customization;
        $current = (int) $db->getValue('SELECT quantity FROM ' . _DB_PREFIX_ . 'cart_product WHERE ' . $where);
        $new = $operator === 'down' ? $current - $quantity : $current + $quantity;

        if ($operator !== 'down' && !$skipAvailabilityCheckOutOfStock
            && !Product::isAvailableWhenOutOfStock(StockAvailable::outOfStock($id_product))
            && StockAvailable::getQuantityAvailableByProduct($id_product, $id_product_attribute) < $new) {
            return false;
        }
        if ($operator !== 'down' && $new < (int) $product->minimal_quantity) {
            return -1;
        }

        if ($new <= 0) {
            $result = $db->delete('cart_product', $where);
        } elseif ($current > 0) {
            $result = $db->update('cart_product', ['quantity' => $new], $where);
        } else {
            $result = $db->insert('cart_product', [
                'id_cart' => (int) $this->id,
                'id_product' => $id_product,
                'id_product_attribute' => $id_product_attribute,
                'id_customization' => (int) $id_customization,
                'id_address_delivery' => (int) $id_address_delivery,
                'id_shop' => (int) ($shop->id ?? $this->id_shop),
                'quantity' => $new,
                'date_add' => date('Y-m-d H:i:s'),
            ]);
        }
        $this->update();

        return $result;
    }

    public function deleteProduct($id_product, $id_product_attribute = 0, $id_customization = 0, $id_address_delivery = 0, bool $preserveGiftsRemoval = true, bool $useOrderPrices = false)
    {
        return Db::getInstance()->delete('cart_product', 'id_cart = ' . (int) $this->id . ' AND id_product = ' . (int) $id_product
            . ' AND id_product_attribute = ' . (int) $id_product_attribute);
    }

    public function getProducts($refresh = false, $id_product = false, $id_country = null, $fullInfos = true, bool $keepOrderPrices = false)
    {
        if (!$this->id) {
            return [];
        }
        $rows = Db::getInstance()->executeS('SELECT cp.id_product, cp.id_product_attribute, cp.id_customization,
                cp.quantity AS cart_quantity, cp.id_address_delivery, cp.id_shop, pl.name, p.reference, p.weight,
                p.id_tax_rules_group, p.active, pa.reference AS attribute_reference, pa.weight AS attribute_weight
            FROM ' . _DB_PREFIX_ . 'cart_product cp
            INNER JOIN ' . _DB_PREFIX_ . 'product p ON p.id_product = cp.id_product
            LEFT JOIN ' . _DB_PREFIX_ . 'product_lang pl ON pl.id_product = cp.id_product AND pl.id_lang = ' . (int) $this->id_lang . ' AND pl.id_shop = 1
            LEFT JOIN ' . _DB_PREFIX_ . 'product_attribute pa ON pa.id_product_attribute = cp.id_product_attribute
            WHERE cp.id_cart = ' . (int) $this->id . ($id_product ? ' AND cp.id_product = ' . (int) $id_product : '') . '
            ORDER BY cp.date_add, cp.id_product, cp.id_product_attribute') ?: [];
        $products = [];
        foreach ($rows as $row) {
            $products[] = $this->productLine($row);
        }

        return $products;
    }

    /**
     * One line of getProducts(): unit prices with and without tax at 6 decimals, as
     * Product::getPriceStatic() returns them, and line totals rounded by PS_ROUND_TYPE.
     */
    private function productLine(array $row)
    {
        $idProduct = (int) $row['id_product'];
        $idAttribute = (int) $row['id_product_attribute'];
        $quantity = (int) $row['cart_quantity'];
        $idAddress = (int) $row['id_address_delivery'] ?: (int) $this->id_address_delivery;
        $price = function ($withTax, $withReduction) use ($idProduct, $idAttribute, $quantity, $idAddress) {
            $output = null;

            return Product::getPriceStatic($idProduct, $withTax, $idAttribute, 6, null, false, $withReduction, $quantity, false, (int) $this->id_customer, (int) $this->id, $idAddress, $output);
        };
        $unitWithTax = $price(true, true);
        $unitWithoutTax = $price(false, true);
        $tax = Tax::getTaxOfRulesGroup((int) $row['id_tax_rules_group'], $idAddress);

        return [
            'id_product' => $idProduct,
            'id_product_attribute' => $idAttribute,
            'id_customization' => (int) $row['id_customization'] ?: null,
            'id_address_delivery' => (int) $row['id_address_delivery'],
            'id_shop' => (int) $row['id_shop'],
            'cart_quantity' => $quantity,
            'quantity' => $quantity,
            'name' => $row['name'],
            'reference' => $row['attribute_reference'] ?: $row['reference'],
            'weight' => (float) $row['weight'] + (float) ($row['attribute_weight'] ?? 0),
            'id_tax_rules_group' => (int) $row['id_tax_rules_group'],
            'active' => (int) $row['active'],
            'rate' => $tax['rate'],
            'tax_name' => $tax['name'],
            'price' => $unitWithoutTax,
            'price_wt' => $unitWithTax,
            'price_with_reduction' => $unitWithTax,
            'price_with_reduction_without_tax' => $unitWithoutTax,
            'price_without_reduction' => $price(true, false),
            'price_without_reduction_without_tax' => $price(false, false),
            'total' => self::lineTotal($unitWithoutTax, $quantity),
            'total_wt' => self::lineTotal($unitWithTax, $quantity),
            'is_virtual' => 0,
        ];
    }

    /**
     * Rounds a line as Cart::applyProductCalculations() of PrestaShop 8.2 does: each unit price
     * (PS_ROUND_TYPE 1, item), the line (2, line) or not at all (3, total: only the cart total is
     * rounded), to the computing precision with PS_PRICE_ROUND_MODE.
     */
    private static function lineTotal(float $unitPrice, int $quantity)
    {
        $precision = (int) (Context::getContext()->currency->precision ?? 2);
        switch ((int) Configuration::get('PS_ROUND_TYPE')) {
            case Order::ROUND_TOTAL:
                return $unitPrice * $quantity;
            case Order::ROUND_LINE:
                return Tools::ps_round($unitPrice * $quantity, $precision);
            default:
                return Tools::ps_round($unitPrice, $precision) * $quantity;
        }
    }

    public function nbProducts()
    {
        return (int) Db::getInstance()->getValue('SELECT SUM(quantity) FROM ' . _DB_PREFIX_ . 'cart_product WHERE id_cart = ' . (int) $this->id);
    }

    public function getTotalWeight($products = null)
    {
        $weight = 0.0;
        foreach ($products ?? $this->getProducts() as $product) {
            $weight += $product['weight'] * $product['cart_quantity'];
        }

        return $weight;
    }

    public function getOrderTotal($withTaxes = true, $type = Cart::BOTH, $products = null, $id_carrier = null, $use_cache = false, bool $keepOrderPrices = false)
    {
        $precision = (int) (Context::getContext()->currency->precision ?? 2);
        $products = $products ?? $this->getProducts();
        if (Tax::excludeTaxeOption()) {
            $withTaxes = false;
        }
        // Each line is already rounded by PS_ROUND_TYPE. Shipping and wrapping are rounded on
        // their own, and the result once more, as PrestaShop 8.2's cart Calculator does.
        $productsTotal = 0.0;
        foreach ($products as $product) {
            $productsTotal += $withTaxes ? $product['total_wt'] : $product['total'];
        }
        $wrapping = $this->gift ? Tools::ps_round((float) Configuration::get('PS_GIFT_WRAPPING_PRICE'), $precision) : 0.0;
        $shipping = Tools::ps_round((float) $this->getPackageShippingCost($id_carrier ?? $this->id_carrier, $withTaxes, null, $products), $precision);

        switch ((int) $type) {
            case self::ONLY_PRODUCTS:
            case self::ONLY_PRODUCTS_WITHOUT_SHIPPING:
            case self::ONLY_PHYSICAL_PRODUCTS_WITHOUT_SHIPPING:
                $total = $productsTotal;
                break;
            case self::ONLY_DISCOUNTS:
                $total = 0.0;
                break;
            case self::ONLY_SHIPPING:
                $total = $shipping;
                break;
            case self::ONLY_WRAPPING:
                $total = $wrapping;
                break;
            case self::BOTH_WITHOUT_SHIPPING:
                $total = $productsTotal + $wrapping;
                break;
            default:
                $total = $productsTotal + $wrapping + $shipping;
        }

        return Tools::ps_round($total, $precision);
    }

    public function getPackageShippingCost($id_carrier = null, $use_tax = true, ?Country $default_country = null, $product_list = null, $id_zone = null, bool $keepOrderPrices = false)
    {
        if (!$id_carrier) {
            return 0.0;
        }
        $carrier = new Carrier((int) $id_carrier);
        if (!Validate::isLoadedObject($carrier) || $carrier->is_free) {
            return 0.0;
        }
        $idZone = $id_zone ?? ($this->id_address_delivery ? Address::getZoneById($this->id_address_delivery) : Country::getIdZone((int) Configuration::get('PS_COUNTRY_DEFAULT')));
        $products = $product_list ?? $this->getProducts();
        $productsTotal = 0.0;
        foreach ($products as $product) {
            $productsTotal += $product['total_wt'];
        }
        $price = $carrier->getDeliveryPriceByPrice($productsTotal, $idZone);
        if ($price === false) {
            return false;
        }
        if ($carrier->shipping_handling) {
            $price += (float) Configuration::get('PS_SHIPPING_HANDLING');
        }

        return Tools::ps_round($price, 2);
    }

    public function getDeliveryOption($default_country = null, $dontAutoSelectOptions = false, $use_cache = true)
    {
        return $this->id_carrier ? [(int) $this->id_address_delivery => (int) $this->id_carrier . ','] : [];
    }

    public function setDeliveryOption($delivery_option = null)
    {
        $this->delivery_option = $delivery_option ? json_encode($delivery_option) : '';
        if (is_array($delivery_option)) {
            $this->id_carrier = (int) rtrim((string) reset($delivery_option), ',');
        }
    }

    public function getCartRules($filter = 0, $autoAdd = true, $useOrderPrices = false)
    {
        return [];
    }

    public function isVirtualCart()
    {
        return false;
    }
}
