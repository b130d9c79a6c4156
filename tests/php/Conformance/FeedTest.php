<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\InvalidAmountException;
use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\MissingFieldException;
use PwaPresta\Exception\PwaPrestaException;

final class FeedTest extends EngineTestCase
{
    private const SELLER = 'A1EXAMPLEPWASELLER';

    /**
     * Elements, attributes and text in document order; comments and whitespace-only text dropped.
     * FulfillmentDate text is read as an instant and written in UTC, since fixtures may use offsets.
     *
     * @return list<string>
     */
    private static function structure(string $xml): array
    {
        $document = new \DOMDocument();
        self::assertTrue($document->loadXML($xml, LIBXML_NONET));
        $lines = [];
        self::walk($document->documentElement, $lines);

        return $lines;
    }

    /** @param list<string> $lines */
    private static function walk(\DOMNode $node, array &$lines): void
    {
        if ($node instanceof \DOMElement) {
            $line = '<' . $node->nodeName;
            foreach ($node->attributes as $attribute) {
                $line .= ' ' . $attribute->nodeName . '=' . $attribute->nodeValue;
            }
            $lines[] = $line;
            foreach ($node->childNodes as $child) {
                self::walk($child, $lines);
            }
            $lines[] = '</' . $node->nodeName;
        } elseif ($node instanceof \DOMText && trim($node->data) !== '') {
            $text = $node->data;
            if ($node->parentNode->nodeName === 'FulfillmentDate') {
                $text = gmdate('Y-m-d\TH:i:s\Z', (new \DateTimeImmutable($text))->getTimestamp());
            }
            $lines[] = $text;
        }
    }

    private static function assertSameFeed(string $fixture, string $built): void
    {
        self::assertSame(self::structure(self::fixture($fixture)), self::structure($built));
    }

    /** @return list<array<string, mixed>> */
    public static function indiaFulfillment(): array
    {
        return [[
            'amazon_order_id' => '403-0000001-0000001',
            'merchant_fulfillment_id' => '15-1',
            'fulfillment_date' => 1433226600,
            'carrier_name' => 'Example Couriers & Logistics',
            'shipping_method' => 'Standard',
            'tracking_number' => 'EXTRK000000001IN',
            'items' => [['amazon_order_item_code' => '10000000000001', 'quantity' => 1]],
        ]];
    }

    /** @dataProvider engines */
    public function testFulfillmentMatchesIndiaFixture(Engine $engine): void
    {
        $built = $engine->orderFulfillmentFeed(self::SELLER, self::indiaFulfillment());
        self::assertSameFeed('feed-order-fulfillment-in-constructed.xml', $built);
        self::assertStringContainsString('<CarrierName>Example Couriers &amp; Logistics</CarrierName>', $built);
        self::assertStringContainsString('<FulfillmentDate>2015-06-02T06:30:00Z</FulfillmentDate>', $built);
    }

    /** @dataProvider engines */
    public function testFulfillmentMatchesAmazonExample(Engine $engine): void
    {
        $built = $engine->orderFulfillmentFeed('My Store', [[
            'merchant_order_id' => 1234567,
            'merchant_fulfillment_id' => '1234567',
            'fulfillment_date' => 1020296193,
            'carrier_code' => 'UPS',
            'shipping_method' => 'Second Day',
            'tracking_number' => '1234567890',
            'items' => [[
                'merchant_order_item_id' => '1234567',
                'merchant_fulfillment_item_id' => '1234567',
                'quantity' => 2,
            ]],
        ]]);
        self::assertSameFeed('feed-order-fulfillment-amazon-doc.xml', $built);
    }

    /**
     * @param array<string, int> $components
     * @return array<string, mixed>
     */
    private static function adjustedItem(string $code, string $slip, array $components, ?int $promotion): array
    {
        $item = [
            'amazon_order_item_code' => $code,
            'merchant_adjustment_item_id' => $slip,
            'reason' => 'CustomerReturn',
            'components' => $components,
        ];
        if ($promotion !== null) {
            $item['promotions'] = [[
                'merchant_promotion_id' => 'Total_Discount',
                'components' => ['Principal' => $promotion],
            ]];
        }

        return $item;
    }

    /** @dataProvider engines */
    public function testAdjustmentMatchesFullRefundFixture(Engine $engine): void
    {
        $built = $engine->paymentAdjustmentFeed(self::SELLER, [[
            'amazon_order_id' => '403-0000001-0000001',
            'currency' => 'INR',
            'items' => [
                self::adjustedItem(
                    '10000000000001',
                    'slip-7-line-31',
                    ['Principal' => 99800, 'Shipping' => 5000, 'Tax' => 0, 'ShippingTax' => 0],
                    -10000,
                ),
                self::adjustedItem('10000000000002', 'slip-7-line-32', ['Principal' => 2500], null),
            ],
        ]]);
        self::assertSameFeed('feed-payment-adjustment-full-constructed.xml', $built);
    }

    /** @dataProvider engines */
    public function testAdjustmentMatchesPartialRefundFixture(Engine $engine): void
    {
        $built = $engine->paymentAdjustmentFeed(self::SELLER, [[
            'amazon_order_id' => '403-0000001-0000001',
            'currency' => 'INR',
            'items' => [
                self::adjustedItem('10000000000001', 'slip-8-line-31', ['Principal' => 49900, 'Tax' => 0], -5000),
            ],
        ]]);
        self::assertSameFeed('feed-payment-adjustment-partial-constructed.xml', $built);
    }

    /**
     * @param array{string, string} $values
     * @return list<array<string, mixed>>
     */
    private static function acknowledgement(string $status, string $itemKey, array $values): array
    {
        return [[
            'amazon_order_id' => '403-0000001-0000001',
            'merchant_order_id' => 15,
            'status_code' => $status,
            'items' => [
                ['amazon_order_item_code' => '10000000000001', $itemKey => $values[0]],
                ['amazon_order_item_code' => '10000000000002', $itemKey => $values[1]],
            ],
        ]];
    }

    /** @dataProvider engines */
    public function testAcknowledgementMatchesSuccessFixture(Engine $engine): void
    {
        $built = $engine->orderAcknowledgementFeed(
            self::SELLER,
            self::acknowledgement('Success', 'merchant_order_item_id', ['31', '32']),
        );
        self::assertSameFeed('feed-order-acknowledgement-success-constructed.xml', $built);
    }

    /** @dataProvider engines */
    public function testAcknowledgementMatchesCancelFixture(Engine $engine): void
    {
        $built = $engine->orderAcknowledgementFeed(
            self::SELLER,
            self::acknowledgement('Failure', 'cancel_reason', ['BuyerCanceled', 'BuyerCanceled']),
        );
        self::assertSameFeed('feed-order-acknowledgement-cancel-constructed.xml', $built);
    }

    /** @dataProvider engines */
    public function testContentMd5OfBuiltBody(Engine $engine): void
    {
        $built = $engine->orderFulfillmentFeed(self::SELLER, self::indiaFulfillment());
        self::assertSame(base64_encode(md5($built, true)), $engine->contentMd5($built));
    }

    /** @dataProvider engines */
    public function testWholeOrderHasNoItem(Engine $engine): void
    {
        $fulfillment = self::indiaFulfillment();
        unset($fulfillment[0]['items']);
        self::assertStringNotContainsString('<Item>', $engine->orderFulfillmentFeed(self::SELLER, $fulfillment));
    }

    /** @dataProvider engines */
    public function testMessagesAreNumbered(Engine $engine): void
    {
        $built = $engine->orderFulfillmentFeed(
            self::SELLER,
            array_merge(self::indiaFulfillment(), self::indiaFulfillment()),
        );
        self::assertStringContainsString('<MessageID>2</MessageID>', $built);
    }

    /** @return array<string, array{string, list<mixed>, class-string, string}> */
    public static function invalidFeeds(): array
    {
        $fulfillment = self::indiaFulfillment()[0];
        $adjustment = [
            'amazon_order_id' => '1',
            'currency' => 'INR',
            'items' => [['amazon_order_item_code' => 'a', 'reason' => 'CustomerReturn', 'components' => ['Principal' => 1]]],
        ];
        $acknowledgement = ['amazon_order_id' => '1', 'status_code' => 'Failure'];
        $withItem = static function (array $entry, string $key, mixed $value): array {
            $entry['items'][0][$key] = $value;

            return [$entry];
        };

        return [
            'no fulfillments' => ['fulfillment', [], MissingFieldException::class, 'fulfillments'],
            'not a list' => ['fulfillment', ['x' => $fulfillment], InvalidFieldException::class, 'fulfillments'],
            'entry not array' => ['fulfillment', ['x'], InvalidFieldException::class, 'fulfillments[0]'],
            'no order id' => ['fulfillment', [['amazon_order_id' => null] + $fulfillment], MissingFieldException::class, 'fulfillments[0].amazon_order_id'],
            'both order ids' => ['fulfillment', [$fulfillment + ['merchant_order_id' => '15']], InvalidFieldException::class, 'fulfillments[0].merchant_order_id'],
            'unknown key' => ['fulfillment', [$fulfillment + ['tracking' => 'x']], InvalidFieldException::class, 'fulfillments[0].tracking'],
            'string date' => ['fulfillment', [['fulfillment_date' => '2015-06-02'] + $fulfillment], InvalidFieldException::class, 'fulfillments[0].fulfillment_date'],
            'negative date' => ['fulfillment', [['fulfillment_date' => -1] + $fulfillment], InvalidFieldException::class, 'fulfillments[0].fulfillment_date'],
            'no date' => ['fulfillment', [['fulfillment_date' => null] + $fulfillment], MissingFieldException::class, 'fulfillments[0].fulfillment_date'],
            'tracking without carrier' => ['fulfillment', [['carrier_name' => ''] + $fulfillment], MissingFieldException::class, 'fulfillments[0].carrier_name'],
            'zero quantity' => ['fulfillment', $withItem($fulfillment, 'quantity', 0), InvalidFieldException::class, 'fulfillments[0].items[0].quantity'],
            'string quantity' => ['fulfillment', $withItem($fulfillment, 'quantity', '1'), InvalidFieldException::class, 'fulfillments[0].items[0].quantity'],
            'control char' => ['fulfillment', [['tracking_number' => "T\x00"] + $fulfillment], InvalidFieldException::class, 'fulfillments[0].tracking_number'],
            'no adjustment items' => ['adjustment', [['items' => []] + $adjustment], MissingFieldException::class, 'adjustments[0].items'],
            'bad currency' => ['adjustment', [['currency' => 'RUPEE'] + $adjustment], InvalidFieldException::class, 'adjustments[0].currency'],
            'unknown reason' => ['adjustment', $withItem($adjustment, 'reason', 'Refund'), InvalidFieldException::class, 'adjustments[0].items[0].reason'],
            'no components' => ['adjustment', $withItem($adjustment, 'components', []), MissingFieldException::class, 'adjustments[0].items[0].components'],
            'unknown component' => ['adjustment', $withItem($adjustment, 'components', ['Fee' => 1]), InvalidFieldException::class, 'adjustments[0].items[0].components.Fee'],
            'float amount' => ['adjustment', $withItem($adjustment, 'components', ['Principal' => 9.99]), InvalidAmountException::class, 'adjustments[0].items[0].components.Principal'],
            'string amount' => ['adjustment', $withItem($adjustment, 'components', ['Principal' => '9.99']), InvalidAmountException::class, 'adjustments[0].items[0].components.Principal'],
            'promotion tax' => ['adjustment', $withItem($adjustment, 'promotions', [['components' => ['Tax' => -1]]]), InvalidFieldException::class, 'adjustments[0].items[0].promotions[0].components.Tax'],
            'quantity cancelled' => ['adjustment', $withItem($adjustment, 'quantity_cancelled', 0), InvalidFieldException::class, 'adjustments[0].items[0].quantity_cancelled'],
            'bad status' => ['acknowledgement', [['status_code' => 'Cancel'] + $acknowledgement], InvalidFieldException::class, 'acknowledgements[0].status_code'],
            'no status' => ['acknowledgement', [['status_code' => ''] + $acknowledgement], MissingFieldException::class, 'acknowledgements[0].status_code'],
            'bad cancel reason' => ['acknowledgement', [$acknowledgement + ['items' => [['amazon_order_item_code' => 'a', 'cancel_reason' => 'Whim']]]], InvalidFieldException::class, 'acknowledgements[0].items[0].cancel_reason'],
            'reason on success' => ['acknowledgement', [['status_code' => 'Success'] + $acknowledgement + ['items' => [['amazon_order_item_code' => 'a', 'cancel_reason' => 'BuyerCanceled']]]], InvalidFieldException::class, 'acknowledgements[0].items[0].cancel_reason'],
            'no item code' => ['acknowledgement', [$acknowledgement + ['items' => [['merchant_order_item_id' => '1']]]], MissingFieldException::class, 'acknowledgements[0].items[0].amazon_order_item_code'],
        ];
    }

    /**
     * @dataProvider invalidFeeds
     * @param list<mixed> $entries
     */
    public function testInvalidFeedOnBothEngines(string $feed, array $entries, string $class, string $field): void
    {
        foreach (self::bothEngines() as $engine) {
            try {
                self::buildFeed($engine, $feed, self::SELLER, $entries);
                self::fail($engine->name() . ' accepted the feed');
            } catch (PwaPrestaException $exception) {
                self::assertSame($class, get_class($exception), $engine->name());
                self::assertSame($field, $exception->getContext()['field'], $engine->name());
            }
        }
    }

    /** @dataProvider engines */
    public function testEmptyMerchantIdentifierIsMissing(Engine $engine): void
    {
        $this->expectException(MissingFieldException::class);
        $engine->orderFulfillmentFeed('', self::indiaFulfillment());
    }

    /** @param list<mixed> $entries */
    public static function buildFeed(Engine $engine, string $feed, string $merchant, array $entries): string
    {
        return match ($feed) {
            'fulfillment' => $engine->orderFulfillmentFeed($merchant, $entries),
            'adjustment' => $engine->paymentAdjustmentFeed($merchant, $entries),
            'acknowledgement' => $engine->orderAcknowledgementFeed($merchant, $entries),
        };
    }
}
