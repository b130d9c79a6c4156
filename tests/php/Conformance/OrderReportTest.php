<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\DtdNotAllowedException;
use PwaPresta\Exception\InvalidAmountException;
use PwaPresta\Exception\InvalidDocumentException;
use PwaPresta\Exception\MalformedXmlException;
use PwaPresta\Exception\MwsThrottledException;

final class OrderReportTest extends EngineTestCase
{
    private const ITEM = '<Item><AmazonOrderItemCode>1</AmazonOrderItemCode><SKU>S</SKU><Quantity>1</Quantity>'
        . '<ItemPrice><Component><Type>Principal</Type><Amount currency="INR">1.00</Amount></Component>'
        . '</ItemPrice></Item>';

    /** @var list<string> */
    private array $files = [];

    protected function tearDown(): void
    {
        foreach ($this->files as $file) {
            @unlink($file);
        }
    }

    /** @dataProvider engines */
    public function testAmazonExampleReport(Engine $engine): void
    {
        [$order] = $engine->parseOrderReport(self::fixture('report-orders-xml-amazon-doc.xml'));

        self::assertNull($order['notification_type']);
        self::assertSame('104-2391705-5555555', $order['amazon_order_id']);
        self::assertSame('2008-12-30T16:23:23Z', $order['order_date']);
        self::assertSame(['name' => 'Example Buyer Ltd', 'email' => 'buyer-us@example.com',
            'phone' => '000-0000000'], $order['buyer']);
        self::assertSame('FL', $order['shipping_address']['state']);
        self::assertSame('Standard', $order['shipping_service_level']);
        self::assertSame('USD', $order['currency']);
        self::assertSame(['Principal' => 10000, 'Shipping' => 500, 'Tax' => 2000, 'ShippingTax' => 100,
            'PrincipalPromo' => 0, 'ShippingPromo' => 0], $order['items'][0]['components']);
        self::assertSame(12600, $order['totals']['total']);
    }

    /** @dataProvider engines */
    public function testIndiaReportWithPromotion(Engine $engine): void
    {
        [$order] = $engine->parseOrderReport(self::fixture('report-orders-xml-in-constructed.xml'));

        self::assertSame('2015-06-01T10:15:30Z', $order['order_date']);
        self::assertSame('Cotton T-shirt (M) — सूती टी-शर्ट', $order['items'][0]['title']);
        self::assertSame('4711', $order['items'][0]['client_request_id']);
        self::assertSame(10000, $order['items'][0]['components']['PrincipalPromo']);
        self::assertSame(94800, $order['items'][0]['total']);
        self::assertSame('wrapping_fee', $order['items'][1]['sku']);
        self::assertSame(['components' => ['Principal' => 102300, 'Shipping' => 5000, 'Tax' => 0,
            'ShippingTax' => 0, 'PrincipalPromo' => 10000, 'ShippingPromo' => 0], 'charges' => 107300,
            'promotions' => 10000, 'total' => 97300], $order['totals']);
    }

    /** @dataProvider engines */
    public function testEachOrderStreamsInOrder(Engine $engine): void
    {
        $path = $this->reportFile(3);
        $seen = [];

        $count = $engine->eachReportOrder($path, static function (array $order) use (&$seen): void {
            $seen[] = $order['amazon_order_id'];
        });

        self::assertSame(3, $count);
        self::assertSame(['403-0000000-0000000', '403-0000000-0000001', '403-0000000-0000002'], $seen);
    }

    /** @dataProvider engines */
    public function testCallbackExceptionStopsStream(Engine $engine): void
    {
        $calls = 0;
        try {
            $engine->eachReportOrder($this->reportFile(5), static function () use (&$calls): void {
                $calls++;
                throw new \DomainException('stop at the first order');
            });
            self::fail('no exception');
        } catch (\DomainException $error) {
            self::assertSame('stop at the first order', $error->getMessage());
        }
        self::assertSame(1, $calls);
    }

    /** @dataProvider engines */
    public function testMissingFileIsRejected(Engine $engine): void
    {
        $this->expectException(MalformedXmlException::class);

        $engine->eachReportOrder(sys_get_temp_dir() . '/pwapresta-no-such-report.xml', static function (): void {
        });
    }

    /** @dataProvider engines */
    public function testEmptyReportHasNoOrders(Engine $engine): void
    {
        self::assertSame([], $engine->parseOrderReport('<AmazonEnvelope><MessageType>OrderReport</MessageType></AmazonEnvelope>'));
    }

    /** @return array<string, array{string, class-string}> */
    public static function invalidReports(): array
    {
        $order = static fn (string $body): string => '<AmazonEnvelope><Message><OrderReport>' . $body
            . '</OrderReport></Message></AmazonEnvelope>';
        $dated = static fn (string $body): string => $order(
            '<AmazonOrderID>1</AmazonOrderID><OrderDate>2015-06-01</OrderDate>' . $body,
        );

        return [
            'doctype' => ['<!DOCTYPE AmazonEnvelope><AmazonEnvelope/>', DtdNotAllowedException::class],
            'unclosed' => ['<AmazonEnvelope><Message>', MalformedXmlException::class],
            'empty' => ['', MalformedXmlException::class],
            'wrong root' => ['<Report/>', InvalidDocumentException::class],
            'error response' => [self::fixture('mws-error-throttled.xml'), MwsThrottledException::class],
            'no order id' => [$order('<OrderDate>2015-06-01</OrderDate>' . self::ITEM), InvalidDocumentException::class],
            'no order date' => [$order('<AmazonOrderID>1</AmazonOrderID>' . self::ITEM), InvalidDocumentException::class],
            'bad order date' => [$order('<AmazonOrderID>1</AmazonOrderID><OrderDate>30/12/2008</OrderDate>' . self::ITEM),
                InvalidDocumentException::class],
            'no item' => [$dated(''), InvalidDocumentException::class],
            'no sku' => [$dated(str_replace('<SKU>S</SKU>', '', self::ITEM)), InvalidDocumentException::class],
            'bad quantity' => [$dated(str_replace('>1</Quantity>', '>one</Quantity>', self::ITEM)),
                InvalidDocumentException::class],
            'no currency' => [$dated(str_replace(' currency="INR"', '', self::ITEM)), InvalidDocumentException::class],
            'no type' => [$dated(str_replace('<Type>Principal</Type>', '', self::ITEM)), InvalidDocumentException::class],
            'inexact amount' => [$dated(str_replace('1.00', '1.005', self::ITEM)), InvalidAmountException::class],
            'two currencies' => [$dated(self::ITEM . str_replace('INR', 'USD', self::ITEM)), InvalidAmountException::class],
        ];
    }

    /**
     * @dataProvider invalidReports
     * @param class-string $class
     */
    public function testInvalidReports(string $xml, string $class): void
    {
        foreach (self::engines() as [$engine]) {
            try {
                $engine->parseOrderReport($xml);
                self::fail($engine->name() . ': no exception');
            } catch (\Throwable $error) {
                self::assertSame($class, get_class($error), $engine->name() . ': ' . $error->getMessage());
            }
        }
    }

    public function testEnginesAgreeOnGeneratedReports(): void
    {
        [$native, $php] = self::bothEngines();
        mt_srand(4711);
        for ($round = 0; $round < 100; $round++) {
            $xml = self::generatedReport(mt_rand(1, 6));
            $expected = $php->parseOrderReport($xml);

            self::assertSame($expected, $native->parseOrderReport($xml), $xml);
            $path = $this->temporaryFile($xml);
            $streamed = [];
            $native->eachReportOrder($path, static function (array $order) use (&$streamed): void {
                $streamed[] = $order;
            });
            self::assertSame($expected, $streamed);
        }
    }

    /** @dataProvider engines */
    public function testMemoryStaysFlatOnLargeReport(Engine $engine): void
    {
        $path = $this->reportFile(100000);
        $fileSize = filesize($path);
        $rssBefore = self::peakResidentBytes();
        if (function_exists('memory_reset_peak_usage')) {
            memory_reset_peak_usage();
        }
        $phpBefore = memory_get_peak_usage();
        $total = 0;

        $count = $engine->eachReportOrder($path, static function (array $order) use (&$total): void {
            $total += $order['totals']['total'];
        });

        self::assertSame(100000, $count);
        self::assertSame(100000 * 24900, $total);
        self::assertGreaterThan(32 * 1024 * 1024, $fileSize, 'the report must be larger than the bounds');
        self::assertLessThan(4 * 1024 * 1024, memory_get_peak_usage() - $phpBefore, 'PHP heap peak grew');
        self::assertLessThan(16 * 1024 * 1024, self::peakResidentBytes() - $rssBefore, 'process peak RSS grew');
    }

    /** VmHWM of this process (peak resident set), in bytes. */
    private static function peakResidentBytes(): int
    {
        $status = file_get_contents('/proc/self/status');
        if ($status === false || preg_match('/^VmHWM:\s+(\d+) kB$/m', $status, $match) !== 1) {
            self::markTestSkipped('/proc/self/status with VmHWM is needed to measure the peak RSS');
        }

        return (int) $match[1] * 1024;
    }

    /** Writes a report of $orders similar orders to a temporary file, in chunks. */
    private function reportFile(int $orders): string
    {
        $path = $this->temporaryFile('');
        $file = fopen($path, 'wb');
        self::assertNotFalse($file);
        fwrite($file, '<?xml version="1.0" encoding="UTF-8"?><AmazonEnvelope><Header><DocumentVersion>1.01'
            . '</DocumentVersion></Header><MessageType>OrderReport</MessageType>');
        $chunk = '';
        for ($index = 0; $index < $orders; $index++) {
            $chunk .= sprintf(
                '<Message><MessageID>%1$d</MessageID><OrderReport><AmazonOrderID>403-0000000-%2$07d</AmazonOrderID>'
                . '<OrderDate>2015-06-01T15:45:30+05:30</OrderDate><BillingData><BuyerEmailAddress>b%1$d@example.in'
                . '</BuyerEmailAddress><BuyerName>Asha Example Rao</BuyerName></BillingData><FulfillmentData>'
                . '<FulfillmentServiceLevel>Standard</FulfillmentServiceLevel><Address><Name>Asha</Name><City>Mumbai'
                . '</City><StateOrRegion>MAHARASHTRA</StateOrRegion><PostalCode>400069</PostalCode><CountryCode>IN'
                . '</CountryCode></Address></FulfillmentData><Item><AmazonOrderItemCode>%1$014d</AmazonOrderItemCode>'
                . '<SKU>DEMO-TSHIRT-M</SKU><Title>Cotton T-shirt — सूती टी-शर्ट</Title><Quantity>1</Quantity>'
                . '<CustomizationInfo><Type>url</Type><Data>ClientRequestId=%1$d</Data></CustomizationInfo>'
                . '<ItemPrice><Component><Type>Principal</Type><Amount currency="INR">249.00</Amount></Component>'
                . '<Component><Type>Shipping</Type><Amount currency="INR">0.00</Amount></Component></ItemPrice>'
                . '</Item></OrderReport></Message>',
                $index + 1,
                $index,
            );
            if (strlen($chunk) > 1 << 20) {
                fwrite($file, $chunk);
                $chunk = '';
            }
        }
        fwrite($file, $chunk . '</AmazonEnvelope>');
        fclose($file);

        return $path;
    }

    private function temporaryFile(string $contents): string
    {
        $path = tempnam(sys_get_temp_dir(), 'pwapresta-report-');
        self::assertNotFalse($path);
        file_put_contents($path, $contents);
        $this->files[] = $path;

        return $path;
    }

    private static function generatedReport(int $orders): string
    {
        $texts = ['Asha', 'सूती टी-शर्ट', 'C++ & <50% off>', "tab\tline", 'a"b\'c', ' padded '];
        $types = ['Principal', 'Shipping', 'Tax', 'GiftWrap', 'ShippingTax', 'Other', 'Surcharge'];
        $xml = '<AmazonEnvelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><MessageType>OrderReport'
            . '</MessageType>';
        for ($index = 0; $index < $orders; $index++) {
            $items = '';
            for ($item = 0, $count = mt_rand(1, 3); $item < $count; $item++) {
                $components = '';
                foreach ((array) array_rand(array_flip($types), mt_rand(1, 4)) as $type) {
                    $components .= '<Component><Type>' . $type . '</Type><Amount currency="INR">'
                        . mt_rand(0, 9999) . '.' . str_pad((string) mt_rand(0, 99), 2, '0', STR_PAD_LEFT)
                        . '</Amount></Component>';
                }
                $promotion = mt_rand(0, 1) === 1 ? '' : '<Promotion><Component><Type>'
                    . $types[mt_rand(0, 2)] . '</Type><Amount currency="INR">' . self::pick(['-', '']) . mt_rand(0, 99)
                    . '.00</Amount></Component></Promotion>';
                $customization = mt_rand(0, 1) === 1 ? '' : '<CustomizationInfo><Type>url</Type><Data>'
                    . self::pick(['ClientRequestId=' . mt_rand(), 'Other=1, ClientRequestId = 7 ', 'ClientRequestId=',
                    'x']) . '</Data></CustomizationInfo>';
                $items .= '<Item><AmazonOrderItemCode>' . mt_rand() . '</AmazonOrderItemCode><SKU>'
                    . self::escaped($texts) . '</SKU>' . (mt_rand(0, 3) === 0 ? '<Title/>' : '<Title>'
                    . self::escaped($texts) . '</Title>') . '<Quantity>' . mt_rand(1, 5) . '</Quantity>'
                    . $customization . '<ItemPrice>' . $components . '</ItemPrice>' . $promotion
                    . '<ItemFees><Fee><Type>Commission</Type><Amount currency="INR">-1.00</Amount></Fee></ItemFees>'
                    . '</Item>';
            }
            $address = mt_rand(0, 2) === 0 ? '' : '<Address><Name>' . self::escaped($texts) . '</Name>'
                . '<AddressFieldTwo>' . self::escaped($texts) . '</AddressFieldTwo><StateOrRegion/><PostalCode>'
                . mt_rand(100000, 999999) . '</PostalCode></Address>';
            $billing = mt_rand(0, 3) === 0 ? '' : '<BillingData><BuyerEmailAddress>b@example.in</BuyerEmailAddress>'
                . '<BuyerName>' . self::escaped($texts) . '</BuyerName>'
                . (mt_rand(0, 1) === 1 ? '<BuyerPhoneNumber>9000000001</BuyerPhoneNumber>' : '') . '</BillingData>';
            $xml .= '<Message><MessageID>' . ($index + 1) . '</MessageID><OrderReport><AmazonOrderID>403-'
                . mt_rand() . '</AmazonOrderID><OrderDate>2015-06-01T' . str_pad((string) mt_rand(0, 23), 2, '0', STR_PAD_LEFT)
                . ':45:30' . self::pick(['Z', '+05:30', '-08:00', '.5Z', '']) . '</OrderDate>' . $billing
                . '<FulfillmentData><FulfillmentServiceLevel>' . self::pick(['Standard', 'Expedited', ''])
                . '</FulfillmentServiceLevel>' . $address . '</FulfillmentData>' . $items . '</OrderReport></Message>';
        }

        return $xml . '</AmazonEnvelope>';
    }

    /** @param list<string> $values */
    private static function escaped(array $values): string
    {
        return htmlspecialchars(self::pick($values), ENT_XML1 | ENT_QUOTES, 'UTF-8');
    }

    /** @param list<string> $values */
    private static function pick(array $values): string
    {
        return $values[mt_rand(0, count($values) - 1)];
    }
}
