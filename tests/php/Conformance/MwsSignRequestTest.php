<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Exception\MissingFieldException;
use PwaPresta\Exception\PwaPrestaException;
use PwaPresta\Exception\UnknownActionException;

/**
 * mwsSignedRequest, mwsStringToSign and mwsCanonicalQuery: sections, regions, endpoints, the
 * known integration mistakes, and every rejected input, on both engines.
 */
final class MwsSignRequestTest extends EngineTestCase
{
    private const SECRET = 'pwaExampleSecret/Key+0123456789abcdefghij';

    /** 2015-06-01T12:00:00Z */
    private const TIMESTAMP = 1433160000;

    /** @dataProvider engines */
    public function testOrdersRequestShape(Engine $engine): void
    {
        $signed = $engine->mwsSignedRequest(self::request(), self::SECRET);

        self::assertSame(
            ['method', 'url', 'host', 'path', 'headers', 'body', 'parameters', 'string_to_sign', 'signature'],
            array_keys($signed),
        );
        self::assertSame('POST', $signed['method']);
        self::assertSame('https://mws.amazonservices.in/Orders/2013-09-01', $signed['url']);
        self::assertSame('mws.amazonservices.in', $signed['host']);
        self::assertSame('/Orders/2013-09-01', $signed['path']);
        self::assertSame('application/x-www-form-urlencoded; charset=utf-8', $signed['headers']['Content-Type']);
        self::assertSame('pwapresta/1.0.0 (Language=PHP)', $signed['headers']['User-Agent']);
        self::assertSame('A1EXAMPLEPWASELLER', $signed['parameters']['SellerId']);
        self::assertSame('2013-09-01', $signed['parameters']['Version']);
        self::assertSame('2', $signed['parameters']['SignatureVersion']);
        self::assertSame($signed['signature'], $signed['parameters']['Signature']);
        self::assertStringEndsWith('&Signature=' . rawurlencode($signed['signature']), $signed['body']);
    }

    /** @dataProvider engines */
    public function testParametersSortedInByteOrder(Engine $engine): void
    {
        $signed = $engine->mwsSignedRequest(self::request(), self::SECRET);
        $names = array_map('strval', array_keys($signed['parameters']));
        $sorted = $names;
        usort($sorted, 'strcmp');

        self::assertSame($sorted, $names);
        self::assertSame('AWSAccessKeyId', $names[0]);
        self::assertSame('Action', $names[1]);
    }

    /** @dataProvider engines */
    public function testReportsUseMerchantAndRootPath(Engine $engine): void
    {
        $signed = $engine->mwsSignedRequest(self::request(['action' => 'GetReportList', 'parameters' => []]), self::SECRET);

        self::assertSame('/', $signed['path']);
        self::assertSame('A1EXAMPLEPWASELLER', $signed['parameters']['Merchant']);
        self::assertArrayNotHasKey('SellerId', $signed['parameters']);
        self::assertSame('2009-01-01', $signed['parameters']['Version']);
    }

    /** @dataProvider engines */
    public function testEveryActionHasASection(Engine $engine): void
    {
        $actions = [
            '/Orders/2013-09-01' => ['ListOrders', 'ListOrdersByNextToken', 'GetOrder', 'ListOrderItems',
                'ListOrderItemsByNextToken', 'GetServiceStatus'],
            '/' => ['RequestReport', 'GetReportRequestList', 'GetReportRequestListByNextToken', 'GetReportRequestCount',
                'CancelReportRequests', 'GetReportList', 'GetReportListByNextToken', 'GetReportCount', 'GetReport',
                'ManageReportSchedule', 'GetReportScheduleList', 'GetReportScheduleListByNextToken',
                'GetReportScheduleCount', 'UpdateReportAcknowledgements', 'GetFeedSubmissionList',
                'GetFeedSubmissionListByNextToken', 'GetFeedSubmissionCount', 'CancelFeedSubmissions',
                'GetFeedSubmissionResult'],
        ];
        foreach ($actions as $path => $names) {
            foreach ($names as $action) {
                $signed = $engine->mwsSignedRequest(self::request(['action' => $action, 'parameters' => []]), self::SECRET);
                self::assertSame($path, $signed['path'], $action);
            }
        }
    }

    /** @dataProvider engines */
    public function testSubmitFeedSendsContentMd5(Engine $engine): void
    {
        $feed = self::fixture('feed-order-fulfillment-in-constructed.xml');
        $request = self::request([
            'action' => 'SubmitFeed',
            'parameters' => ['FeedType' => '_POST_ORDER_FULFILLMENT_DATA_', 'MarketplaceIdList.Id.1' => 'A3PY9OQTG31F3H'],
            'body' => $feed,
        ]);
        $signed = $engine->mwsSignedRequest($request, self::SECRET);
        $md5 = base64_encode(md5($feed, true));

        self::assertSame($feed, $signed['body']);
        self::assertSame($md5, $signed['parameters']['ContentMD5Value']);
        self::assertSame($md5, $signed['headers']['Content-MD5']);
        self::assertSame('text/xml', $signed['headers']['Content-Type']);
        self::assertStringContainsString('?AWSAccessKeyId=', $signed['url']);
        self::assertStringContainsString('&ContentMD5Value=' . rawurlencode($md5) . '&', $signed['url']);
    }

    /** @dataProvider engines */
    public function testGetPutsQueryInUrl(Engine $engine): void
    {
        $signed = $engine->mwsSignedRequest(self::request(['method' => 'GET']), self::SECRET);

        self::assertSame('', $signed['body']);
        self::assertStringStartsWith("GET\n", $signed['string_to_sign']);
        self::assertStringStartsWith('https://mws.amazonservices.in/Orders/2013-09-01?AWSAccessKeyId=', $signed['url']);
        self::assertArrayNotHasKey('Content-Type', $signed['headers']);
    }

    /** @dataProvider engines */
    public function testRegionsChooseTheHost(Engine $engine): void
    {
        $hosts = [
            'IN' => 'mws.amazonservices.in', 'US' => 'mws.amazonservices.com', 'CA' => 'mws.amazonservices.ca',
            'MX' => 'mws.amazonservices.com.mx', 'BR' => 'mws.amazonservices.com', 'UK' => 'mws-eu.amazonservices.com',
            'DE' => 'mws-eu.amazonservices.com', 'FR' => 'mws-eu.amazonservices.com',
            'IT' => 'mws-eu.amazonservices.com', 'ES' => 'mws-eu.amazonservices.com', 'JP' => 'mws.amazonservices.jp',
            'CN' => 'mws.amazonservices.com.cn', 'AU' => 'mws.amazonservices.com.au',
        ];
        foreach ($hosts as $region => $host) {
            self::assertSame($host, $engine->mwsSignedRequest(self::request(['region' => $region]), self::SECRET)['host']);
        }
    }

    /** @dataProvider engines */
    public function testSandboxEndpointKeepsPort(Engine $engine): void
    {
        $signed = $engine->mwsSignedRequest(self::request(['endpoint' => 'http://127.0.0.1:8125']), self::SECRET);

        self::assertSame('http://127.0.0.1:8125/Orders/2013-09-01', $signed['url']);
        self::assertStringStartsWith("POST\n127.0.0.1:8125\n/Orders/2013-09-01\n", $signed['string_to_sign']);
    }

    /** @dataProvider engines */
    public function testEndpointTrailingSlashAndDefaultPort(Engine $engine): void
    {
        $plain = $engine->mwsSignedRequest(self::request(), self::SECRET);
        foreach (['https://mws.amazonservices.in/', 'https://mws.amazonservices.in:443', 'HTTPS://MWS.AmazonServices.IN:443/'] as $endpoint) {
            $signed = $engine->mwsSignedRequest(self::request(['endpoint' => $endpoint]), self::SECRET);
            self::assertSame($plain['string_to_sign'], $signed['string_to_sign'], $endpoint);
            self::assertSame($plain['url'], $signed['url'], $endpoint);
        }
    }

    /** @dataProvider engines */
    public function testIpv6LiteralEndpointIsSigned(Engine $engine): void
    {
        $signed = $engine->mwsSignedRequest(self::request(['endpoint' => 'http://[::1]:8125']), self::SECRET);

        self::assertSame('http://[::1]:8125/Orders/2013-09-01', $signed['url']);
        self::assertSame('[::1]:8125', $signed['host']);
    }

    /** @dataProvider engines */
    public function testStrayBracketsAndColonsInHostAreRejected(Engine $engine): void
    {
        foreach (['http://[::1', 'http://a]:5', 'http://]]]', 'http://[]', 'http://[::g]', 'http://a[b]'] as $endpoint) {
            try {
                $engine->mwsSignedRequest(self::request(['endpoint' => $endpoint]), self::SECRET);
                self::fail("no exception for $endpoint");
            } catch (InvalidFieldException $exception) {
                self::assertStringContainsString('its host must be a name or an IP address', $exception->getMessage(), $endpoint);
            }
        }
    }

    /** @dataProvider engines */
    public function testStringToSignDropsDefaultPorts(Engine $engine): void
    {
        $parameters = ['Action' => 'ListOrders'];

        self::assertSame("POST\nmws.amazonservices.in\n/\nAction=ListOrders", $engine->mwsStringToSign('POST', 'MWS.amazonservices.in:443', '', $parameters));
        self::assertSame("GET\nexample.com\n/x\nAction=ListOrders", $engine->mwsStringToSign('get', 'example.com:80', '/x', $parameters));
        self::assertSame("POST\n127.0.0.1:8125\n/\nAction=ListOrders", $engine->mwsStringToSign('POST', '127.0.0.1:8125', '/', $parameters));
    }

    /** @dataProvider engines */
    public function testStringToSignNeverUsesCarriageReturn(Engine $engine): void
    {
        $signed = $engine->mwsSignedRequest(self::request(), self::SECRET);

        self::assertStringNotContainsString("\r", $signed['string_to_sign']);
        self::assertSame(3, substr_count($signed['string_to_sign'], "\n"));
    }

    /** @dataProvider engines */
    public function testPercentEncodedValueEncodedOnce(Engine $engine): void
    {
        $query = $engine->mwsCanonicalQuery(['NextToken' => 'abc%2Fdef%20', 'SellerOrderId' => 'PS 15']);

        self::assertSame('NextToken=abc%252Fdef%2520&SellerOrderId=PS%2015', $query);
    }

    /** @dataProvider engines */
    public function testReservedCharacters(Engine $engine): void
    {
        self::assertSame('a=~%2A%2B%20%21%27%28%29', $engine->mwsCanonicalQuery(['a' => "~*+ !'()"]));
        self::assertSame('Note=%09%0A%0D', $engine->mwsCanonicalQuery(['Note' => "\t\n\r"]));
        self::assertSame('Note=', $engine->mwsCanonicalQuery(['Note' => '']));
        self::assertSame('MaxResultsPerPage=100', $engine->mwsCanonicalQuery(['MaxResultsPerPage' => 100]));
        self::assertSame('Id.1=a', $engine->mwsCanonicalQuery(['Id.1' => 'a', 'Signature' => 'x']));
    }

    /** @dataProvider engines */
    public function testTimestampFormat(Engine $engine): void
    {
        $cases = [0 => '1970-01-01T00:00:00Z', 1433160000 => '2015-06-01T12:00:00Z',
            1796377502 => '2026-12-04T09:45:02Z', 253402300799 => '9999-12-31T23:59:59Z'];
        foreach ($cases as $seconds => $expected) {
            $signed = $engine->mwsSignedRequest(self::request(['timestamp' => $seconds]), self::SECRET);
            self::assertSame($expected, $signed['parameters']['Timestamp']);
            self::assertMatchesRegularExpression('/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/', $signed['parameters']['Timestamp']);
        }
    }

    /** @dataProvider engines */
    public function testMwsAuthTokenSentWhenGiven(Engine $engine): void
    {
        $with = $engine->mwsSignedRequest(self::request(['mws_auth_token' => 'amzn.mws.token']), self::SECRET);
        $empty = $engine->mwsSignedRequest(self::request(['mws_auth_token' => '']), self::SECRET);

        self::assertSame('amzn.mws.token', $with['parameters']['MWSAuthToken']);
        self::assertArrayNotHasKey('MWSAuthToken', $empty['parameters']);
    }

    /** @dataProvider engines */
    public function testHmacSha1Request(Engine $engine): void
    {
        $signed = $engine->mwsSignedRequest(self::request(['signature_method' => 'HmacSHA1']), self::SECRET);

        self::assertSame('HmacSHA1', $signed['parameters']['SignatureMethod']);
        self::assertSame(base64_encode(hash_hmac('sha1', $signed['string_to_sign'], self::SECRET, true)), $signed['signature']);
    }

    /**
     * @dataProvider rejectedRequests
     * @param array<string, mixed> $changes
     * @param array<string, string> $context
     */
    public function testRejectedRequest(array $changes, string $class, array $context, string $secret = self::SECRET): void
    {
        foreach (self::engines() as [$engine]) {
            try {
                $engine->mwsSignedRequest(self::request($changes), $secret);
                self::fail($engine->name() . ': no exception');
            } catch (PwaPrestaException $exception) {
                self::assertSame($class, get_class($exception), $engine->name() . ': ' . $exception->getMessage());
                self::assertSame($context, $exception->getContext(), $engine->name());
                self::assertStringNotContainsString(self::SECRET, $exception->getMessage());
            }
        }
    }

    /** @return array<string, array{array<string, mixed>, string, array<string, string>}> */
    public static function rejectedRequests(): array
    {
        $missing = MissingFieldException::class;
        $invalid = InvalidFieldException::class;

        return [
            'missing action' => [['action' => null], $missing, ['field' => 'action']],
            'empty action' => [['action' => ''], $missing, ['field' => 'action']],
            'action not a string' => [['action' => 5], $invalid, ['field' => 'action', 'value' => 'int']],
            'unknown action' => [['action' => 'ListThings'], UnknownActionException::class, ['action' => 'ListThings']],
            'action in lower case' => [['action' => 'listorders'], UnknownActionException::class, ['action' => 'listorders']],
            'empty access key' => [['access_key_id' => ''], $missing, ['field' => 'access_key_id']],
            'missing seller id' => [['seller_id' => null], $missing, ['field' => 'seller_id']],
            'seller id not a string' => [['seller_id' => ['A']], $invalid, ['field' => 'seller_id', 'value' => 'array']],
            'empty secret key' => [[], $missing, ['field' => 'secret_key'], ''],
            'missing timestamp' => [['timestamp' => null], $missing, ['field' => 'timestamp']],
            'timestamp as a string' => [['timestamp' => '2015-06-01T12:00:00Z'], $invalid, ['field' => 'timestamp', 'value' => 'string']],
            'timestamp as a float' => [['timestamp' => 1.5], $invalid, ['field' => 'timestamp', 'value' => 'float']],
            'negative timestamp' => [['timestamp' => -1], $invalid, ['field' => 'timestamp', 'value' => '-1']],
            'timestamp after 9999' => [['timestamp' => 253402300800], $invalid, ['field' => 'timestamp', 'value' => '253402300800']],
            'method PUT' => [['method' => 'PUT'], $invalid, ['field' => 'method', 'value' => 'PUT']],
            'method not a string' => [['method' => true], $invalid, ['field' => 'method', 'value' => 'bool']],
            'signature method' => [['signature_method' => 'HmacSHA512'], $invalid, ['field' => 'signature_method', 'value' => 'HmacSHA512']],
            'unknown region' => [['region' => 'XX'], $invalid, ['field' => 'region', 'value' => 'XX']],
            'region in lower case' => [['region' => 'in'], $invalid, ['field' => 'region', 'value' => 'in']],
            'endpoint with a path' => [['endpoint' => 'https://mws.amazonservices.in/Orders/2013-09-01'], $invalid,
                ['field' => 'endpoint', 'value' => 'https://mws.amazonservices.in/Orders/2013-09-01']],
            'endpoint with a query' => [['endpoint' => 'http://127.0.0.1:8125?x=1'], $invalid,
                ['field' => 'endpoint', 'value' => 'http://127.0.0.1:8125?x=1']],
            'endpoint with user info' => [['endpoint' => 'http://user@127.0.0.1'], $invalid,
                ['field' => 'endpoint', 'value' => 'http://user@127.0.0.1']],
            'endpoint without scheme' => [['endpoint' => 'mws.amazonservices.in'], $invalid,
                ['field' => 'endpoint', 'value' => 'mws.amazonservices.in']],
            'endpoint port zero' => [['endpoint' => 'http://127.0.0.1:0'], $invalid, ['field' => 'endpoint', 'value' => 'http://127.0.0.1:0']],
            'endpoint port too big' => [['endpoint' => 'http://127.0.0.1:65536'], $invalid,
                ['field' => 'endpoint', 'value' => 'http://127.0.0.1:65536']],
            'endpoint empty host' => [['endpoint' => 'https://:8125'], $invalid, ['field' => 'endpoint', 'value' => 'https://:8125']],
            'auth token not a string' => [['mws_auth_token' => 7], $invalid, ['field' => 'mws_auth_token', 'value' => 'int']],
            'body on ListOrders' => [['body' => '<x/>'], $invalid, ['field' => 'body', 'value' => '']],
            'SubmitFeed without body' => [['action' => 'SubmitFeed', 'parameters' => []], $missing, ['field' => 'body']],
            'SubmitFeed with GET' => [['action' => 'SubmitFeed', 'parameters' => [], 'body' => '<x/>', 'method' => 'GET'], $invalid,
                ['field' => 'method', 'value' => 'GET']],
            'parameters not an array' => [['parameters' => 'a=b'], $invalid, ['field' => 'parameters', 'value' => 'string']],
            'parameter overrides Timestamp' => [['parameters' => ['Timestamp' => 'x']], $invalid, ['field' => 'Timestamp', 'value' => 'string']],
            'parameter overrides Action' => [['parameters' => ['Action' => 'GetOrder']], $invalid, ['field' => 'Action', 'value' => 'string']],
            'parameter overrides Signature' => [['parameters' => ['Signature' => 's']], $invalid, ['field' => 'Signature', 'value' => 'string']],
            'parameter overrides SignatureMethod' => [['parameters' => ['SignatureMethod' => 'HmacSHA1']], $invalid,
                ['field' => 'SignatureMethod', 'value' => 'string']],
            'parameter overrides Version' => [['parameters' => ['Version' => '2011-01-01']], $invalid, ['field' => 'Version', 'value' => 'string']],
            'parameter overrides AWSAccessKeyId' => [['parameters' => ['AWSAccessKeyId' => 'K']], $invalid, ['field' => 'AWSAccessKeyId', 'value' => 'string']],
            'parameter overrides SellerId' => [['parameters' => ['SellerId' => 'B']], $invalid, ['field' => 'SellerId', 'value' => 'string']],
            'parameter bool value' => [['parameters' => ['Acknowledged' => false]], $invalid, ['field' => 'Acknowledged', 'value' => 'bool']],
            'parameter float value' => [['parameters' => ['MaxResultsPerPage' => 1.0]], $invalid, ['field' => 'MaxResultsPerPage', 'value' => 'float']],
            'parameter null value' => [['parameters' => ['NextToken' => null]], $invalid, ['field' => 'NextToken', 'value' => 'null']],
            'parameter array value' => [['parameters' => ['Id' => ['1']]], $invalid, ['field' => 'Id', 'value' => 'array']],
        ];
    }

    /** @dataProvider engines */
    public function testRejectedPrimitives(Engine $engine): void
    {
        $cases = [
            [fn () => $engine->mwsCanonicalQuery(['a' => true]), ['field' => 'a', 'value' => 'bool']],
            [fn () => $engine->mwsStringToSign('PUT', 'h', '/', []), ['field' => 'method', 'value' => 'PUT']],
            [fn () => $engine->mwsStringToSign('POST', ':443', '/', []), ['field' => 'host', 'value' => '']],
            [fn () => $engine->mwsSignature('x', 'k', 'hmacsha256'), ['field' => 'signature_method', 'value' => 'hmacsha256']],
        ];
        foreach ($cases as [$call, $context]) {
            try {
                $call();
                self::fail('no exception for ' . json_encode($context));
            } catch (InvalidFieldException $exception) {
                self::assertSame($context, $exception->getContext());
            }
        }
    }

    /** @return array<string, mixed> */
    private static function request(array $changes = []): array
    {
        return array_merge([
            'action' => 'ListOrders',
            'parameters' => [
                'MarketplaceId.Id.1' => 'A3PY9OQTG31F3H',
                'LastUpdatedAfter' => '2015-05-29T12:00:00Z',
                'OrderStatus.Status.1' => 'Unshipped',
            ],
            'access_key_id' => 'AKIAEXAMPLEPWAIN0001',
            'seller_id' => 'A1EXAMPLEPWASELLER',
            'timestamp' => self::TIMESTAMP,
        ], $changes);
    }
}
