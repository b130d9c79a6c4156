<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\DtdNotAllowedException;
use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\MalformedXmlException;
use PwaPresta\Exception\UnknownNotificationTypeException;
use PwaPresta\Exception\UnknownOrderStateException;
use PwaPresta\Exception\UnknownOrderStatusException;
use PwaPresta\Php\Xml\TagScanner;

/**
 * Inputs built to exhaust a parser or to slip past a check: deep nesting, long tags, many
 * attributes, undeclared prefixes, attributes redefined through two prefixes of one namespace,
 * invalid UTF-8 in string arguments, shared custom-data arrays.
 * Both engines must fail the same way, with an exception of the project.
 */
final class HostileInputTest extends EngineTestCase
{
    private static function nested(int $depth): string
    {
        return str_repeat('<a>', $depth) . str_repeat('</a>', $depth);
    }

    /** @return array<string, array{string}> */
    public static function deepReports(): array
    {
        return [
            'inside OrderReport' => [
                '<AmazonEnvelope><Message><OrderReport>' . self::nested(200000)
                . '</OrderReport></Message></AmazonEnvelope>',
            ],
            'outside Message' => ['<AmazonEnvelope>' . self::nested(200000) . '</AmazonEnvelope>'],
            'one level over the limit' => ['<AmazonEnvelope>' . self::nested(256) . '</AmazonEnvelope>'],
        ];
    }

    /** @dataProvider engines */
    public function testDeepMwsResponseIsMalformed(Engine $engine): void
    {
        $xml = '<ListOrdersResponse><ListOrdersResult>' . self::nested(200000) . '</ListOrdersResult></ListOrdersResponse>';

        $this->expectException(MalformedXmlException::class);
        $engine->parseMwsResponse('ListOrders', $xml);
    }

    /** @dataProvider engines */
    public function testMwsResponseAtDepthLimitIsRead(Engine $engine): void
    {
        $xml = '<SubmitFeedResponse>' . self::nested(255) . '</SubmitFeedResponse>';

        $this->expectExceptionMessage('SubmitFeedResult');
        $engine->parseMwsResponse('SubmitFeed', $xml);
    }

    /** @dataProvider engines */
    public function testMwsResponseOneLevelTooDeepIsMalformed(Engine $engine): void
    {
        $xml = '<SubmitFeedResponse>' . self::nested(256) . '</SubmitFeedResponse>';

        $this->expectException(MalformedXmlException::class);
        $this->expectExceptionMessage('nested deeper than 256 levels');
        $engine->parseMwsResponse('SubmitFeed', $xml);
    }

    /** @dataProvider engines */
    public function testDeepErrorResponseIsMalformed(Engine $engine): void
    {
        $xml = '<ErrorResponse><Error>' . self::nested(200000) . '</Error></ErrorResponse>';

        $this->expectException(MalformedXmlException::class);
        $engine->parseMwsResponse('ListOrders', $xml);
    }

    public function testDeepReportsAreMalformedOnBothEngines(): void
    {
        foreach (self::bothEngines() as $engine) {
            foreach (self::deepReports() as $case => [$xml]) {
                try {
                    $engine->parseOrderReport($xml);
                    self::fail("$case: no exception from " . $engine::class);
                } catch (MalformedXmlException $exception) {
                    self::assertNotSame('', $exception->getMessage(), $case);
                }
            }
        }
    }

    /** @dataProvider engines */
    public function testDeepReportFileIsMalformed(Engine $engine): void
    {
        $path = tempnam(sys_get_temp_dir(), 'pwapresta-deep-');
        self::assertIsString($path);
        file_put_contents($path, self::deepReports()['inside OrderReport'][0]);

        try {
            $this->expectException(MalformedXmlException::class);
            $engine->eachReportOrder($path, static function (array $order): void {
            });
        } finally {
            unlink($path);
        }
    }

    /** @dataProvider engines */
    public function testDeepNotificationIsMalformed(Engine $engine): void
    {
        $this->expectException(MalformedXmlException::class);
        $engine->parseNotification('<NewOrderNotification>' . self::nested(200000) . '</NewOrderNotification>');
    }

    /** @dataProvider engines */
    public function testInvalidUtf8NotificationTypeIsUnknown(Engine $engine): void
    {
        $this->expectException(UnknownNotificationTypeException::class);
        $this->expectExceptionMessage("\"\u{FFFD}\"");
        $engine->orderStateForNotification("\xff");
    }

    /** @dataProvider engines */
    public function testInvalidUtf8OrderStatusIsUnknown(Engine $engine): void
    {
        $this->expectException(UnknownOrderStatusException::class);
        $this->expectExceptionMessage("\"Ship\u{FFFD}ped\"");
        $engine->orderStateForMwsStatus("Ship\xffped");
    }

    /** @dataProvider engines */
    public function testInvalidUtf8TransitionTargetIsUnknown(Engine $engine): void
    {
        $this->expectException(UnknownOrderStateException::class);
        $engine->isTransitionAllowed('shipped', "\xff");
    }

    /** @dataProvider engines */
    public function testInvalidUtf8TransitionSourceIsUnknown(Engine $engine): void
    {
        $this->expectException(UnknownOrderStateException::class);
        $engine->isTransitionAllowed("\xe0\x80", 'shipped');
    }

    public function testInvalidBytesBecomeTheSameReplacementOnBothEngines(): void
    {
        $values = ["\xff", "a\xffb", "\xe0\x80", "\xe0\xa0x", "\xf0\x90\x80", "\xf4\x90\x80\x80", "\xed\xa0\x80", "\xc0\xaf"];
        foreach ($values as $value) {
            $messages = [];
            $contexts = [];
            foreach (self::bothEngines() as $engine) {
                try {
                    $engine->orderStateForMwsStatus($value);
                    self::fail('no exception for ' . bin2hex($value));
                } catch (UnknownOrderStatusException $exception) {
                    $messages[] = $exception->getMessage();
                    $contexts[] = $exception->getContext();
                }
            }
            self::assertSame($messages[0], $messages[1], bin2hex($value));
            self::assertSame($contexts[0], $contexts[1], bin2hex($value));
            self::assertTrue(mb_check_encoding($messages[1], 'UTF-8'), bin2hex($value));
        }
    }

    /** @return array<string, array{\Closure(Engine, string): mixed}> the three XML entry points */
    public static function parsers(): array
    {
        return [
            'notification' => [static fn (Engine $engine, string $xml): array => $engine->parseNotification($xml)],
            'MWS response' => [static fn (Engine $engine, string $xml): array => $engine->parseMwsResponse('ListOrders', $xml)],
            'order report' => [static fn (Engine $engine, string $xml): array => $engine->parseOrderReport($xml)],
        ];
    }

    public function testDeclarationAfterWhitespaceIsMalformedEverywhere(): void
    {
        foreach (self::bothEngines() as $engine) {
            foreach (self::parsers() as $name => [$parse]) {
                try {
                    $parse($engine, "\n<?xml version=\"1.0\"?><AmazonEnvelope/>");
                    self::fail("$name: no exception from " . $engine::class);
                } catch (MalformedXmlException $exception) {
                    self::assertStringContainsString('start of', $exception->getMessage(), $name);
                }
            }
        }
    }

    public function testLowerCaseDoctypeIsRejectedAsDtdEverywhere(): void
    {
        foreach (self::bothEngines() as $engine) {
            foreach (self::parsers() as $name => [$parse]) {
                try {
                    $parse($engine, '<!doctype x><x/>');
                    self::fail("$name: no exception from " . $engine::class);
                } catch (DtdNotAllowedException $exception) {
                    self::assertStringContainsString('DOCTYPE', $exception->getMessage(), $name);
                }
            }
        }
    }

    /** Each XML entry point with a valid document of its kind, and where to insert an element. */
    public static function documents(): array
    {
        return [
            'notification' => [
                static fn (Engine $engine, string $xml): array => $engine->parseNotification($xml),
                self::fixture('iopn-new-order-cba-sample.xml'),
                '<ProcessedOrder>',
            ],
            'MWS response' => [
                static fn (Engine $engine, string $xml): array => $engine->parseMwsResponse('ListOrders', $xml),
                self::fixture('mws-response-listorders-in-constructed.xml'),
                '<ListOrdersResult>',
            ],
            'order report' => [
                static fn (Engine $engine, string $xml): array => $engine->parseOrderReport($xml),
                self::fixture('report-orders-xml-in-constructed.xml'),
                '<OrderReport>',
            ],
        ];
    }

    /** $xml with $element inserted right after the first $after. */
    private static function inserted(string $xml, string $after, string $element): string
    {
        $position = strpos($xml, $after);
        self::assertIsInt($position, $after);

        return substr_replace($xml, $element, $position + strlen($after), 0);
    }

    /** Builds an empty element `x` whose tag is exactly $length bytes long. */
    private static function tagOfLength(int $length): string
    {
        return '<x a="' . str_repeat('v', $length - strlen('<x a=""/>')) . '"/>';
    }

    /**
     * Asserts that both engines reject $element in every document kind, naming $expected. Each
     * expected message names the limit that stopped the reader, which is what bounds its work.
     */
    private static function assertMalformedEverywhere(string $element, string $expected): void
    {
        foreach (self::bothEngines() as $engine) {
            foreach (self::documents() as $name => [$parse, $xml, $after]) {
                try {
                    $parse($engine, self::inserted($xml, $after, $element));
                    self::fail("$name: no exception from " . $engine::class);
                } catch (MalformedXmlException $exception) {
                    self::assertStringContainsString($expected, $exception->getMessage(), "$name on " . $engine::class);
                }
            }
        }
    }

    public function testManyAttributesHitTagLimit(): void
    {
        $attributes = implode(' ', array_map(static fn (int $i): string => "a$i=\"1\"", range(1, 100000)));

        self::assertMalformedEverywhere("<x $attributes/>", 'a tag is longer than the limit of 8192 bytes');
    }

    public function testTagOverTheLimitIsMalformedEverywhere(): void
    {
        self::assertMalformedEverywhere(self::tagOfLength(8193), 'a tag is longer than the limit of 8192 bytes');
    }

    public function testLongEndTagIsMalformedEverywhere(): void
    {
        self::assertMalformedEverywhere('<x></x' . str_repeat(' ', 8192) . '>', 'longer than the limit of 8192');
    }

    public function testVeryLongNameIsMalformedEverywhere(): void
    {
        self::assertMalformedEverywhere('<' . str_repeat('n', 50000) . '/>', 'element name is longer than the limit');
    }

    public function testNameOverTheLimitIsMalformedEverywhere(): void
    {
        self::assertMalformedEverywhere(
            '<' . str_repeat('n', 1025) . '/>',
            'an element name is longer than the limit of 1024 bytes',
        );
    }

    public function testTagAndNameAtTheLimitsAreReadTheSameEverywhere(): void
    {
        $element = self::tagOfLength(8192) . '<' . str_repeat('n', 1024) . '/>';
        [$native, $php] = self::bothEngines();
        foreach (self::documents() as $name => [$parse, $xml, $after]) {
            $document = self::inserted($xml, $after, $element);

            self::assertSame($parse($native, $xml), $parse($native, $document), "$name: native");
            self::assertSame($parse($native, $document), $parse($php, $document), $name);
        }
    }

    public function testQuotedGreaterThanAndSkippedMarkupAreNotTags(): void
    {
        $long = str_repeat('b', 9000);
        $element = "<x a=\">>\" b='>'/><!-- <$long --><![CDATA[<$long]]><?pi <$long?>";
        [$native, $php] = self::bothEngines();
        foreach (self::documents() as $name => [$parse, $xml, $after]) {
            $document = self::inserted($xml, $after, $element);

            self::assertSame($parse($native, $document), $parse($php, $document), $name);
        }
    }

    /** @return array<string, array{string, string}> document, text the message contains */
    public static function undeclaredPrefixes(): array
    {
        return [
            'root element' => ['<a:r/>', 'prefix a'],
            'child element' => ['<r><a:x/></r>', 'prefix a'],
            'attribute' => ['<r a:b="1"/>', 'prefix a'],
            'out of scope' => ['<r><a:x xmlns:a="u"/><a:y/></r>', 'prefix a'],
            'empty namespace' => ['<a:r xmlns:a=""/>', 'a'],
            'xmlns element' => ['<xmlns:r/>', 'xmlns'],
            'empty prefix' => ['<:r/>', ':r'],
            'two colons' => ['<a:b:c xmlns:a="u"/>', 'a:b:'],
        ];
    }

    public function testUndeclaredPrefixesAreMalformedEverywhere(): void
    {
        foreach (self::bothEngines() as $engine) {
            foreach (self::parsers() as $parser => [$parse]) {
                foreach (self::undeclaredPrefixes() as $case => [$xml, $expected]) {
                    try {
                        $parse($engine, $xml);
                        self::fail("$parser, $case: no exception from " . $engine::class);
                    } catch (MalformedXmlException $exception) {
                        self::assertStringContainsString($expected, $exception->getMessage(), "$parser, $case");
                    }
                }
            }
        }
    }

    /** @return array<string, array{string}> documents with one attribute given twice */
    public static function redefinedNamespacedAttributes(): array
    {
        return [
            'one tag' => ['<r xmlns:a="urn:x" xmlns:b="urn:x" a:c="1" b:c="2"/>'],
            'entity in namespace' => ['<r xmlns:a="urn:x&amp;y" xmlns:b="urn:x&#38;y" a:c="1" b:c="2"/>'],
            'outer declaration' => ['<r xmlns:a="urn:x"><e xmlns:b="urn:x" b:c="1" a:c="2"/></r>'],
        ];
    }

    public function testRedefinedNamespacedAttributesAreMalformedEverywhere(): void
    {
        foreach (self::bothEngines() as $engine) {
            foreach (self::parsers() as $parser => [$parse]) {
                foreach (self::redefinedNamespacedAttributes() as $case => [$xml]) {
                    try {
                        $parse($engine, $xml);
                        self::fail("$parser, $case: no exception from " . $engine::class);
                    } catch (MalformedXmlException $exception) {
                        self::assertStringContainsString('urn:x', $exception->getMessage(), "$parser, $case");
                    }
                }
            }
        }
    }

    public function testDistinctNamespacedAttributesAreReadEverywhere(): void
    {
        $xml = str_replace(
            '<ProcessedOrder>',
            '<ProcessedOrder xmlns:a="urn:x" xmlns:b="urn:y" a:c="1" b:c="2" c="3">',
            self::fixture('iopn-new-order-cba-sample.xml'),
        );
        [$native, $php] = self::bothEngines();

        self::assertSame($php->parseNotification($xml), $native->parseNotification($xml));
    }

    /** @dataProvider engines */
    public function testNotificationWithUndeclaredRootPrefixIsMalformed(Engine $engine): void
    {
        $xml = str_replace(
            ['<NewOrderNotification ', '</NewOrderNotification>'],
            ['<a:NewOrderNotification ', '</a:NewOrderNotification>'],
            self::fixture('iopn-new-order-cba-sample.xml'),
        );

        $this->expectException(MalformedXmlException::class);
        $this->expectExceptionMessage('prefix a');
        $engine->parseNotification($xml);
    }

    public function testDeclaredPrefixesAreReadTheSameEverywhere(): void
    {
        $xml = str_replace(
            ['<NewOrderNotification ', '</NewOrderNotification>', '<ProcessedOrder>'],
            ['<a:NewOrderNotification xmlns:a="urn:a" ', '</a:NewOrderNotification>', '<ProcessedOrder xml:lang="hi">'],
            self::fixture('iopn-new-order-cba-sample.xml'),
        );
        [$native, $php] = self::bothEngines();

        self::assertSame($native->parseNotification($xml), $php->parseNotification($xml));
    }

    public function testInvalidUtf8UnderAnotherRootIsMalformedEverywhere(): void
    {
        $path = tempnam(sys_get_temp_dir(), 'pwapresta-utf8-');
        self::assertIsString($path);
        file_put_contents($path, "<x>\xff\xfe</x>");
        try {
            foreach (self::bothEngines() as $engine) {
                foreach (['string' => false, 'file' => true] as $source => $fromFile) {
                    try {
                        $fromFile
                            ? $engine->eachReportOrder($path, static function (array $order): void {
                            })
                            : $engine->parseOrderReport("<x>\xff\xfe</x>");
                        self::fail("$source: no exception from " . $engine::class);
                    } catch (MalformedXmlException $exception) {
                        self::assertNotSame('', $exception->getMessage(), $source);
                    }
                }
            }
        } finally {
            unlink($path);
        }
    }

    /** @dataProvider engines */
    public function testErrorResponseWithContentAfterItIsMalformed(Engine $engine): void
    {
        $xml = self::fixture('mws-error-throttled.xml') . '<extra/>';

        $this->expectException(MalformedXmlException::class);
        $engine->parseOrderReport($xml);
    }

    /** Writes a report file whose $element starts $before bytes before the end of the first MiB. */
    private static function reportFileStraddling(string $element, int $before): string
    {
        $xml = self::fixture('report-orders-xml-in-constructed.xml');
        $head = strpos($xml, '<OrderReport>');
        self::assertIsInt($head);
        $padding = str_repeat(' ', 1048576 - $before - $head);
        $path = tempnam(sys_get_temp_dir(), 'pwapresta-chunk-');
        self::assertIsString($path);
        file_put_contents($path, substr($xml, 0, $head) . $padding . $element . substr($xml, $head));

        return $path;
    }

    public function testLongTagAcrossReadChunksIsMalformedEverywhere(): void
    {
        foreach ([1, 100, 4096, 8191] as $before) {
            $path = self::reportFileStraddling(self::tagOfLength(8193), $before);
            try {
                foreach (self::bothEngines() as $engine) {
                    try {
                        $engine->eachReportOrder($path, static function (array $order): void {
                        });
                        self::fail("$before: no exception from " . $engine::class);
                    } catch (MalformedXmlException $exception) {
                        self::assertStringContainsString('longer than the limit', $exception->getMessage(), "$before");
                    }
                }
            } finally {
                unlink($path);
            }
        }
    }

    public function testTagAtTheLimitAcrossReadChunksIsReadEverywhere(): void
    {
        foreach ([1, 100, 4096, 8191] as $before) {
            $path = self::reportFileStraddling(self::tagOfLength(8192), $before);
            try {
                $orders = [];
                foreach (self::bothEngines() as $engine) {
                    $collected = [];
                    $engine->eachReportOrder($path, static function (array $order) use (&$collected): void {
                        $collected[] = $order;
                    });
                    $orders[] = $collected;
                }
                self::assertSame($orders[0], $orders[1], "$before");
                self::assertCount(1, $orders[0], "$before");
            } finally {
                unlink($path);
            }
        }
    }

    /** Builds a cart of one item whose custom data is $customData. */
    private static function cart(array $customData): array
    {
        return [
            'merchant_id' => 'A1EXAMPLE',
            'currency' => 'INR',
            'items' => [
                [
                    'sku' => 'SKU-1',
                    'title' => 'Kurta',
                    'price' => 49900,
                    'quantity' => 1,
                    'item_custom_data' => $customData,
                ],
            ],
        ];
    }

    public function testSharedCustomDataStopsAtTheLimitEverywhere(): void
    {
        $value = 'v';
        for ($level = 0; $level < 31; $level++) {
            $value = ['a' => $value, 'b' => $value];
        }
        $errors = [];
        // 2^31 leaves through shared arrays: only the element limit lets a walk end at all.
        foreach (self::bothEngines() as $engine) {
            try {
                $engine->cartXml(self::cart($value));
                self::fail('no exception from ' . $engine::class);
            } catch (InvalidFieldException $exception) {
                $errors[] = [$exception->getMessage(), $exception->getContext()];
                self::assertStringContainsString('at most 10000 custom-data elements', $exception->getMessage());
            }
        }
        self::assertSame($errors[0], $errors[1]);
    }

    public function testCustomDataLimitCountsEveryItemAndTheCart(): void
    {
        $cart = self::cart(['e' => array_fill(0, 4000, 'x')]);
        $cart['items'][1] = $cart['items'][0];
        $cart['items'][1]['sku'] = 'SKU-2';
        $cart['cart_custom_data'] = ['c' => array_fill(0, 2000, 'y')];
        [$native, $php] = self::bothEngines();

        self::assertSame($native->cartXml($cart), $php->cartXml($cart));
        $cart['cart_custom_data']['d'] = 'z';
        foreach ([$native, $php] as $engine) {
            try {
                $engine->cartXml($cart);
                self::fail('no exception from ' . $engine::class);
            } catch (InvalidFieldException $exception) {
                self::assertSame(['field' => 'cart.cart_custom_data.d', 'value' => 'z'], $exception->getContext());
            }
        }
    }

    public function testCustomDataAtTheLimitIsWrittenTheSameEverywhere(): void
    {
        mt_srand(21);
        $data = [];
        for ($i = 0; $i < 10000; $i++) {
            $data['k' . mt_rand(0, 99)][] = mt_rand(0, 1) === 0 ? (string) mt_rand() : "\u{0928}\u{092E}" . $i;
        }
        [$native, $php] = self::bothEngines();

        self::assertSame($native->cartXml(self::cart($data)), $php->cartXml(self::cart($data)));
    }

    /** Builds random report content: markup near the limits, or markup that hides a `<`. */
    private static function randomPiece(): string
    {
        $length = mt_rand(8185, 8197);
        $nameLength = mt_rand(1020, 1028);

        return match (mt_rand(0, 8)) {
            0 => self::tagOfLength($length),
            1 => '<' . str_repeat('n', $nameLength) . '>t</' . str_repeat('n', $nameLength) . '>',
            2 => '<!-- <' . str_repeat('c', $length) . ' -->',
            3 => '<![CDATA[<' . str_repeat('d', $length) . ']]>',
            4 => '<x a="' . str_repeat('>', mt_rand(0, 9000)) . '"/>',
            5 => mt_rand(0, 1) === 0 ? '<a:x/>' : '<a:x xmlns:a="urn:a"><a:y/></a:x>',
            6 => '<x>' . str_repeat("\u{0928}", mt_rand(0, 3000)) . '</x>',
            7 => '<?pi <' . str_repeat('p', $length) . '?>',
            default => '<x' . str_repeat(' b="1"', mt_rand(0, 2000)) . '/>',
        };
    }

    public function testGeneratedDocumentsGiveTheSameOutcomeEverywhere(): void
    {
        mt_srand(2121);
        [$native, $php] = self::bothEngines();
        for ($case = 0; $case < 150; $case++) {
            $pieces = '';
            for ($count = mt_rand(1, 3); $count > 0; $count--) {
                $pieces .= self::randomPiece();
            }
            $xml = "<AmazonEnvelope><Message>$pieces</Message></AmazonEnvelope>";
            $outcomes = [];
            foreach ([$native, $php] as $engine) {
                try {
                    $outcomes[] = $engine->parseOrderReport($xml);
                } catch (\Throwable $exception) {
                    $outcomes[] = $exception::class;
                }
            }
            self::assertSame($outcomes[0], $outcomes[1], "case $case: " . substr($pieces, 0, 200));
        }
    }

    public function testScannerGivesTheSameResultForEveryChunking(): void
    {
        $malformed = static fn (string $message, int $offset): MalformedXmlException
            => new MalformedXmlException("$message at $offset", []);
        $documents = [
            '<r>' . self::tagOfLength(8192) . '<!-- <' . str_repeat('c', 9000) . ' --><y b=">"/></r>',
            '<r>' . self::tagOfLength(8193) . '</r>',
            '<r><![CDATA[<' . str_repeat('d', 9000) . ']]><' . str_repeat('n', 1025) . '/></r>',
        ];
        mt_srand(21);
        foreach ($documents as $index => $xml) {
            $whole = 'accepted';
            try {
                TagScanner::scanString($xml, $malformed);
            } catch (MalformedXmlException $exception) {
                $whole = $exception->getMessage();
            }
            for ($split = 0; $split < 50; $split++) {
                $scanner = new TagScanner($malformed);
                $chunked = 'accepted';
                try {
                    for ($offset = 0; $offset < strlen($xml); $offset += $size) {
                        $size = mt_rand(1, 700);
                        $scanner->feed(substr($xml, $offset, $size), $offset + $size >= strlen($xml));
                    }
                } catch (MalformedXmlException $exception) {
                    $chunked = $exception->getMessage();
                }
                self::assertSame($whole, $chunked, "document $index, split $split");
            }
        }
    }
}
