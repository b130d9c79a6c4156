<?php

declare(strict_types=1);

/*
 * Prints the shop's Amazon orders: Amazon order id, PrestaShop order id and reference, state
 * name, total paid, each order's payment rows and documents (invoices and credit slips), and
 * the notifications stored for each.
 */

require __DIR__ . '/ShopDatabase.php';

$database = ShopDatabase::fromEnvironment();
$p = $database->prefix;
$idLang = (int) $database->pdo->query("SELECT value FROM `{$p}configuration` WHERE name = 'PS_LANG_DEFAULT' LIMIT 1")->fetchColumn() ?: 1;

if ($database->tableExists('pwapresta_order')) {
    $rows = $database->pdo->query("SELECT l.amazon_order_id, o.id_order, o.reference, osl.name AS state, o.total_paid_tax_incl
        FROM `{$p}pwapresta_order` l
        LEFT JOIN `{$p}orders` o ON o.id_order = l.id_order
        LEFT JOIN `{$p}order_state_lang` osl ON osl.id_order_state = o.current_state AND osl.id_lang = $idLang
        ORDER BY l.id_pwapresta_order")->fetchAll();
} else {
    echo "lifecycle: table {$p}pwapresta_order not found, listing the orders of module pwapresta\n";
    $rows = $database->pdo->query("SELECT '' AS amazon_order_id, o.id_order, o.reference, osl.name AS state, o.total_paid_tax_incl
        FROM `{$p}orders` o
        LEFT JOIN `{$p}order_state_lang` osl ON osl.id_order_state = o.current_state AND osl.id_lang = $idLang
        WHERE o.module = 'pwapresta' ORDER BY o.id_order")->fetchAll();
}

$format = "%-22s %-9s %-10s %-28s %12s\n";
printf($format, 'Amazon order id', 'order id', 'reference', 'state', 'total (INR)');
foreach ($rows as $row) {
    printf(
        $format,
        $row['amazon_order_id'] ?: '-',
        $row['id_order'] ?? '-',
        $row['reference'] ?? '-',
        $row['state'] ?? '(no order)',
        $row['total_paid_tax_incl'] !== null ? number_format((float) $row['total_paid_tax_incl'], 2, '.', '') : '-'
    );
}
if ($rows === []) {
    echo "(no Amazon orders)\n";
}

echo "\nPayments and documents:\n";
$format = "%-22s %-9s %-34s\n";
printf($format, 'Amazon order id', 'order id', 'record');
foreach ($rows as $row) {
    if (($row['id_order'] ?? null) === null) {
        continue;
    }
    $orderId = (int) $row['id_order'];
    $reference = $database->pdo->quote((string) $row['reference']);
    $records = [];
    foreach ($database->pdo->query("SELECT id_order_payment, payment_method, amount, transaction_id, date_add
        FROM `{$p}order_payment` WHERE order_reference = $reference ORDER BY id_order_payment") as $payment) {
        $records[] = sprintf(
            'payment %d: %s %s, transaction %s, %s',
            $payment['id_order_payment'],
            $payment['payment_method'],
            number_format((float) $payment['amount'], 2, '.', ''),
            $payment['transaction_id'] !== '' ? $payment['transaction_id'] : '-',
            $payment['date_add']
        );
    }
    if ($database->tableExists('order_invoice')) {
        foreach ($database->pdo->query("SELECT number, total_products_wt, total_shipping_tax_incl,
            total_wrapping_tax_incl, total_discount_tax_incl, total_paid_tax_incl
            FROM `{$p}order_invoice` WHERE id_order = $orderId ORDER BY id_order_invoice") as $invoice) {
            $records[] = sprintf(
                'invoice #%d: products %s, shipping %s, wrapping %s, discounts %s, total %s',
                $invoice['number'],
                number_format((float) $invoice['total_products_wt'], 2, '.', ''),
                number_format((float) $invoice['total_shipping_tax_incl'], 2, '.', ''),
                number_format((float) $invoice['total_wrapping_tax_incl'], 2, '.', ''),
                number_format((float) $invoice['total_discount_tax_incl'], 2, '.', ''),
                number_format((float) $invoice['total_paid_tax_incl'], 2, '.', '')
            );
        }
    }
    if ($database->tableExists('order_slip')) {
        foreach ($database->pdo->query("SELECT id_order_slip, amount, shipping_cost_amount, date_add
            FROM `{$p}order_slip` WHERE id_order = $orderId ORDER BY id_order_slip") as $slip) {
            $records[] = sprintf(
                'credit slip %d: products %s, shipping %s, %s',
                $slip['id_order_slip'],
                number_format((float) $slip['amount'], 2, '.', ''),
                number_format((float) $slip['shipping_cost_amount'], 2, '.', ''),
                $slip['date_add']
            );
        }
    }
    foreach ($records === [] ? ['(no payment and no document yet)'] : $records as $record) {
        printf($format, $row['amazon_order_id'] ?: '-', $orderId, $record);
    }
}

if ($database->tableExists('pwapresta_notification')) {
    echo "\nNotifications stored:\n";
    $format = "%-38s %-30s %-22s %-10s %8s\n";
    printf($format, 'UUID', 'type', 'Amazon order id', 'status', 'attempts');
    foreach ($database->pdo->query("SELECT uuid, notification_type, amazon_order_id, status, attempts
        FROM `{$p}pwapresta_notification` ORDER BY id_pwapresta_notification") as $row) {
        printf($format, $row['uuid'], $row['notification_type'], $row['amazon_order_id'] ?? '-', $row['status'], $row['attempts']);
    }
}
