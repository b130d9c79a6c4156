<?php
/**
 * PrestaShop's PaymentModule with validateOrder() as in PrestaShop 8.2, for one shop, one
 * package and no cart rules. validateOrder() builds the context from the cart and stops the
 * request with an error page (die) when the cart is missing or already has an order. It
 * switches to PS_OS_ERROR only when the state is logable and $amount_paid differs from the cart
 * total. It writes ps_orders, ps_order_detail (taking stock), ps_order_carrier, an OrderPayment
 * for logable states, the message thread, the first ps_order_history row with the state's
 * mail, and the order_conf mail.
 */
abstract class PaymentModule extends Module
{
    public $currentOrder;
    public $currentOrderReference;

    public function validateOrder(
        $id_cart,
        $id_order_state,
        $amount_paid,
        $payment_method = 'Unknown',
        $message = null,
        $extra_vars = [],
        $currency_special = null,
        $dont_touch_amount = false,
        $secure_key = false,
        ?Shop $shop = null,
        ?string $order_reference = null
    ) {
        $this->context->cart = new Cart((int) $id_cart);
        $cart = $this->context->cart;
        $this->context->customer = new Customer((int) $cart->id_customer);
        $this->context->language = new Language((int) $cart->id_lang);
        $this->context->shop = $shop ?: new Shop((int) $cart->id_shop);
        $this->context->currency = new Currency((int) ($currency_special ?: $cart->id_currency), null, (int) $cart->id_shop);

        $orderStatus = new OrderState((int) $id_order_state, (int) $cart->id_lang);
        if (!Validate::isLoadedObject($orderStatus)) {
            PrestaShopLogger::addLog('PaymentModule::validateOrder - Order Status cannot be loaded', 3, null, 'Cart', (int) $id_cart, true);
            throw new PrestaShopException('Can\'t load Order status');
        }
        if (!$this->active) {
            PrestaShopLogger::addLog('PaymentModule::validateOrder - Module is not active', 3, null, 'Cart', (int) $id_cart, true);
            die(Tools::displayError());
        }
        if (!Validate::isLoadedObject($cart) || $cart->orderExists()) {
            $error = 'Cart cannot be loaded or an order has already been placed using this cart';
            PrestaShopLogger::addLog($error, 4, 1, 'Cart', (int) $cart->id);
            die(Tools::displayError($error));
        }
        if ($secure_key !== false && $secure_key != $cart->secure_key) {
            $error = 'Secure key does not match';
            PrestaShopLogger::addLog($error, 3, null, 'Cart', (int) $cart->id, true);
            die(Tools::displayError($error));
        }

        $precision = (int) ($this->context->currency->precision ?? 2);
        $products = $cart->getProducts();
        $cartTotalPaid = (float) Tools::ps_round($cart->getOrderTotal(true, Cart::BOTH), $precision);
        if ($orderStatus->logable && number_format($cartTotalPaid, $precision) !== number_format((float) $amount_paid, $precision)) {
            $id_order_state = (int) Configuration::get('PS_OS_ERROR');
        }

        $order = new Order();
        $order->reference = $order_reference ?: Order::generateReference();
        $order->id_carrier = (int) $cart->id_carrier;
        $order->id_customer = (int) $cart->id_customer;
        $order->id_address_invoice = (int) $cart->id_address_invoice;
        $order->id_address_delivery = (int) $cart->id_address_delivery;
        $order->id_currency = (int) $this->context->currency->id;
        $order->id_lang = (int) $cart->id_lang;
        $order->id_cart = (int) $cart->id;
        $order->id_shop = (int) $this->context->shop->id;
        $order->id_shop_group = 1;
        $order->secure_key = $secure_key ? pSQL($secure_key) : pSQL($this->context->customer->secure_key);
        $order->payment = $payment_method;
        $order->module = $this->name;
        $order->recyclable = $cart->recyclable;
        $order->gift = (int) $cart->gift;
        $order->gift_message = $cart->gift_message;
        $order->conversion_rate = (float) ($this->context->currency->conversion_rate ?: 1);
        $order->total_products = $cart->getOrderTotal(false, Cart::ONLY_PRODUCTS, $products);
        $order->total_products_wt = $cart->getOrderTotal(true, Cart::ONLY_PRODUCTS, $products);
        $order->total_discounts_tax_excl = 0;
        $order->total_discounts_tax_incl = 0;
        $order->total_discounts = 0;
        $order->total_shipping_tax_excl = $cart->getOrderTotal(false, Cart::ONLY_SHIPPING, $products);
        $order->total_shipping_tax_incl = $cart->getOrderTotal(true, Cart::ONLY_SHIPPING, $products);
        $order->total_shipping = $order->total_shipping_tax_incl;
        $order->total_wrapping_tax_excl = $cart->getOrderTotal(false, Cart::ONLY_WRAPPING, $products);
        $order->total_wrapping_tax_incl = $cart->getOrderTotal(true, Cart::ONLY_WRAPPING, $products);
        $order->total_wrapping = $order->total_wrapping_tax_incl;
        $order->total_paid_tax_excl = Tools::ps_round($cart->getOrderTotal(false, Cart::BOTH, $products), $precision);
        $order->total_paid_tax_incl = Tools::ps_round($cart->getOrderTotal(true, Cart::BOTH, $products), $precision);
        $order->total_paid = $order->total_paid_tax_incl;
        $order->total_paid_real = 0;
        $order->round_mode = (int) Configuration::get('PS_PRICE_ROUND_MODE');
        $order->round_type = (int) Configuration::get('PS_ROUND_TYPE');
        $order->invoice_date = '0000-00-00 00:00:00';
        $order->delivery_date = '0000-00-00 00:00:00';
        if (!$order->add()) {
            PrestaShopLogger::addLog('PaymentModule::validateOrder - Order cannot be created', 3, null, 'Cart', (int) $cart->id, true);
            throw new PrestaShopException('Can\'t save Order');
        }

        (new OrderDetail())->createList($order, $cart, $id_order_state, $products);

        if ($order->id_carrier) {
            $orderCarrier = new OrderCarrier();
            $orderCarrier->id_order = (int) $order->id;
            $orderCarrier->id_carrier = (int) $order->id_carrier;
            $orderCarrier->weight = (float) $cart->getTotalWeight($products);
            $orderCarrier->shipping_cost_tax_excl = (float) $order->total_shipping_tax_excl;
            $orderCarrier->shipping_cost_tax_incl = (float) $order->total_shipping_tax_incl;
            $orderCarrier->add();
        }

        $orderStatus = new OrderState((int) $id_order_state, (int) $cart->id_lang);
        if ($orderStatus->logable) {
            $transactionId = $extra_vars['transaction_id'] ?? null;
            if (!$order->addOrderPayment($amount_paid, null, $transactionId)) {
                throw new PrestaShopException('Can\'t save Order Payment');
            }
        }

        if ($message !== null && $message !== '' && Validate::isCleanHtml($message)) {
            $thread = new CustomerThread();
            $thread->id_contact = 0;
            $thread->id_customer = (int) $order->id_customer;
            $thread->id_shop = (int) $order->id_shop;
            $thread->id_order = (int) $order->id;
            $thread->id_lang = (int) $order->id_lang;
            $thread->email = $this->context->customer->email;
            $thread->status = 'open';
            $thread->token = Tools::passwdGen(12);
            $thread->add();
            $customerMessage = new CustomerMessage();
            $customerMessage->id_customer_thread = (int) $thread->id;
            $customerMessage->id_employee = 0;
            $customerMessage->message = $message;
            $customerMessage->private = 1;
            $customerMessage->add();
        }

        Hook::exec('actionValidateOrder', [
            'cart' => $cart,
            'order' => $order,
            'customer' => $this->context->customer,
            'currency' => $this->context->currency,
            'orderStatus' => $orderStatus,
        ]);

        $history = new OrderHistory();
        $history->id_order = (int) $order->id;
        $history->changeIdOrderState((int) $id_order_state, $order, true);
        $history->addWithemail(true, $extra_vars);

        if ((int) $id_order_state !== (int) Configuration::get('PS_OS_ERROR')
            && (int) $id_order_state !== (int) Configuration::get('PS_OS_CANCELED')
            && $this->context->customer->id) {
            Mail::Send(
                (int) $order->id_lang,
                'order_conf',
                'Order confirmation',
                ['{order_name}' => $order->reference, '{total_paid}' => $order->total_paid],
                $this->context->customer->email,
                $this->context->customer->firstname . ' ' . $this->context->customer->lastname
            );
        }

        $this->currentOrder = (int) $order->id;
        $this->currentOrderReference = $order->reference;

        return true;
    }
}
