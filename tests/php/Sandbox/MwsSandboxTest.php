<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\MwsAuthenticationException;
use PwaPresta\Exception\MwsErrorException;
use PwaPresta\Exception\MwsThrottledException;
use PwaPresta\Tests\Conformance\EngineTestCase;
use PwaPresta\Tests\Sandbox\Mws\MwsSandbox;
use PwaPresta\Tests\Sandbox\Mws\Scenario;
use PwaPresta\Tests\Sandbox\Mws\SignatureVerifier;

require_once __DIR__ . '/../../sandbox/mws/autoload.php';

/**
 * The MWS sandbox on 127.0.0.1, called through each engine: requests signed with
 * mwsSignedRequest, sent with mwsSend and read with parseMwsResponse. Each test starts its own
 * sandbox, so no scenario leaks into the next test.
 */
final class MwsSandboxTest extends EngineTestCase
{
    private const ACCESS_KEY_ID = 'AKIAPWAEXAMPLE00001';
    private const SECRET_KEY = 'pwaSandbox/Secret+Key~0123456789abcdefgh';
    private const SELLER_ID = 'A1EXAMPLEPWASELLER';
    private const MARKETPLACE_ID = 'A3PY9OQTG31F3H';
    private const ORDERS_REPORT = '_GET_ORDERS_DATA_';
    private const FULFILLMENT = '_POST_ORDER_FULFILLMENT_DATA_';
    private const ACKNOWLEDGEMENT = '_POST_ORDER_ACKNOWLEDGEMENT_DATA_';

    /** The exception parseMwsResponse raises for each error code the sandbox returns. */
    private const EXCEPTIONS = [
        'RequestThrottled' => MwsThrottledException::class,
        'SignatureDoesNotMatch' => MwsAuthenticationException::class,
        'InvalidAccessKeyId' => MwsAuthenticationException::class,
        'AccessDenied' => MwsAuthenticationException::class,
    ];

    private MwsSandbox $sandbox;

    private Scenario $scenario;

    protected function setUp(): void
    {
        $this->sandbox = MwsSandbox::start();
        $this->scenario = $this->sandbox->scenario();
        $this->scenario->addSeller(self::ACCESS_KEY_ID, self::SECRET_KEY, self::SELLER_ID);
    }

    protected function tearDown(): void
    {
        $this->sandbox->stop();
    }

    // ---- Orders ---------------------------------------------------------------------------------

    /** @dataProvider engines */
    public function testListOrdersHappyPath(Engine $engine): void
    {
        $orderId = $this->scenario->addOrder([
            'BuyerName' => 'अनिता Example',
            'OrderTotal' => ['CurrencyCode' => 'INR', 'Amount' => '1499.50'],
        ]);

        $result = $this->call($engine, 'ListOrders', self::recentOrders());

        self::assertCount(1, $result['orders']);
        self::assertSame($orderId, $result['orders'][0]['amazon_order_id']);
        self::assertSame('अनिता Example', $result['orders'][0]['buyer_name']);
        self::assertSame(['currency' => 'INR', 'amount' => 149950], $result['orders'][0]['order_total']);
        self::assertSame('Unshipped', $result['orders'][0]['order_status']);
        self::assertNull($result['next_token']);
        self::assertFalse($result['has_next']);
        self::assertNotNull($result['created_before']);
    }

    /** @dataProvider engines */
    public function testListOrdersFiltersStatusAndUpdates(Engine $engine): void
    {
        $shipped = $this->scenario->addOrder(['OrderStatus' => 'Shipped']);
        $unshipped = $this->scenario->addOrder();
        $this->scenario->addOrder(['MarketplaceId' => 'A21TJRUUN4KGV']);
        $parameters = self::recentOrders()
            + ['OrderStatus.Status.1' => 'Unshipped', 'OrderStatus.Status.2' => 'PartiallyShipped'];

        $before = $this->call($engine, 'ListOrders', $parameters);
        $this->scenario->setOrderStatus($unshipped, 'Canceled');
        $updated = $this->call($engine, 'ListOrders', [
            'LastUpdatedAfter' => self::isoDate(time() - 240),
            'MarketplaceId.Id.1' => self::MARKETPLACE_ID,
        ]);

        self::assertSame([$unshipped], array_column($before['orders'], 'amazon_order_id'));
        self::assertSame([$unshipped], array_column($updated['orders'], 'amazon_order_id'));
        self::assertSame('Canceled', $updated['orders'][0]['order_status']);
        self::assertNotNull($updated['last_updated_before']);
        self::assertNotContains($shipped, array_column($updated['orders'], 'amazon_order_id'));
    }

    /** @dataProvider engines */
    public function testPendingOrderHasNoBuyer(Engine $engine): void
    {
        $this->scenario->addOrder(['OrderStatus' => 'Pending']);

        $order = $this->call($engine, 'ListOrders', self::recentOrders())['orders'][0];

        self::assertSame('Pending', $order['order_status']);
        self::assertNull($order['buyer_name']);
        self::assertNull($order['shipping_address']);
        self::assertNull($order['order_total']);
    }

    /** @dataProvider engines */
    public function testNextTokenPagingReturnsEveryOrderOnce(Engine $engine): void
    {
        $expected = [];
        for ($i = 0; $i < 250; $i++) {
            $expected[] = $this->scenario->addOrder(['PurchaseDate' => self::isoDate(time() - 3000 + $i)]);
        }

        $pages = [$this->call($engine, 'ListOrders', self::recentOrders() + ['MaxResultsPerPage' => 100])];
        while ($pages[count($pages) - 1]['next_token'] !== null) {
            $token = $pages[count($pages) - 1]['next_token'];
            $pages[] = $this->call($engine, 'ListOrdersByNextToken', ['NextToken' => $token]);
        }
        $received = self::idsOfPages($pages, 'orders', 'amazon_order_id');

        self::assertSame([100, 100, 50], array_map(fn (array $page): int => count($page['orders']), $pages));
        self::assertTrue($pages[0]['has_next']);
        self::assertFalse($pages[2]['has_next']);
        self::assertSame($expected, $received);
    }

    /** @dataProvider engines */
    public function testListOrderItemsHappyPath(Engine $engine): void
    {
        $orderId = $this->scenario->addOrder([], [
            ['SellerSKU' => 'KURTA-M', 'QuantityOrdered' => 2],
            ['SellerSKU' => 'wrapping_fee', 'ItemPrice' => ['CurrencyCode' => 'INR', 'Amount' => '30.00']],
        ]);

        $result = $this->call($engine, 'ListOrderItems', ['AmazonOrderId' => $orderId]);

        self::assertSame($orderId, $result['amazon_order_id']);
        self::assertSame(['KURTA-M', 'wrapping_fee'], array_column($result['order_items'], 'seller_sku'));
        self::assertSame(2, $result['order_items'][0]['quantity_ordered']);
        self::assertSame(['currency' => 'INR', 'amount' => 3000], $result['order_items'][1]['item_price']);
    }

    /** @dataProvider engines */
    public function testListOrderItemsPages(Engine $engine): void
    {
        $this->scenario->setOption('order_items_page_size', 2);
        $orderId = $this->scenario->addOrder([], [[], [], []]);

        $first = $this->call($engine, 'ListOrderItems', ['AmazonOrderId' => $orderId]);
        $second = $this->call($engine, 'ListOrderItemsByNextToken', ['NextToken' => (string) $first['next_token']]);

        self::assertCount(2, $first['order_items']);
        self::assertCount(1, $second['order_items']);
        self::assertSame($orderId, $second['amazon_order_id']);
        self::assertNull($second['next_token']);
    }

    /** @dataProvider engines */
    public function testLastUpdatedBeforeNowRejected(Engine $engine): void
    {
        $this->expectMwsError($engine, 'ListOrders', [
            'LastUpdatedAfter' => self::isoDate(time() - 3600),
            'LastUpdatedBefore' => self::isoDate(time()),
            'MarketplaceId.Id.1' => self::MARKETPLACE_ID,
        ], 'InvalidParameterValue', 400);
    }

    /** @dataProvider engines */
    public function testListOrdersParameterErrors(Engine $engine): void
    {
        $since = self::isoDate(time() - 3600);
        $cases = [
            'no date' => [['MarketplaceId.Id.1' => self::MARKETPLACE_ID], 'MissingParameter'],
            'no marketplace' => [['CreatedAfter' => $since], 'MissingParameter'],
            'both dates' => [self::recentOrders() + ['LastUpdatedAfter' => $since], 'InvalidParameterValue'],
            'unshipped alone' => [
                self::recentOrders() + ['OrderStatus.Status.1' => 'Unshipped'],
                'InvalidParameterValue',
            ],
            'unknown status' => [self::recentOrders() + ['OrderStatus.Status.1' => 'Paid'], 'InvalidParameterValue'],
            'page too large' => [self::recentOrders() + ['MaxResultsPerPage' => 101], 'InvalidParameterValue'],
            'not ISO 8601' => [
                ['CreatedAfter' => '01-09-2018', 'MarketplaceId.Id.1' => self::MARKETPLACE_ID],
                'InvalidParameterValue',
            ],
            'unknown token' => [['NextToken' => 'forged'], 'InvalidParameterValue', 'ListOrdersByNextToken'],
            'unknown order' => [['AmazonOrderId' => '403-9999999-9999999'], 'InvalidParameterValue', 'ListOrderItems'],
        ];
        foreach ($cases as $name => $case) {
            $this->expectMwsError($engine, $case[2] ?? 'ListOrders', $case[0], $case[1], 400, $name);
        }
    }

    // ---- Reports --------------------------------------------------------------------------------

    /** @dataProvider engines */
    public function testReportCycle(Engine $engine): void
    {
        $report = self::fixture('report-orders-xml-in-constructed.xml');
        $this->scenario->setReportTemplate(self::ORDERS_REPORT, $report);

        $schedule = $this->call(
            $engine,
            'ManageReportSchedule',
            ['ReportType' => self::ORDERS_REPORT, 'Schedule' => '_15_MINUTES_'],
        );
        $requested = $this->call($engine, 'RequestReport', ['ReportType' => self::ORDERS_REPORT]);
        $requestId = $requested['report_request']['report_request_id'];
        $requests = $this->call($engine, 'GetReportRequestList', ['ReportRequestIdList.Id.1' => $requestId]);
        $reportId = (string) $requests['report_requests'][0]['generated_report_id'];
        $unacknowledged = ['ReportTypeList.Type.1' => self::ORDERS_REPORT, 'Acknowledged' => 'false'];
        $list = $this->call($engine, 'GetReportList', $unacknowledged);
        $body = $this->send($engine, 'GetReport', ['ReportId' => $reportId]);
        $acknowledged = $this->call(
            $engine,
            'UpdateReportAcknowledgements',
            ['ReportIdList.Id.1' => $reportId, 'Acknowledged' => 'true'],
        );
        $after = $this->call($engine, 'GetReportList', $unacknowledged);

        self::assertSame('_15_MINUTES_', $schedule['report_schedules'][0]['schedule']);
        self::assertSame('_15_MINUTES_', $this->scenario->document('schedules')[self::ORDERS_REPORT]['Schedule']);
        self::assertSame('_SUBMITTED_', $requested['report_request']['report_processing_status']);
        self::assertSame('_DONE_', $requests['report_requests'][0]['report_processing_status']);
        self::assertSame([$reportId], array_column($list['reports'], 'report_id'));
        self::assertSame(200, $body['status']);
        self::assertSame($report, $body['body']);
        self::assertSame(base64_encode(md5($report, true)), $body['headers']['content-md5']);
        self::assertSame('403-0000001-0000001', $engine->parseOrderReport($body['body'])[0]['amazon_order_id']);
        self::assertSame(1, $acknowledged['count']);
        self::assertTrue($acknowledged['reports'][0]['acknowledged']);
        self::assertSame([], $after['reports']);
    }

    /** @dataProvider engines */
    public function testReportRequestWithoutTemplateHasNoData(Engine $engine): void
    {
        $this->call($engine, 'RequestReport', ['ReportType' => '_GET_FLAT_FILE_ORDERS_DATA_']);

        $requests = $this->call($engine, 'GetReportRequestList', []);

        self::assertSame('_DONE_NO_DATA_', $requests['report_requests'][0]['report_processing_status']);
        self::assertNull($requests['report_requests'][0]['generated_report_id']);
    }

    /** @dataProvider engines */
    public function testReportListPagesWithHasNext(Engine $engine): void
    {
        $this->scenario->setOption('report_list_page_size', 2);
        $expected = [];
        for ($i = 0; $i < 5; $i++) {
            $body = "<AmazonEnvelope>$i</AmazonEnvelope>";
            $expected[] = $this->scenario->addReport(self::ORDERS_REPORT, $body, time() - 600 + $i)['ReportId'];
        }
        $this->scenario->addReport(self::ORDERS_REPORT, '<AmazonEnvelope/>', time() - 900, true);
        $this->scenario->addReport('_GET_MERCHANT_LISTINGS_DATA_', 'sku', time() - 300);

        $unacknowledged = ['ReportTypeList.Type.1' => self::ORDERS_REPORT, 'Acknowledged' => 'false'];
        $pages = [$this->call($engine, 'GetReportList', $unacknowledged)];
        while ($pages[count($pages) - 1]['has_next']) {
            $token = (string) $pages[count($pages) - 1]['next_token'];
            $pages[] = $this->call($engine, 'GetReportListByNextToken', ['NextToken' => $token]);
        }
        $received = self::idsOfPages($pages, 'reports', 'report_id');

        self::assertCount(3, $pages);
        self::assertSame(array_reverse($expected), $received);
    }

    /** @dataProvider engines */
    public function testUnknownReportRejected(Engine $engine): void
    {
        $this->expectMwsError($engine, 'GetReport', ['ReportId' => '1'], 'InvalidParameterValue', 400);
        $schedule = ['ReportType' => self::ORDERS_REPORT, 'Schedule' => '_5_MINUTES_'];
        $this->expectMwsError($engine, 'ManageReportSchedule', $schedule, 'InvalidParameterValue', 400);
        $this->expectMwsError($engine, 'RequestReport', [], 'MissingParameter', 400);
    }

    // ---- Feeds ----------------------------------------------------------------------------------

    /** @dataProvider engines */
    public function testFeedStoredByteExact(Engine $engine): void
    {
        $feed = self::fixture('feed-order-fulfillment-in-constructed.xml');

        $parameters = ['FeedType' => self::FULFILLMENT, 'MarketplaceIdList.Id.1' => self::MARKETPLACE_ID];
        $submitted = $this->call($engine, 'SubmitFeed', $parameters, $feed);
        $id = $submitted['feed_submission']['feed_submission_id'];
        $list = $this->call($engine, 'GetFeedSubmissionList', ['FeedSubmissionIdList.Id.1' => $id]);
        $report = $this->call($engine, 'GetFeedSubmissionResult', ['FeedSubmissionId' => $id]);
        $stored = $this->scenario->feeds()[0];

        self::assertSame('_SUBMITTED_', $submitted['feed_submission']['feed_processing_status']);
        self::assertSame(self::FULFILLMENT, $submitted['feed_submission']['feed_type']);
        self::assertSame($feed, $stored['body']);
        self::assertSame(self::SELLER_ID, $stored['merchant']);
        self::assertSame([self::MARKETPLACE_ID], $stored['marketplaces']);
        self::assertNull($stored['problem']);
        self::assertSame('_DONE_', $list['feed_submissions'][0]['feed_processing_status']);
        self::assertTrue($report['successful']);
        self::assertSame(1, $report['messages_processed']);
        self::assertSame($id, $report['document_transaction_id']);
        self::assertSame(self::SELLER_ID, $report['merchant_identifier']);
    }

    /** @dataProvider engines */
    public function testFeedBuiltByEngineAccepted(Engine $engine): void
    {
        $feed = $engine->orderAcknowledgementFeed(self::SELLER_ID, [
            ['amazon_order_id' => '403-0000001-0000001', 'merchant_order_id' => '15', 'status_code' => 'Success'],
            ['amazon_order_id' => '403-0000002-0000002', 'status_code' => 'Failure', 'items' => [
                ['amazon_order_item_code' => '10000000000002', 'cancel_reason' => 'NoInventory'],
            ]],
        ]);

        $id = $this->submitFeed($engine, self::ACKNOWLEDGEMENT, $feed);
        $report = $this->call($engine, 'GetFeedSubmissionResult', ['FeedSubmissionId' => $id]);

        self::assertSame($feed, $this->scenario->feeds()[0]['body']);
        self::assertNull($this->scenario->feeds()[0]['problem']);
        self::assertSame(2, $report['messages_successful']);
    }

    /** @dataProvider engines */
    public function testPlannedFeedFailureReported(Engine $engine): void
    {
        $this->scenario->planNextFeed(2, 18028, 'Your order cannot be found.', 1);
        $feed = self::fixture('feed-order-acknowledgement-success-constructed.xml');
        $id = $this->submitFeed($engine, self::ACKNOWLEDGEMENT, $feed);

        $firstPoll = $this->call($engine, 'GetFeedSubmissionList', []);
        $result = ['FeedSubmissionId' => $id];
        $this->expectMwsError($engine, 'GetFeedSubmissionResult', $result, 'FeedProcessingResultNotReady', 404);
        $report = $this->call($engine, 'GetFeedSubmissionResult', ['FeedSubmissionId' => $id]);

        self::assertSame('_IN_PROGRESS_', $firstPoll['feed_submissions'][0]['feed_processing_status']);
        self::assertFalse($report['successful']);
        self::assertSame(1, $report['messages_with_error']);
        self::assertSame('18028', $report['results'][0]['result_message_code']);
        self::assertSame('Your order cannot be found.', $report['results'][0]['result_description']);
        self::assertSame('403-0000001-0000001', $report['results'][0]['amazon_order_id']);
    }

    /** @dataProvider engines */
    public function testFeedWithWrongMessageTypeFails(Engine $engine): void
    {
        $feed = self::fixture('feed-order-acknowledgement-success-constructed.xml');

        $id = $this->submitFeed($engine, self::FULFILLMENT, $feed);
        $report = $this->call($engine, 'GetFeedSubmissionResult', ['FeedSubmissionId' => $id]);

        self::assertStringContainsString('OrderAcknowledgement', (string) $this->scenario->feeds()[0]['problem']);
        self::assertFalse($report['successful']);
        self::assertSame('5001', $report['results'][0]['result_message_code']);
    }

    /** @dataProvider engines */
    public function testMalformedFeedFails(Engine $engine): void
    {
        $id = $this->submitFeed($engine, self::FULFILLMENT, '<AmazonEnvelope><Message>');
        $report = $this->call($engine, 'GetFeedSubmissionResult', ['FeedSubmissionId' => $id]);

        self::assertStringStartsWith('XML Parsing Fatal Error', (string) $this->scenario->feeds()[0]['problem']);
        self::assertSame(1, $report['messages_with_error']);
    }

    /** @dataProvider engines */
    public function testWrongContentMd5Rejected(Engine $engine): void
    {
        $signed = $this->signed($engine, 'SubmitFeed', ['FeedType' => self::FULFILLMENT], '<AmazonEnvelope/>');
        $signed['body'] = '<AmazonEnvelope />';

        $this->expectSignedError($engine, $signed, 'SubmitFeed', 'ContentMD5DoesNotMatch', 400);
        self::assertSame([], $this->scenario->feeds());
    }

    /** @dataProvider engines */
    public function testWrongContentMd5HeaderRejected(Engine $engine): void
    {
        $signed = $this->signed($engine, 'SubmitFeed', ['FeedType' => self::FULFILLMENT], '<AmazonEnvelope/>');
        $signed['headers']['Content-MD5'] = bin2hex(md5('<AmazonEnvelope/>', true));

        $this->expectSignedError($engine, $signed, 'SubmitFeed', 'ContentMD5DoesNotMatch', 400);
    }

    /** @dataProvider engines */
    public function testMissingContentMd5Rejected(Engine $engine): void
    {
        $parameters = ['Action' => 'SubmitFeed', 'Merchant' => self::SELLER_ID, 'FeedType' => self::FULFILLMENT];
        $signed = $this->handSigned('POST', '/', $parameters, '<AmazonEnvelope/>');

        $this->expectSignedError($engine, $signed, 'SubmitFeed', 'ContentMD5Missing', 400);
    }

    /** @dataProvider engines */
    public function testUnknownFeedSubmissionRejected(Engine $engine): void
    {
        $result = ['FeedSubmissionId' => '1'];
        $this->expectMwsError($engine, 'GetFeedSubmissionResult', $result, 'InvalidParameterValue', 400);
    }

    // ---- Authentication -------------------------------------------------------------------------

    /** @dataProvider engines */
    public function testOneCharacterOffSignatureRejected(Engine $engine): void
    {
        $signed = $this->signed($engine, 'ListOrders', self::recentOrders());
        $signature = $signed['signature'];
        $forged = ($signature[0] === 'A' ? 'B' : 'A') . substr($signature, 1);
        $signed['body'] = str_replace(
            'Signature=' . rawurlencode($signature),
            'Signature=' . rawurlencode($forged),
            $signed['body'],
        );

        $this->expectSignedError($engine, $signed, 'ListOrders', 'SignatureDoesNotMatch', 403);
        $entry = $this->sandbox->requests()[0];
        self::assertSame('invalid', $entry['signature']);
        self::assertSame($signed['string_to_sign'], $entry['string_to_sign']);
    }

    /** @dataProvider engines */
    public function testWrongSecretRejected(Engine $engine): void
    {
        $signed = $engine->mwsSignedRequest($this->request('GetReportList', []), 'wrong' . self::SECRET_KEY);

        $this->expectSignedError($engine, $signed, 'GetReportList', 'SignatureDoesNotMatch', 403);
    }

    /** @dataProvider engines */
    public function testUnknownAccessKeyRejected(Engine $engine): void
    {
        $signed = $this->signedWith($engine, ['access_key_id' => 'AKIAUNKNOWN']);

        $this->expectSignedError($engine, $signed, 'GetReportList', 'InvalidAccessKeyId', 403);
    }

    /** @dataProvider engines */
    public function testOtherSellerRejected(Engine $engine): void
    {
        $signed = $this->signedWith($engine, ['seller_id' => 'A2OTHERSELLER']);

        $this->expectSignedError($engine, $signed, 'GetReportList', 'AccessDenied', 401);
    }

    /** @dataProvider engines */
    public function testStaleTimestampRejected(Engine $engine): void
    {
        $signed = $this->signedWith($engine, ['timestamp' => time() - 1000]);

        $this->expectSignedError($engine, $signed, 'GetReportList', 'RequestExpired', 400);
        self::assertSame('valid', $this->sandbox->requests()[0]['signature']);
    }

    /** @dataProvider engines */
    public function testFutureTimestampRejected(Engine $engine): void
    {
        $signed = $this->signedWith($engine, ['timestamp' => time() + 1000]);

        $this->expectSignedError($engine, $signed, 'GetReportList', 'RequestExpired', 400);
    }

    /** @dataProvider engines */
    public function testGetAndHmacSha1Accepted(Engine $engine): void
    {
        $signed = $this->signedWith($engine, ['method' => 'GET', 'signature_method' => 'HmacSHA1']);

        $response = $engine->mwsSend($signed, ['timeout' => 10]);

        self::assertSame(200, $response['status']);
        self::assertSame([], $engine->parseMwsResponse('GetReportList', $response['body'])['reports']);
        self::assertSame(['GET / GetReportList: signature valid, 200 OK'], $this->sandbox->verdicts());
    }

    /** @dataProvider engines */
    public function testProtocolErrorsOfHandSignedRequests(Engine $engine): void
    {
        $reports = ['Action' => 'GetReportList', 'Merchant' => self::SELLER_ID];
        $cases = [
            'Version of Orders at /' => ['/', $reports + ['Version' => '2013-09-01'], 'InvalidParameterValue', 400],
            'Version of Reports for Orders' => [
                '/Orders/2013-09-01',
                ['Action' => 'ListOrders', 'SellerId' => self::SELLER_ID, 'Version' => '2009-01-01'],
                'InvalidParameterValue',
                400,
            ],
            'Orders action at /' => ['/', ['Action' => 'ListOrders'] + $reports, 'InvalidAction', 400],
            'no seller' => ['/', ['Action' => 'GetReportList'], 'MissingParameter', 400],
            'SignatureVersion 1' => ['/', $reports + ['SignatureVersion' => '1'], 'InvalidParameterValue', 400],
            'unknown path' => [
                '/Products/2011-10-01',
                ['Action' => 'ListMatchingProducts', 'SellerId' => self::SELLER_ID],
                'InvalidAddress',
                404,
            ],
            'bad timestamp' => ['/', $reports + ['Timestamp' => '04-12-2026'], 'MalformedInput', 400],
        ];
        foreach ($cases as $name => [$path, $parameters, $code, $status]) {
            $signed = $this->handSigned('POST', $path, $parameters);
            $this->expectSignedError($engine, $signed, 'GetReportList', $code, $status, $name);
        }
    }

    /** @dataProvider engines */
    public function testMissingCommonParameterRejected(Engine $engine): void
    {
        $signed = $this->signed($engine, 'GetReportList', []);
        $signed['body'] = (string) preg_replace('/(^|&)SignatureMethod=[^&]*/', '', $signed['body']);

        $this->expectSignedError($engine, $signed, 'GetReportList', 'MissingParameter', 400);
    }

    /** @dataProvider engines */
    public function testUnencodedPlusFailsSignature(Engine $engine): void
    {
        $parameters = ['Action' => 'GetReportList', 'Merchant' => self::SELLER_ID, 'ReportTypeList.Type.1' => 'a+b'];
        $signed = $this->handSigned('POST', '/', $parameters);
        $signed['body'] = str_replace('a%2Bb', 'a+b', $signed['body']);

        $this->expectSignedError($engine, $signed, 'GetReportList', 'SignatureDoesNotMatch', 403);
    }

    // ---- Throttling -----------------------------------------------------------------------------

    /** @dataProvider engines */
    public function testThrottledThenSuccess(Engine $engine): void
    {
        $this->scenario->addOrder();
        $this->scenario->failNext(2, 503, 'ListOrders');

        $this->expectMwsError($engine, 'ListOrders', self::recentOrders(), 'RequestThrottled', 503, 'first');
        $this->expectMwsError($engine, 'ListOrders', self::recentOrders(), 'RequestThrottled', 503, 'second');
        $result = $this->call($engine, 'ListOrders', self::recentOrders());

        self::assertCount(1, $result['orders']);
        $outcomes = array_column($this->sandbox->requests(), 'outcome');
        self::assertSame(['RequestThrottled', 'RequestThrottled', 'OK'], $outcomes);
    }

    /** @dataProvider engines */
    public function testForcedFailureOnlyHitsItsAction(Engine $engine): void
    {
        $this->scenario->failNext(1, 503, 'ListOrders');

        $reports = $this->call($engine, 'GetReportList', []);

        self::assertSame([], $reports['reports']);
    }

    /** @dataProvider engines */
    public function testInternalErrorsForAnyAction(Engine $engine): void
    {
        $this->scenario->failNext(1, 500)->failNext(1, 502);

        $this->expectMwsError($engine, 'GetReportList', [], 'InternalError', 500);
        $this->expectMwsError($engine, 'GetFeedSubmissionList', [], 'InternalError', 502);
        self::assertSame([], $this->call($engine, 'GetReportList', [])['reports']);
    }

    /** @dataProvider engines */
    public function testTokenBucketThrottlesBurst(Engine $engine): void
    {
        $orderId = $this->scenario->addOrder();
        $this->scenario->setBucket('ListOrders', 2, 0.0);

        $this->call($engine, 'ListOrders', self::recentOrders());
        $this->call($engine, 'ListOrders', self::recentOrders());

        $this->expectMwsError($engine, 'ListOrders', self::recentOrders(), 'RequestThrottled', 503);
        $this->expectMwsError($engine, 'ListOrdersByNextToken', ['NextToken' => 'any'], 'RequestThrottled', 503);
        self::assertCount(1, $this->call($engine, 'ListOrderItems', ['AmazonOrderId' => $orderId])['order_items']);
    }

    /** @dataProvider engines */
    public function testTokenBucketRestores(Engine $engine): void
    {
        $this->scenario->setBucket('ListOrders', 1, 20.0);

        $this->call($engine, 'ListOrders', self::recentOrders());
        usleep(100000);
        $result = $this->call($engine, 'ListOrders', self::recentOrders());

        self::assertSame([], $result['orders']);
    }

    // ---- Both engines, generated inputs ----------------------------------------------------------

    public function testGeneratedParametersAcceptedForBothEngines(): void
    {
        mt_srand(20261204);
        $alphabet = ['a', 'Z', '0', ' ', '+', '/', '=', '&', '~', '*', '%', '-', '_', '.', "\t", 'é', 'अ', '😀', ''];
        foreach (range(1, 20) as $round) {
            $parameters = [];
            for ($i = 1, $count = mt_rand(0, 12); $i <= $count; $i++) {
                $value = '';
                for ($j = 0, $length = mt_rand(0, 40); $j < $length; $j++) {
                    $value .= $alphabet[mt_rand(0, count($alphabet) - 1)];
                }
                $parameters["ReportRequestIdList.Id.$i"] = $value;
            }
            foreach (self::bothEngines() as $engine) {
                $signed = $engine->mwsSignedRequest($this->request('GetReportList', $parameters), self::SECRET_KEY);
                $response = $engine->mwsSend($signed, []);
                self::assertSame(200, $response['status'], "round $round on the {$engine->name()} engine");
            }
        }
        self::assertSame([], array_diff(array_column($this->sandbox->requests(), 'signature'), ['valid']));
    }

    public function testLargeFeedStoredForBothEngines(): void
    {
        $message = self::fixture('feed-order-fulfillment-in-constructed.xml');
        $feed = str_repeat($message . "\n", 60);
        foreach (self::bothEngines() as $engine) {
            $this->call($engine, 'SubmitFeed', ['FeedType' => self::FULFILLMENT], $feed);
        }

        self::assertGreaterThan(100000, strlen($feed));
        self::assertSame([$feed, $feed], array_column($this->scenario->feeds(), 'body'));
    }

    // ---- Sandbox itself -------------------------------------------------------------------------

    public function testOtherHostRefused(): void
    {
        $this->expectException(\InvalidArgumentException::class);

        MwsSandbox::start(0, null, '0.0.0.0');
    }

    public function testLogHidesSignatureAndSecrets(): void
    {
        $engine = self::bothEngines()[1];
        $signed = $this->signedWith($engine, ['mws_auth_token' => 'amzn.mws.secret-token']);
        $engine->mwsSend($signed, []);

        $log = (string) file_get_contents($this->sandbox->state->directory . '/log.jsonl');

        self::assertStringNotContainsString(self::SECRET_KEY, $log);
        self::assertStringNotContainsString('amzn.mws.secret-token', $log);
        self::assertStringNotContainsString(json_encode($signed['signature'], JSON_UNESCAPED_SLASHES), $log);
        self::assertArrayNotHasKey('Signature', $this->sandbox->requests()[0]['parameters']);
        self::assertSame('(hidden)', $this->sandbox->requests()[0]['parameters']['MWSAuthToken']);
    }

    public function testVerdictsCommandPrintsEachRequest(): void
    {
        $engine = self::bothEngines()[1];
        $engine->mwsSend($this->signedWith($engine, []), []);
        $engine->mwsSend($engine->mwsSignedRequest($this->request('GetReportList', []), 'wrong'), []);
        $command = [PHP_BINARY, __DIR__ . '/../../sandbox/mws/verdicts.php', $this->sandbox->state->directory];

        $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $output = stream_get_contents($pipes[1]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        $status = proc_close($process);

        self::assertSame(
            "POST / GetReportList: signature valid, 200 OK\n"
            . "POST / GetReportList: signature invalid, 403 SignatureDoesNotMatch\n",
            $output,
        );
        self::assertSame(1, $status);
    }

    public function testCanonicalQueryMatchesPublishedVectors(): void
    {
        $lines = array_filter(explode("\n", self::fixture('mws-sigv2-vectors.jsonl')));
        foreach ($lines as $number => $line) {
            $vector = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
            $parameters = array_map('strval', $vector['params']);
            $stringToSign = SignatureVerifier::stringToSign(
                $vector['method'],
                $vector['host'],
                $vector['path'],
                $parameters,
            );
            $method = $parameters['SignatureMethod'] ?? 'HmacSHA256';

            self::assertSame($vector['canonical'], SignatureVerifier::canonicalQuery($parameters), "line $number");
            $signature = SignatureVerifier::signature($stringToSign, $vector['secret'], $method);
            self::assertSame($vector['signature'], $signature, "line $number");
        }
    }

    // ---- Helpers --------------------------------------------------------------------------------

    /**
     * @param array<string, string|int> $parameters
     * @return array<string, mixed>
     */
    private function request(string $action, array $parameters, ?string $body = null): array
    {
        return [
            'endpoint' => $this->sandbox->endpoint(),
            'action' => $action,
            'parameters' => $parameters,
            'access_key_id' => self::ACCESS_KEY_ID,
            'seller_id' => self::SELLER_ID,
            'timestamp' => time(),
            'body' => $body,
        ];
    }

    /** @return array<string, string> ListOrders parameters for the orders created in the last hour */
    private static function recentOrders(): array
    {
        return ['CreatedAfter' => self::isoDate(time() - 3600), 'MarketplaceId.Id.1' => self::MARKETPLACE_ID];
    }

    private static function isoDate(int $time): string
    {
        return gmdate('Y-m-d\TH:i:s\Z', $time);
    }

    /**
     * Builds a GetReportList request signed by $engine, with keys of mwsSignedRequest overridden.
     *
     * @param array<string, mixed> $overrides
     * @return array<string, mixed>
     */
    private function signedWith(Engine $engine, array $overrides): array
    {
        return $engine->mwsSignedRequest($overrides + $this->request('GetReportList', []), self::SECRET_KEY);
    }

    /** Submits a feed and returns its FeedSubmissionId. */
    private function submitFeed(Engine $engine, string $feedType, string $feed): string
    {
        $result = $this->call($engine, 'SubmitFeed', ['FeedType' => $feedType], $feed);

        return $result['feed_submission']['feed_submission_id'];
    }

    /**
     * Collects the ids of every page, in order.
     *
     * @param list<array<string, mixed>> $pages
     * @return list<string>
     */
    private static function idsOfPages(array $pages, string $list, string $id): array
    {
        return array_merge(...array_map(fn (array $page): array => array_column($page[$list], $id), $pages));
    }

    /**
     * @param array<string, string|int> $parameters
     * @return array<string, mixed>
     */
    private function signed(Engine $engine, string $action, array $parameters, ?string $body = null): array
    {
        return $engine->mwsSignedRequest($this->request($action, $parameters, $body), self::SECRET_KEY);
    }

    /**
     * @param array<string, string|int> $parameters
     * @return array{status: int, headers: array<string, string>, body: string}
     */
    private function send(Engine $engine, string $action, array $parameters, ?string $body = null): array
    {
        return $engine->mwsSend($this->signed($engine, $action, $parameters, $body), ['timeout' => 30]);
    }

    /**
     * Sends a call, checks that it returned 200 and returns the parsed response.
     *
     * @param array<string, string|int> $parameters
     * @return array<string, mixed>
     */
    private function call(Engine $engine, string $action, array $parameters, ?string $body = null): array
    {
        $response = $this->send($engine, $action, $parameters, $body);
        self::assertSame(200, $response['status'], "$action returned: {$response['body']}");

        return $engine->parseMwsResponse($action, $response['body']);
    }

    /** @param array<string, string|int> $parameters */
    private function expectMwsError(
        Engine $engine,
        string $action,
        array $parameters,
        string $code,
        int $status,
        string $case = '',
    ): void {
        $signed = $this->signed($engine, $action, $parameters);
        $this->expectSignedError($engine, $signed, $action, $code, $status, $case);
    }

    /**
     * Sends $signed and checks the status, the exception class and the error code of the response.
     *
     * @param array<string, mixed> $signed
     */
    private function expectSignedError(
        Engine $engine,
        array $signed,
        string $action,
        string $code,
        int $status,
        string $case = '',
    ): void {
        $response = $engine->mwsSend($signed, ['timeout' => 30]);
        self::assertSame($status, $response['status'], "$case: {$response['body']}");
        try {
            // GetReport returns the report itself, so its errors go through parseOrderReport.
            $action === 'GetReport'
                ? $engine->parseOrderReport($response['body'])
                : $engine->parseMwsResponse($action, $response['body']);
            self::fail("$case: no exception for a response with status $status");
        } catch (MwsErrorException $exception) {
            self::assertSame(self::EXCEPTIONS[$code] ?? MwsErrorException::class, $exception::class, $case);
            self::assertSame($code, $exception->getContext()['code'], $case);
            self::assertNotSame('', $exception->getContext()['request_id'], $case);
        }
    }

    /**
     * Signs a request with the sandbox's own verifier, for requests the engines reject
     * (a wrong Version, no ContentMD5Value, a missing seller).
     *
     * @param array<string, string> $parameters overrides of the common parameters included
     * @return array<string, mixed> a request for mwsSend
     */
    private function handSigned(string $method, string $path, array $parameters, ?string $body = null): array
    {
        $parameters += [
            'AWSAccessKeyId' => self::ACCESS_KEY_ID,
            'SignatureMethod' => 'HmacSHA256',
            'SignatureVersion' => '2',
            'Timestamp' => self::isoDate(time()),
            'Version' => str_starts_with($path, '/Orders') ? '2013-09-01' : '2009-01-01',
        ];
        $host = '127.0.0.1:' . $this->sandbox->port;
        $stringToSign = SignatureVerifier::stringToSign($method, $host, $path, $parameters);
        $query = SignatureVerifier::canonicalQuery($parameters) . '&Signature='
            . rawurlencode(SignatureVerifier::signature($stringToSign, self::SECRET_KEY, 'HmacSHA256'));
        $url = $this->sandbox->endpoint() . $path;

        if ($body === null) {
            $headers = ['Content-Type' => 'application/x-www-form-urlencoded; charset=utf-8'];

            return ['method' => $method, 'url' => $url, 'headers' => $headers, 'body' => $query];
        }

        $headers = ['Content-Type' => 'text/xml'];

        return ['method' => $method, 'url' => "$url?$query", 'headers' => $headers, 'body' => $body];
    }
}
