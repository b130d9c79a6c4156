<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\DocumentTooLargeException;
use PwaPresta\Exception\DtdNotAllowedException;
use PwaPresta\Exception\InvalidAmountException;
use PwaPresta\Exception\InvalidDocumentException;
use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\MalformedXmlException;
use PwaPresta\Exception\UnknownNotificationTypeException;

final class IopnParseTest extends EngineTestCase
{
    private const NS = 'http://payments.amazon.com/checkout/2008-11-30/';

    private static function item(string $inner = '', string $code = '<AmazonOrderItemCode>1</AmazonOrderItemCode>'): string
    {
        return "<ProcessedOrderItem>$code<SKU>s</SKU><Title>t</Title><Quantity>1</Quantity>"
            . '<ItemCharges><Component><Type>Principal</Type><Charge><Amount>1.00</Amount>'
            . "<CurrencyCode>INR</CurrencyCode></Charge></Component></ItemCharges>$inner</ProcessedOrderItem>";
    }

    private static function document(string $order, string $root = 'NewOrderNotification', string $ns = self::NS): string
    {
        $xmlns = $ns === '' ? '' : " xmlns=\"$ns\"";

        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<$root$xmlns><NotificationReferenceId>r</NotificationReferenceId>"
            . "<ProcessedOrder>$order</ProcessedOrder></$root>";
    }

    private static function order(string $items, string $head = ''): string
    {
        return "$head<AmazonOrderID>403-1-2</AmazonOrderID><OrderDate>2026-12-04T09:10:11Z</OrderDate>"
            . "<ProcessedOrderItems>$items</ProcessedOrderItems>";
    }

    /** @dataProvider engines */
    public function testLifecycleValuesMatchExpected(Engine $engine): void
    {
        $expected = self::jsonFixture('iopn-lifecycle/expected.json');
        foreach ($expected['notifications'] as $notification) {
            $file = $notification['file'];
            parse_str(self::fixture('iopn-lifecycle/' . $file), $fields);
            $order = $engine->parseNotification($fields['NotificationData']);

            self::assertSame($notification['type'], $order['notification_type'], $file);
            self::assertSame($notification['notification_reference_id'], $order['notification_reference_id'], $file);
            self::assertSame($notification['amazon_order_id'], $order['amazon_order_id'], $file);
            self::assertSame($notification['buyer_name'], $order['buyer']['name'], $file);
            self::assertSame($notification['buyer_email'], $order['buyer']['email'], $file);
            self::assertNull($order['buyer']['phone'], $file);
            self::assertSame($notification['shipping_service_level'], $order['shipping_service_level'], $file);
            self::assertSame($notification['currency'], $order['currency'], $file);
            foreach ($notification['shipping_address'] as $element => $value) {
                $key = strtolower(preg_replace('/(?<!^)[A-Z]/', '_$0', $element));
                self::assertSame($value, $order['shipping_address'][$key], "$file $element");
            }
            self::assertCount(count($notification['items']), $order['items'], $file);
            foreach ($notification['items'] as $index => $item) {
                $actual = $order['items'][$index];
                self::assertSame($item['amazon_order_item_code'], $actual['amazon_order_item_code'], $file);
                self::assertSame($item['sku'], $actual['sku'], $file);
                self::assertSame($item['title'], $actual['title'], $file);
                self::assertSame($item['quantity'], $actual['quantity'], $file);
                self::assertSame($item['unit_price_minor'], $actual['unit_price'], $file);
                self::assertSame($item['charges_minor'], $actual['components'], $file);
                self::assertSame($notification['shop_cart_id'], $actual['client_request_id'], $file);
                $custom = $actual['item_custom_data'];
                self::assertSame(self::optionalInt($item['product_id']), $custom['Item_product_id'] ?? null, $file);
                self::assertSame(self::optionalInt($item['product_attribute_id']), $custom['Item_attr_product_id'] ?? null, $file);
            }
            $components = $notification['charges_minor_by_component'] + $notification['promotions_minor_by_component'];
            foreach ($components as $type => $amount) {
                self::assertSame($amount, $order['totals']['components'][$type], "$file $type");
            }
            self::assertSame(array_sum($notification['promotions_minor_by_component']), $order['totals']['promotions'], $file);
            self::assertSame($notification['grand_total_minor'], $order['totals']['total'], $file);
            self::assertSame($notification['expected_state_after'], $engine->orderStateForNotification($order['notification_type']), $file);
        }
    }

    private static function optionalInt(?int $value): ?string
    {
        return $value === null ? null : (string) $value;
    }

    /** @dataProvider engines */
    public function testAmazonSampleParsesLeniently(Engine $engine): void
    {
        $order = $engine->parseNotification(self::fixture('iopn-new-order-cba-sample.xml'));
        self::assertSame('2009-08-31T00:00:00Z', $order['order_date']);
        self::assertNull($order['displayable_shipping_label']);
        self::assertSame('USD', $order['currency']);
        self::assertSame(500, $order['totals']['total']);
        self::assertSame('USA', $order['shipping_address']['country_code']);
    }

    /** @dataProvider engines */
    public function testNamespacesDoNotMatter(Engine $engine): void
    {
        $order = self::order(self::item());
        $expected = $engine->parseNotification(self::document($order));
        self::assertSame($expected, $engine->parseNotification(self::document($order, 'NewOrderNotification', '')));
        self::assertSame($expected, $engine->parseNotification(
            self::document($order, 'NewOrderNotification', 'http://payments.amazon.com/checkout/2009-05-15/'),
        ));
        $prefixed = '<a:NewOrderNotification xmlns:a="' . self::NS . '"><a:NotificationReferenceId>r</a:NotificationReferenceId>'
            . '<a:ProcessedOrder>' . preg_replace('#<(/?)(\w)#', '<$1a:$2', $order) . '</a:ProcessedOrder></a:NewOrderNotification>';
        self::assertSame($expected, $engine->parseNotification($prefixed));
    }

    /** @dataProvider engines */
    public function testTextDecodingAndCustomData(Engine $engine): void
    {
        $item = self::item(
            '<Description><![CDATA[a <b> & "c"]]> &quot;&apos;&lt;&amp;&#x928;&#2350;</Description>'
            . '<ItemCustomData><Item_product_id>7</Item_product_id><Tag>a</Tag><Tag>b</Tag><E/>'
            . '<Attr><Name>Size</Name></Attr></ItemCustomData><CartCustomData><CartId>42</CartId></CartCustomData>',
        );
        $order = $engine->parseNotification(self::document(self::order($item)));
        self::assertSame('a <b> & "c" "\'<&नम', $order['items'][0]['description']);
        self::assertSame(
            ['Item_product_id' => '7', 'Tag' => ['a', 'b'], 'E' => '', 'Attr' => ['Name' => 'Size']],
            $order['items'][0]['item_custom_data'],
        );
        self::assertSame(['CartId' => '42'], $order['cart_custom_data']);
    }

    /** @return array<string, array{string, class-string, array<string, mixed>|null}> */
    public static function badDocuments(): array
    {
        $valid = self::document(self::order(self::item()));
        $entity = '<?xml version="1.0"?><!DOCTYPE NewOrderNotification [<!ENTITY a "aaaaaaaaaa">'
            . '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><NewOrderNotification>&b;</NewOrderNotification>';

        return [
            'doctype with entities' => [$entity, DtdNotAllowedException::class, []],
            'external doctype' => ['<!DOCTYPE r SYSTEM "http://127.0.0.1:9/x.dtd"><r/>', DtdNotAllowedException::class, []],
            'too large' => [str_pad($valid, 4 * 1024 * 1024 + 1, ' '), DocumentTooLargeException::class,
                ['size' => 4 * 1024 * 1024 + 1, 'limit' => 4 * 1024 * 1024]],
            'latin-1 bytes' => ["<NewOrderNotification>\xE9</NewOrderNotification>", MalformedXmlException::class,
                ['position' => 22]],
            'not well-formed' => ['<NewOrderNotification><a></NewOrderNotification>', MalformedXmlException::class, null],
            'undefined entity' => ['<NewOrderNotification>&nbsp;</NewOrderNotification>', MalformedXmlException::class, null],
            'empty' => ['', MalformedXmlException::class, []],
            'unknown root' => [self::document(self::order(self::item()), 'OrderShippedNotification'),
                UnknownNotificationTypeException::class, ['notification_type' => 'OrderShippedNotification']],
            'no order id' => [self::document(str_replace('<AmazonOrderID>403-1-2</AmazonOrderID>', '', self::order(self::item()))),
                InvalidDocumentException::class, ['element' => 'AmazonOrderID']],
            'no items' => [self::document(self::order('')), InvalidDocumentException::class, ['element' => 'ProcessedOrderItem']],
            'no item code' => [self::document(self::order(self::item('', ''))), InvalidDocumentException::class,
                ['element' => 'AmazonOrderItemCode']],
            'no sku' => [str_replace('<SKU>s</SKU>', '', $valid), InvalidDocumentException::class, ['element' => 'SKU']],
            'no quantity' => [str_replace('<Quantity>1</Quantity>', '', $valid), InvalidDocumentException::class,
                ['element' => 'Quantity']],
            'zero quantity' => [str_replace('<Quantity>1</Quantity>', '<Quantity>0</Quantity>', $valid),
                InvalidFieldException::class, ['field' => 'Quantity', 'value' => '0']],
            'fractional quantity' => [str_replace('<Quantity>1</Quantity>', '<Quantity>1.5</Quantity>', $valid),
                InvalidFieldException::class, ['field' => 'Quantity', 'value' => '1.5']],
            'negative quantity' => [str_replace('<Quantity>1</Quantity>', '<Quantity>-2</Quantity>', $valid),
                InvalidFieldException::class, ['field' => 'Quantity', 'value' => '-2']],
            'inexact amount' => [str_replace('<Amount>1.00</Amount>', '<Amount>1.005</Amount>', $valid),
                InvalidAmountException::class, ['value' => '1.005', 'element' => 'Component/Charge/Amount']],
            'not an amount' => [str_replace('<Amount>1.00</Amount>', '<Amount>1,00</Amount>', $valid),
                InvalidAmountException::class, ['value' => '1,00', 'element' => 'Component/Charge/Amount']],
            'two currencies' => [self::document(self::order(self::item() . str_replace('INR', 'USD', self::item()))),
                InvalidAmountException::class, ['value' => 'USD', 'element' => 'Component/Charge/CurrencyCode']],
            'bad order date' => [str_replace('2026-12-04T09:10:11Z', '04/12/2026', $valid), InvalidFieldException::class,
                ['field' => 'OrderDate', 'value' => '04/12/2026']],
            'semantic error then malformed' => [substr($valid, 0, -5), MalformedXmlException::class, null],
        ];
    }

    /** @dataProvider badDocuments */
    public function testBadDocumentsAreRejected(string $xml, string $class, ?array $context): void
    {
        foreach (self::engines() as [$engine]) {
            try {
                $engine->parseNotification($xml);
                self::fail("{$engine->name()} accepted the document");
            } catch (\PwaPresta\Exception\PwaPrestaException $error) {
                self::assertSame($class, get_class($error), $engine->name() . ': ' . $error->getMessage());
                if ($context !== null) {
                    self::assertSame($context, $error->getContext(), $engine->name());
                }
            }
        }
    }

    public function testEnginesAgreeOnRandomNotifications(): void
    {
        [$native, $php] = self::bothEngines();
        mt_srand(42);
        for ($round = 0; $round < 150; $round++) {
            $xml = self::randomNotification($round);
            self::assertSame(self::outcome($php, $xml), self::outcome($native, $xml), "round $round:\n$xml");
        }
    }

    /** @return array<int, mixed> */
    private static function outcome(Engine $engine, string $xml): array
    {
        try {
            return ['result', $engine->parseNotification($xml)];
        } catch (MalformedXmlException $error) {
            // libxml and quick-xml word not-well-formed errors differently; the class must agree.
            return [get_class($error)];
        } catch (\Throwable $error) {
            return [get_class($error), $error->getMessage(), $error->getContext()];
        }
    }

    /*
     * Random NotificationData from mt_rand, seeded by the caller. It mixes Unicode and markup in
     * text, empty optional elements, 1 to 150 items, amounts with 0 to 2 decimals and random
     * namespaces. About one document in ten has a defect: a bad amount, a second currency, a
     * missing element or broken XML.
     */

    private const RANDOM_WORDS = ['नमस्ते', 'Mug <Today> & more', '"quoted"', "O'Brien", 'C++ 50% off', '', ' ', 'ß€😀', 'a]]>b'];
    private const RANDOM_NAMESPACES = ['http://payments.amazon.com/checkout/2008-11-30/', 'http://payments.amazon.com/checkout/2009-05-15/', ''];
    private const RANDOM_TYPES = ['NewOrderNotification', 'OrderReadyToShipNotification', 'OrderCancelledNotification'];
    private const RANDOM_COMPONENTS = ['Principal', 'Shipping', 'Tax', 'ShippingTax', 'PrincipalPromo', 'ShippingPromo', 'GiftWrap', 'Custom'];

    private static function randomNotification(int $round): string
    {
        $ns = self::RANDOM_NAMESPACES[mt_rand(0, 2)];
        $root = self::RANDOM_TYPES[mt_rand(0, 2)];
        $defect = mt_rand(0, 9) === 0 ? mt_rand(1, 6) : 0;
        $items = '';
        $count = $round % 10 === 0 ? mt_rand(100, 150) : mt_rand(1, 5);
        for ($index = 0; $index < $count; $index++) {
            $items .= self::randomItem($index, $defect);
        }

        $xml = '<?xml version="1.0" encoding="UTF-8"?>' . "\n"
            . '<' . $root . ($ns === '' ? '' : " xmlns=\"$ns\"") . '>'
            . self::randomElement('NotificationReferenceId', 'ref-' . $round)
            . '<ProcessedOrder>'
            . self::randomElement('OrderChannel', self::randomWord())
            . ($defect === 1 ? '' : self::randomElement('AmazonOrderID', '403-' . mt_rand(1000000, 9999999) . '-1234567'))
            . self::randomElement('OrderDate', ['2026-12-04T09:10:11.000Z', '2009-08-31', '2026-12-04T09:10:11+05:30'][mt_rand(0, 2)])
            . '<BuyerInfo>' . self::randomElement('BuyerName', self::randomWord()) . self::randomElement('BuyerEmailAddress', 'a@example.in') . '</BuyerInfo>'
            . self::randomAddress()
            . self::randomElement('ShippingServiceLevel', 'Standard')
            . '<Unknown><Nested>x</Nested></Unknown>'
            . "<ProcessedOrderItems>$items</ProcessedOrderItems>"
            . (mt_rand(0, 1) === 1 ? self::randomElement('DisplayableShippingLabel', self::randomWord()) : '')
            . "</ProcessedOrder></$root>";

        return $defect === 6 ? substr($xml, 0, mt_rand(10, strlen($xml) - 1)) : $xml;
    }

    private static function randomItem(int $index, int $defect): string
    {
        $currency = $defect === 2 && $index === 1 ? 'USD' : 'INR';
        $components = '';
        for ($count = mt_rand(0, 6); $count > 0; $count--) {
            $type = self::RANDOM_COMPONENTS[mt_rand(0, count(self::RANDOM_COMPONENTS) - 1)];
            $components .= '<Component>' . self::randomElement('Type', $type) . '<Charge>'
                . self::randomElement('Amount', self::randomAmount($defect)) . self::randomElement('CurrencyCode', $currency)
                . '</Charge></Component>';
        }

        return '<ProcessedOrderItem>'
            . self::randomElement('AmazonOrderItemCode', (string) (56781234000000 + $index))
            . self::randomElement('MerchantId', 'A2PWAPRESTA')
            . ($defect === 3 && $index === 0 ? '' : self::randomElement('SKU', 'demo_' . $index))
            . self::randomElement('Title', self::randomWord())
            . (mt_rand(0, 1) === 1 ? self::randomElement('Description', self::randomWord()) : '<Description/>')
            . self::randomElement('ClientRequestId', '42')
            . '<Price>' . self::randomElement('Amount', self::randomAmount(0)) . self::randomElement('CurrencyCode', $currency) . '</Price>'
            . self::randomElement('Quantity', $defect === 4 && $index === 0 ? '0' : (string) mt_rand(1, 9))
            . (mt_rand(0, 1) === 1 ? '<Weight><Amount>0.3</Amount><Unit>kg</Unit></Weight>' : '')
            . "<ItemCharges>$components</ItemCharges>"
            . (mt_rand(0, 1) === 1 ? '<ItemCustomData><Item_product_id>' . $index . '</Item_product_id><T>a</T><T>'
                . htmlspecialchars(self::randomWord(), ENT_XML1) . '</T><E/></ItemCustomData>' : '')
            . (mt_rand(0, 2) === 0 ? '<CartCustomData><CartId>42</CartId></CartCustomData>' : '')
            . '</ProcessedOrderItem>';
    }

    private static function randomAmount(int $defect): string
    {
        if ($defect === 5 && mt_rand(0, 3) === 0) {
            return ['1.005', 'abc', '-1.00', ''][mt_rand(0, 3)];
        }
        $whole = (string) mt_rand(0, 99999);

        return match (mt_rand(0, 2)) {
            0 => $whole,
            1 => $whole . '.' . mt_rand(0, 9),
            default => $whole . '.' . str_pad((string) mt_rand(0, 99), 2, '0', STR_PAD_LEFT),
        };
    }

    private static function randomAddress(): string
    {
        $fields = '';
        foreach (['Name', 'AddressFieldOne', 'AddressFieldTwo', 'City', 'State', 'PostalCode', 'CountryCode', 'PhoneNumber'] as $name) {
            if (mt_rand(0, 4) > 0) {
                $fields .= self::randomElement($name, self::randomWord());
            }
        }

        return "<ShippingAddress>$fields</ShippingAddress>";
    }

    private static function randomWord(): string
    {
        return self::RANDOM_WORDS[mt_rand(0, count(self::RANDOM_WORDS) - 1)];
    }

    private static function randomElement(string $name, string $text): string
    {
        if (mt_rand(0, 5) === 0 && !str_contains($text, ']]>')) {
            return "<$name><![CDATA[$text]]></$name>";
        }

        return "<$name>" . htmlspecialchars($text, ENT_XML1 | ENT_QUOTES) . "</$name>";
    }
}
