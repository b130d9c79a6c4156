<?php
/**
 * Runs one back-office action of the feed tests in the double's shop from the command line and
 * prints the outcome as JSON, so each action runs in a fresh process on the database of the test.
 *
 *   php action.php state ORDER_ID ORDER_STATE_ID       change the state as the order page does
 *   php action.php slip ORDER_ID LINES_JSON SHIPPING   create an order slip and run actionOrderSlipAdd
 *   php action.php tracking ORDER_ID POST_JSON         submit the tracking form of the order page
 *   php action.php post-update ORDER_ID OLD_ID NEW_ID  run only the module's actionOrderStatusPostUpdate
 *   php action.php job NAME                            run a job of the module once
 *   php action.php admin-order ORDER_ID                render the order page block
 *   php action.php orders-warning                      render the orders page warning
 *
 * LINES_JSON: [{"product_id": 1, "quantity": 1, "amount": "499.00"}, ...], amounts tax included.
 * "slip" refunds as the back office does: OrderSlip::create, then the actionOrderSlipAdd hook.
 */
require dirname(__DIR__, 2) . '/prestashop/config/config.inc.php';

$module = Module::getInstanceByName('pwapresta');
$action = $argv[1] ?? '';

try {
    $result = match ($action) {
        'state' => changeState((int) $argv[2], (int) $argv[3]),
        'slip' => createOrderSlip((int) $argv[2], json_decode($argv[3], true, 8, JSON_THROW_ON_ERROR), $argv[4] ?? '0'),
        'tracking' => ['errors' => $module->feeds()->orderPage()->saveTracking((int) $argv[2], json_decode($argv[3], true, 8, JSON_THROW_ON_ERROR))],
        'post-update' => postUpdate($module, (int) $argv[2], (int) $argv[3], (int) $argv[4]),
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

/**
 * Refunds lines the way the back office's partial refund does in PrestaShop 8.2 (OrderSlipCreator):
 * the order slip through OrderSlip::create, then actionOrderSlipAdd for the order's shop.
 */
function createOrderSlip(int $orderId, array $lines, string $shipping): array
{
    $order = new Order($orderId);
    $productList = [];
    foreach ($lines as $line) {
        $detailId = (int) Db::getInstance()->getValue(sprintf(
            'SELECT id_order_detail FROM %sorder_detail WHERE id_order = %d AND product_id = %d',
            _DB_PREFIX_, $orderId, (int) $line['product_id'],
        ));
        $quantity = (int) $line['quantity'];
        // The double's shop has no tax, so the tax-included amount is also the tax-excluded one.
        $productList[$detailId] = [
            'id_order_detail' => $detailId,
            'quantity' => $quantity,
            'unit_price' => (float) $line['amount'] / $quantity,
            'amount' => (float) $line['amount'],
        ];
    }

    if (!OrderSlip::create($order, $productList, (float) $shipping > 0 ? (float) $shipping : false)) {
        throw new RuntimeException('OrderSlip::create failed for order ' . $orderId);
    }
    Hook::exec('actionOrderSlipAdd', [
        'order' => $order,
        'productList' => $productList,
        'qtyList' => array_column($productList, 'quantity'),
    ], null, false, true, false, $order->id_shop);

    return ['order_slip' => (int) Db::getInstance()->getValue(
        'SELECT MAX(id_order_slip) FROM ' . _DB_PREFIX_ . 'order_slip WHERE id_order = ' . $orderId,
    )];
}

function postUpdate(Module $module, int $orderId, int $oldStateId, int $newStateId): array
{
    $module->hookActionOrderStatusPostUpdate([
        'id_order' => $orderId,
        'oldOrderStatus' => new OrderState($oldStateId),
        'newOrderStatus' => new OrderState($newStateId),
    ]);

    return [];
}

function ordersWarning(Module $module): array
{
    $context = Context::getContext();
    $context->controller = new stdClass();
    $context->controller->controller_name = 'AdminOrders';

    return ['html' => $module->hookDisplayAdminAfterHeader([])];
}
