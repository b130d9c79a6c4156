<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Leak;

/** Thrown by a report callback to check that an exception leaving the callback leaks nothing. */
final class CallbackStop extends \RuntimeException
{
}

/**
 * Arguments for each native function: one valid call and one call per error path that throws.
 *
 * Each case is a closure returning the argument list, so every call gets fresh PHP values.
 */
final class LeakCases
{
    private const FIXTURES = __DIR__ . '/../fixtures/';
    private const SECRET = 'pwaPrestaSandbox/Secret+Key=EXAMPLE0123456789';
    private const ACCESS_KEY_ID = 'AKIAPWAPRESTAEXAMPLE';

    /** @var list<string> */
    private static array $temporaryFiles = [];

    /** @return array<string, list<\Closure(): list<mixed>>> */
    public static function all(string $endpoint): array
    {
        return ['engine_version' => [static fn (): array => []]]
            + self::iopn()
            + self::mwsSigning()
            + self::mwsTransport($endpoint)
            + self::mwsAnswers()
            + self::reports()
            + self::feeds()
            + self::cart()
            + self::orderStates();
    }

    public static function cleanUp(): void
    {
        foreach (self::$temporaryFiles as $path) {
            @unlink($path);
        }
        self::$temporaryFiles = [];
    }

    /** @return array<string, list<\Closure(): list<mixed>>> */
    private static function iopn(): array
    {
        parse_str(self::fixture('iopn-lifecycle/01-new-order-A.post'), $fields);
        $now = strtotime($fields['Timestamp']) + 5;
        $verify = static fn (array $changes, int $at = 0, int $tolerance = 900): \Closure => static fn (): array => [
            array_filter(array_replace($fields, $changes), static fn ($value): bool => $value !== null),
            self::SECRET,
            self::ACCESS_KEY_ID,
            $at === 0 ? $now : $at,
            $tolerance,
        ];
        $data = $fields['NotificationData'];

        return [
            'iopn_verify' => [
                $verify([]),
                $verify(['UUID' => null]),
                $verify(['Signature' => ['not', 'a', 'string']]),
                $verify(['NotificationType' => 'OrderLostNotification']),
                $verify(['AWSAccessKeyId' => 'AKIAOTHERKEY']),
                $verify(['Timestamp' => 'yesterday']),
                $verify(['Signature' => base64_encode(str_repeat("\0", 20))]),
                $verify([], $now + 3600),
                $verify([], $now - 3600),
                $verify([], 0, -1),
            ],
            'iopn_parse' => [
                static fn (): array => [$data],
                static fn (): array => [self::fixture('iopn-new-order-cba-sample.xml')],
                static fn (): array => [self::fixture('iopn-lifecycle/04-cancelled-B.post', true)],
                static fn (): array => [substr($data, 0, (int) (strlen($data) / 2))],
                static fn (): array => ['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>'],
                static fn (): array => ['<OrderLostNotification/>'],
                static fn (): array => [preg_replace('#<AmazonOrderID>.*?</AmazonOrderID>#s', '', $data)],
                static fn (): array => ["<NewOrderNotification>\xff\xfe</NewOrderNotification>"],
                static fn (): array => [
                    '<NewOrderNotification>' . str_repeat('x', 4 * 1024 * 1024) . '</NewOrderNotification>',
                ],
            ],
        ];
    }

    /** @return array<string, list<\Closure(): list<mixed>>> */
    private static function mwsSigning(): array
    {
        $vector = json_decode(strtok(self::fixture('mws-sigv2-vectors.jsonl'), "\n"), true, 512, JSON_THROW_ON_ERROR);
        $parameters = $vector['params'];
        $request = [
            'action' => 'ListOrders',
            'parameters' => ['MarketplaceId.Id.1' => 'A21TJRUUN4KGV', 'CreatedAfter' => '2026-12-01T00:00:00Z'],
            'access_key_id' => self::ACCESS_KEY_ID,
            'seller_id' => 'A1PWAPRESTASELLER',
            'region' => 'IN',
            'timestamp' => 1_796_375_415,
        ];
        $signed = static fn (array $changes): \Closure => static fn (): array => [
            array_replace($request, $changes),
            self::SECRET,
        ];

        return [
            'mws_canonical_query' => [
                static fn (): array => [$parameters],
                static fn (): array => [['Count' => 3, 'Name' => 'ज़ीरो & co']],
                static fn (): array => [['Bad' => 1.5]],
                static fn (): array => [['Bad' => ['nested']]],
            ],
            'mws_string_to_sign' => [
                static fn (): array => [$vector['method'], $vector['host'], $vector['path'], $parameters],
                static fn (): array => ['POST', '127.0.0.1:8125', '/', ['Bad' => null]],
            ],
            'mws_signature' => [
                static fn (): array => ["POST\nmws.amazonservices.in\n/\nA=1", self::SECRET, 'HmacSHA256'],
                static fn (): array => ["POST\nmws.amazonservices.in\n/\nA=1", self::SECRET, 'HmacSHA1'],
                static fn (): array => ['x', self::SECRET, 'HmacMD5'],
            ],
            'mws_signed_request' => [
                $signed([]),
                $signed(['action' => 'SubmitFeed', 'body' => self::fixture('feed-order-fulfillment-in-constructed.xml'),
                    'parameters' => ['FeedType' => '_POST_ORDER_FULFILLMENT_DATA_']]),
                $signed(['method' => 'GET', 'mws_auth_token' => 'amzn.mws.token']),
                $signed(['action' => 'ListEverything']),
                $signed(['access_key_id' => '']),
                $signed(['region' => 'XX']),
                $signed(['endpoint' => 'http://127.0.0.1:1/with/path']),
                $signed(['parameters' => ['Signature' => 'forged']]),
            ],
            'content_md5' => [
                static fn (): array => [''],
                static fn (): array => [self::fixture('feed-payment-adjustment-partial-constructed.xml')],
            ],
        ];
    }

    /** @return array<string, list<\Closure(): list<mixed>>> */
    private static function mwsTransport(string $endpoint): array
    {
        $request = static fn (string $endpoint, string $action = 'ListOrders'): array => [
            'method' => 'POST',
            'url' => $endpoint . '/Orders/2013-09-01',
            'host' => parse_url($endpoint, PHP_URL_HOST) . ':' . parse_url($endpoint, PHP_URL_PORT),
            'path' => '/Orders/2013-09-01',
            'headers' => ['Content-Type' => 'application/x-www-form-urlencoded; charset=utf-8'],
            'body' => 'Action=' . $action . '&Signature=leak',
            'parameters' => ['Action' => $action, 'Signature' => 'leak'],
            'string_to_sign' => '',
            'signature' => 'leak',
        ];
        $sink = self::temporaryFile();

        return [
            'mws_send' => [
                static fn (): array => [$request($endpoint), ['timeout' => 10.0, 'connect_timeout' => 5.0]],
                static fn (): array => [$request($endpoint, 'Throttled'), ['timeout' => 10.0]],
                static fn (): array => [$request($endpoint), ['timeout' => 10.0, 'sink' => $sink]],
                static fn (): array => [$request($endpoint, 'Slow'), ['timeout' => 0.2]],
                static fn (): array => [$request('http://127.0.0.1:1'), ['connect_timeout' => 1.0]],
                static fn (): array => [['method' => 'POST'], []],
            ],
        ];
    }

    /** @return array<string, list<\Closure(): list<mixed>>> */
    private static function mwsAnswers(): array
    {
        $answers = [
            'ManageReportSchedule' => 'mws-response-managereportschedule.xml',
            'RequestReport' => 'mws-response-requestreport.xml',
            'GetReportRequestList' => 'mws-response-getreportrequestlist.xml',
            'GetReportList' => 'mws-response-getreportlist.xml',
            'UpdateReportAcknowledgements' => 'mws-response-updatereportacknowledgements.xml',
            'SubmitFeed' => 'mws-response-submitfeed.xml',
            'ListOrders' => 'mws-response-listorders-in-constructed.xml',
            'ListOrderItems' => 'mws-response-listorderitems-mock.xml',
            'GetFeedSubmissionResult' => 'feed-processing-report-error-18028-merchant-order.xml',
        ];
        $cases = [];
        foreach ($answers as $action => $file) {
            $cases[] = static fn (): array => [$action, self::fixture($file)];
        }
        foreach (['throttled', 'quotaexceeded', 'invalidclienttokenid', 'malformedinput-timestamp'] as $error) {
            $cases[] = static fn (): array => ['ListOrders', self::fixture("mws-error-$error.xml")];
        }
        $cases[] = static fn (): array => ['ListEverything', self::fixture('mws-response-submitfeed.xml')];
        $cases[] = static fn (): array => ['ListOrders', '<ListOrdersResponse><unclosed>'];

        return ['mws_parse_response' => $cases];
    }

    /** @return array<string, list<\Closure(): list<mixed>>> */
    private static function reports(): array
    {
        $report = self::FIXTURES . 'report-orders-xml-in-constructed.xml';
        $broken = self::temporaryFile();
        file_put_contents($broken, substr(self::fixture('report-orders-xml-amazon-doc.xml'), 0, 700));

        return [
            'report_parse_orders' => [
                static fn (): array => [self::fixture('report-orders-xml-in-constructed.xml')],
                static fn (): array => [self::fixture('report-orders-xml-amazon-doc.xml')],
                static fn (): array => ['<AmazonEnvelope><Message>'],
            ],
            'report_each_order' => [
                static fn (): array => [$report, static function (array $order): void {
                }],
                static fn (): array => [$report, static function (array $order): void {
                    throw new CallbackStop('stop after ' . $order['amazon_order_id']);
                }],
                static fn (): array => [$broken, static function (array $order): void {
                }],
                static fn (): array => [self::FIXTURES . 'no-such-report.xml', static function (array $order): void {
                }],
            ],
        ];
    }

    /** @return array<string, list<\Closure(): list<mixed>>> */
    private static function feeds(): array
    {
        $fulfillment = [
            'amazon_order_id' => '403-1111111-2222222',
            'fulfillment_date' => 1_796_375_415,
            'carrier_name' => 'Example Couriers & Logistics',
            'shipping_method' => 'Expedited',
            'tracking_number' => 'ECL123456789IN',
            'items' => [['amazon_order_item_code' => '56781234000011', 'quantity' => 1]],
        ];
        $adjustment = [
            'amazon_order_id' => '403-1111111-2222222',
            'currency' => 'INR',
            'items' => [[
                'amazon_order_item_code' => '56781234000011',
                'reason' => 'CustomerReturn',
                'components' => ['Principal' => 49900, 'Shipping' => 0],
                'promotions' => [['components' => ['Principal' => -5000]]],
                'quantity_cancelled' => 1,
            ]],
        ];
        $acknowledgement = [
            'amazon_order_id' => '403-3333333-4444444',
            'merchant_order_id' => '17',
            'status_code' => 'Failure',
            'items' => [['amazon_order_item_code' => '56781234000033', 'cancel_reason' => 'NoInventory']],
        ];

        return [
            'feed_order_fulfillment' => [
                static fn (): array => ['A1PWAPRESTASELLER', [$fulfillment]],
                static fn (): array => ['A1PWAPRESTASELLER', [array_replace($fulfillment, ['fulfillment_date' => -1])]],
                static fn (): array => ['', [$fulfillment]],
                static fn (): array => ['A1PWAPRESTASELLER', [['items' => 'none']]],
            ],
            'feed_payment_adjustment' => [
                static fn (): array => ['A1PWAPRESTASELLER', [$adjustment]],
                static fn (): array => ['A1PWAPRESTASELLER', [['amazon_order_id' => 7.5]]],
                static fn (): array => ['A1PWAPRESTASELLER', []],
            ],
            'feed_order_acknowledgement' => [
                static fn (): array => ['A1PWAPRESTASELLER', [$acknowledgement]],
                static fn (): array => [
                    'A1PWAPRESTASELLER',
                    [array_replace($acknowledgement, ['status_code' => 'Maybe'])],
                ],
                static fn (): array => ['A1PWAPRESTASELLER', ['not an acknowledgement']],
            ],
        ];
    }

    /** @return array<string, list<\Closure(): list<mixed>>> */
    private static function cart(): array
    {
        $cartXml = self::fixture('cba-cart-in-constructed.xml');
        $cart = [
            'merchant_id' => 'A1PWAPRESTASELLER',
            'currency' => 'INR',
            'client_request_id' => '42',
            'items' => [[
                'sku' => 'demo_1',
                'title' => 'हमिंगबर्ड प्रिंटेड टी-शर्ट & co',
                'price' => 49900,
                'quantity' => 2,
                'item_custom_data' => ['Item_product_id' => '1'],
            ]],
            'cart_custom_data' => ['Cart_id' => '42'],
        ];

        return [
            'cart_xml' => [
                static fn (): array => [$cart],
                static fn (): array => [array_replace($cart, ['items' => []])],
                static fn (): array => [array_replace($cart, ['currency' => ['INR']])],
            ],
            'cart_order_input' => [
                static fn (): array => [$cartXml, 'pwaExampleSecret/Key+0123456789abcdefghij', 'AKIAEXAMPLEPWAIN0001'],
                static fn (): array => ['', '', ''],
            ],
        ];
    }

    /** @return array<string, list<\Closure(): list<mixed>>> */
    private static function orderStates(): array
    {
        return [
            'order_state_for_notification' => [
                static fn (): array => ['OrderReadyToShipNotification'],
                static fn (): array => ['OrderLostNotification'],
            ],
            'order_state_for_mws_status' => [
                static fn (): array => ['Unshipped'],
                static fn (): array => ['Unfulfillable'],
                static fn (): array => ['Lost'],
            ],
            'is_transition_allowed' => [
                static fn (): array => ['awaiting_payment', 'payment_accepted'],
                static fn (): array => ['cancelled', 'shipped'],
                static fn (): array => ['limbo', 'shipped'],
            ],
        ];
    }

    private static function fixture(string $name, bool $notificationData = false): string
    {
        $contents = file_get_contents(self::FIXTURES . $name);
        if ($contents === false) {
            throw new \RuntimeException('fixture tests/fixtures/' . $name . ' cannot be read');
        }
        if ($notificationData) {
            parse_str($contents, $fields);

            return (string) $fields['NotificationData'];
        }

        return $contents;
    }

    private static function temporaryFile(): string
    {
        $path = tempnam(sys_get_temp_dir(), 'pwapresta-leak-');
        if ($path === false) {
            throw new \RuntimeException('cannot create a temporary file in ' . sys_get_temp_dir());
        }
        self::$temporaryFiles[] = $path;

        return $path;
    }
}
