<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Case\ModuleTestCase;
use PwaPresta\Tests\Module\Invoice\AmazonOrderXml;
use PwaPresta\Tests\Sandbox\DeliveryOptions;

/**
 * PrestaShop's invoice of a Pay with Amazon order, over HTTP through the IOPN endpoint against the
 * PrestaShop double. With PS_INVOICE on, ReadyToShip moves the order to Payment accepted, a state
 * with the invoice flag. That makes one numbered invoice whose totals and lines are Amazon's
 * charges and whose payment is Amazon's. With PS_INVOICE off, the order gets no invoice number.
 *
 * Sample A: product 1 x2 (Principal 998.00, Shipping 40.00, PrincipalPromo 100.00), product 6
 * (299.50), product 8 x3 (0.99) and gift wrapping (25.00): Amazon charged 1263.49.
 */
final class InvoiceTest extends ModuleTestCase
{
    private const ORDER_A = '403-1111111-2222222';
    private const ORDER_TAXED = '403-5555555-6666666';

    public function testNewOrderHasNoInvoice(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        self::assertSame(0, $this->database->count('order_invoice'));
        self::assertSame('0', (string) $this->orderOf(self::ORDER_A)['invoice_number']);
    }

    public function testReadyToShipCreatesOneInvoice(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        $result = $this->deliverOnce(self::sample('02-ready-to-ship-A.post'));
        $invoices = $this->invoicesOf(self::ORDER_A);

        self::assertSame(200, $result->status, $result->body);
        self::assertCount(1, $invoices);
        self::assertGreaterThan(0, (int) $invoices[0]['number']);
        self::assertSame((string) $invoices[0]['number'], (string) $this->orderOf(self::ORDER_A)['invoice_number']);
    }

    public function testInvoiceTotalsAreAmazonCharges(): void
    {
        $this->acceptOrderA();

        $invoice = $this->invoicesOf(self::ORDER_A)[0];

        self::assertSame('1298.49', self::money($invoice['total_products_wt']));
        self::assertSame('40.00', self::money($invoice['total_shipping_tax_incl']));
        self::assertSame('100.00', self::money($invoice['total_discount_tax_incl']));
        self::assertSame('25.00', self::money($invoice['total_wrapping_tax_incl']));
        self::assertSame('1263.49', self::money($invoice['total_paid_tax_incl']));
    }

    public function testUntaxedInvoiceTotalsEqualTaxedOnes(): void
    {
        $this->acceptOrderA();

        $invoice = $this->invoicesOf(self::ORDER_A)[0];

        self::assertSame('1298.49', self::money($invoice['total_products']));
        self::assertSame('40.00', self::money($invoice['total_shipping_tax_excl']));
        self::assertSame('100.00', self::money($invoice['total_discount_tax_excl']));
        self::assertSame('25.00', self::money($invoice['total_wrapping_tax_excl']));
        self::assertSame('1263.49', self::money($invoice['total_paid_tax_excl']));
    }

    public function testInvoiceLinesAreAmazonLines(): void
    {
        $this->acceptOrderA();
        $invoiceId = (int) $this->invoicesOf(self::ORDER_A)[0]['id_order_invoice'];

        $lines = $this->database->rows(
            'SELECT product_id, product_quantity, total_price_tax_incl FROM ps_order_detail WHERE id_order_invoice = ? '
            . 'ORDER BY product_id',
            [$invoiceId],
        );

        self::assertSame(
            [['1', '2', '998.00'], ['6', '1', '299.50'], ['8', '3', '0.99']],
            array_map(static fn (array $line): array => [
                (string) $line['product_id'],
                (string) $line['product_quantity'],
                self::money($line['total_price_tax_incl']),
            ], $lines),
        );
    }

    public function testInvoiceCarriesOrderCarrier(): void
    {
        $this->acceptOrderA();
        $invoice = $this->invoicesOf(self::ORDER_A)[0];

        $carrierInvoice = $this->database->value(
            'SELECT id_order_invoice FROM ps_order_carrier WHERE id_order = ?',
            [$invoice['id_order']],
        );

        self::assertSame((string) $invoice['id_order_invoice'], (string) $carrierInvoice);
    }

    public function testAmazonPaymentLinkedToInvoice(): void
    {
        $this->acceptOrderA();
        $invoice = $this->invoicesOf(self::ORDER_A)[0];

        $links = $this->database->rows(
            'SELECT p.transaction_id, p.amount, p.payment_method FROM ps_order_invoice_payment l '
            . 'JOIN ps_order_payment p ON p.id_order_payment = l.id_order_payment WHERE l.id_order_invoice = ?',
            [$invoice['id_order_invoice']],
        );

        self::assertCount(1, $links);
        self::assertSame(self::ORDER_A, $links[0]['transaction_id']);
        self::assertSame('1263.49', self::money($links[0]['amount']));
        self::assertSame('Pay with Amazon', $links[0]['payment_method']);
    }

    public function testInvoiceIsFullyPaidByAmazon(): void
    {
        $this->acceptOrderA();

        self::assertSame(1, $this->database->count('order_payment'));
        self::assertSame('1263.49', self::money($this->orderOf(self::ORDER_A)['total_paid_real']));
    }

    public function testRepeatedReadyToShipAddsNoInvoice(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        $results = $this->deliver(self::sample('02-ready-to-ship-A.post'), new DeliveryOptions(rounds: 3, uuid: 'fresh'));

        self::assertSame([200, 200, 200], self::statuses($results));
        self::assertCount(1, $this->invoicesOf(self::ORDER_A));
        self::assertSame(1, $this->database->count('order_invoice_payment'));
        self::assertSame(1, $this->database->count('order_payment'));
    }

    public function testParallelReadyToShipAddsOneInvoice(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        $this->deliver(self::sample('02-ready-to-ship-A.post'), new DeliveryOptions(parallel: 3, uuid: 'fresh'));

        self::assertCount(1, $this->invoicesOf(self::ORDER_A));
        self::assertSame(1, $this->database->count('order_invoice_payment'));
    }

    public function testInvoicingOffGivesNoInvoiceNumber(): void
    {
        $this->database->setConfiguration('PS_INVOICE', '0');

        $this->acceptOrderA();

        self::assertSame(0, $this->database->count('order_invoice', 'number > 0'));
        self::assertSame('0', (string) $this->orderOf(self::ORDER_A)['invoice_number']);
    }

    public function testInvoicingOffKeepsOneAmazonPayment(): void
    {
        $this->database->setConfiguration('PS_INVOICE', '0');

        $this->acceptOrderA();

        self::assertSame(1, $this->database->count('order_payment'));
        self::assertSame('1263.49', self::money($this->orderOf(self::ORDER_A)['total_paid_real']));
        self::assertSame($this->configuredState('PWAPRESTA_OS_PAYMENT_ACCEPTED'), $this->stateOf(self::ORDER_A));
    }

    public function testSecondOrderGetsNextNumber(): void
    {
        $this->acceptOrderA();
        $this->deliverOnce($this->taxedOrder()->newOrder());

        $this->deliverOnce($this->taxedOrder()->readyToShip());
        $first = (int) $this->invoicesOf(self::ORDER_A)[0]['number'];

        self::assertSame((string) ($first + 1), (string) $this->invoicesOf(self::ORDER_TAXED)[0]['number']);
    }

    /**
     * Product 9 carries GST 18%, so the invoice's tax-excluded product total is Amazon's 2999.97
     * with PrestaShop's own tax ratio taken out (2999.97 / 1.18 = 2542.35).
     */
    public function testTaxedInvoiceSplitsTax(): void
    {
        $this->deliverOnce($this->taxedOrder()->newOrder());

        $this->deliverOnce($this->taxedOrder()->readyToShip());
        $invoice = $this->invoicesOf(self::ORDER_TAXED)[0];

        self::assertSame('2999.97', self::money($invoice['total_products_wt']));
        self::assertSame('2542.35', self::money($invoice['total_products']));
        self::assertSame('3039.97', self::money($invoice['total_paid_tax_incl']));
    }

    private function acceptOrderA(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $result = $this->deliverOnce(self::sample('02-ready-to-ship-A.post'));
        self::assertSame(200, $result->status, $result->body);
    }

    /** Product 9 (1000.00 with GST 18% in the shop) x3 at Amazon's 999.99 each, shipping 40.00. */
    private function taxedOrder(): AmazonOrderXml
    {
        return (new AmazonOrderXml(self::ORDER_TAXED))->withItem(9, 3, '999.99', '2999.97', '40.00');
    }

    /** @return list<array<string, mixed>> */
    private function invoicesOf(string $amazonOrderId): array
    {
        return $this->database->rows(
            'SELECT i.* FROM ps_order_invoice i JOIN ps_pwapresta_order l ON l.id_order = i.id_order '
            . 'WHERE l.amazon_order_id = ? ORDER BY i.id_order_invoice',
            [$amazonOrderId],
        );
    }

    private static function money(mixed $value): string
    {
        return number_format((float) $value, 2, '.', '');
    }
}
