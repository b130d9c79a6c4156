<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\DocumentTooLargeException;
use PwaPresta\Exception\DtdNotAllowedException;
use PwaPresta\Exception\InvalidAmountException;
use PwaPresta\Exception\InvalidDocumentException;
use PwaPresta\Exception\MalformedXmlException;
use PwaPresta\Exception\MwsAuthenticationException;
use PwaPresta\Exception\MwsErrorException;
use PwaPresta\Exception\MwsThrottledException;
use PwaPresta\Exception\UnknownActionException;

final class MwsResponseTest extends EngineTestCase
{
    /** @dataProvider engines */
    public function testListOrdersAnswer(Engine $engine): void
    {
        $answer = $engine->parseMwsResponse('ListOrders', self::fixture('mws-response-listorders-in-constructed.xml'));

        self::assertSame('00000000-0000-4000-8000-000000000001', $answer['request_id']);
        self::assertSame('EXAMPLE-NEXT-TOKEN/+=', $answer['next_token']);
        self::assertTrue($answer['has_next']);
        self::assertCount(3, $answer['orders']);
        self::assertSame(['currency' => 'INR', 'amount' => 97300], $answer['orders'][0]['order_total']);
        self::assertSame('MAHARASHTRA', $answer['orders'][0]['shipping_address']['state']);
        self::assertSame('2015-06-01T10:15:30Z', $answer['orders'][0]['purchase_date']);
        self::assertSame(3, $answer['orders'][0]['number_of_items_unshipped']);
        self::assertNull($answer['orders'][1]['shipping_address']);
    }

    /** @dataProvider engines */
    public function testSingleOrderIsList(Engine $engine): void
    {
        $xml = '<ListOrdersResponse xmlns="https://mws.amazonservices.com/Orders/2013-09-01"><ListOrdersResult>'
            . '<Orders><Order><AmazonOrderId>403-1</AmazonOrderId></Order></Orders></ListOrdersResult>'
            . '</ListOrdersResponse>';
        $answer = $engine->parseMwsResponse('ListOrders', $xml);

        self::assertSame([0], array_keys($answer['orders']));
        self::assertFalse($answer['has_next']);
    }

    /** @dataProvider engines */
    public function testListOrderItemsAnswer(Engine $engine): void
    {
        $answer = $engine->parseMwsResponse('ListOrderItems', self::fixture('mws-response-listorderitems-mock.xml'));

        self::assertSame('058-1233752-8214740', $answer['amazon_order_id']);
        self::assertSame(['currency' => 'USD', 'amount' => 2599], $answer['order_items'][0]['item_price']);
        self::assertSame(2, $answer['order_items'][1]['quantity_ordered']);
        self::assertSame(['FREESHIP'], $answer['order_items'][1]['promotion_ids']);
    }

    /** @dataProvider engines */
    public function testReportsAnswers(Engine $engine): void
    {
        $request = $engine->parseMwsResponse('RequestReport', self::fixture('mws-response-requestreport.xml'));
        $schedule = $engine->parseMwsResponse(
            'ManageReportSchedule',
            self::fixture('mws-response-managereportschedule.xml'),
        );
        $requests = $engine->parseMwsResponse(
            'GetReportRequestListByNextToken',
            str_replace('GetReportRequestList', 'GetReportRequestListByNextToken', self::fixture('mws-response-getreportrequestlist.xml')),
        );
        $list = $engine->parseMwsResponse('GetReportList', self::fixture('mws-response-getreportlist.xml'));
        $acknowledged = $engine->parseMwsResponse(
            'UpdateReportAcknowledgements',
            self::fixture('mws-response-updatereportacknowledgements.xml'),
        );

        self::assertSame('2291326454', $request['report_request']['report_request_id']);
        self::assertFalse($request['report_request']['scheduled']);
        self::assertSame(1, $schedule['count']);
        self::assertSame('_GET_ORDERS_DATA_', $schedule['report_schedules'][0]['report_type']);
        self::assertSame('3538561173', $requests['report_requests'][0]['generated_report_id']);
        self::assertFalse($list['has_next']);
        self::assertSame('2009-02-10T09:22:33Z', $list['reports'][0]['available_date']);
        self::assertTrue($acknowledged['reports'][0]['acknowledged']);
    }

    /** @dataProvider engines */
    public function testFeedAnswers(Engine $engine): void
    {
        $submitted = $engine->parseMwsResponse('SubmitFeed', self::fixture('mws-response-submitfeed.xml'));
        $failed = $engine->parseMwsResponse(
            'GetFeedSubmissionResult',
            self::fixture('feed-processing-report-error-18028-merchant-order.xml'),
        );
        $succeeded = $engine->parseMwsResponse(
            'GetFeedSubmissionResult',
            self::fixture('feed-processing-report-success-constructed.xml'),
        );

        self::assertSame('1234567890', $submitted['feed_submission']['feed_submission_id']);
        self::assertSame('Complete', $failed['status_code']);
        self::assertSame(1, $failed['messages_with_error']);
        self::assertFalse($failed['successful']);
        self::assertSame('18028', $failed['results'][0]['result_message_code']);
        self::assertTrue($succeeded['successful']);
        self::assertSame([], $succeeded['results']);
    }

    /** @return array<string, array{string, class-string, string, string}> */
    public static function errorFixtures(): array
    {
        return [
            'throttled' => ['mws-error-throttled.xml', MwsThrottledException::class, 'RequestThrottled',
                'a7b39ee6-4f76-48ee-92f1-43bc54f693df'],
            'quota' => ['mws-error-quotaexceeded.xml', MwsThrottledException::class, 'QuotaExceeded',
                '5115e00d-35a8-4589-8083-f0ef998f76ef'],
            'token' => ['mws-error-invalidclienttokenid.xml', MwsAuthenticationException::class,
                'InvalidClientTokenId', 'b7afc6c3-6f75-4707-bcf4-0475ad23162c'],
            'timestamp' => ['mws-error-malformedinput-timestamp.xml', MwsErrorException::class, 'MalformedInput', ''],
            'md5' => ['mws-error-contentmd5missing.xml', MwsErrorException::class, 'ContentMD5Missing',
                '5f030f06-example -ca2e9b4'],
        ];
    }

    /**
     * @dataProvider errorFixtures
     * @param class-string $class
     */
    public function testErrorResponses(string $fixture, string $class, string $code, string $requestId): void
    {
        foreach (self::engines() as [$engine]) {
            try {
                $engine->parseMwsResponse('GetReportList', self::fixture($fixture));
                self::fail($engine->name() . ': no exception for ' . $fixture);
            } catch (MwsErrorException $error) {
                self::assertSame($class, get_class($error), $engine->name());
                self::assertSame($code, $error->getContext()['code'], $engine->name());
                self::assertSame($requestId, $error->getContext()['request_id'], $engine->name());
            }
        }
    }

    /** @return array<string, array{string, string, class-string}> */
    public static function invalidAnswers(): array
    {
        $order = static fn (string $body): string => '<ListOrdersResponse><ListOrdersResult><Orders><Order>'
            . $body . '</Order></Orders></ListOrdersResult></ListOrdersResponse>';

        return [
            'unknown action' => ['GetReport', '<a/>', UnknownActionException::class],
            'paged action without paging' => ['SubmitFeedByNextToken', '<a/>', UnknownActionException::class],
            'doctype' => ['ListOrders', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', DtdNotAllowedException::class],
            'unclosed' => ['ListOrders', '<ListOrdersResponse>', MalformedXmlException::class],
            'mismatched' => ['ListOrders', '<a></b>', MalformedXmlException::class],
            'empty' => ['ListOrders', '', MalformedXmlException::class],
            'control character' => ['ListOrders', "<a>\x01</a>", MalformedXmlException::class],
            'not utf-8' => ['ListOrders', "<a>\xff</a>", MalformedXmlException::class],
            'latin-1 declared' => ['ListOrders', '<?xml version="1.0" encoding="ISO-8859-1"?><a/>',
                MalformedXmlException::class],
            'undefined entity' => ['ListOrders', '<a>&nbsp;</a>', MalformedXmlException::class],
            'two roots' => ['ListOrders', '<a/><b/>', MalformedXmlException::class],
            'wrong root' => ['ListOrders', '<GetReportListResponse/>', InvalidDocumentException::class],
            'no result' => ['ListOrders', '<ListOrdersResponse/>', InvalidDocumentException::class],
            'no order id' => ['ListOrders', $order('<PurchaseDate>2015-06-01</PurchaseDate>'),
                InvalidDocumentException::class],
            'bad date' => ['ListOrders', $order('<AmazonOrderId>1</AmazonOrderId><PurchaseDate>June</PurchaseDate>'),
                InvalidDocumentException::class],
            'bad boolean' => ['ListOrders', $order('<AmazonOrderId>1</AmazonOrderId><IsPrime>yes</IsPrime>'),
                InvalidDocumentException::class],
            'bad integer' => ['ListOrders',
                $order('<AmazonOrderId>1</AmazonOrderId><NumberOfItemsShipped>x</NumberOfItemsShipped>'),
                InvalidDocumentException::class],
            'money without currency' => ['ListOrders',
                $order('<AmazonOrderId>1</AmazonOrderId><OrderTotal><Amount>1</Amount></OrderTotal>'),
                InvalidDocumentException::class],
            'inexact money' => ['ListOrders', $order('<AmazonOrderId>1</AmazonOrderId><OrderTotal>'
                . '<CurrencyCode>INR</CurrencyCode><Amount>1.005</Amount></OrderTotal>'),
                InvalidAmountException::class],
            'report without summary' => ['GetFeedSubmissionResult',
                '<AmazonEnvelope><Message><ProcessingReport/></Message></AmazonEnvelope>',
                InvalidDocumentException::class],
            'processing report root' => ['GetFeedSubmissionResult', '<SubmitFeedResponse/>',
                InvalidDocumentException::class],
        ];
    }

    /**
     * @dataProvider invalidAnswers
     * @param class-string $class
     */
    public function testInvalidAnswers(string $action, string $xml, string $class): void
    {
        foreach (self::engines() as [$engine]) {
            try {
                $engine->parseMwsResponse($action, $xml);
                self::fail($engine->name() . ': no exception');
            } catch (\Throwable $error) {
                self::assertSame($class, get_class($error), $engine->name() . ': ' . $error->getMessage());
            }
        }
    }

    /** @dataProvider engines */
    public function testOversizedAnswer(Engine $engine): void
    {
        $this->expectException(DocumentTooLargeException::class);

        $engine->parseMwsResponse('ListOrders', str_repeat(' ', 16 * 1024 * 1024 + 1));
    }

    public function testEnginesAgreeOnFixtures(): void
    {
        [$native, $php] = self::bothEngines();
        $fixtures = [
            'RequestReport' => 'mws-response-requestreport.xml',
            'ManageReportSchedule' => 'mws-response-managereportschedule.xml',
            'GetReportRequestList' => 'mws-response-getreportrequestlist.xml',
            'GetReportList' => 'mws-response-getreportlist.xml',
            'UpdateReportAcknowledgements' => 'mws-response-updatereportacknowledgements.xml',
            'ListOrders' => 'mws-response-listorders-in-constructed.xml',
            'ListOrderItems' => 'mws-response-listorderitems-mock.xml',
            'SubmitFeed' => 'mws-response-submitfeed.xml',
            'GetFeedSubmissionResult' => 'feed-processing-report-error-18028-merchant-order.xml',
        ];
        foreach ($fixtures as $action => $fixture) {
            $xml = self::fixture($fixture);
            self::assertSame($php->parseMwsResponse($action, $xml), $native->parseMwsResponse($action, $xml), $fixture);
        }
    }

    public function testEnginesAgreeOnGeneratedAnswers(): void
    {
        [$native, $php] = self::bothEngines();
        mt_srand(20261204);
        for ($round = 0; $round < 200; $round++) {
            $xml = self::generatedListOrders();
            self::assertSame($php->parseMwsResponse('ListOrders', $xml), $native->parseMwsResponse('ListOrders', $xml), $xml);
            $report = self::generatedProcessingReport();
            self::assertSame(
                $php->parseMwsResponse('GetFeedSubmissionResult', $report),
                $native->parseMwsResponse('GetFeedSubmissionResult', $report),
                $report,
            );
        }
    }

    private static function generatedListOrders(): string
    {
        $texts = ['', ' ', 'Asha', 'सूती टी-शर्ट', 'C++ & <50% off>', "tab\tline\nbreak", 'a"b\'c', str_repeat('x', 300)];
        $orders = '';
        for ($index = 0, $count = mt_rand(0, 4); $index < $count; $index++) {
            $address = mt_rand(0, 1) === 1 ? '' : '<ShippingAddress><Name>' . self::escaped($texts) . '</Name>'
                . '<AddressLine1>' . self::escaped($texts) . '</AddressLine1><City/><StateOrRegion>'
                . self::escaped($texts) . '</StateOrRegion>' . (mt_rand(0, 1) === 1 ? '<Country>IN</Country>' : '')
                . '</ShippingAddress>';
            $total = mt_rand(0, 1) === 1 ? '' : '<OrderTotal><CurrencyCode>INR</CurrencyCode><Amount>'
                . mt_rand(0, 99999) . '.' . str_pad((string) mt_rand(0, 99), 2, '0', STR_PAD_LEFT)
                . '</Amount></OrderTotal>';
            $orders .= '<Order><Unknown>' . self::escaped($texts) . '</Unknown><AmazonOrderId>403-' . mt_rand()
                . '</AmazonOrderId><PurchaseDate>2015-06-' . str_pad((string) mt_rand(1, 28), 2, '0', STR_PAD_LEFT)
                . 'T10:15:30' . self::pick(['Z', '+05:30', '-0800', '.123Z', '']) . '</PurchaseDate>'
                . '<OrderStatus>' . self::pick(['Pending', 'Unshipped', 'Canceled']) . '</OrderStatus>'
                . '<BuyerName>' . self::escaped($texts) . '</BuyerName>'
                . $address . $total
                . '<IsPrime>' . self::pick(['true', 'false', '1', '']) . '</IsPrime></Order>';
        }
        $token = mt_rand(0, 1) === 1 ? '<NextToken>' . base64_encode((string) mt_rand()) . '</NextToken>' : '';

        return '<?xml version="1.0"?><ListOrdersResponse xmlns="https://mws.amazonservices.com/Orders/2013-09-01">'
            . '<ListOrdersResult>' . $token . '<Orders>' . $orders . '</Orders></ListOrdersResult>'
            . '<ResponseMetadata><RequestId>' . mt_rand() . '</RequestId></ResponseMetadata></ListOrdersResponse>';
    }

    private static function generatedProcessingReport(): string
    {
        $errors = mt_rand(0, 3);
        $results = '';
        for ($index = 1; $index <= $errors; $index++) {
            $results .= '<Result><MessageID>' . $index . '</MessageID><ResultCode>Error</ResultCode>'
                . '<ResultMessageCode>' . mt_rand(10000, 99999) . '</ResultMessageCode><ResultDescription>'
                . self::pick(['Order not found', 'मान्य नहीं', '']) . '</ResultDescription>'
                . (mt_rand(0, 1) === 1 ? '<AdditionalInfo><AmazonOrderID>403-' . mt_rand()
                . '</AmazonOrderID></AdditionalInfo>' : '') . '</Result>';
        }

        return '<AmazonEnvelope><Header><MerchantIdentifier>M</MerchantIdentifier></Header><Message><MessageID>1'
            . '</MessageID><ProcessingReport><DocumentTransactionID>' . mt_rand() . '</DocumentTransactionID>'
            . '<StatusCode>Complete</StatusCode><ProcessingSummary><MessagesProcessed>' . ($errors + 1)
            . '</MessagesProcessed><MessagesSuccessful>1</MessagesSuccessful><MessagesWithError>' . $errors
            . '</MessagesWithError><MessagesWithWarning>0</MessagesWithWarning></ProcessingSummary>' . $results
            . '</ProcessingReport></Message></AmazonEnvelope>';
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
