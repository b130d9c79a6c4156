<?php
/**
 * Runs one back-office action of the feed tests in the double's shop from the command line and
 * prints the outcome as JSON, so each action runs in a fresh process on the database of the test.
 *
 *   php action.php state ORDER_ID ORDER_STATE_ID       change the state as the order page does
 *   php action.php slip ORDER_ID LINES_JSON SHIPPING   create an order slip and run actionOrderSlipAdd
 *   php action.php tracking ORDER_ID POST_JSON         submit the tracking form of the order page
 *   php action.php job NAME                            run a job of the module once
 *   php action.php admin-order ORDER_ID                render the order page block
 *   php action.php orders-warning                      render the orders page warning
 *
 * LINES_JSON: [{"product_id": 1, "quantity": 1, "amount": "499.00"}, ...], amounts tax included.
 * The double has no order slips, so "slip" creates PrestaShop 8.2's two order slip tables.
 */
require dirname(__DIR__, 2) . '/prestashop/config/config.inc.php';

$module = Module::getInstanceByName('pwapresta');
$action = $argv[1] ?? '';

try {
    $result = match ($action) {
        'state' => changeState((int) $argv[2], (int) $argv[3]),
        'slip' => createOrderSlip((int) $argv[2], json_decode($argv[3], true, 8, JSON_THROW_ON_ERROR), $argv[4] ?? '0'),
        'tracking' => ['errors' => $module->feeds()->orderPage()->saveTracking((int) $argv[2], json_decode($argv[3], true, 8, JSON_THROW_ON_ERROR))],
        'job' => ['summary' => $module->jobs()->get($argv[2])->run()],
        'admin-order' => ['html' => $module->hookDisplayAdminOrderMain(['id_order' => (int) $argv[2]])],
        'orders-warning' => ordersWarning($module),
        default => throw new InvalidArgumentException('usage: see the header of ' . basename(__FILE__)),
    };
    echo json_encode(['ok' => true] + $result);
} catch (Throwable $exception) {
    echo json_encode(['ok' => false, 'class' => get_class($exception), 'error' => $exception->getMessage()]);
}

function changeState(int $orderId, int $stateId): array
{
    $history = new OrderHistory();
    $history->id_order = $orderId;
    $history->changeIdOrderState($stateId, $orderId);
    $history->addWithemail(true, []);

    return ['state' => (int) (new Order($orderId))->current_state];
}

function createOrderSlip(int $orderId, array $lines, string $shipping): array
{
    $db = Db::getInstance();
    $db->execute('CREATE TABLE IF NOT EXISTS ' . _DB_PREFIX_ . 'order_slip (
        id_order_slip INT UNSIGNED NOT NULL AUTO_INCREMENT, conversion_rate DECIMAL(13,6) NOT NULL DEFAULT 1,
        id_customer INT UNSIGNED NOT NULL, id_order INT UNSIGNED NOT NULL, total_products_tax_excl DECIMAL(20,6),
        total_products_tax_incl DECIMAL(20,6), total_shipping_tax_excl DECIMAL(20,6), total_shipping_tax_incl DECIMAL(20,6),
        shipping_cost TINYINT UNSIGNED NOT NULL DEFAULT 0, amount DECIMAL(20,6) NOT NULL DEFAULT 0,
        shipping_cost_amount DECIMAL(20,6) NOT NULL DEFAULT 0, partial TINYINT(1) NOT NULL,
        order_slip_type TINYINT UNSIGNED NOT NULL DEFAULT 0, date_add DATETIME NOT NULL, date_upd DATETIME NOT NULL,
        PRIMARY KEY (id_order_slip), KEY id_order (id_order))');
    $db->execute('CREATE TABLE IF NOT EXISTS ' . _DB_PREFIX_ . 'order_slip_detail (
        id_order_slip INT UNSIGNED NOT NULL, id_order_detail INT UNSIGNED NOT NULL,
        product_quantity INT UNSIGNED NOT NULL DEFAULT 0, unit_price_tax_excl DECIMAL(20,6), unit_price_tax_incl DECIMAL(20,6),
        total_price_tax_excl DECIMAL(20,6), total_price_tax_incl DECIMAL(20,6), amount_tax_excl DECIMAL(20,6),
        amount_tax_incl DECIMAL(20,6), PRIMARY KEY (id_order_slip, id_order_detail))');

    $order = new Order($orderId);
    $total = array_sum(array_map(static fn (array $line): float => (float) $line['amount'], $lines));
    $db->execute(sprintf(
        "INSERT INTO %sorder_slip (id_customer, id_order, total_products_tax_excl, total_products_tax_incl,
        total_shipping_tax_excl, total_shipping_tax_incl, shipping_cost, amount, shipping_cost_amount, partial, date_add, date_upd)
        VALUES (%d, %d, %F, %F, %s, %s, %d, %F, %s, 0, NOW(), NOW())",
        _DB_PREFIX_, (int) $order->id_customer, $orderId, $total, $total, pSQL($shipping), pSQL($shipping),
        (float) $shipping > 0 ? 1 : 0, $total, pSQL($shipping),
    ));
    $slipId = (int) $db->Insert_ID();

    $productList = [];
    foreach ($lines as $line) {
        $detailId = (int) $db->getValue(sprintf(
            'SELECT id_order_detail FROM %sorder_detail WHERE id_order = %d AND product_id = %d',
            _DB_PREFIX_, $orderId, (int) $line['product_id'],
        ));
        $db->execute(sprintf(
            'INSERT INTO %sorder_slip_detail VALUES (%d, %d, %d, %F, %F, %s, %s, %s, %s)',
            _DB_PREFIX_, $slipId, $detailId, (int) $line['quantity'],
            (float) $line['amount'] / (int) $line['quantity'], (float) $line['amount'] / (int) $line['quantity'],
            pSQL($line['amount']), pSQL($line['amount']), pSQL($line['amount']), pSQL($line['amount']),
        ));
        $productList[$detailId] = ['id_order_detail' => $detailId, 'quantity' => (int) $line['quantity']];
    }

    Hook::exec('actionOrderSlipAdd', [
        'order' => $order,
        'productList' => $productList,
        'qtyList' => array_column($productList, 'quantity'),
    ]);

    return ['order_slip' => $slipId];
}

function ordersWarning(Module $module): array
{
    $context = Context::getContext();
    $context->controller = new stdClass();
    $context->controller->controller_name = 'AdminOrders';

    return ['html' => $module->hookDisplayAdminAfterHeader([])];
}
