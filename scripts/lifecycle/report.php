<?php

declare(strict_types=1);

/*
 * Prints the shop's Amazon orders: Amazon order id, PrestaShop order id and reference, state
 * name, total paid, and the notifications stored for each.
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

if ($database->tableExists('pwapresta_notification')) {
    echo "\nNotifications stored:\n";
    $format = "%-38s %-30s %-22s %-10s %8s\n";
    printf($format, 'UUID', 'type', 'Amazon order id', 'status', 'attempts');
    foreach ($database->pdo->query("SELECT uuid, notification_type, amazon_order_id, status, attempts
        FROM `{$p}pwapresta_notification` ORDER BY id_pwapresta_notification") as $row) {
        printf($format, $row['uuid'], $row['notification_type'], $row['amazon_order_id'] ?? '-', $row['status'], $row['attempts']);
    }
}
