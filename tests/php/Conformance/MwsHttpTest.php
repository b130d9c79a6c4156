<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\MissingFieldException;
use PwaPresta\Exception\TransportException;
use PwaPresta\Tests\Support\EchoServer;

/**
 * mwsSend against an echo server on 127.0.0.1 started by the test, on both engines.
 */
final class MwsHttpTest extends EngineTestCase
{
    private const SECRET = 'pwaExampleSecret/Key+0123456789abcdefghij';

    private static ?EchoServer $server = null;

    public static function setUpBeforeClass(): void
    {
        self::$server = EchoServer::start();
    }

    public static function tearDownAfterClass(): void
    {
        self::$server?->stop();
        self::$server = null;
    }

    /** @dataProvider engines */
    public function testPostFormReachesServer(Engine $engine): void
    {
        $signed = self::signed();
        $response = $engine->mwsSend($signed, ['timeout' => 10]);
        $echo = json_decode($response['body'], true, 512, JSON_THROW_ON_ERROR);

        self::assertSame(200, $response['status']);
        self::assertSame('POST', $echo['method']);
        self::assertSame('/Orders/2013-09-01', $echo['path']);
        self::assertSame('', $echo['query']);
        self::assertSame($signed['body'], $echo['body']);
        self::assertSame('application/x-www-form-urlencoded; charset=utf-8', $echo['headers']['content-type']);
        self::assertSame('pwapresta/1.0.0 (Language=PHP)', $echo['headers']['user-agent']);
        self::assertSame('127.0.0.1:' . self::$server->port, $echo['headers']['host']);
    }

    /** @dataProvider engines */
    public function testServerCanVerifySignature(Engine $engine): void
    {
        $signed = self::signed();
        $echo = json_decode($engine->mwsSend($signed, [])['body'], true, 512, JSON_THROW_ON_ERROR);

        $received = [];
        foreach (explode('&', $echo['body']) as $pair) {
            [$name, $value] = explode('=', $pair, 2);
            $received[rawurldecode($name)] = rawurldecode($value);
        }
        $stringToSign = $engine->mwsStringToSign($echo['method'], $echo['headers']['host'], $echo['path'], $received);

        self::assertSame($received['Signature'], $engine->mwsSignature($stringToSign, self::SECRET, 'HmacSHA256'));
    }

    /** @dataProvider engines */
    public function testFeedSentWithQueryAndContentMd5(Engine $engine): void
    {
        $feed = self::fixture('feed-order-fulfillment-in-constructed.xml');
        $signed = self::signed(['action' => 'SubmitFeed', 'parameters' => ['FeedType' => '_POST_ORDER_FULFILLMENT_DATA_'], 'body' => $feed]);
        $echo = json_decode($engine->mwsSend($signed, [])['body'], true, 512, JSON_THROW_ON_ERROR);

        self::assertSame($feed, $echo['body']);
        self::assertSame(base64_encode(md5($feed, true)), $echo['headers']['content-md5']);
        self::assertSame('text/xml', $echo['headers']['content-type']);
        self::assertSame(explode('?', $signed['url'], 2)[1], $echo['query']);
        self::assertArrayNotHasKey('expect', $echo['headers']);
    }

    /** @dataProvider engines */
    public function testPostWithoutContentTypeSendsNone(Engine $engine): void
    {
        $signed = self::signed();
        unset($signed['headers']['Content-Type']);

        $echo = json_decode($engine->mwsSend($signed, ['timeout' => 10])['body'], true, 512, JSON_THROW_ON_ERROR);

        self::assertArrayNotHasKey('content-type', $echo['headers']);
        self::assertArrayNotHasKey('expect', $echo['headers']);
    }

    /** @dataProvider engines */
    public function testGetSendsNoBody(Engine $engine): void
    {
        $signed = self::signed(['method' => 'GET']);
        $echo = json_decode($engine->mwsSend($signed, [])['body'], true, 512, JSON_THROW_ON_ERROR);

        self::assertSame('GET', $echo['method']);
        self::assertSame('', $echo['body']);
        self::assertSame(explode('?', $signed['url'], 2)[1], $echo['query']);
    }

    /** @dataProvider engines */
    public function testErrorStatusReturned(Engine $engine): void
    {
        $signed = self::signed();
        $signed['headers']['X-Test-Status'] = '503';
        $response = $engine->mwsSend($signed, []);

        self::assertSame(503, $response['status']);
        self::assertSame('application/json', $response['headers']['content-type']);
        self::assertSame('pwapresta-test', $response['headers']['x-echo-id']);
    }

    /** @dataProvider engines */
    public function testHeaderNamesLowerCase(Engine $engine): void
    {
        $headers = $engine->mwsSend(self::signed(), [])['headers'];

        foreach (array_keys($headers) as $name) {
            self::assertSame(strtolower((string) $name), (string) $name);
        }
        self::assertArrayHasKey('x-echo-id', $headers);
    }

    /** @dataProvider engines */
    public function testRedirectNotFollowed(Engine $engine): void
    {
        $signed = self::signed();
        $signed['headers']['X-Test-Redirect'] = 'http://127.0.0.1:1/elsewhere';
        $response = $engine->mwsSend($signed, []);

        self::assertSame(302, $response['status']);
        self::assertSame('http://127.0.0.1:1/elsewhere', $response['headers']['location']);
    }

    /** @dataProvider engines */
    public function testSinkReceivesBody(Engine $engine): void
    {
        $signed = self::signed();
        $signed['headers']['X-Test-Size'] = '3000000';
        $sink = tempnam(sys_get_temp_dir(), 'pwapresta-sink');
        try {
            $response = $engine->mwsSend($signed, ['sink' => $sink]);
            $saved = (string) file_get_contents($sink);

            self::assertSame('', $response['body']);
            self::assertSame(3000000, strlen($saved));
            self::assertSame('POST', json_decode(rtrim($saved), true, 512, JSON_THROW_ON_ERROR)['method']);
        } finally {
            unlink($sink);
        }
    }

    /** @dataProvider engines */
    public function testRefusedConnection(Engine $engine): void
    {
        $port = EchoServer::freePort();
        $signed = self::signed(['endpoint' => "http://127.0.0.1:$port", 'method' => 'GET']);
        try {
            $engine->mwsSend($signed, ['connect_timeout' => 2]);
            self::fail('no exception');
        } catch (TransportException $exception) {
            self::assertSame("http://127.0.0.1:$port/Orders/2013-09-01", $exception->getContext()['url']);
            self::assertNotSame('', $exception->getContext()['reason']);
            self::assertStringNotContainsString('Signature', $exception->getMessage());
            self::assertStringNotContainsString($signed['signature'], $exception->getMessage());
        }
    }

    /** @dataProvider engines */
    public function testTimeout(Engine $engine): void
    {
        $signed = self::signed();
        // The server responds after 3 s, so a "timed out" reason means the 0.5 s limit ended the call.
        $signed['headers']['X-Test-Sleep'] = '3';
        try {
            $engine->mwsSend($signed, ['timeout' => 0.5]);
            self::fail('no exception');
        } catch (TransportException $exception) {
            self::assertStringStartsWith('timed out', $exception->getContext()['reason']);
        }
    }

    /** @dataProvider engines */
    public function testUnwritableSink(Engine $engine): void
    {
        $this->expectException(TransportException::class);

        $engine->mwsSend(self::signed(), ['sink' => '/nonexistent-directory/report.xml']);
    }

    /**
     * @dataProvider engines
     */
    public function testRejectedSendInput(Engine $engine): void
    {
        $signed = self::signed();
        $cases = [
            [array_merge($signed, ['url' => null]), [], MissingFieldException::class, ['field' => 'url']],
            [array_merge($signed, ['url' => 'ftp://127.0.0.1/']), [], InvalidFieldException::class, ['field' => 'url', 'value' => 'ftp://127.0.0.1/']],
            [array_merge($signed, ['method' => 'DELETE']), [], InvalidFieldException::class, ['field' => 'method', 'value' => 'DELETE']],
            [array_merge($signed, ['headers' => 'x']), [], InvalidFieldException::class, ['field' => 'headers', 'value' => 'string']],
            [array_merge($signed, ['headers' => ['X-A' => "a\r\nb"]]), [], InvalidFieldException::class, ['field' => 'headers', 'value' => 'X-A']],
            [array_merge($signed, ['headers' => ['X-B' => "a\x01b"]]), [], InvalidFieldException::class, ['field' => 'headers', 'value' => 'X-B']],
            [array_merge($signed, ['headers' => ['X-C' => "a\x7Fb"]]), [], InvalidFieldException::class, ['field' => 'headers', 'value' => 'X-C']],
            [array_merge($signed, ['url' => "http://127.0.0.1/\xFF"]), [], InvalidFieldException::class, ['field' => 'url', 'value' => "http://127.0.0.1/\u{FFFD}"]],
            [array_merge($signed, ['body' => 5]), [], InvalidFieldException::class, ['field' => 'body', 'value' => 'int']],
            [$signed, ['timeout' => 0], InvalidFieldException::class, ['field' => 'timeout', 'value' => '0']],
            [$signed, ['timeout' => '10'], InvalidFieldException::class, ['field' => 'timeout', 'value' => 'string']],
            [$signed, ['connect_timeout' => -1], InvalidFieldException::class, ['field' => 'connect_timeout', 'value' => '-1']],
            // Out-of-range floats are named as PHP writes them, by both engines.
            [$signed, ['timeout' => INF], InvalidFieldException::class, ['field' => 'timeout', 'value' => 'INF']],
            [$signed, ['timeout' => NAN], InvalidFieldException::class, ['field' => 'timeout', 'value' => 'NAN']],
            [$signed, ['timeout' => 1e300], InvalidFieldException::class, ['field' => 'timeout', 'value' => '1.0E+300']],
            [$signed, ['timeout' => -0.0], InvalidFieldException::class, ['field' => 'timeout', 'value' => '-0']],
            [$signed, ['connect_timeout' => 86400.25], InvalidFieldException::class, ['field' => 'connect_timeout', 'value' => '86400.25']],
            [$signed, ['sink' => 3], InvalidFieldException::class, ['field' => 'sink', 'value' => 'int']],
        ];
        foreach ($cases as $index => [$request, $options, $class, $context]) {
            try {
                $engine->mwsSend($request, $options);
                self::fail("case $index: no exception");
            } catch (\Throwable $exception) {
                self::assertSame($class, get_class($exception), "case $index: " . $exception->getMessage());
                self::assertSame($context, $exception->getContext(), "case $index");
            }
        }
    }

    /** @return array<string, mixed> */
    private static function signed(array $changes = []): array
    {
        [$engine] = self::engines()[array_key_first(self::engines())];

        return $engine->mwsSignedRequest(array_merge([
            'action' => 'ListOrders',
            'parameters' => ['MarketplaceId.Id.1' => 'AXGTNDD750VEM', 'SellerOrderId' => 'PS 15 ~*₹'],
            'access_key_id' => 'AKIAEXAMPLEPWAIN0001',
            'seller_id' => 'A1EXAMPLEPWASELLER',
            'endpoint' => self::$server?->origin(),
            'timestamp' => time(),
        ], $changes), self::SECRET);
    }
}
