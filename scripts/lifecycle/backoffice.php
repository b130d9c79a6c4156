<?php

declare(strict_types=1);

/*
 * Runs one back-office action on an order of the shop, in a process of its own, the way
 * PrestaShop 8.2's back office runs it, and prints the outcome as one JSON line. The shop is
 * PS_ROOT's (a real PrestaShop) or, without PS_ROOT, the test double.
 *
 *   php backoffice.php state ORDER_ID STATE_KEY         order status change (UpdateOrderStatusHandler)
 *   php backoffice.php tracking ORDER_ID DETAILS_JSON   the module's tracking form on the order page
 *   php backoffice.php slip ORDER_ID LINES_JSON         partial refund (OrderSlipCreator)
 *
 * STATE_KEY: payment_accepted, shipped, cancelled or refunded (the module's configured states).
 * DETAILS_JSON: {"carrier_name": "...", "shipping_method": "...", "tracking_number": "..."},
 * applied to every Amazon item of the order. LINES_JSON: [{"product_id": 3, "quantity": 1,
 * "amount": "449.00"}], amounts tax included, as the partial refund form takes them.
 */

$root = getenv('PS_ROOT') ?: dirname(__DIR__, 2) . '/tests/prestashop';
require rtrim($root, '/') . '/config/config.inc.php';

$action = $argv[1] ?? '';
$orderId = (int) ($argv[2] ?? 0);
backOfficeContext($orderId);
$module = Module::getInstanceByName('pwapresta');

try {
    $result = match ($action) {
        'state' => changeState($orderId, (int) Configuration::get('PWAPRESTA_OS_' . strtoupper((string) ($argv[3] ?? '')))),
        'tracking' => saveTracking($module, $orderId, json_decode($argv[3] ?? '{}', true, 8, JSON_THROW_ON_ERROR)),
        'slip' => refundLines($orderId, json_decode($argv[3] ?? '[]', true, 8, JSON_THROW_ON_ERROR)),
        default => throw new InvalidArgumentException('usage: see the header of ' . basename(__FILE__)),
    };
    echo json_encode(['ok' => true] + $result), "\n";
} catch (Throwable $exception) {
    echo json_encode(['ok' => false, 'class' => get_class($exception), 'error' => $exception->getMessage()]), "\n";
}

/**
 * Gives the process what the back office has: the Symfony kernel (stock and order services reach
 * it through SymfonyContainer), an employee, and the order's currency and language in Context.
 */
function backOfficeContext(int $orderId): void
{
    global $kernel;
    if (class_exists('AppKernel') && $kernel === null) {
        $kernel = new AppKernel('prod', false);
        $kernel->boot();
    }

    $context = Context::getContext();
    $order = new Order($orderId);
    if ((int) $order->id_currency > 0) {
        $context->currency = new Currency((int) $order->id_currency);
    }
    if ((int) $order->id_lang > 0) {
        $context->language = new Language((int) $order->id_lang);
    }
    if (class_exists('Employee') && !isset($context->employee)) {
        $employeeId = (int) Db::getInstance()->getValue('SELECT MIN(id_employee) FROM `' . _DB_PREFIX_ . 'employee` WHERE active = 1');
        $context->employee = new Employee($employeeId);
    }
}

/**
 * Changes the order's state as UpdateOrderStatusHandler does: changeIdOrderState, then addWithemail.
 * Returns the order's state afterwards and whether it differs from the one requested.
 */
function changeState(int $orderId, int $stateId): array
{
    if ($stateId <= 0) {
        throw new InvalidArgumentException('Unknown state key: use payment_accepted, shipped, cancelled or refunded.');
    }

    $order = new Order($orderId);
    $history = new OrderHistory();
    $history->id_order = $orderId;
    $history->id_employee = (int) (Context::getContext()->employee->id ?? 0);
    $history->changeIdOrderState($stateId, $order, !$order->hasInvoice());
    $history->addWithemail(true, []);

    // A module may undo the change once it is stored (pwapresta does for a shipped Amazon order's
    // cancellation): the order's state then differs from the one requested.
    $current = (int) (new Order($orderId))->current_state;

    return ['state' => $current, 'undone' => $current !== $stateId];
}

/** Submits the order page's tracking form with the same details for every Amazon item. */
function saveTracking(Module $module, int $orderId, array $details): array
{
    $post = [];
    foreach ($module->feeds()->orderPage()->variables($orderId)['items'] ?? [] as $item) {
        foreach (['carrier_name', 'shipping_method', 'tracking_number'] as $field) {
            $post[$field][$item['amazon_order_item_code']] = (string) ($details[$field] ?? '');
        }
    }

    return ['errors' => $module->feeds()->orderPage()->saveTracking($orderId, $post)];
}

/**
 * Refunds order lines as OrderSlipCreator does for the partial refund form: the order slip from
 * tax-included unit prices, then actionOrderSlipAdd for the order's shop.
 */
function refundLines(int $orderId, array $lines): array
{
    $order = new Order($orderId);
    $productList = [];
    foreach ($lines as $line) {
        $detailId = (int) Db::getInstance()->getValue(sprintf(
            'SELECT id_order_detail FROM `%sorder_detail` WHERE id_order = %d AND product_id = %d ORDER BY id_order_detail',
            _DB_PREFIX_,
            $orderId,
            (int) $line['product_id'],
        ));
        if ($detailId === 0) {
            throw new InvalidArgumentException(sprintf('Order %d has no line of product %d.', $orderId, (int) $line['product_id']));
        }
        $quantity = max(1, (int) $line['quantity']);
        $productList[$detailId] = [
            'id_order_detail' => $detailId,
            'quantity' => $quantity,
            'unit_price' => (float) $line['amount'] / $quantity,
            'amount' => (float) $line['amount'],
        ];
    }

    if (!OrderSlip::create($order, $productList, false, 0, false, false)) {
        throw new RuntimeException(sprintf('PrestaShop could not create the order slip of order %d.', $orderId));
    }
    Hook::exec('actionOrderSlipAdd', [
        'order' => $order,
        'productList' => $productList,
        'qtyList' => array_column($productList, 'quantity'),
    ], null, false, true, false, $order->id_shop);

    $slipId = (int) Db::getInstance()->getValue(sprintf(
        'SELECT MAX(id_order_slip) FROM `%sorder_slip` WHERE id_order = %d',
        _DB_PREFIX_,
        $orderId,
    ));

    return ['order_slip' => $slipId];
}
