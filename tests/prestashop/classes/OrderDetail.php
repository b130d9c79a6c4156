<?php
/**
 * PrestaShop's OrderDetail (one product line of an order). createList() writes the lines of a
 * cart and takes the ordered quantities out of stock unless the order is cancelled or in
 * error, as PrestaShop 8.2 does.
 */
class OrderDetail extends ObjectModel
{
    public $id_order;
    public $id_order_invoice = 0;
    public $product_id;
    public $id_shop;
    public $product_attribute_id;
    public $id_customization = 0;
    public $product_name;
    public $product_quantity;
    public $product_quantity_in_stock = 0;
    public $product_quantity_return = 0;
    public $product_quantity_refunded = 0;
    public $product_quantity_reinjected = 0;
    public $product_price;
    public $original_product_price;
    public $unit_price_tax_incl;
    public $unit_price_tax_excl;
    public $total_price_tax_incl;
    public $total_price_tax_excl;
    public $reduction_percent = 0;
    public $reduction_amount = 0;
    public $reduction_amount_tax_excl = 0;
    public $reduction_amount_tax_incl = 0;
    public $group_reduction = 0;
    public $product_quantity_discount = 0;
    public $product_reference;
    public $product_weight = 0;
    public $id_tax_rules_group = 0;
    public $tax_computation_method = 0;
    public $tax_name = '';
    public $tax_rate = 0;
    public $id_warehouse = 0;
    public $total_shipping_price_tax_excl = 0;
    public $total_shipping_price_tax_incl = 0;
    public $purchase_supplier_price = 0;
    public $original_wholesale_price = 0;
    public $total_refunded_tax_excl = 0;
    public $total_refunded_tax_incl = 0;

    public static $definition = [
        'table' => 'order_detail',
        'primary' => 'id_order_detail',
        'fields' => [
            'id_order' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_order_invoice' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_warehouse' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_shop' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'product_id' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'product_attribute_id' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'id_customization' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'product_name' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName', 'required' => true],
            'product_quantity' => ['type' => self::TYPE_INT, 'validate' => 'isInt', 'required' => true],
            'product_quantity_in_stock' => ['type' => self::TYPE_INT, 'validate' => 'isInt'],
            'product_quantity_return' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedInt'],
            'product_quantity_refunded' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedInt'],
            'product_quantity_reinjected' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedInt'],
            'product_price' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice', 'required' => true],
            'reduction_percent' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat'],
            'reduction_amount' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'reduction_amount_tax_incl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'reduction_amount_tax_excl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'group_reduction' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat'],
            'product_quantity_discount' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat'],
            'product_reference' => ['type' => self::TYPE_STRING, 'validate' => 'isReference'],
            'product_weight' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat'],
            'id_tax_rules_group' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'tax_computation_method' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId'],
            'tax_name' => ['type' => self::TYPE_STRING, 'validate' => 'isGenericName'],
            'tax_rate' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat'],
            'total_price_tax_incl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_price_tax_excl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'unit_price_tax_incl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'unit_price_tax_excl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_shipping_price_tax_incl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_shipping_price_tax_excl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'purchase_supplier_price' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'original_product_price' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'original_wholesale_price' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_refunded_tax_excl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
            'total_refunded_tax_incl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isPrice'],
        ],
    ];

    public function createList(Order $order, Cart $cart, $id_order_state, $product_list, $id_order_invoice = 0, $use_taxes = true, $id_warehouse = 0)
    {
        foreach ($product_list as $product) {
            $detail = new OrderDetail();
            $detail->id_order = (int) $order->id;
            $detail->id_shop = (int) $order->id_shop;
            $detail->id_order_invoice = (int) $id_order_invoice;
            $detail->id_warehouse = (int) $id_warehouse;
            $detail->product_id = (int) $product['id_product'];
            $detail->product_attribute_id = (int) $product['id_product_attribute'];
            $detail->id_customization = (int) ($product['id_customization'] ?? 0);
            $detail->product_name = $product['name'];
            $detail->product_quantity = (int) $product['cart_quantity'];
            $detail->product_quantity_in_stock = min((int) $product['cart_quantity'], StockAvailable::getQuantityAvailableByProduct($product['id_product'], $product['id_product_attribute']));
            // product_price is the catalogue price without tax, as PrestaShop 8.2 stores it.
            $withoutTax = $product['price_without_reduction_without_tax'] ?? $product['price_without_reduction'];
            $detail->product_price = $withoutTax;
            $detail->original_product_price = $withoutTax;
            $detail->unit_price_tax_excl = $product['price_with_reduction_without_tax'];
            $detail->unit_price_tax_incl = $product['price_with_reduction'];
            $detail->total_price_tax_excl = $product['total'];
            $detail->total_price_tax_incl = $product['total_wt'];
            $reduction = max(0, (float) $product['price_without_reduction'] - (float) $product['price_with_reduction']);
            $detail->reduction_amount = $reduction;
            $detail->reduction_amount_tax_incl = $reduction;
            $detail->reduction_amount_tax_excl = max(0, (float) $withoutTax - (float) $product['price_with_reduction_without_tax']);
            $detail->product_reference = $product['reference'];
            $detail->product_weight = $product['weight'];
            $detail->id_tax_rules_group = (int) $product['id_tax_rules_group'];
            $detail->tax_rate = (float) ($product['rate'] ?? 0);
            $detail->tax_name = (string) ($product['tax_name'] ?? '');
            $detail->add();

            if (Configuration::get('PS_STOCK_MANAGEMENT')
                && (int) $id_order_state !== (int) Configuration::get('PS_OS_CANCELED')
                && (int) $id_order_state !== (int) Configuration::get('PS_OS_ERROR')) {
                StockAvailable::updateQuantity($detail->product_id, $detail->product_attribute_id, -$detail->product_quantity, $order->id_shop);
            }
        }
    }
}
