<?php
/**
 * PrestaShop 8.2's OrderSlip (a credit slip: a refund of order lines and shipping) with its two
 * creation paths:
 *
 * - create(): the refund of the back office's "Partial refund" and "Standard refund". PrestaShop's
 *   OrderSlipCreator runs a copy of it and then the actionOrderSlipAdd hook; it writes the slip
 *   and one order_slip_detail row per line with the amounts tax excluded and included, capping each
 *   quantity at what is left to refund.
 * - createPartialOrderSlip(): the older path of the 1.6 back office, kept in 8.2. It leaves the
 *   required total_* fields empty, so add() fails validation and it throws, as in 8.2.
 *
 * Differences: the double has no tax calculators, so a line's tax comes from its order_detail
 * tax_rate (0 in the test shop) and shipping has no tax. Lines round as PS_ROUND_TYPE ROUND_LINE.
 */
class OrderSlip extends ObjectModel
{
    public $id_customer;
    public $id_order;
    public $conversion_rate;
    public $total_products_tax_excl;
    public $total_products_tax_incl;
    public $total_shipping_tax_excl;
    public $total_shipping_tax_incl;
    public $amount;
    public $shipping_cost;
    public $shipping_cost_amount;
    public $partial;
    public $date_add;
    public $date_upd;
    public $order_slip_type = 0;

    public static $definition = [
        'table' => 'order_slip',
        'primary' => 'id_order_slip',
        'fields' => [
            'id_customer' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'id_order' => ['type' => self::TYPE_INT, 'validate' => 'isUnsignedId', 'required' => true],
            'conversion_rate' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat', 'required' => true],
            'total_products_tax_excl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat', 'required' => true],
            'total_products_tax_incl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat', 'required' => true],
            'total_shipping_tax_excl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat', 'required' => true],
            'total_shipping_tax_incl' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat', 'required' => true],
            'amount' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat'],
            'shipping_cost' => ['type' => self::TYPE_BOOL],
            'shipping_cost_amount' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat'],
            'partial' => ['type' => self::TYPE_INT],
            'date_add' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'date_upd' => ['type' => self::TYPE_DATE, 'validate' => 'isDate'],
            'order_slip_type' => ['type' => self::TYPE_INT, 'validate' => 'isInt'],
        ],
    ];

    /**
     * Creates the slip of $product_list (each: id_order_detail, quantity, unit_price tax excluded
     * when $add_tax, else tax included). $shipping_cost false refunds no shipping, null the order's
     * shipping, a number that amount. Returns false when the slip or a line is not written.
     */
    public static function create(Order $order, $product_list, $shipping_cost = false, $amount = 0, $amount_choosen = false, $add_tax = true)
    {
        $currency = new Currency((int) $order->id_currency);
        $order_slip = new OrderSlip();
        $order_slip->id_customer = (int) $order->id_customer;
        $order_slip->id_order = (int) $order->id;
        $order_slip->conversion_rate = $currency->conversion_rate;
        [$from, $to] = $add_tax ? ['excl', 'incl'] : ['incl', 'excl'];

        $order_slip->{'total_shipping_tax_' . $from} = 0;
        $order_slip->{'total_shipping_tax_' . $to} = 0;
        $order_slip->partial = 0;
        if ($shipping_cost !== false) {
            $order_slip->shipping_cost = true;
            $shipping = $shipping_cost === null ? (float) $order->{'total_shipping_tax_' . $from} : (float) $shipping_cost;
            $order_slip->{'total_shipping_tax_' . $from} = $shipping;
            $order_slip->{'total_shipping_tax_' . $to} = $shipping;
        } else {
            $order_slip->shipping_cost = false;
        }

        $order_slip->{'total_products_tax_' . $from} = 0;
        $order_slip->{'total_products_tax_' . $to} = 0;
        foreach ($product_list as $key => $product) {
            $order_detail = new OrderDetail((int) $product['id_order_detail']);
            $price = (float) $product['unit_price'];
            $quantity = (int) $product['quantity'];
            $resume = self::getProductSlipResume((int) $order_detail->id);
            if ($quantity + (int) $resume['product_quantity'] > (int) $order_detail->product_quantity) {
                $quantity = (int) $order_detail->product_quantity - (int) $resume['product_quantity'];
            }
            if ($quantity == 0) {
                continue;
            }

            if (!Tools::isSubmit('cancelProduct') && $order->hasBeenPaid()) {
                $order_detail->product_quantity_refunded += $quantity;
            }
            $order_detail->save();

            $unit_converted = self::convertTax($price, (float) $order_detail->tax_rate, $add_tax);
            $line_converted = Tools::ps_round($unit_converted * $quantity, 2);
            $order_slip->{'total_products_tax_' . $from} += $price * $quantity;
            $order_slip->{'total_products_tax_' . $to} += $line_converted;

            $product_list[$key]['unit_price_tax_' . $from] = $price;
            $product_list[$key]['unit_price_tax_' . $to] = Tools::ps_round($unit_converted, 2);
            $product_list[$key]['total_price_tax_' . $from] = Tools::ps_round($price * $quantity, 2);
            $product_list[$key]['total_price_tax_' . $to] = $line_converted;
        }

        $order_slip->{'total_products_tax_' . $to} -= (float) $amount && !$amount_choosen ? (float) $amount : 0;
        $order_slip->amount = $amount_choosen ? (float) $amount : $order_slip->{'total_products_tax_' . $from};
        $order_slip->shipping_cost_amount = $order_slip->total_shipping_tax_incl;
        if ((float) $amount && !$amount_choosen) {
            $order_slip->order_slip_type = 1;
        }
        if (((float) $amount && $amount_choosen) || $order_slip->shipping_cost_amount > 0) {
            $order_slip->order_slip_type = 2;
        }

        if (!$order_slip->add()) {
            return false;
        }

        $result = true;
        foreach ($product_list as $product) {
            // As in 8.2, the requested quantity is written, and a line with nothing left to refund
            // is written too, with no amounts.
            $result = $result && $order_slip->addProductOrderSlip($product);
        }

        return $result;
    }

    /**
     * The 1.6 partial refund, unchanged in 8.2: throws PrestaShopException because the required
     * total_products_tax_excl is never set.
     */
    public static function createPartialOrderSlip($order, $amount, $shipping_cost_amount, $order_detail_list)
    {
        $currency = new Currency($order->id_currency);
        $orderSlip = new OrderSlip();
        $orderSlip->id_customer = (int) $order->id_customer;
        $orderSlip->id_order = (int) $order->id;
        $orderSlip->amount = (float) $amount;
        $orderSlip->shipping_cost = false;
        $orderSlip->shipping_cost_amount = (float) $shipping_cost_amount;
        $orderSlip->conversion_rate = $currency->conversion_rate;
        $orderSlip->partial = 1;
        if (!$orderSlip->add()) {
            return false;
        }

        return true;
    }

    /** @return array{product_quantity: ?string, amount_tax_excl: ?string, amount_tax_incl: ?string} */
    public static function getProductSlipResume($id_order_detail)
    {
        return Db::getInstance()->getRow('SELECT SUM(product_quantity) product_quantity,
            SUM(amount_tax_excl) amount_tax_excl, SUM(amount_tax_incl) amount_tax_incl
            FROM `' . _DB_PREFIX_ . 'order_slip_detail` WHERE `id_order_detail` = ' . (int) $id_order_detail);
    }

    public static function getOrdersSlip($customer_id, $order_id = false)
    {
        return Db::getInstance()->executeS('SELECT * FROM `' . _DB_PREFIX_ . 'order_slip`
            WHERE `id_customer` = ' . (int) $customer_id . ($order_id ? ' AND `id_order` = ' . (int) $order_id : '') . '
            ORDER BY `date_add` DESC') ?: [];
    }

    protected function addProductOrderSlip($product)
    {
        return Db::getInstance()->insert('order_slip_detail', [
            'id_order_slip' => (int) $this->id,
            'id_order_detail' => (int) $product['id_order_detail'],
            'product_quantity' => $product['quantity'],
            'unit_price_tax_excl' => $product['unit_price_tax_excl'] ?? null,
            'unit_price_tax_incl' => $product['unit_price_tax_incl'] ?? null,
            'total_price_tax_excl' => $product['total_price_tax_excl'] ?? null,
            'total_price_tax_incl' => $product['total_price_tax_incl'] ?? null,
            'amount_tax_excl' => $product['total_price_tax_excl'] ?? null,
            'amount_tax_incl' => $product['total_price_tax_incl'] ?? null,
        ]);
    }

    /** Adds (or removes) the line's tax rate, in percent, to a unit price. */
    private static function convertTax(float $price, float $rate, bool $add_tax): float
    {
        return $add_tax ? $price * (1 + $rate / 100) : $price / (1 + $rate / 100);
    }
}
