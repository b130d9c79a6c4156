<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\DtdNotAllowedException;
use PwaPresta\Exception\MalformedXmlException;
use PwaPresta\Exception\UnknownNotificationTypeException;
use PwaPresta\Exception\UnknownOrderStateException;
use PwaPresta\Exception\UnknownOrderStatusException;

/**
 * Inputs built to exhaust a parser or to slip past a check: deep nesting, invalid UTF-8 in
 * string arguments. Both engines must fail the same way, with an exception of the project.
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
}
