<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

use PwaPresta\Tests\Module\Case\ModuleTestCase;
use PwaPresta\Tests\Module\Invoice\AmazonOrderXml;
use PwaPresta\Tests\Module\Support\Environment;
use PwaPresta\Tests\Sandbox\DeliveryOptions;

/**
 * A PrestaShop cart total that differs from Amazon's charged total, over HTTP against the double:
 * the order keeps Amazon's amounts, stays out of Payment error, and carries a private message with
 * both amounts. The rounding cases run one cart under each PS_ROUND_TYPE, where its total differs.
 */
final class PaymentDifferenceTest extends ModuleTestCase
{
    private const ORDER_A = '403-1111111-2222222';
    private const ORDER_ROUNDING = '403-7777777-8888888';

    public function testEqualTotalsRecordNoDifference(): void
    {
        $this->setProductOnePrice(449);
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $ledger = $this->ledger();

        self::assertNotNull($ledger);
        self::assertSame((string) $ledger['charged_minor'], (string) $ledger['cart_total_minor']);
        self::assertSame([], $this->privateMessages());
    }

    public function testAmazonPromotionRecordedAsDifference(): void
    {
        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $messages = $this->privateMessages();

        self::assertSame('136349', (string) $this->ledger()['cart_total_minor']);
        self::assertCount(1, $messages);
        self::assertStringContainsString('difference INR -100.00', $messages[0]);
    }

    public function testHigherShopPriceKeepsAmazonTotal(): void
    {
        $this->setProductOnePrice(510);

        $result = $this->deliverOnce(self::sample('01-new-order-A.post'));
        $order = $this->orderOf(self::ORDER_A);

        self::assertSame(200, $result->status, $result->body);
        self::assertSame('1263.49', number_format((float) $order['total_paid_tax_incl'], 2, '.', ''));
        self::assertSame($this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT'), (int) $order['current_state']);
    }

    public function testDifferenceStoredWithBothTotals(): void
    {
        $this->setProductOnePrice(510);

        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $ledger = $this->ledger();

        self::assertSame('126349', (string) $ledger['charged_minor']);
        self::assertSame('138549', (string) $ledger['cart_total_minor']);
    }

    public function testDifferenceWrittenAsPrivateMessage(): void
    {
        $this->setProductOnePrice(510);

        $this->deliverOnce(self::sample('01-new-order-A.post'));
        $messages = $this->privateMessages();

        self::assertCount(1, $messages);
        self::assertStringContainsString('Amazon charged INR 1263.49', $messages[0]);
        self::assertStringContainsString('cart total was INR 1385.49', $messages[0]);
        self::assertStringContainsString('difference INR -122.00', $messages[0]);
    }

    public function testDifferenceDoesNotBlockPayment(): void
    {
        $this->setProductOnePrice(510);
        $this->deliverOnce(self::sample('01-new-order-A.post'));

        $result = $this->deliverOnce(self::sample('02-ready-to-ship-A.post'));
        $order = $this->orderOf(self::ORDER_A);

        self::assertSame(200, $result->status, $result->body);
        self::assertSame($this->configuredState('PWAPRESTA_OS_PAYMENT_ACCEPTED'), (int) $order['current_state']);
        self::assertSame('1263.49', number_format((float) $order['total_paid_real'], 2, '.', ''));
        self::assertSame(1, $this->database->count('order_payment'));
    }

    public function testRepeatedNewOrderAddsNoSecondMessage(): void
    {
        $this->setProductOnePrice(510);

        $this->deliver(self::sample('01-new-order-A.post'), new DeliveryOptions(rounds: 2, uuid: 'each'));

        self::assertCount(1, $this->privateMessages());
    }

    /**
     * PS_ROUND_TYPE, PS_PRICE_ROUND_MODE, the cart total PrestaShop computes for the rounding cart,
     * and Amazon's 360.01 minus it. The cart: product 9 x3 at 99.995005 with GST 18% (84.741530
     * before tax), product 6 at 10.005 without tax, shipping 40.00. Per item: 3 x 100.00 + 10.01 +
     * 40.00; per line: 299.99 + 10.01 + 40.00; on the total: 299.985015 + 10.005 + 40.00 rounded
     * once. Half down rounds 10.005 to 10.00.
     *
     * @return array<string, array{int, int, string, string}>
     */
    public function roundingModes(): array
    {
        return [
            'per item' => [1, 2, '350.01', '+10.00'],
            'per line' => [2, 2, '350.00', '+10.01'],
            'on the total' => [3, 2, '349.99', '+10.02'],
            'per item, half down' => [1, 3, '350.00', '+10.01'],
        ];
    }

    /** @dataProvider roundingModes */
    public function testRoundingModeCartTotal(int $roundType, int $roundMode, string $cartTotal, string $difference): void
    {
        $this->placeRoundingOrder($roundType, $roundMode);
        $ledger = $this->database->row('SELECT * FROM ps_pwapresta_payment WHERE amazon_order_id = ?', [self::ORDER_ROUNDING]);

        self::assertNotNull($ledger);
        self::assertSame(str_replace('.', '', $cartTotal), (string) $ledger['cart_total_minor']);
        self::assertSame('36001', (string) $ledger['charged_minor']);
    }

    /** @dataProvider roundingModes */
    public function testRoundingModeKeepsAmazonAmounts(int $roundType, int $roundMode, string $cartTotal, string $difference): void
    {
        $this->placeRoundingOrder($roundType, $roundMode);
        $order = $this->orderOf(self::ORDER_ROUNDING);

        self::assertSame('360.01', self::money($order['total_paid_tax_incl']));
        self::assertSame('310.01', self::money($order['total_products_wt']));
        self::assertSame('50.00', self::money($order['total_shipping_tax_incl']));
        self::assertSame((string) $roundType, (string) $order['round_type']);
        self::assertSame($this->configuredState('PWAPRESTA_OS_AWAITING_PAYMENT'), (int) $order['current_state']);
    }

    /** @dataProvider roundingModes */
    public function testRoundingModeOrderIsPaid(int $roundType, int $roundMode, string $cartTotal, string $difference): void
    {
        $this->placeRoundingOrder($roundType, $roundMode);

        $result = $this->deliverOnce($this->roundingOrder()->readyToShip());
        $order = $this->orderOf(self::ORDER_ROUNDING);

        self::assertSame(200, $result->status, $result->body);
        self::assertSame($this->configuredState('PWAPRESTA_OS_PAYMENT_ACCEPTED'), (int) $order['current_state']);
        self::assertSame(0, $this->database->count('order_history', 'id_order_state = 8'));
        self::assertSame('360.01', self::money($order['total_paid_real']));
        self::assertSame(1, $this->database->count('order_payment'));
    }

    /** @dataProvider roundingModes */
    public function testRoundingModeMessageShowsBothAmounts(int $roundType, int $roundMode, string $cartTotal, string $difference): void
    {
        $this->placeRoundingOrder($roundType, $roundMode);
        $messages = $this->privateMessages();

        self::assertCount(1, $messages);
        self::assertStringContainsString('Amazon charged INR 360.01', $messages[0]);
        self::assertStringContainsString('cart total was INR ' . $cartTotal, $messages[0]);
        self::assertStringContainsString('difference INR ' . $difference, $messages[0]);
    }

    /** @dataProvider roundingModes */
    public function testRoundingModeOrderBlockShowsBothAmounts(int $roundType, int $roundMode, string $cartTotal, string $difference): void
    {
        $this->placeRoundingOrder($roundType, $roundMode);

        $block = $this->differenceBlock((int) $this->orderOf(self::ORDER_ROUNDING)['id_order']);

        self::assertStringContainsString('INR 360.01', $block);
        self::assertStringContainsString('INR ' . $cartTotal, $block);
        self::assertStringContainsString('INR ' . $difference, $block);
    }

    /**
     * Sets the rounding configuration and the prices of the rounding cart, then sends its NewOrder.
     * Amazon charges 100.00 x3 + 10.01 and 50.00 shipping (set in Seller Central): 360.01.
     */
    private function placeRoundingOrder(int $roundType, int $roundMode): void
    {
        $this->database->setConfiguration('PS_ROUND_TYPE', (string) $roundType);
        $this->database->setConfiguration('PS_PRICE_ROUND_MODE', (string) $roundMode);
        $this->setProductPrice(9, '84.741530');
        $this->setProductPrice(6, '10.005');

        $result = $this->deliverOnce($this->roundingOrder()->newOrder());

        self::assertSame(200, $result->status, $result->body);
    }

    private function roundingOrder(): AmazonOrderXml
    {
        return (new AmazonOrderXml(self::ORDER_ROUNDING))
            ->withItem(9, 3, '100.00', '300.00', '50.00')
            ->withItem(6, 1, '10.01', '10.01');
    }

    private function setProductPrice(int $productId, string $price): void
    {
        $this->database->execute('UPDATE ps_product SET price = ? WHERE id_product = ?', [$price, $productId]);
        $this->database->execute('UPDATE ps_product_shop SET price = ? WHERE id_product = ?', [$price, $productId]);
    }

    /** Renders the order block and returns its amount difference notice, or '' when it has none. */
    private function differenceBlock(int $orderId): string
    {
        $command = array_merge([PHP_BINARY], Environment::phpOptions(), [__DIR__ . '/OrderBlock/render.php', (string) $orderId]);
        exec(implode(' ', array_map('escapeshellarg', $command)) . ' 2>&1', $output, $code);
        self::assertSame(0, $code, implode("\n", $output));
        $html = (string) json_decode(implode("\n", $output), true, 512, JSON_THROW_ON_ERROR)['html'];

        return preg_match('#<div class="alert alert-info pwapresta-amount-difference">(.*?)</div>#s', $html, $match) === 1
            ? $match[1]
            : '';
    }

    private static function money(mixed $value): string
    {
        return number_format((float) $value, 2, '.', '');
    }

    /**
     * Sets the shop price of product 1 (2 units in sample A, 499.00 each on Amazon). Sample A's cart
     * costs 1363.49 in the shop and Amazon charged 1263.49 after its 100.00 promotion, so 449.00
     * makes both totals equal and 510.00 makes the cart 122.00 dearer.
     */
    private function setProductOnePrice(int $price): void
    {
        $this->database->execute('UPDATE ps_product SET price = ? WHERE id_product = 1', [$price]);
        $this->database->execute('UPDATE ps_product_shop SET price = ? WHERE id_product = 1', [$price]);
    }

    /** @return array<string, mixed>|null */
    private function ledger(): ?array
    {
        return $this->database->row('SELECT * FROM ps_pwapresta_payment WHERE amazon_order_id = ?', [self::ORDER_A]);
    }

    /** @return list<string> */
    private function privateMessages(): array
    {
        return array_map(static fn (array $row): string => (string) $row['message'], $this->database->rows(
            'SELECT m.message FROM ps_customer_message m JOIN ps_customer_thread t ON t.id_customer_thread = m.id_customer_thread '
            . 'WHERE m.private = 1 ORDER BY m.id_customer_message',
        ));
    }
}
