<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Case\ModuleTestCase;
use PwaPresta\Tests\Sandbox\DeliveryOptions;

/**
 * The IOPN endpoint over HTTP against the PrestaShop double: each notification type, the whole
 * lifecycle, repeated and parallel deliveries, and notifications out of order.
 */
final class IopnLifecycleTest extends ModuleTestCase
{
    private const ORDER_A = '403-1111111-2222222';
    private const ORDER_B = '403-3333333-4444444';

    public function testNewOrderCreatesAwaitingOrder(): void
    {
        $result = $this->deliverOnce(self::sample('01-new-order-A.post'));
        $order = $this->orderOf(self::ORDER_A);

        self::assertSame(200, $result->status, $result->body);
        self::assertNotNull($order);
        self::assertSame($this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT'), (int) $order['current_state']);
        self::assertSame('1263.49', number_format((float) $order['total_paid'], 2, '.', ''));
        self::assertSame('1298.49', number_format((float) $order['total_products_wt'], 2, '.', ''));
        self::assertSame('40.00', number_format((float) $order['total_shipping'], 2, '.', ''));
        self::assertSame('25.00', number_format((float) $order['total_wrapping'], 2, '.', ''));
        self::assertSame('100.00', number_format((float) $order['total_discounts'], 2, '.', ''));
        self::assertSame('pwapresta', $order['module']);
    }

    public function testNewOrderLinesAreAmazonLineTotals(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $orderId = (int) $this->orderOf(self::ORDER_A)['id_order'];
        $lines = $this->database->rows(
            'SELECT product_id, product_attribute_id, product_quantity, total_price_tax_incl FROM ps_order_detail WHERE id_order = ? ORDER BY product_id',
            [$orderId],
        );

        $summary = array_map(static fn (array $line): string => sprintf(
            '%d/%d x%d = %s',
            $line['product_id'],
            $line['product_attribute_id'],
            $line['product_quantity'],
            number_format((float) $line['total_price_tax_incl'], 2, '.', ''),
        ), $lines);

        self::assertSame(['1/1 x2 = 998.00', '6/0 x1 = 299.50', '8/0 x3 = 0.99'], $summary);
    }

    public function testAddressStoredIntactWithIndianPostcode(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $address = $this->database->row(
            'SELECT a.* FROM ps_address a JOIN ps_orders o ON o.id_address_delivery = a.id_address JOIN ps_pwapresta_order l ON l.id_order = o.id_order WHERE l.amazon_order_id = ?',
            [self::ORDER_A],
        );
        $format = (string) $this->database->value("SELECT zip_code_format FROM ps_country WHERE iso_code = 'IN'");

        self::assertSame('अनया', $address['firstname']);
        self::assertSame('देशपांडे', $address['lastname']);
        self::assertSame('Flat 7, Sai Krupa "B" Wing', $address['address1']);
        self::assertSame("O'Brien Lane, Bandra (W)", $address['address2']);
        self::assertSame('400 050', $address['postcode']);
        self::assertSame('NNN NNN', $format);
        self::assertMatchesRegularExpression('/^\d{3} \d{3}$/', $address['postcode']);
        self::assertSame('+91 98200 00000', $address['phone']);
        self::assertSame('Happy birthday, Aai!', $this->orderOf(self::ORDER_A)['gift_message']);
    }

    public function testReadyToShipAcceptsPaymentWithOneMail(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        $result = $this->deliverOnce(self::sample('02-ready-to-ship-A.post'));

        self::assertSame(200, $result->status, $result->body);
        self::assertSame($this->configuredState('PWAPRESTA_OS_PAYMENT_ACCEPTED'), $this->stateOf(self::ORDER_A));
        self::assertSame(1, $this->mailCount('payment'));
    }

    public function testCancellationCancelsOrder(): void
    {
        $this->deliverOnce(self::sample('03-new-order-B.post'));

        $result = $this->deliverOnce(self::sample('04-cancelled-B.post'));

        self::assertSame(200, $result->status, $result->body);
        self::assertSame($this->configuredState('PWAPRESTA_OS_CANCELLED'), $this->stateOf(self::ORDER_B));
    }

    public function testFullLifecycleOfBothOrders(): void
    {
        $statuses = [];
        foreach (['01-new-order-A.post', '02-ready-to-ship-A.post', '03-new-order-B.post', '04-cancelled-B.post'] as $file) {
            $statuses[] = $this->deliverOnce(self::sample($file))->status;
        }

        self::assertSame([200, 200, 200, 200], $statuses);
        self::assertSame(2, $this->orderCount());
        self::assertSame($this->configuredState('PWAPRESTA_OS_PAYMENT_ACCEPTED'), $this->stateOf(self::ORDER_A));
        self::assertSame($this->configuredState('PWAPRESTA_OS_CANCELLED'), $this->stateOf(self::ORDER_B));
        self::assertSame(4, $this->database->count('pwapresta_notification', "status = 'processed'"));
    }

    public function testSameNotificationTwiceMakesOneOrder(): void
    {
        $results = $this->deliver(self::sample('01-new-order-A.post'), new DeliveryOptions(rounds: 2, uuid: 'sample'));

        self::assertSame([200, 200], self::statuses($results));
        self::assertSame(1, $this->orderCount());
        self::assertSame(1, $this->notificationCount());
    }

    public function testTwentyParallelNewOrdersMakeOneOrder(): void
    {
        $results = $this->deliver(self::sample('01-new-order-A.post'), new DeliveryOptions(parallel: 20, uuid: 'sample'));

        self::assertSame(array_fill(0, 20, 200), self::statuses($results));
        self::assertSame(1, $this->orderCount());
        self::assertSame(1, $this->notificationCount());
        self::assertSame(1, $this->mailCount('order_conf'));
    }

    public function testTwentyParallelReadyToShipChangeStateOnce(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $orderId = (int) $this->orderOf(self::ORDER_A)['id_order'];

        $results = $this->deliver(self::sample('02-ready-to-ship-A.post'), new DeliveryOptions(parallel: 20, uuid: 'sample'));

        self::assertSame(array_fill(0, 20, 200), self::statuses($results));
        self::assertSame(2, $this->database->count('order_history', 'id_order = ?', [$orderId]));
        self::assertSame(1, $this->mailCount('payment'));
    }

    public function testNewUuidForSameNotificationMakesOneOrder(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'), new DeliveryOptions(uuid: 'sample'));

        $result = $this->deliverOnce(self::sample('01-new-order-A.post'), new DeliveryOptions(uuid: 'fresh'));

        self::assertSame(200, $result->status, $result->body);
        self::assertSame(1, $this->orderCount());
    }

    public function testReadyToShipBeforeNewOrderCreatesThenAccepts(): void
    {
        $first = $this->deliverOnce(self::sample('02-ready-to-ship-A.post'));
        $second = $this->deliverOnce(self::sample('01-new-order-A.post'));

        self::assertSame(200, $first->status, $first->body);
        self::assertSame(200, $second->status, $second->body);
        self::assertSame(1, $this->orderCount());
        self::assertSame($this->configuredState('PWAPRESTA_OS_PAYMENT_ACCEPTED'), $this->stateOf(self::ORDER_A));
    }

    public function testCancelledAfterShippedIsIgnored(): void
    {
        $this->deliverOnce(self::sample('03-new-order-B.post'));
        $shipped = $this->configuredState('PWAPRESTA_OS_SHIPPED');
        $this->database->execute('UPDATE ps_orders SET current_state = ? WHERE id_order = ?', [$shipped, (int) $this->orderOf(self::ORDER_B)['id_order']]);

        $result = $this->deliverOnce(self::sample('04-cancelled-B.post'));

        self::assertSame(200, $result->status, $result->body);
        self::assertSame($shipped, $this->stateOf(self::ORDER_B));
    }
}
