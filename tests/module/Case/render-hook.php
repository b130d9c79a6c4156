<?php
/**
 * Renders one of the module's hooks in the double's shop from the command line and prints the
 * result as JSON, so HTTP-level tests can check hooks that have no page of their own in the double.
 *
 *   php render-hook.php cart-footer|payment-options|admin-order [id_order]
 *
 * cart-footer and payment-options build a cart of product 1 (combination 1) x2 with gift wrapping.
 */
require dirname(__DIR__, 2) . '/prestashop/config/config.inc.php';

$module = Module::getInstanceByName('pwapresta');
$context = Context::getContext();
$action = $argv[1] ?? '';

if ($action === 'admin-order') {
    echo json_encode(['html' => $module->hookDisplayAdminOrderMain(['id_order' => (int) ($argv[2] ?? 0)])]);
    exit(0);
}

$cart = new Cart();
$cart->id_currency = (int) Currency::getIdByIsoCode('INR');
$cart->id_lang = (int) $context->language->id;
$cart->id_shop = (int) $context->shop->id;
$cart->gift = true;
$cart->gift_message = 'Happy birthday <b>Aai</b>!';
$cart->add();
$cart->updateQty(2, 1, 1);
$context->cart = $cart;

if ($action === 'cart-footer') {
    echo json_encode(['cart' => (int) $cart->id, 'html' => $module->hookDisplayShoppingCartFooter(['cart' => $cart])]);
} elseif ($action === 'payment-options') {
    $options = $module->hookPaymentOptions(['cart' => $cart]);
    echo json_encode(array_map(static fn ($option) => [
        'module' => $option->getModuleName(),
        'text' => $option->getCallToActionText(),
        'action' => $option->getAction(),
        'information' => $option->getAdditionalInformation(),
    ], $options));
} else {
    fwrite(STDERR, "usage: php render-hook.php cart-footer|payment-options|admin-order [id_order]\n");
    exit(2);
}
